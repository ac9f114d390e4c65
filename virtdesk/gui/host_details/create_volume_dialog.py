"""New Volume: a volume in the selected pool, with a name, one of the formats the pool allows, a capacity, how
much of it to allocate now and, for qcow2, a backing store among the host's volumes. Its layout is
ui/create_volume_dialog.ui."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from virtdesk.gui.host_details.volume_dialog import VolumeChangeDialog
from virtdesk.model import volume_actions
from virtdesk.model.connection import Connection
from virtdesk.model.storage import StoragePool, Volume
from virtdesk.model.storage_actions import pool_type, volume_format
from virtdesk.model.worker import Task
from virtdesk.units import format_bytes

DEFAULT_CAPACITY_KIB = 10 * 1024 * 1024
BACKED_FORMAT = "qcow2"


class CreateVolumeDialog(VolumeChangeDialog):
    """formats: the task reading the formats the pool allows (volume_actions.read_formats)."""

    def __init__(self, connection: Connection, pool: StoragePool, taken: Collection[str], formats: Task,
                 parent: QWidget | None = None) -> None:
        super().__init__("create_volume_dialog", self.tr("New Volume in {pool}").format(pool=pool.name),
                         self.tr("C&reate"), parent)
        self.setObjectName("create-volume")
        self.connection = connection
        self.pool = pool
        self.taken = set(taken)
        self.formats: list[str] = []
        self._formats_read = False
        self.backing_volumes: list[Volume] = []
        form = self.form
        self.name_edit = form.child(QLineEdit, "name_edit")
        self.name_problem = self.problem_label("name_problem")
        self.format_combo = form.child(QComboBox, "format_combo")
        self.format_note = form.child(QLabel, "format_note")
        self.capacity = self.size_input("capacity_holder", "capacity_label")
        self.capacity_problem = self.problem_label("capacity_problem")
        self.allocation = self.size_input("allocation_holder", "allocation_label")
        self.allocation_problem = self.problem_label("allocation_problem")
        self.backing_check = form.child(QCheckBox, "backing_check")
        self.backing_combo = form.child(QComboBox, "backing_combo")
        self.backing_problem = self.problem_label("backing_problem")
        self.available_label = form.child(QLabel, "available_label")
        self.capacity.set_kib(DEFAULT_CAPACITY_KIB)
        self.format_combo.setEnabled(False)
        self.format_note.setText(self.tr("Reading the formats the pool allows…"))

        self.name_edit.textChanged.connect(self.revalidate)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.backing_check.toggled.connect(self._backing_toggled)
        self.backing_combo.currentIndexChanged.connect(self._backing_chosen)
        self._backing_toggled(False)
        self._format_changed()
        self._pool_changed()
        formats.then(self._formats_known, lambda _error: self._formats_known(
            volume_actions.formats_for(pool_type(pool.xml))), owner=self)
        connection.catalogue.ready(volumes=True).then(lambda _catalogue: self._volumes_known(), owner=self)
        connection.catalogue.volumes_changed.connect(self._volumes_known)  # a volume made or removed meanwhile
        connection.catalogue.pools_changed.connect(self._pool_changed)  # its free space, read again meanwhile

    # -- what the host offers
    def _formats_known(self, formats: list[str]) -> None:
        self.formats, self._formats_read = formats, True
        self.format_combo.blockSignals(True)
        self.format_combo.clear()
        self.format_combo.addItems(formats)
        self.format_combo.blockSignals(False)
        self.format_combo.setEnabled(bool(formats))
        self.format_note.setText("" if formats else self.tr("The volumes of this pool have no format."))
        self.format_note.setVisible(not formats)
        self._format_changed()

    def _pool_changed(self) -> None:
        """Shows the pool's free space as read now and checks the allocation against it."""
        self.pool = self.connection.catalogue.pools.get(self.pool.uuid, self.pool)
        self.available_label.setText(format_bytes(self.pool.available))
        self.revalidate()

    def _volumes_known(self, _pool: str = "") -> None:
        """Lists the volumes of the active pools as backing choices, keeping the one chosen."""
        chosen = self.backing_combo.currentIndex()
        chosen_path = self.backing_volumes[chosen].path if 0 <= chosen < len(self.backing_volumes) else None
        catalogue = self.connection.catalogue
        self.backing_volumes = [volume for pool in sorted(catalogue.pools.values(), key=lambda p: p.name)
                                if pool.active for volume in catalogue.volumes(pool.name) or []]
        self.backing_combo.blockSignals(True)
        self.backing_combo.clear()
        for volume in self.backing_volumes:
            self.backing_combo.addItem(self.tr("{path} ({format}, {size})").format(
                path=volume.path, format=volume_format(volume.xml) or self.tr("no format"),
                size=format_bytes(volume.capacity)))
        paths = [volume.path for volume in self.backing_volumes]
        if chosen_path in paths:
            self.backing_combo.setCurrentIndex(paths.index(chosen_path))
        self.backing_combo.blockSignals(False)
        self.revalidate()

    # -- the fields
    def fmt(self) -> str:
        return self.format_combo.currentText() if self.formats else ""

    def backing(self) -> Volume | None:
        index = self.backing_combo.currentIndex()
        if not self.backing_check.isChecked() or not 0 <= index < len(self.backing_volumes):
            return None
        return self.backing_volumes[index]

    def _format_changed(self, *_args: object) -> None:
        backed = self.fmt() == BACKED_FORMAT
        self.backing_check.setEnabled(backed)
        if not backed:
            self.backing_check.setChecked(False)
        self.propose_name(self.name_edit,
                          volume_actions.free_name(volume_actions.with_extension("disk", self.fmt()), self.taken))
        self.revalidate()

    def _backing_toggled(self, checked: bool) -> None:
        self.backing_combo.setEnabled(checked)
        if checked:
            self._backing_chosen()
        self.revalidate()

    def _backing_chosen(self, *_args: object) -> None:
        backing = self.backing()
        if backing is not None:
            self.capacity.set_kib(-(-backing.capacity // 1024))
        self.revalidate()

    def check(self) -> bool:
        name = self.show_problem(self.name_problem, volume_actions.check_volume_name(
            self.name_edit.text(), self.pool.name, self.taken))
        capacity = self.capacity.kib() * 1024
        allocation = self.allocation.kib() * 1024
        capacity_ok = self.show_problem(self.capacity_problem,
                                        "" if capacity else self.tr("Give the volume a capacity."))
        if allocation > capacity:
            allocation_problem = self.tr("The allocation cannot be more than the capacity.")
        elif allocation > self.pool.available:
            allocation_problem = self.tr("Only {free} is free in the pool {pool}.").format(
                free=format_bytes(self.pool.available), pool=self.pool.name)
        else:
            allocation_problem = ""
        allocation_ok = self.show_problem(self.allocation_problem, allocation_problem)
        backing_ok = self.show_problem(self.backing_problem, self.tr("The host has no volume to write over.")
                                       if self.backing_check.isChecked() and self.backing() is None else "")
        return name and capacity_ok and allocation_ok and backing_ok and self._formats_read

    # -- creating
    def run(self) -> Task:
        return volume_actions.create_volume(self.connection, self.pool.name, self.name_edit.text(), self.fmt(),
                                            self.capacity.kib() * 1024, self.allocation.kib() * 1024,
                                            self.backing())

    def outcome(self, result: object) -> tuple[str, str]:
        name = str(result)
        return self.tr("Created {name} in {pool}.").format(name=name, pool=self.pool.name), name

"""Step 4: the VM's disk: a new image in a pool (size from the OS, the pool's free space shown) or an existing
volume or path (a warning names the VMs that already use it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLabel, QLineEdit, QRadioButton, QWidget

from virtdesk import xmlconf
from virtdesk.gui.details.widgets.storage_source import StorageSourceChooser
from virtdesk.gui.new_vm.host_source import SourceSlot
from virtdesk.gui.new_vm.page import NewVmPage, pause_timer, show_problem
from virtdesk.model import hardware, vm_creation
from virtdesk.model.storage import StoragePool
from virtdesk.model.vm_creation_checks import GIB, size_problem, volume_name_problem
from virtdesk.model.vm_creation_plan import DiskSource, InstallMethod, NewDisk, NewVmAnswers, os_defaults
from virtdesk.units import format_bytes

if TYPE_CHECKING:
    from virtdesk.gui.new_vm.wizard import NewVmWizard

FORMATS = ("qcow2", "raw")


class StoragePage(NewVmPage):
    FORM = "new_vm_storage"

    def __init__(self, wizard: NewVmWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Storage"))
        self.storage_check = self.child(QCheckBox, "storage_check")
        self.create_radio = self.child(QRadioButton, "create_radio")
        self.existing_radio = self.child(QRadioButton, "existing_radio")
        self.pool_combo = self.child(QComboBox, "pool_combo")
        self.pool_free_label = self.child(QLabel, "pool_free_label")
        self.size_spin = self.child(QDoubleSpinBox, "size_spin")
        self.format_combo = self.child(QComboBox, "format_combo")
        self.volume_name_edit = self.child(QLineEdit, "volume_name_edit")
        self.create_problem = self.child(QLabel, "create_problem")
        self.existing_problem = self.child(QLabel, "existing_problem")
        self.users_warning = self.child(QLabel, "users_warning")
        self.existing = SourceSlot(self.child(QWidget, "existing_source_holder"), self.existing_problem,
                                   self.tr("Choose the volume or path of the disk."), detect=False)
        self.format_combo.addItem(self.tr("qcow2 (grows as used, snapshots)"), "qcow2")
        self.format_combo.addItem(self.tr("raw (full size at once, fastest)"), "raw")
        self.volume_name_edit.setPlaceholderText(self.tr("named after the VM"))
        self.existing_ok = False
        self._existing_request = 0
        self._prefilled_for: object = None
        self._check_timer = pause_timer(self, self._check_existing)
        for widget in (self.storage_check, self.create_radio, self.existing_radio):
            widget.toggled.connect(lambda _on: self.refresh())
        self.pool_combo.currentIndexChanged.connect(self._pool_changed)
        self.size_spin.valueChanged.connect(lambda _v: self.refresh())
        self.format_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.volume_name_edit.textChanged.connect(lambda _t: self.refresh())
        wizard.connection_changed.connect(self._connection_changed)
        self._connection_changed()

    def _connection_changed(self) -> None:
        connection = self.owner.connection
        chooser = StorageSourceChooser(connection) if connection is not None else None
        self.existing.replace_chooser(chooser)
        self.pool_combo.blockSignals(True)
        self.pool_combo.clear()
        if connection is not None:
            assert chooser is not None
            chooser.setObjectName("existing-source")
            chooser.edited.connect(self._existing_edited)
            for pool in sorted((p for p in connection.pools.values() if p.active), key=lambda p: p.name):
                self.pool_combo.addItem(pool.name, pool.name)
            template = self.owner.template
            wanted = (template.pool if template is not None else None) or self.owner.remembered.get("pool")
            index = self.pool_combo.findData(wanted) if wanted else -1
            self.pool_combo.setCurrentIndex(index if index >= 0 else max(self.pool_combo.findData("default"), 0))
            connection.catalogue.pools_changed.connect(self.refresh)
            connection.catalogue.volumes_changed.connect(lambda _pool: self.refresh())
        self.pool_combo.blockSignals(False)
        self._pool_changed()

    def initializePage(self) -> None:
        entry, platform = self.owner.source_page.os_entry(), self.owner.platform
        key = entry.id if entry is not None else None
        if key != self._prefilled_for and platform is not None:
            first = self._prefilled_for is None
            self._prefilled_for = key
            self.size_spin.setValue(os_defaults(entry, platform).disk_gib)
            if first and self.owner.template is not None:
                self._size_like_template()
        self.refresh()

    def _size_like_template(self) -> None:
        """The size of the disk of the VM the new one is like, once the host's volumes are read."""
        template, connection = self.owner.template, self.owner.connection
        if template is None or not template.disk_path or connection is None:
            return
        catalogue = connection.catalogue

        def read(_catalogue: object) -> None:
            volume = catalogue.find_volume(template.disk_path or "")
            if volume is not None:
                self.size_spin.setValue(volume.capacity / GIB)

        catalogue.ready(volumes=True).then(read, owner=self)

    def pool(self) -> StoragePool | None:
        connection = self.owner.connection
        name = self.pool_combo.currentData()
        if connection is None or name is None:
            return None
        return next((p for p in connection.pools.values() if p.name == name), None)

    def _pool_changed(self, _index: int = 0) -> None:
        pool = self.pool()
        if pool is not None and self.owner.connection is not None:
            self.owner.connection.catalogue.volumes(pool.name)  # for the name check
        self.refresh()

    def volume_name(self) -> str:
        """The name typed, else one after the VM's name."""
        typed = self.volume_name_edit.text().strip()
        if typed:
            return typed
        suffix = ".qcow2" if self.format_combo.currentData() == "qcow2" else ".img"
        return f"{self.owner.finish_page.name()}{suffix}"

    def taken_volume_names(self) -> set[str]:
        pool, connection = self.pool(), self.owner.connection
        if pool is None or connection is None:
            return set()
        return {v.name for v in connection.catalogue.volumes(pool.name) or []}

    # -- existing disks
    def existing_source(self) -> DiskSource:
        return self.existing.source()

    def _existing_edited(self) -> None:
        self.existing_ok = False
        self._existing_request += 1
        self._check_timer.start()
        self.refresh()

    def _check_existing(self) -> None:
        source, connection = self.existing_source(), self.owner.connection
        request = self._existing_request
        self.users_warning.clear()
        if source.is_empty() or connection is None:
            return
        if source.volume:
            self._existing_found(request, True)
            return
        assert source.path is not None
        vm_creation.path_exists(connection, source.path).then(
            lambda found: self._existing_found(request, found), owner=self)
        connection.call(hardware.image_users, source.path, quiet=True).then(
            lambda users: request == self._existing_request and self._show_users(users), owner=self)

    def _existing_found(self, request: int, found: bool) -> None:
        if request != self._existing_request:
            return
        self.existing_ok = found
        connection = self.owner.connection
        show_problem(self.existing_problem, "" if found else self.tr("{path} does not exist on {host}.").format(
            path=self.existing_source().path, host=connection.label if connection is not None else ""))
        self.completeChanged.emit()

    def _show_users(self, users: list[str]) -> None:
        self.users_warning.setText(self.tr("Already used by: {vms}. Two running VMs writing to one disk image "
                                           "destroy its data.").format(vms=", ".join(users)) if users else "")

    # -- checks
    def wants_disk(self) -> bool:
        return self.storage_check.isChecked()

    def creating(self) -> bool:
        return self.wants_disk() and self.create_radio.isChecked()

    def refresh(self) -> None:
        wants = self.wants_disk()
        for widget in (self.create_radio, self.existing_radio):
            widget.setEnabled(wants)
        creating = self.creating()
        for widget in (self.pool_combo, self.size_spin, self.format_combo, self.volume_name_edit):
            widget.setEnabled(creating)
        if self.existing.chooser is not None:
            self.existing.chooser.setEnabled(wants and not creating)
        pool = self.pool()
        if pool is not None:
            text = self.tr("{free} free of {capacity}").format(free=format_bytes(pool.available),
                                                                capacity=format_bytes(pool.capacity))
            if creating and self.size_spin.value() * GIB > pool.available:
                text += " " + self.tr("— a qcow2 image grows as the VM writes: it can fill the pool.")
            self.pool_free_label.setText(text)
        else:
            self.pool_free_label.setText(self.tr("The host has no active storage pool."))
        show_problem(self.create_problem, self.create_problem_text() if creating else "")
        existing = wants and not creating
        if existing and self.existing_source().is_empty():
            self.existing.show_problem()
        elif not existing:
            show_problem(self.existing_problem, "")
            self.users_warning.clear()
        self.completeChanged.emit()

    def create_problem_text(self) -> str:
        pool = self.pool()
        if pool is None:
            return self.tr("Choose a pool for the new disk image.")
        typed = self.volume_name_edit.text().strip()
        if typed:
            problem = volume_name_problem(typed, self.taken_volume_names())
            if problem:
                return problem
        return size_problem(int(self.size_spin.value() * GIB), pool.available, self.format_combo.currentData())

    def isComplete(self) -> bool:
        if not self.wants_disk():
            return True
        if self.creating():
            return not self.create_problem_text()
        return self.existing_ok and not self.existing_source().is_empty()

    def used(self) -> bool:
        """Whether this page decides the disk (an imported disk or a cloud image's are decided before)."""
        return self.owner.method not in (InstallMethod.IMPORT, InstallMethod.CLOUD, InstallMethod.CONTAINER)

    def contribute(self, answers: NewVmAnswers) -> None:
        if answers.method is InstallMethod.NETWORK:
            pool = self.pool()
            answers.boot_pool = pool.name if pool is not None else None
            config = xmlconf.load(pool.xml) if pool is not None and pool.xml else None
            answers.boot_dir = (config.target_path or "") if isinstance(config, xmlconf.StoragePool) else ""
        if not self.used() or not self.wants_disk():
            return
        if self.creating():
            answers.new_disk = NewDisk(self.pool_combo.currentData(), self.volume_name(),
                                       int(self.size_spin.value() * GIB), self.format_combo.currentData())
        else:
            answers.existing_disk = self.existing_source()

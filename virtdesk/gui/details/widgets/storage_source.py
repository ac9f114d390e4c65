"""Choosing where a disk's data comes from: a file or block device path typed in, or a volume of one of the
connection's storage pools."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QStackedWidget, QWidget

from virtdesk import xmlconf
from virtdesk.gui.accessible import name_after
from virtdesk.gui.details.widgets.field_editors import ChoiceCombo
from virtdesk.gui.remote_file_dialog import can_choose_host_file, choose_host_file, disk_image_filters
from virtdesk.model.connection import Connection
from virtdesk.model.storage import Volume
from virtdesk.units import format_kib


@dataclass(frozen=True)
class StorageSource:
    """A local disk source: a path, or a pool and volume name; all None is no media."""

    path: str | None = None
    pool: str | None = None
    volume: str | None = None

    @classmethod
    def of(cls, disk: xmlconf.Disk) -> StorageSource:
        if disk.source_pool or disk.source_volume:
            return cls(pool=disk.source_pool, volume=disk.source_volume)
        return cls(path=disk.source_path())

    def is_empty(self) -> bool:
        return not (self.path or self.volume)

    def text(self) -> str:
        if self.volume:
            return f"{self.pool}/{self.volume}"
        return self.path or ""

    def apply_to(self, disk: xmlconf.Disk) -> None:
        """Points disk at this source (type file, block, dir or volume), or leaves it without media."""
        keep_dir = disk.type == "dir"
        disk.source_file = disk.source_dev = disk.source_dir = disk.source_pool = disk.source_volume = None
        if self.volume:
            disk.type = "volume"
            disk.source_pool = self.pool
            disk.source_volume = self.volume
        elif self.path and keep_dir:
            disk.source_dir = self.path
        elif self.path and self.path.startswith("/dev/"):
            disk.type = "block"
            disk.source_dev = self.path
        else:
            disk.type = "file"
            disk.source_file = self.path


def find_volume(connection: Connection, source: StorageSource) -> Volume | None:
    """The connection's volume this source names (by pool and name, or by path), if the host has it and its
    pool's volumes were read; asking starts reading them (the catalogue's volumes_changed follows)."""
    catalogue = connection.catalogue
    if source.volume and source.pool:
        return next((v for v in catalogue.volumes(source.pool) or [] if v.name == source.volume), None)
    if source.path:
        for pool in catalogue.pools.values():
            if pool.active:
                catalogue.volumes(pool.name)
        return catalogue.find_volume(source.path)
    return None


def volume_facts(volume: Volume) -> str:
    """"10.0 GiB, qcow2, 1.2 GiB allocated" for a volume."""
    document = xmlconf.load(volume.xml) if volume.xml else None
    fmt = document.target_format if isinstance(document, xmlconf.StorageVolume) else None
    parts = [format_kib(volume.capacity / 1024), fmt or "",
             QCoreApplication.translate("StorageSource", "{size} allocated").format(
                 size=format_kib(volume.allocation / 1024))]
    return ", ".join(p for p in parts if p)


class StorageSourceChooser(QWidget):
    """A kind (path or pool volume) with its inputs; `edited` fires on every change the user makes."""

    edited = Signal()
    PATH, VOLUME = "path", "volume"

    def __init__(self, connection: Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connection = connection
        self.kind = ChoiceCombo([(self.PATH, self.tr("File or device path")),
                                 (self.VOLUME, self.tr("Storage pool volume"))])
        self.kind.setObjectName("source-kind")
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("source-path")
        self.path_edit.setPlaceholderText(self.tr("/var/lib/libvirt/images/disk.qcow2"))
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.setObjectName("source-browse")
        self.browse_button.setEnabled(can_choose_host_file(connection))
        self.browse_button.clicked.connect(self.browse)
        path_row = QWidget()
        path_layout = QHBoxLayout(path_row)
        path_layout.setContentsMargins(0, 0, 0, 0)
        path_layout.addWidget(self.path_edit, 1)
        path_layout.addWidget(self.browse_button)
        self.pool_combo = QComboBox()
        self.pool_combo.setObjectName("source-pool")
        self.volume_combo = QComboBox()
        self.volume_combo.setObjectName("source-volume")
        for control, kind in ((self.path_edit, self.PATH), (self.volume_combo, self.VOLUME)):
            name_after(control, self.kind.itemText(self.kind.findData(kind)))
        volume_row = QWidget()
        volume_layout = QHBoxLayout(volume_row)
        volume_layout.setContentsMargins(0, 0, 0, 0)
        volume_layout.addWidget(self.pool_combo, 1)
        volume_layout.addWidget(self.volume_combo, 2)
        self.stack = QStackedWidget()
        self.stack.addWidget(path_row)
        self.stack.addWidget(volume_row)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.stack, 1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.path_edit.textEdited.connect(lambda _t: self.edited.emit())
        self.pool_combo.currentIndexChanged.connect(self._pool_changed)
        self.volume_combo.currentIndexChanged.connect(lambda _i: self.edited.emit())
        connection.catalogue.volumes_changed.connect(self._volumes_arrived)
        self._fill_pools()

    def _fill_pools(self) -> None:
        self.pool_combo.blockSignals(True)
        self.pool_combo.clear()
        for pool in sorted(self.connection.pools.values(), key=lambda p: p.name):
            self.pool_combo.addItem(pool.name, pool.name)
        self.pool_combo.blockSignals(False)

    def _volumes_arrived(self, pool_name: str) -> None:
        if pool_name == self.pool_combo.currentData():
            self._fill_volumes(pool_name, self.volume_combo.currentText() or None)

    def _fill_volumes(self, pool_name: str | None, current: str | None = None) -> None:
        volumes = self.connection.catalogue.volumes(pool_name) if pool_name else None
        names = [v.name for v in volumes or []]
        if current and current not in names:
            names.append(current)
        self.volume_combo.blockSignals(True)
        self.volume_combo.clear()
        self.volume_combo.addItems(names)
        if current:
            self.volume_combo.setCurrentText(current)
        self.volume_combo.blockSignals(False)

    def _kind_changed(self, _index: int) -> None:
        volume = self.kind.value() == self.VOLUME
        self.stack.setCurrentIndex(1 if volume else 0)
        if volume and self.volume_combo.count() == 0:
            self._fill_volumes(self.pool_combo.currentData())
        self.edited.emit()

    def _pool_changed(self, _index: int) -> None:
        self._fill_volumes(self.pool_combo.currentData())
        self.edited.emit()

    def browse(self) -> None:
        choose_host_file(self, self.connection, self._path_chosen, start=self.path_edit.text(),
                         filters=disk_image_filters(), title=self.tr("Choose a Disk Image"))

    def _path_chosen(self, path: str) -> None:
        self.path_edit.setText(path)
        self.edited.emit()

    def set_source(self, source: StorageSource) -> None:
        """Shows source without emitting `edited`."""
        self.blockSignals(True)
        try:
            volume = bool(source.volume)
            self.kind.blockSignals(True)
            self.kind.set_value(self.VOLUME if volume else self.PATH)
            self.kind.blockSignals(False)
            self.stack.setCurrentIndex(1 if volume else 0)
            self.path_edit.setText(source.path or "")
            self._fill_pools()
            if source.pool and self.pool_combo.findData(source.pool) < 0:
                self.pool_combo.addItem(source.pool, source.pool)
            self.pool_combo.blockSignals(True)
            if source.pool:
                self.pool_combo.setCurrentIndex(self.pool_combo.findData(source.pool))
            self.pool_combo.blockSignals(False)
            self._fill_volumes(self.pool_combo.currentData(), source.volume)
        finally:
            self.blockSignals(False)

    def source(self) -> StorageSource:
        if self.kind.value() == self.VOLUME:
            volume = self.volume_combo.currentText() or None
            return StorageSource(pool=self.pool_combo.currentData() if volume else None, volume=volume)
        return StorageSource(path=self.path_edit.text().strip() or None)

"""Storage: a new disk image in a pool (size, format), or an existing volume or path; disk, CD-ROM or floppy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QComboBox, QDoubleSpinBox, QHBoxLayout, QLineEdit, QRadioButton, QSizePolicy

from virtdesk import xmlconf
from virtdesk.gui.accessible import name_after_row
from virtdesk.gui.add_hardware.form import DeviceForm, FormContext, InputError, register
from virtdesk.model import hardware

UNITS = {"MiB": 1024 ** 2, "GiB": 1024 ** 3}


def disk_buses(device: str, q35: bool) -> list[str]:
    if device == "floppy":
        return ["fdc"]
    buses = ["virtio", "sata", "scsi", "usb"] if device == "disk" else ["sata", "scsi", "usb"]
    return buses if q35 else [*buses, "ide"]


@register
class StorageForm(DeviceForm):
    order = 0
    icon_name = "drive-harddisk"

    def __init__(self, context: FormContext) -> None:
        super().__init__(context)
        self.device_combo = self.combo(self.tr("Device type:"), [(self.tr("Disk"), "disk"),
                                                                 (self.tr("CD-ROM"), "cdrom"),
                                                                 (self.tr("Floppy"), "floppy")])
        self.create_radio = QRadioButton(self.tr("Create a disk image"))
        self.existing_radio = QRadioButton(self.tr("Use an existing volume or path"))
        group = QButtonGroup(self)
        group.addButton(self.create_radio)
        group.addButton(self.existing_radio)
        self.create_radio.setChecked(True)
        self.form.addRow(self.create_radio)
        self.pool_combo = QComboBox()
        for pool in context.choices.pools:
            self.pool_combo.addItem(pool, pool)
        self.pool_combo.setCurrentIndex(max(self.pool_combo.findData("default"), 0))
        self.form.addRow(self.tr("Pool:"), self.pool_combo)
        self.name_edit = QLineEdit()
        self.form.addRow(self.tr("Name:"), self.name_edit)
        self.size_spin = QDoubleSpinBox()
        self.size_spin.setRange(0, 1024 * 1024)
        self.size_spin.setDecimals(1)
        self.size_spin.setValue(20)
        self.unit_combo = QComboBox()
        self.unit_combo.addItems(list(UNITS))
        self.unit_combo.setCurrentText("GiB")
        size_row = QHBoxLayout()
        size_row.addWidget(self.size_spin, 1)
        size_row.addWidget(self.unit_combo)
        self.form.addRow(self.tr("Size:"), size_row)
        name_after_row(self.form, size_row, self.size_spin)
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("qcow2 (thin, snapshots)"), "qcow2")
        self.format_combo.addItem(self.tr("raw (fastest)"), "raw")
        self.form.addRow(self.tr("Format:"), self.format_combo)
        self.form.addRow(self.existing_radio)
        self.path_combo = QComboBox()
        self.path_combo.setEditable(True)
        # as wide as the form allows, not as the longest path (the list still shows paths in full)
        self.path_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.path_combo.setMinimumContentsLength(24)
        self.path_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.path_combo.addItem("")
        for pool, volumes in context.choices.pools.items():
            for name, path in volumes:
                self.path_combo.addItem(path)
                self.path_combo.setItemData(self.path_combo.count() - 1, f"{pool}: {name}",
                                            Qt.ItemDataRole.ToolTipRole)
        self.path_combo.lineEdit().setPlaceholderText(self.tr("/path/to/image.qcow2, /dev/sdX or an ISO"))
        self.form.addRow(self.tr("Path:"), self.path_combo)
        self.bus_combo = QComboBox()
        self.form.addRow(self.tr("Bus:"), self.bus_combo)
        self.cache_combo = self.combo(self.tr("Cache:"), [(self.tr("Hypervisor default"), None)]
                                      + [(mode, mode) for mode in ("none", "writeback", "writethrough",
                                                                   "directsync", "unsafe")])
        self.device_combo.currentIndexChanged.connect(self._device_changed)
        self.format_combo.currentIndexChanged.connect(self._suggest_name)
        self.create_radio.toggled.connect(self._source_changed)
        self._device_changed()
        self._suggest_name()

    def title(self) -> str:
        return self.tr("Storage")

    def _device_changed(self) -> None:
        device = self.device_combo.currentData()
        self.bus_combo.clear()
        for bus in disk_buses(device, self.context.q35):
            self.bus_combo.addItem(hardware.BUS_NAMES.get(bus, bus), bus)
        default = xmlconf.builders.default_disk_bus(device, self.context.virtio, self.context.q35)
        self.bus_combo.setCurrentIndex(max(self.bus_combo.findData(default), 0))
        can_create = device == "disk" and bool(self.context.choices.pools)
        self.create_radio.setEnabled(can_create)
        if not can_create:
            self.existing_radio.setChecked(True)
        self._source_changed()

    def _source_changed(self) -> None:
        create = self.create_radio.isChecked()
        for widget in (self.pool_combo, self.name_edit, self.size_spin, self.unit_combo, self.format_combo):
            widget.setEnabled(create)
        self.path_combo.setEnabled(not create)

    def _suggest_name(self) -> None:
        taken = {name for volumes in self.context.choices.pools.values() for name, _path in volumes}
        stem, extension = self.context.domain.name, self.format_combo.currentData()
        candidates = (f"{stem}.{extension}" if i == 0 else f"{stem}-{i}.{extension}" for i in range(1000))
        self.name_edit.setText(next(c for c in candidates if c not in taken))

    def _path(self) -> str:
        return self.path_combo.currentText().strip()

    def validate(self) -> str:
        if self.create_radio.isChecked():
            name = self.name_edit.text().strip()
            if not name or "/" in name:
                return self.tr("Give the new disk image a file name (without “/”).")
            if name in {n for n, _p in self.context.choices.pools.get(self.pool_combo.currentData(), [])}:
                return self.tr("The pool already has a volume named {name}.").format(name=name)
            if self.size_spin.value() <= 0:
                return self.tr("The size of the new disk image must be more than zero.")
        elif self.device_combo.currentData() == "disk" and not self._path():
            return self.tr("Enter the path of the disk image or device (a CD-ROM or floppy may stay empty).")
        return ""

    def prepare(self) -> Any:
        if not self.create_radio.isChecked():
            return None
        size = int(self.size_spin.value() * UNITS[self.unit_combo.currentText()])
        volume = xmlconf.build_volume(self.name_edit.text().strip(), size, self.format_combo.currentData())
        pool = self.pool_combo.currentData()
        return lambda conn: hardware.create_volume(conn, pool, volume)

    def undo_prepare(self, prepared: Any) -> Any:
        return (lambda conn: hardware.delete_volume(conn, prepared)) if prepared else None

    def build(self, prepared: Any = None) -> xmlconf.Device:
        device = self.device_combo.currentData()
        path = prepared or self._path() or None
        fmt = self.format_combo.currentData() if prepared else None
        if path and not path.startswith("/"):
            raise InputError(self.tr("The path must be absolute (start with “/”)."))
        spec = xmlconf.DiskSpec(path, device=device, format=fmt, bus=self.bus_combo.currentData(),
                                cache=self.cache_combo.currentData())
        return xmlconf.build_disk(spec, hardware.disk_targets(self.context.config), self.context.virtio,
                                  self.context.q35)

    def adjust(self, config: xmlconf.Domain) -> None:
        if self.bus_combo.currentData() == "scsi" and not any(c.type == "scsi" for c in config.devices.controllers):
            config.devices.controllers.add(type="scsi", index=0, model="virtio-scsi")

"""Disk, CD-ROM, floppy and LUN pages: source (path, block device or pool volume; network sources read-only),
bus, cache/io/discard/detect-zeroes, read-only, shareable, serial; media eject and insert, live on a running VM."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from virtdesk import xmlconf
from virtdesk.gui.details.page import DevicePage, PageContext
from virtdesk.gui.details.pages import register
from virtdesk.gui.details.widgets.device_choices import DISK_BUSES, offered, with_domain_capabilities
from virtdesk.gui.details.widgets.field_editors import CheckValue, ChoiceCombo, ReadOnlyValue, TextEdit
from virtdesk.gui.details.widgets.form_snapshot import FormSnapshot
from virtdesk.gui.details.widgets.insert_media_dialog import InsertMediaDialog
from virtdesk.gui.details.widgets.storage_source import (
    StorageSource,
    StorageSourceChooser,
    find_volume,
    volume_facts,
)
from virtdesk.model import domain_live
from virtdesk.model.domain_config import LiveChange
from virtdesk.xmlconf.builders import TARGET_PREFIX, free_target

BUS_LABELS = {"virtio": "VirtIO", "sata": "SATA", "scsi": "SCSI", "usb": "USB", "ide": "IDE", "fdc": "Floppy",
              "xen": "Xen", "sd": "SD"}
BUSES_FOR_DEVICE = {"disk": DISK_BUSES, "cdrom": ("sata", "scsi", "ide", "usb"), "floppy": ("fdc",),
                    "lun": ("scsi", "virtio")}
REMOVABLE = ("cdrom", "floppy")
SERIAL_PATTERN = re.compile(r"^[A-Za-z0-9_.+ -]*$")


@register
class DiskPage(DevicePage):
    list_name = "disks"
    icon_name = "drive-harddisk"

    def __init__(self, context: PageContext, index: int) -> None:
        super().__init__(context, index)
        self._label = ""
        self._media = StorageSource()
        self._loaded_media = StorageSource()
        # the loaded configs, asked for the live disk and the other disks' targets only when needed: reading them
        # on load costs each of a VM's N disk pages N lookups (minutes for 2,000 disks)
        self._configs: tuple[xmlconf.Domain | None, xmlconf.Domain | None] = (None, None)
        self._loaded_target = ""
        self._device_kind = "disk"
        form = self.form_page(self)
        self.device_type = ReadOnlyValue()
        self.device_type.setObjectName("device-type")
        form.addRow(self.tr("Device type:"), self.device_type)
        self.chooser = StorageSourceChooser(context.domain.connection)
        self.chooser.edited.connect(self._source_edited)
        context.domain.connection.catalogue.volumes_changed.connect(self._volumes_arrived)  # gone with the page
        form.addRow(self.tr("Source:"), self.chooser)
        self.media = ReadOnlyValue()
        self.media.setObjectName("media")
        self.eject_button = QPushButton(self.tr("Eject"))
        self.eject_button.setObjectName("eject")
        self.eject_button.clicked.connect(self.eject)
        self.insert_button = QPushButton(self.tr("Insert…"))
        self.insert_button.setObjectName("insert")
        self.insert_button.clicked.connect(self.choose_media)
        self.media_row = QWidget()
        media_layout = QHBoxLayout(self.media_row)
        media_layout.setContentsMargins(0, 0, 0, 0)
        media_layout.addWidget(self.media, 1)
        media_layout.addWidget(self.eject_button)
        media_layout.addWidget(self.insert_button)
        form.addRow(self.tr("Media:"), self.media_row)
        self.network_source = ReadOnlyValue()
        self.network_source.setObjectName("network-source")
        form.addRow(self.tr("Network source:"), self.network_source)
        self.volume_facts = ReadOnlyValue()
        self.volume_facts.setObjectName("volume-facts")
        self.volume_facts.setWordWrap(False)
        form.addRow(self.tr("Volume:"), self.volume_facts)
        self.bus = ChoiceCombo([])
        self.bus.setObjectName("bus")
        form.addRow(self.tr("Bus:"), self.bus)
        self.target = ReadOnlyValue()
        self.target.setObjectName("target")
        form.addRow(self.tr("Device name:"), self.target)
        default = self.tr("Hypervisor default")
        self.cache = ChoiceCombo([(m, m) for m in xmlconf.disk.CACHE_MODES if m != "default"], default)
        self.cache.setObjectName("cache")
        self.io = ChoiceCombo([(m, m) for m in ("native", "threads", "io_uring")], default)
        self.io.setObjectName("io")
        self.discard = ChoiceCombo([("unmap", self.tr("unmap (pass discards to the image)")),
                                    ("ignore", self.tr("ignore"))], default)
        self.discard.setObjectName("discard")
        self.detect_zeroes = ChoiceCombo([(m, m) for m in ("off", "on", "unmap")], default)
        self.detect_zeroes.setObjectName("detect-zeroes")
        form.addRow(self.tr("Cache mode:"), self.cache)
        form.addRow(self.tr("IO mode:"), self.io)
        form.addRow(self.tr("Discard:"), self.discard)
        form.addRow(self.tr("Detect zeroes:"), self.detect_zeroes)
        self.readonly = CheckValue(self.tr("The guest cannot write to this disk"))
        self.readonly.setObjectName("readonly")
        form.addRow(self.tr("Read-only:"), self.readonly)
        self.shareable = CheckValue(self.tr("Other VMs may use this disk at the same time"))
        self.shareable.setObjectName("shareable")
        form.addRow(self.tr("Shareable:"), self.shareable)
        self.serial = TextEdit()
        self.serial.setObjectName("serial")
        form.addRow(self.tr("Serial number:"), self.serial)
        self.form = form
        self.watch(self.bus, self.cache, self.io, self.discard, self.detect_zeroes, self.readonly, self.shareable,
                   self.serial)
        self.bus.currentIndexChanged.connect(self._show_target)
        self.snapshot = FormSnapshot(self._values)

    # -- loading
    @classmethod
    def list_label(cls, device: xmlconf.Device | None, index: int) -> str:
        if device is None:
            return QCoreApplication.translate("DiskPage", "Disk")
        assert isinstance(device, xmlconf.Disk)
        bus = device.target_bus
        return " ".join(p for p in (BUS_LABELS.get(bus or "", bus or ""), cls._device_label(device.device or "disk"),
                                    device.target_dev or "") if p)

    @staticmethod
    def _device_label(device: str) -> str:
        return {"disk": QCoreApplication.translate("DiskPage", "Disk"),
                "cdrom": QCoreApplication.translate("DiskPage", "CD-ROM"),
                "floppy": QCoreApplication.translate("DiskPage", "Floppy"),
                "lun": QCoreApplication.translate("DiskPage", "LUN")}.get(device, device)

    def load(self, config: xmlconf.Domain, live: xmlconf.Domain | None) -> None:
        disk = self.device(config)
        assert isinstance(disk, xmlconf.Disk)
        device = disk.device or "disk"
        self._device_kind = device
        self._label = self.label()
        self.device_type.setText(self._device_label(device) + (f" ({disk.type})" if disk.type else ""))
        network = disk.type == "network"
        removable = device in REMOVABLE and not network
        self._set_row_visible(self.network_source, network)
        self._set_row_visible(self.chooser, not network and not removable)
        self._set_row_visible(self.media_row, removable)
        self.network_source.setText(self._network_text(disk) if network else "")
        source = StorageSource() if network else StorageSource.of(disk)
        self.chooser.set_source(source)
        self._media = self._loaded_media = source
        self._show_media()
        self.bus.set_choices([(b, BUS_LABELS.get(b, b)) for b in BUSES_FOR_DEVICE.get(device, DISK_BUSES)])
        self.bus.set_value(disk.target_bus)
        self._configs = (config, live)
        self._loaded_target = disk.target_dev or ""
        self.target.setText(self._loaded_target)
        self.cache.set_value(disk.driver_cache)
        self.io.set_value(disk.driver_io)
        self.discard.set_value(disk.driver_discard)
        self.detect_zeroes.set_value(disk.driver_detect_zeroes)
        self.readonly.set_optional_value(disk.readonly)
        self.shareable.set_optional_value(disk.shareable)
        self.serial.set_optional_value(disk.serial)
        self.snapshot.take()
        with_domain_capabilities(self, self.context.domain.connection, config, self._capabilities_arrived)

    def _capabilities_arrived(self, caps: xmlconf.DomainCapabilities) -> None:
        buses = caps.devices.disk.enum("bus")
        common = BUSES_FOR_DEVICE.get(self._device_kind, DISK_BUSES)
        self.bus.set_choices([(b, BUS_LABELS.get(b, b)) for b in offered(buses, common) if b in common])

    def _set_row_visible(self, field: QWidget, visible: bool) -> None:
        self.form.setRowVisible(field, visible)

    def _network_text(self, disk: xmlconf.Disk) -> str:
        hosts = ", ".join(h.name + (f":{h.port}" if h.port else "") if h.name else (h.socket or "")
                          for h in disk.source_hosts)
        text = self.tr("{protocol}: {name}").format(protocol=(disk.source_protocol or "?").upper(),
                                                    name=disk.source_name or "")
        if hosts:
            text += self.tr(" on {hosts}").format(hosts=hosts)
        return text + "\n" + self.tr("Edit network storage in the XML tab.")

    def _volumes_arrived(self, _pool: str) -> None:
        self._show_media()

    def _show_media(self) -> None:
        self.media.setText(self._media.text() or self.tr("No media"))
        self.eject_button.setEnabled(not self._media.is_empty())
        self._show_facts(self._media if self._device_kind in REMOVABLE else self.chooser.source())

    def _show_facts(self, source: StorageSource) -> None:
        volume = find_volume(self.context.domain.connection, source) if not source.is_empty() else None
        self.volume_facts.setText(volume_facts(volume) if volume is not None else "")
        self._set_row_visible(self.volume_facts, volume is not None)

    def _show_target(self) -> None:
        bus = self.bus.value()
        if bus == self.snapshot.shown("bus"):
            self.target.setText(self._loaded_target)
        else:
            self.target.setText(self.tr("{name} (the name on the new bus)").format(name=self._target_for(bus)))

    def _target_for(self, bus: str | None) -> str:
        config = self._configs[0]
        others = {d.target_dev for i, d in enumerate(config.devices.disks) if i != self.index and d.target_dev} \
            if config is not None else set()
        return free_target(TARGET_PREFIX.get(bus or "", "sd"), others)

    def _live_disk(self) -> xmlconf.Disk | None:
        """The running VM's disk of the loaded target (the live config as loaded), if any."""
        live = self._configs[1]
        if live is None:
            return None
        return next((d for d in live.devices.disks if d.target_dev == self._loaded_target), None)

    # -- media
    def _source_edited(self) -> None:
        self._show_facts(self.chooser.source())
        self.set_dirty()

    def eject(self) -> None:
        self._media = StorageSource()
        self._show_media()
        self.set_dirty()

    def choose_media(self) -> InsertMediaDialog:
        dialog = InsertMediaDialog(self.context.domain.connection, self._label, self)
        dialog.accepted.connect(lambda: self.insert(dialog.source()))
        dialog.open()
        return dialog

    def insert(self, source: StorageSource) -> None:
        self._media = source
        self._show_media()
        self.set_dirty()

    # -- writing
    def _values(self) -> dict[str, Any]:
        return {"source": self._media if self._device_kind in REMOVABLE else self.chooser.source(),
                "bus": self.bus.value(), "cache": self.cache.value(), "io": self.io.value(),
                "discard": self.discard.value(), "detect_zeroes": self.detect_zeroes.value(),
                "readonly": self.readonly.optional_value(), "shareable": self.shareable.optional_value(),
                "serial": self.serial.optional_value()}

    def validate(self) -> str:
        changed = self.snapshot.changed()
        if "serial" in changed and not SERIAL_PATTERN.match(changed["serial"] or ""):
            return self.tr("The serial number may hold only letters, digits, spaces and _ . + -")
        source = changed.get("source")
        if source is not None and source.is_empty() and self._device_kind not in REMOVABLE:
            return self.tr("A disk needs a source: a file or device path, or a pool volume.")
        if source is not None and source.volume and not source.pool:
            return self.tr("Choose the storage pool of the volume.")
        return ""

    def write(self, config: xmlconf.Domain) -> list[LiveChange]:
        disk = self.device(config)
        assert isinstance(disk, xmlconf.Disk)
        changed = self.snapshot.changed()
        live: list[LiveChange] = []
        source = changed.pop("source", None)
        if source is not None and disk.type != "network":
            source.apply_to(disk)
            if self._device_kind in REMOVABLE:
                live.append(self._media_change(source))
            else:
                changed["source"] = source
        if "bus" in changed:
            disk.target_bus = changed["bus"]
            disk.target_dev = self._target_for(changed["bus"])
            disk.address = None  # libvirt assigns one on the new bus
        for name, prop in (("cache", "driver_cache"), ("io", "driver_io"), ("discard", "driver_discard"),
                           ("detect_zeroes", "driver_detect_zeroes"), ("readonly", "readonly"),
                           ("shareable", "shareable"), ("serial", "serial")):
            if name in changed:
                setattr(disk, prop, changed[name])
        self.needs_restart = bool(changed)
        return live

    def _media_change(self, source: StorageSource) -> LiveChange:
        live = self._live_disk()
        base = live if live is not None else self.device(self.context.config.persistent)
        assert base is not None
        disk = base.copy()
        source.apply_to(disk)
        if source.is_empty():
            description = self.tr("Eject the media from {drive}").format(drive=self._label)
        else:
            description = self.tr("Insert {media} into {drive}").format(media=source.text(), drive=self._label)
        return domain_live.change_media(description, disk)

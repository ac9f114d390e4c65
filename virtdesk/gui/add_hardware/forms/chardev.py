"""Character devices: serial port, parallel port, console and channel (with guest agent and SPICE agent
presets). One form class; each kind is registered as its own subclass."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QSpinBox

from virtdesk import xmlconf
from virtdesk.gui.add_hardware.form import DeviceForm, FormContext, register

HOST_TYPES = ("pty", "unix", "tcp", "file", "null")


class CharDeviceForm(DeviceForm):
    """The host side of a character device: a pseudo terminal, a UNIX or TCP socket, a file or nothing."""

    device_class: type[xmlconf.CharDevice] = xmlconf.Serial
    icon_name = "utilities-terminal"

    def __init__(self, context: FormContext) -> None:
        super().__init__(context)
        self.add_kind_rows()
        self.type_combo = self.combo(self.tr("Host side:"), [(self.host_type_text(t), t) for t in self.host_types()])
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Chosen by libvirt when empty (UNIX socket)"))
        self.form.addRow(self.tr("Path:"), self.path_edit)
        self.host_edit = QLineEdit("127.0.0.1")
        self.form.addRow(self.tr("Host:"), self.host_edit)
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(4555)
        self.form.addRow(self.tr("Port:"), self.port_spin)
        self.mode_combo = self.combo(self.tr("Mode:"), [(self.tr("Listen (bind)"), "bind"),
                                                        (self.tr("Connect"), "connect")])
        self.type_combo.currentIndexChanged.connect(self.update_enabled)
        self.update_enabled()

    def add_kind_rows(self) -> None:
        """Rows a kind puts above the host side."""

    def host_types(self) -> tuple[str, ...]:
        return HOST_TYPES

    def host_type_text(self, kind: str) -> str:
        return {"pty": self.tr("Pseudo terminal (pty)"), "unix": self.tr("UNIX socket"),
                "tcp": self.tr("TCP socket"), "file": self.tr("Output to a file"), "null": self.tr("Nothing"),
                "spicevmc": self.tr("SPICE channel")}[kind]

    def update_enabled(self) -> None:
        kind = self.type_combo.currentData()
        self.path_edit.setEnabled(kind in ("unix", "file"))
        self.host_edit.setEnabled(kind == "tcp")
        self.port_spin.setEnabled(kind == "tcp")
        self.mode_combo.setEnabled(kind in ("unix", "tcp"))

    def validate(self) -> str:
        kind, path = self.type_combo.currentData(), self.path_edit.text().strip()
        if kind == "file" and not path.startswith("/"):
            return self.tr("Enter the absolute path of the file to write to.")
        if kind == "unix" and path and not path.startswith("/"):
            return self.tr("The socket path must be absolute.")
        if kind == "tcp" and not self.host_edit.text().strip():
            return self.tr("Enter the host of the TCP socket.")
        return ""

    def build(self, prepared: Any = None) -> xmlconf.Device:
        kind = self.type_combo.currentData()
        device = self.device_class.new(type=kind)
        path = self.path_edit.text().strip()
        if kind in ("unix", "file") and path:
            device.source_path = path
        if kind in ("unix", "tcp"):
            device.source_mode = self.mode_combo.currentData()
        if kind == "tcp":
            device.source_host = self.host_edit.text().strip()
            device.source_service = str(self.port_spin.value())
            device.protocol_type = "raw"
        self.set_target(device)
        return device

    def set_target(self, device: xmlconf.CharDevice) -> None:
        """The guest side; libvirt's defaults unless a kind says otherwise."""


@register
class SerialForm(CharDeviceForm):
    order = 50

    def title(self) -> str:
        return self.tr("Serial Port")


@register
class ParallelForm(CharDeviceForm):
    order = 55
    device_class = xmlconf.Parallel

    def title(self) -> str:
        return self.tr("Parallel Port")


@register
class ConsoleForm(CharDeviceForm):
    order = 60
    device_class = xmlconf.Console

    def title(self) -> str:
        return self.tr("Console")

    def set_target(self, device: xmlconf.CharDevice) -> None:
        device.target_type = "virtio"


@register
class ChannelForm(CharDeviceForm):
    """A virtio channel; the presets fill in the QEMU guest agent's and the SPICE agent's."""

    order = 65
    device_class = xmlconf.Channel
    PRESETS = {"agent": ("unix", xmlconf.GUEST_AGENT_NAME), "spice": ("spicevmc", "com.redhat.spice.0")}

    def __init__(self, context: FormContext) -> None:
        super().__init__(context)
        used = {c.target_name for c in context.config.devices.channels}
        free = [key for key, (_type, name) in self.PRESETS.items() if name not in used]
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(free[0] if free else "other"))
        self._preset_changed()

    def add_kind_rows(self) -> None:
        self.preset_combo = self.combo(self.tr("Channel:"), [
            (self.tr("QEMU guest agent"), "agent"), (self.tr("SPICE agent (clipboard, resolution)"), "spice"),
            (self.tr("Other"), "other")])
        self.name_edit = QLineEdit(xmlconf.GUEST_AGENT_NAME)
        self.form.addRow(self.tr("Name:"), self.name_edit)
        self.preset_combo.currentIndexChanged.connect(self._preset_changed)

    def title(self) -> str:
        return self.tr("Channel")

    def host_types(self) -> tuple[str, ...]:
        return (*HOST_TYPES, "spicevmc")

    def _preset_changed(self) -> None:
        preset = self.PRESETS.get(self.preset_combo.currentData())
        if preset is not None:
            kind, name = preset
            self.type_combo.setCurrentIndex(self.type_combo.findData(kind))
            self.name_edit.setText(name)
            self.path_edit.clear()
        self.update_enabled()

    def update_enabled(self) -> None:
        super().update_enabled()
        other = self.preset_combo.currentData() == "other"
        self.name_edit.setEnabled(other)
        self.type_combo.setEnabled(other)

    def validate(self) -> str:
        name = self.name_edit.text().strip()
        if not name:
            return self.tr("Enter the channel's name (the guest sees it under /dev/virtio-ports/).")
        if name in {c.target_name for c in self.context.config.devices.channels}:
            return self.tr("This VM already has a channel named {name}.").format(name=name)
        return super().validate()

    def set_target(self, device: xmlconf.CharDevice) -> None:
        assert isinstance(device, xmlconf.Channel)
        device.target_type = "virtio"
        device.target_name = self.name_edit.text().strip()

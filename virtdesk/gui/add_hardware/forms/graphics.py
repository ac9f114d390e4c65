"""Graphics: a SPICE or VNC display, where it listens, its port and password."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QSpinBox

from virtdesk import xmlconf
from virtdesk.gui.add_hardware.form import DeviceForm, FormContext, register


@register
class GraphicsForm(DeviceForm):
    order = 30
    icon_name = "video-display"

    def __init__(self, context: FormContext) -> None:
        super().__init__(context)
        self.type_combo = self.combo(self.tr("Type:"), [(self.tr("SPICE server"), "spice"),
                                                        (self.tr("VNC server"), "vnc")])
        self.listen_combo = self.combo(self.tr("Listen on:"), [
            (self.tr("This host only (127.0.0.1)"), "127.0.0.1"), (self.tr("All interfaces (0.0.0.0)"), "0.0.0.0"),
            (self.tr("Nothing (local socket)"), None)])
        self.port_spin = QSpinBox()
        self.port_spin.setRange(5899, 65535)  # the minimum stands for "automatic"
        self.port_spin.setSpecialValueText(self.tr("Automatic"))
        self.port_spin.setValue(5899)
        self.form.addRow(self.tr("Port:"), self.port_spin)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("No password"))
        self.form.addRow(self.tr("Password:"), self.password_edit)

    def title(self) -> str:
        return self.tr("Graphics")

    def build(self, prepared: Any = None) -> xmlconf.Device:
        graphics = xmlconf.Graphics.new(type=self.type_combo.currentData())
        address = self.listen_combo.currentData()
        if address is None:
            graphics.listen_type = "none"
        else:
            automatic = self.port_spin.value() == self.port_spin.minimum()
            graphics.autoport = automatic
            if not automatic:
                graphics.port = self.port_spin.value()
            graphics.set_listen_address(address)
        if self.password_edit.text():
            graphics.passwd = self.password_edit.text()
        return graphics

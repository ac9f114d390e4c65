"""USB redirection: a USB port that the SPICE client (or a TCP usbredir server) plugs devices into."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QSpinBox

from virtdesk import xmlconf
from virtdesk.gui.add_hardware.form import DeviceForm, FormContext, register


@register
class RedirdevForm(DeviceForm):
    order = 150
    icon_name = "drive-removable-media"

    def __init__(self, context: FormContext) -> None:
        super().__init__(context)
        self.type_combo = self.combo(self.tr("Type:"), [(self.tr("SPICE channel"), "spicevmc"),
                                                        (self.tr("TCP (usbredir server)"), "tcp")])
        self.host_edit = QLineEdit()
        self.form.addRow(self.tr("Host:"), self.host_edit)
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(4000)
        self.form.addRow(self.tr("Port:"), self.port_spin)
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self._type_changed()

    def title(self) -> str:
        return self.tr("USB Redirection")

    def _type_changed(self) -> None:
        tcp = self.type_combo.currentData() == "tcp"
        self.host_edit.setEnabled(tcp)
        self.port_spin.setEnabled(tcp)

    def validate(self) -> str:
        if self.type_combo.currentData() == "tcp" and not self.host_edit.text().strip():
            return self.tr("Enter the host of the usbredir server.")
        return ""

    def build(self, prepared: Any = None) -> xmlconf.Device:
        redirdev = xmlconf.Redirdev.new(bus="usb", type=self.type_combo.currentData())
        if redirdev.type == "tcp":
            redirdev.source_host = self.host_edit.text().strip()
            redirdev.source_service = str(self.port_spin.value())
        return redirdev

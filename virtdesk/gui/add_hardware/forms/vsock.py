"""VSOCK: a host–guest socket device with an automatic or fixed guest CID."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QSpinBox

from virtdesk import xmlconf
from virtdesk.gui.add_hardware.form import DeviceForm, FormContext, register


@register
class VsockForm(DeviceForm):
    order = 200
    icon_name = "network-transmit-receive"

    def __init__(self, context: FormContext) -> None:
        super().__init__(context)
        self.cid_spin = QSpinBox()
        self.cid_spin.setRange(2, 2 ** 31 - 1)  # 2 is the host's CID: it stands for "automatic"
        self.cid_spin.setSpecialValueText(self.tr("Automatic"))
        self.form.addRow(self.tr("Guest CID:"), self.cid_spin)

    def title(self) -> str:
        return self.tr("VSOCK")

    def validate(self) -> str:
        return self.tr("This VM already has a VSOCK device.") if self.context.config.devices.vsocks else ""

    def build(self, prepared: Any = None) -> xmlconf.Device:
        automatic = self.cid_spin.value() == self.cid_spin.minimum()
        vsock = xmlconf.Vsock.new(model="virtio", cid_auto=automatic)
        if not automatic:
            vsock.cid_address = self.cid_spin.value()
        return vsock

"""Smartcard: a CCID reader fed by the SPICE client or the host's card reader."""

from __future__ import annotations

from typing import Any

from virtdesk import xmlconf
from virtdesk.gui.add_hardware.form import DeviceForm, FormContext, register


@register
class SmartcardForm(DeviceForm):
    order = 140
    icon_name = "auth-smartcard"

    def __init__(self, context: FormContext) -> None:
        super().__init__(context)
        self.mode_combo = self.combo(self.tr("Mode:"), [(self.tr("Passthrough (from the SPICE client)"),
                                                         "passthrough"), (self.tr("Host reader"), "host")])

    def title(self) -> str:
        return self.tr("Smartcard")

    def build(self, prepared: Any = None) -> xmlconf.Device:
        card = xmlconf.Smartcard.new(mode=self.mode_combo.currentData())
        if card.mode == "passthrough":
            card.type = "spicevmc"
        return card

"""Watchdog: a hardware watchdog and what the host does when the guest stops feeding it."""

from __future__ import annotations

from typing import Any

from virtdesk import xmlconf
from virtdesk.gui.add_hardware.form import DeviceForm, FormContext, register


@register
class WatchdogForm(DeviceForm):
    order = 100
    icon_name = "appointment-soon"

    def __init__(self, context: FormContext) -> None:
        super().__init__(context)
        self.model_combo = self.combo(self.tr("Model:"), [("i6300ESB (PCI)", "i6300esb"), ("IB700 (ISA)", "ib700")])
        self.action_combo = self.combo(self.tr("Action:"), [
            (self.tr("Reset the VM"), "reset"), (self.tr("Shut down gracefully"), "shutdown"),
            (self.tr("Power off"), "poweroff"), (self.tr("Pause"), "pause"), (self.tr("Dump core"), "dump"),
            (self.tr("Inject an NMI"), "inject-nmi"), (self.tr("Do nothing"), "none")], "reset")

    def title(self) -> str:
        return self.tr("Watchdog")

    def build(self, prepared: Any = None) -> xmlconf.Device:
        return xmlconf.Watchdog.new(model=self.model_combo.currentData(), action=self.action_combo.currentData())

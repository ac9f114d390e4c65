"""Panic: a notifier through which the guest tells the host it crashed."""

from __future__ import annotations

from typing import Any

from virtdesk import xmlconf
from virtdesk.gui.add_hardware.form import DeviceForm, FormContext, register


@register
class PanicForm(DeviceForm):
    order = 190
    icon_name = "dialog-warning"

    def __init__(self, context: FormContext) -> None:
        super().__init__(context)
        self.model_combo = self.combo(self.tr("Model:"), [(self.tr("ISA (pvpanic)"), "isa"),
                                                          (self.tr("PCI (pvpanic)"), "pvpanic"),
                                                          (self.tr("Hyper-V"), "hyperv")])

    def title(self) -> str:
        return self.tr("Panic Notifier")

    def build(self, prepared: Any = None) -> xmlconf.Device:
        return xmlconf.Panic.new(model=self.model_combo.currentData())

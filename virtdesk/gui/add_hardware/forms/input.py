"""Input: a tablet (absolute pointer), mouse or keyboard on USB or virtio."""

from __future__ import annotations

from typing import Any

from virtdesk import xmlconf
from virtdesk.gui.add_hardware.form import DeviceForm, FormContext, register


@register
class InputForm(DeviceForm):
    order = 20
    icon_name = "input-mouse"

    def __init__(self, context: FormContext) -> None:
        super().__init__(context)
        self.type_combo = self.combo(self.tr("Type:"), [(self.tr("Tablet (absolute pointer)"), "tablet"),
                                                        (self.tr("Mouse"), "mouse"), (self.tr("Keyboard"), "keyboard")])
        self.bus_combo = self.combo(self.tr("Bus:"), [("USB", "usb"), ("VirtIO", "virtio")],
                                    "usb")

    def title(self) -> str:
        return self.tr("Input")

    def build(self, prepared: Any = None) -> xmlconf.Device:
        return xmlconf.Input.new(type=self.type_combo.currentData(), bus=self.bus_combo.currentData())

"""Sound: an emulated sound card, ICH9 on Q35 and ICH6 on i440FX by default."""

from __future__ import annotations

from typing import Any

from virtdesk import xmlconf
from virtdesk.gui.add_hardware.form import DeviceForm, FormContext, register


@register
class SoundForm(DeviceForm):
    order = 40
    icon_name = "audio-card"

    def __init__(self, context: FormContext) -> None:
        super().__init__(context)
        self.model_combo = self.combo(self.tr("Model:"), [("HDA (ICH9)", "ich9"), ("HDA (ICH6)", "ich6"),
                                                          ("AC97", "ac97"), ("USB audio", "usb"),
                                                          ("Sound Blaster 16", "sb16")],
                                      "ich9" if context.q35 else "ich6")

    def title(self) -> str:
        return self.tr("Sound")

    def build(self, prepared: Any = None) -> xmlconf.Device:
        return xmlconf.Sound.new(model=self.model_combo.currentData())

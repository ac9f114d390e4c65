"""Video: the emulated graphics card (virtio where the VM uses virtio)."""

from __future__ import annotations

from typing import Any

from virtdesk import xmlconf
from virtdesk.gui.add_hardware.form import DeviceForm, FormContext, register


@register
class VideoForm(DeviceForm):
    order = 90
    icon_name = "video-display"

    def __init__(self, context: FormContext) -> None:
        super().__init__(context)
        self.model_combo = self.combo(self.tr("Model:"), [(m, m) for m in ("virtio", "qxl", "vga", "bochs",
                                                                           "ramfb", "cirrus", "none")],
                                      "virtio" if context.virtio else "vga")

    def title(self) -> str:
        return self.tr("Video")

    def build(self, prepared: Any = None) -> xmlconf.Device:
        return xmlconf.Video.new(model_type=self.model_combo.currentData())

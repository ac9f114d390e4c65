"""RNG: a virtio random number generator fed by a host source."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit

from virtdesk import xmlconf
from virtdesk.gui.add_hardware.form import DeviceForm, FormContext, register


@register
class RngForm(DeviceForm):
    order = 180
    icon_name = "media-playlist-shuffle"

    def __init__(self, context: FormContext) -> None:
        super().__init__(context)
        self.backend_combo = self.combo(self.tr("Backend:"), [(self.tr("Host device"), "random"),
                                                              (self.tr("QEMU built-in"), "builtin")])
        self.device_edit = QLineEdit("/dev/urandom")
        self.form.addRow(self.tr("Host device:"), self.device_edit)
        self.backend_combo.currentIndexChanged.connect(
            lambda: self.device_edit.setEnabled(self.backend_combo.currentData() == "random"))

    def title(self) -> str:
        return self.tr("RNG")

    def validate(self) -> str:
        if self.backend_combo.currentData() == "random" and not self.device_edit.text().startswith("/"):
            return self.tr("Enter the host's random device, such as /dev/urandom.")
        return ""

    def build(self, prepared: Any = None) -> xmlconf.Device:
        rng = xmlconf.Rng.new(model="virtio", backend_model=self.backend_combo.currentData())
        if rng.backend_model == "random":
            rng.backend = self.device_edit.text().strip()
        return rng

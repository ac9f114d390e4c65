"""Video pages: the model (virtio, qxl, vga, bochs, ramfb, none, ...), heads, video RAM for QXL, 3D acceleration
for virtio."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.gui.details.page import DevicePage, PageContext
from virtdesk.gui.details.pages import register
from virtdesk.gui.details.widgets.device_choices import VIDEO_MODELS, offered, with_domain_capabilities
from virtdesk.gui.details.widgets.field_editors import CheckValue, ChoiceCombo, OptionalSpin
from virtdesk.gui.details.widgets.form_snapshot import FormSnapshot
from virtdesk.model.domain_config import LiveChange

MODEL_LABELS = {"virtio": "Virtio", "qxl": "QXL", "vga": "VGA", "bochs": "Bochs", "ramfb": "Ramfb",
                "cirrus": "Cirrus", "vmvga": "VMware SVGA", "none": "None"}
MIB = 1024


@register
class VideoPage(DevicePage):
    list_name = "videos"
    icon_name = "video-display"

    def __init__(self, context: PageContext, index: int) -> None:
        super().__init__(context, index)
        form = self.form_page(self)
        self.model = ChoiceCombo([(m, MODEL_LABELS[m]) for m in VIDEO_MODELS], self.tr("Hypervisor default"))
        self.model.setObjectName("model")
        form.addRow(self.tr("Model:"), self.model)
        self.heads = OptionalSpin(1, 16, self.tr("Default"))
        self.heads.setObjectName("heads")
        form.addRow(self.tr("Heads:"), self.heads)
        self.vram = OptionalSpin(1, 1024, self.tr("Default"), self.tr(" MiB"))
        self.vram.setObjectName("vram")
        form.addRow(self.tr("Video RAM (QXL):"), self.vram)
        self.accel3d = CheckValue(self.tr("3D acceleration (virtio; needs OpenGL on the display)"))
        self.accel3d.setObjectName("accel3d")
        form.addRow(self.tr("3D acceleration:"), self.accel3d)
        self.watch(self.model, self.heads, self.vram, self.accel3d)
        self.model.currentIndexChanged.connect(self._update_enabled)
        self.snapshot = FormSnapshot(self._values)

    @classmethod
    def list_label(cls, device: xmlconf.Device | None, index: int) -> str:
        model = (device.model_type if device is not None else None) or ""
        return QCoreApplication.translate("VideoPage", "Video {model}").format(model=MODEL_LABELS.get(model, model))

    def load(self, config: xmlconf.Domain, live: xmlconf.Domain | None) -> None:
        video = self.device(config)
        assert isinstance(video, xmlconf.Video)
        self.model.set_value(video.model_type)
        self.heads.set_optional_value(video.model_heads)
        self.vram.set_optional_value(-(-video.model_vram // MIB) if video.model_vram else None)
        self.accel3d.set_optional_value(video.accel3d)
        self._update_enabled()
        self.snapshot.take()
        with_domain_capabilities(self, self.context.domain.connection, config, self._capabilities_arrived)

    def _capabilities_arrived(self, caps: xmlconf.DomainCapabilities) -> None:
        self.model.set_choices([(m, MODEL_LABELS.get(m, m))
                                for m in offered(caps.devices.video.enum("modelType"), VIDEO_MODELS)])

    def _update_enabled(self) -> None:
        model = self.model.value()
        self.heads.setEnabled(model != "none")
        self.vram.setEnabled(model == "qxl")
        self.accel3d.setEnabled(model == "virtio")

    def _values(self) -> dict[str, Any]:
        return {"model": self.model.value(), "heads": self.heads.optional_value(),
                "vram": self.vram.optional_value(), "accel3d": self.accel3d.isChecked()}

    def write(self, config: xmlconf.Domain) -> list[LiveChange]:
        video = self.device(config)
        assert isinstance(video, xmlconf.Video)
        changed = self.snapshot.changed()
        if "model" in changed:
            model = changed["model"]
            video.model_type = model
            video.model_ram = video.model_vgamem = None  # sizes belong to the old model
            if model != "qxl":
                video.model_vram = None
            if model == "none":
                video.model_heads = video.model_primary = None
            if model != "virtio":
                video.accel3d = video.accel2d = None
        if "heads" in changed:
            video.model_heads = changed["heads"]
        if "vram" in changed and self.model.value() == "qxl":
            video.model_vram = changed["vram"] * MIB if changed["vram"] else None
        if "accel3d" in changed and self.model.value() == "virtio":
            video.accel3d = changed["accel3d"]
        self.needs_restart = bool(changed)
        return []

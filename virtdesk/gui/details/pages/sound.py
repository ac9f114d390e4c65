"""Sound pages: the emulated sound card model."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.gui.details.page import DevicePage, PageContext
from virtdesk.gui.details.pages import register
from virtdesk.gui.details.widgets.device_choices import SOUND_MODELS
from virtdesk.gui.details.widgets.field_editors import ChoiceCombo
from virtdesk.gui.details.widgets.form_snapshot import FormSnapshot
from virtdesk.model.domain_config import LiveChange

MODEL_LABELS = {"ich9": "Intel HDA (ICH9)", "ich7": "Intel HDA (ICH7)", "ich6": "Intel HDA (ICH6)", "ac97": "AC97",
                "es1370": "ES1370", "sb16": "Sound Blaster 16", "usb": "USB audio", "pcspk": "PC speaker"}
HDA_MODELS = ("ich6", "ich7", "ich9")  # the models that take <codec> children


@register
class SoundPage(DevicePage):
    list_name = "sounds"
    icon_name = "audio-card"

    def __init__(self, context: PageContext, index: int) -> None:
        super().__init__(context, index)
        form = self.form_page(self)
        self.model = ChoiceCombo([(m, MODEL_LABELS[m]) for m in SOUND_MODELS])
        self.model.setObjectName("model")
        form.addRow(self.tr("Model:"), self.model)
        self.watch(self.model)
        self.snapshot = FormSnapshot(self._values)

    def _values(self) -> dict[str, object]:
        return {"model": self.model.value()}

    @classmethod
    def list_label(cls, device: xmlconf.Device | None, index: int) -> str:
        return QCoreApplication.translate("SoundPage", "Sound {model}").format(
            model=(device.model if device is not None else None) or "")

    def load(self, config: xmlconf.Domain, live: xmlconf.Domain | None) -> None:
        sound = self.device(config)
        assert isinstance(sound, xmlconf.Sound)
        self.model.set_value(sound.model)
        self.snapshot.take()

    def write(self, config: xmlconf.Domain) -> list[LiveChange]:
        sound = self.device(config)
        assert isinstance(sound, xmlconf.Sound)
        changed = self.snapshot.changed()
        if "model" in changed:
            sound.model = changed["model"]
            if changed["model"] not in HDA_MODELS:
                sound.codecs.clear()
        self.needs_restart = bool(changed)
        return []

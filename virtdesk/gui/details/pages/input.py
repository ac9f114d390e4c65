"""Input pages: tablet, mouse or keyboard on USB, virtio or PS/2. The PS/2 mouse and keyboard libvirt adds to
every x86 VM are shown read-only: they cannot be changed or removed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.gui.details.page import DevicePage, PageContext
from virtdesk.gui.details.pages import register
from virtdesk.gui.details.widgets.device_choices import INPUT_BUSES, INPUT_TYPES
from virtdesk.gui.details.widgets.field_editors import ChoiceCombo
from virtdesk.gui.details.widgets.form_snapshot import FormSnapshot
from virtdesk.model.domain_config import LiveChange

BUS_LABELS = {"usb": "USB", "virtio": "VirtIO", "ps2": "PS/2", "xen": "Xen", "none": "none"}


def is_implicit(device: xmlconf.Input) -> bool:
    """The PS/2 mouse or keyboard that libvirt adds by itself."""
    return device.bus == "ps2" and device.type in ("mouse", "keyboard")


@register
class InputPage(DevicePage):
    list_name = "inputs"
    icon_name = "input-mouse"

    def __init__(self, context: PageContext, index: int) -> None:
        super().__init__(context, index)
        form = self.form_page(self)
        labels = self.type_labels()
        self.type = ChoiceCombo([(t, labels[t]) for t in INPUT_TYPES])
        self.type.setObjectName("type")
        form.addRow(self.tr("Type:"), self.type)
        self.bus = ChoiceCombo([(b, BUS_LABELS[b]) for b in INPUT_BUSES])
        self.bus.setObjectName("bus")
        form.addRow(self.tr("Bus:"), self.bus)
        self.watch(self.type, self.bus)
        self.snapshot = FormSnapshot(self._values)

    def _values(self) -> dict[str, object]:
        return {"type": self.type.value(), "bus": self.bus.value()}

    @staticmethod
    def type_labels() -> dict[str, str]:
        return {"tablet": QCoreApplication.translate("InputPage", "Tablet"),
                "mouse": QCoreApplication.translate("InputPage", "Mouse"),
                "keyboard": QCoreApplication.translate("InputPage", "Keyboard")}

    @classmethod
    def list_label(cls, device: xmlconf.Device | None, index: int) -> str:
        if device is None:
            return QCoreApplication.translate("InputPage", "Input")
        kind = device.type
        shown = QCoreApplication.translate("ChoiceCombo", "(not set)") if kind is None else \
            cls.type_labels().get(kind, str(kind))
        return QCoreApplication.translate("InputPage", "{type} ({bus})").format(
            type=shown, bus=BUS_LABELS.get(device.bus or "", device.bus or "?"))

    def load(self, config: xmlconf.Domain, live: xmlconf.Domain | None) -> None:
        device = self.device(config)
        assert isinstance(device, xmlconf.Input)
        self.type.set_value(device.type)
        self.bus.set_value(device.bus)
        implicit = is_implicit(device)
        self.type.setEnabled(not implicit)
        self.bus.setEnabled(not implicit)
        self.show_note(self.tr("libvirt adds this PS/2 device to every x86 VM; it cannot be changed or removed.")
                       if implicit else "")
        self.snapshot.take()

    def validate(self) -> str:
        if self.type.value() == "tablet" and self.bus.value() == "ps2":
            return self.tr("A tablet needs a USB or VirtIO bus.")
        return ""

    def write(self, config: xmlconf.Domain) -> list[LiveChange]:
        device = self.device(config)
        assert isinstance(device, xmlconf.Input)
        changed = self.snapshot.changed()
        if "type" in changed:
            device.type = changed["type"]
        if "bus" in changed:
            device.bus = changed["bus"]
            device.address = None  # the old bus's address does not fit the new one
        self.needs_restart = bool(changed)
        return []

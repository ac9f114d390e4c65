"""The panic notifier page: how the guest tells the host it crashed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.gui.details.pages import register
from virtdesk.gui.details.pages.fields_device import CHOICE, N_, Field, FieldsDevicePage


@register
class PanicPage(FieldsDevicePage):
    icon_name = "dialog-error"
    list_name = "panics"
    fields = (
        Field("model", N_("Model:"), CHOICE, (
            ("isa", N_("ISA (pvpanic port)")),
            ("pvpanic", N_("PCI pvpanic")),
            ("hyperv", N_("Hyper-V crash MSRs")),
            ("pseries", N_("pSeries (POWER)")),
            ("s390", N_("s390")),
        ), none_text=N_("Default"),
            tooltip=N_("What happens after a crash is set by the VM's on_crash action.")),
    )

    @classmethod
    def describe(cls, device: xmlconf.Device, index: int) -> str:
        return QCoreApplication.translate("PanicPage", "Panic notifier ({model})").format(
            model=device.model or "default")

"""The watchdog page: the emulated watchdog model and what happens when the guest stops feeding it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.gui.details.pages import register
from virtdesk.gui.details.pages.fields_device import CHOICE, N_, Field, FieldsDevicePage, same_choices


@register
class WatchdogPage(FieldsDevicePage):
    icon_name = "dialog-warning"
    list_name = "watchdogs"
    fields = (
        Field("model", N_("Model:"), CHOICE, same_choices("i6300esb", "ib700", "itco", "diag288"),
              tooltip=N_("i6300esb is a PCI device for any machine; iTCO is built into Q35 machines.")),
        Field("action", N_("Action:"), CHOICE, (
            ("reset", N_("Reset the VM")),
            ("shutdown", N_("Shut the guest down gracefully")),
            ("poweroff", N_("Power the VM off")),
            ("pause", N_("Pause the VM")),
            ("none", N_("Do nothing")),
            ("dump", N_("Dump the guest's memory")),
            ("inject-nmi", N_("Inject an NMI into the guest")),
        ), none_text=N_("Default (reset)"), tooltip=N_("What happens when the guest stops feeding the watchdog.")),
    )

    @classmethod
    def describe(cls, device: xmlconf.Device, index: int) -> str:
        return QCoreApplication.translate("WatchdogPage", "Watchdog ({model})").format(model=device.model or "?")

"""The lease page: a lock a lock manager holds for the VM on a shared resource."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.gui.details.pages import register
from virtdesk.gui.details.pages.fields_device import INT, N_, TEXT, Field, FieldsDevicePage


@register
class LeasePage(FieldsDevicePage):
    icon_name = "changes-prevent"
    list_name = "leases"
    fields = (
        Field("lockspace", N_("Lockspace:"), TEXT, required=True),
        Field("key", N_("Key:"), TEXT, required=True),
        Field("target_path", N_("Target path:"), TEXT, required=True),
        Field("target_offset", N_("Offset:"), INT, none_text=N_("Not set")),
    )

    @classmethod
    def describe(cls, device: xmlconf.Device, index: int) -> str:
        return QCoreApplication.translate("LeasePage", "Lease {key}").format(key=device.key or "?")

"""The USB redirection page: a USB channel from the SPICE client or a TCP usbredir server."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.gui.details.pages import register
from virtdesk.gui.details.pages.fields_device import CHOICE, INT, N_, READONLY, TEXT, Field, FieldsDevicePage


@register
class RedirdevPage(FieldsDevicePage):
    icon_name = "drive-removable-media"
    list_name = "redirdevs"
    fields = (
        Field("bus", N_("Bus:"), READONLY),
        Field("type", N_("Type:"), CHOICE, (("spicevmc", N_("SPICE channel")), ("tcp", N_("TCP usbredir server")))),
        Field("source_host", N_("Host:"), TEXT, shown_when=("type", ("tcp",)), required=True),
        Field("source_service", N_("Port:"), TEXT, shown_when=("type", ("tcp",)), required=True),
        Field("boot_order", N_("Boot order:"), INT, none_text=N_("Not bootable"), minimum=1),
    )

    @classmethod
    def describe(cls, device: xmlconf.Device, index: int) -> str:
        where = f" {device.source_host}:{device.source_service}" if device.type == "tcp" else ""
        return QCoreApplication.translate("RedirdevPage", "USB redirector {index} ({type}{where})").format(
            index=index + 1, type=device.type or "?", where=where)

"""The USB hub page: a hub adds ports to a USB bus; it has nothing to set."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.gui.details.pages import register
from virtdesk.gui.details.pages.fields_device import N_, READONLY, Field, FieldsDevicePage


@register
class HubPage(FieldsDevicePage):
    icon_name = "drive-removable-media"
    list_name = "hubs"
    editable = False
    fields = (Field("type", N_("Type:"), READONLY, format=str.upper),)

    @classmethod
    def describe(cls, device: xmlconf.Device, index: int) -> str:
        return QCoreApplication.translate("HubPage", "Hub {type} {index}").format(
            type=(device.type or "").upper(), index=index + 1)

"""The smartcard page: a host reader, emulated certificates, or a card passed through a channel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.gui.details.pages import register
from virtdesk.gui.details.pages.fields_device import CHOICE, N_, TEXT, Field, FieldsDevicePage

CHANNEL_TYPES = (("spicevmc", N_("SPICE channel")), ("tcp", N_("TCP")), ("unix", N_("UNIX socket")),
                 ("pty", N_("Pseudo terminal")))


@register
class SmartcardPage(FieldsDevicePage):
    icon_name = "auth-smartcard"
    list_name = "smartcards"
    fields = (
        Field("mode", N_("Mode:"), CHOICE, (
            ("host", N_("Host reader")),
            ("host-certificates", N_("Host certificates")),
            ("passthrough", N_("Passthrough")),
        )),
        Field("type", N_("Channel:"), CHOICE, CHANNEL_TYPES, shown_when=("mode", ("passthrough",))),
        Field("source_host", N_("Host:"), TEXT, shown_when=("type", ("tcp",))),
        Field("source_service", N_("Port:"), TEXT, shown_when=("type", ("tcp",))),
        Field("database", N_("Certificate database:"), TEXT, shown_when=("mode", ("host-certificates",)),
              tooltip=N_("Default: /etc/pki/nssdb")),
    )

    @classmethod
    def describe(cls, device: xmlconf.Device, index: int) -> str:
        return QCoreApplication.translate("SmartcardPage", "Smartcard ({mode})").format(mode=device.mode or "?")

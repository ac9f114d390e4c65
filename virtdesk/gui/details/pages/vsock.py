"""The vsock page: the guest's context id (CID) for host-guest sockets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.gui.details.pages import register
from virtdesk.gui.details.pages.fields_device import (
    BOOL,
    CHOICE,
    INT,
    N_,
    Field,
    FieldsDevicePage,
    same_choices,
)
from virtdesk.xmlconf.system_devices import VIRTIO_MODELS


@register
class VsockPage(FieldsDevicePage):
    icon_name = "network-wired"
    list_name = "vsocks"
    fields = (
        Field("model", N_("Model:"), CHOICE, same_choices(*VIRTIO_MODELS), none_text=N_("Default")),
        Field("cid_auto", N_("Automatic CID:"), BOOL, tooltip=N_("Let libvirt pick a free context id.")),
        Field("cid_address", N_("CID:"), INT, minimum=3, maximum=2**31 - 1, shown_when=("cid_auto", (False,)),
              none_text=N_("Not set"), required=True, tooltip=N_("The guest's address; 0–2 are reserved.")),
    )

    @classmethod
    def describe(cls, device: xmlconf.Device, index: int) -> str:
        cid = QCoreApplication.translate("VsockPage", "auto") if device.cid_auto or device.cid_address is None else \
            str(device.cid_address)
        return QCoreApplication.translate("VsockPage", "vsock (CID {cid})").format(cid=cid)

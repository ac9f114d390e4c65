"""The shared memory page: an ivshmem region shared between VMs or with the host."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.gui.details.pages import register
from virtdesk.gui.details.pages.fields_device import CHOICE, INT, N_, TEXT, Field, FieldsDevicePage, same_choices


@register
class ShmemPage(FieldsDevicePage):
    icon_name = "media-flash"
    list_name = "shmems"
    fields = (
        Field("name", N_("Name:"), TEXT, required=True, tooltip=N_("VMs with the same name share the region.")),
        Field("model_type", N_("Model:"), CHOICE, same_choices("ivshmem-plain", "ivshmem-doorbell", "ivshmem"),
              none_text=N_("Default")),
        Field("size", N_("Size:"), INT, none_text=N_("Default (4 MiB)"), minimum=1, maximum=1 << 20,
              suffix=N_(" MiB")),
        Field("role", N_("Role:"), CHOICE, (("master", N_("Master (migrates the contents)")),
                                           ("peer", N_("Peer"))), none_text=N_("Default")),
        Field("server_path", N_("Server socket:"), TEXT, shown_when=("model_type", ("ivshmem-doorbell",))),
    )

    @classmethod
    def describe(cls, device: xmlconf.Device, index: int) -> str:
        return QCoreApplication.translate("ShmemPage", "Shared memory {name}").format(name=device.name or "?")

"""The memory module page: a DIMM, NVDIMM, virtio-pmem or virtio-mem device, shown read-only (its size and
backing are set when it is added; the XML tab edits it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.gui.details.pages import register
from virtdesk.gui.details.pages.fields_device import N_, READONLY, Field, FieldsDevicePage


def kib_text(kib: int) -> str:
    return f"{kib / 1048576:g} GiB" if kib % 1048576 == 0 else f"{kib / 1024:g} MiB"


@register
class MemoryDevicePage(FieldsDevicePage):
    icon_name = "media-flash"
    list_name = "memory_devices"
    editable = False
    fields = (
        Field("model", N_("Model:"), READONLY),
        Field("target_size", N_("Size:"), READONLY, format=kib_text),
        Field("target_node", N_("NUMA node:"), READONLY),
        Field("target_requested", N_("Requested:"), READONLY, format=kib_text,
              shown_when=("model", ("virtio-mem",))),
        Field("target_block", N_("Block size:"), READONLY, format=kib_text, shown_when=("model", ("virtio-mem",))),
        Field("source_path", N_("Backing file:"), READONLY, shown_when=("model", ("nvdimm", "virtio-pmem"))),
        Field("access", N_("Access:"), READONLY),
    )

    @classmethod
    def describe(cls, device: xmlconf.Device, index: int) -> str:
        size = kib_text(device.target_size) if device.target_size else "?"
        return QCoreApplication.translate("MemoryDevicePage", "Memory {model} {size}").format(
            model=device.model or "", size=size)

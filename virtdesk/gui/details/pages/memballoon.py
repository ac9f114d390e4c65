"""The memory balloon page: model, deflate on out-of-memory, free page reporting and the statistics period,
which a running VM takes at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.gui.details.pages import register
from virtdesk.gui.details.pages.fields_device import BOOL, CHOICE, INT, N_, Field, FieldsDevicePage, same_choices
from virtdesk.model import domain_live
from virtdesk.model.domain_config import LiveChange
from virtdesk.xmlconf.system_devices import VIRTIO_MODELS


@register
class MemballoonPage(FieldsDevicePage):
    icon_name = "media-flash"
    list_name = "memballoons"
    fields = (
        Field("model", N_("Model:"), CHOICE, (*same_choices(*VIRTIO_MODELS), ("xen", "xen"),
                                             ("none", N_("None (no balloon)")))),
        Field("autodeflate", N_("Deflate on OOM:"), BOOL, shown_when=("model", VIRTIO_MODELS),
              tooltip=N_("Give memory back to the guest before its out-of-memory killer runs.")),
        Field("free_page_reporting", N_("Free page reporting:"), BOOL, shown_when=("model", VIRTIO_MODELS),
              tooltip=N_("The guest reports free memory so the host can reclaim it.")),
        Field("stats_period", N_("Statistics every:"), INT, none_text=N_("Off"), minimum=1, maximum=86400,
              suffix=N_(" s"), shown_when=("model", VIRTIO_MODELS),
              tooltip=N_("How often the guest reports memory statistics; a running VM takes this at once.")),
    )

    @classmethod
    def describe(cls, device: xmlconf.Device, index: int) -> str:
        return QCoreApplication.translate("MemballoonPage", "Memory balloon ({model})").format(
            model=device.model or "?")

    def live_changes(self, device: xmlconf.Device, changed: list[str]) -> list[LiveChange]:
        live = []
        if "stats_period" in changed:
            period = device.stats_period or 0
            live.append(domain_live.set_balloon_period(
                self.tr("Set the memory statistics period to {n} s").format(n=period), period))
        return live + super().live_changes(device, [name for name in changed if name != "stats_period"])

"""The IOMMU page: the emulated IOMMU model and its driver options."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.gui.details.pages import register
from virtdesk.gui.details.pages.fields_device import CHOICE, INT, N_, Field, FieldsDevicePage

ON_OFF = ((True, N_("On")), (False, N_("Off")))


def _intel(name: str, label: str, tooltip: str = "") -> Field:
    return Field(name, label, CHOICE, ON_OFF, none_text=N_("Default"), shown_when=("model", ("intel",)),
                 tooltip=tooltip)


@register
class IommuPage(FieldsDevicePage):
    icon_name = "cpu"
    list_name = "iommus"
    fields = (
        Field("model", N_("Model:"), CHOICE, (("intel", N_("Intel VT-d")), ("smmuv3", N_("Arm SMMUv3")),
                                             ("virtio", N_("virtio-iommu")))),
        _intel("driver_intremap", N_("Interrupt remapping:"), N_("Needs the split I/O APIC (ioapic driver qemu).")),
        _intel("driver_caching_mode", N_("Caching mode:"), N_("Needed to pass devices to a nested guest.")),
        _intel("driver_eim", N_("Extended interrupt mode:")),
        _intel("driver_iotlb", N_("Device IOTLB:")),
        Field("driver_aw_bits", N_("Address width:"), INT, none_text=N_("Default"), minimum=39, maximum=64,
              suffix=N_(" bits"), shown_when=("model", ("intel",))),
    )

    @classmethod
    def describe(cls, device: xmlconf.Device, index: int) -> str:
        return QCoreApplication.translate("IommuPage", "IOMMU ({model})").format(model=device.model or "?")

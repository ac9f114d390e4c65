"""The controller page: the bus a controller provides (USB, SCSI, virtio-serial, SATA, PCI, ...) and its model.
PCI roots and bridges are laid out by libvirt and shown read-only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.gui.details.pages import register
from virtdesk.gui.details.pages.fields_device import (
    CHOICE,
    INT,
    N_,
    READONLY,
    Field,
    FieldsDevicePage,
    same_choices,
    tr,
)

TYPE_NAMES = {"usb": "USB", "scsi": "SCSI", "sata": "SATA", "ide": "IDE", "fdc": N_("Floppy"),
              "virtio-serial": "VirtIO Serial", "pci": "PCI", "ccid": N_("CCID (smartcard)"),
              "xenbus": "Xenbus", "isa": "ISA"}


CONTROLLER_MODELS = {
    "usb": ("qemu-xhci", "nec-xhci", "ich9-ehci1", "ehci", "piix3-uhci", "piix4-uhci", "pci-ohci",
            "ich9-uhci1", "ich9-uhci2", "ich9-uhci3", "vt82c686b-uhci", "none"),
    "scsi": ("virtio-scsi", "virtio-transitional", "virtio-non-transitional", "lsilogic", "lsisas1068",
             "lsisas1078", "ibmvscsi", "vmpvscsi", "am53c974", "dc390", "ncr53c90"),
    "virtio-serial": ("virtio", "virtio-transitional", "virtio-non-transitional"),
    "ide": ("piix3", "piix4", "ich6"),
    "pci": ("pci-root", "pcie-root", "pci-bridge", "dmi-to-pci-bridge", "pcie-root-port",
            "pcie-switch-upstream-port",
            "pcie-switch-downstream-port", "pci-expander-bus", "pcie-expander-bus", "pcie-to-pci-bridge"),
}


def _models(device: xmlconf.Device) -> tuple[tuple[str, str], ...]:
    return same_choices(*CONTROLLER_MODELS.get(device.type or "", ()))


def _is_pci(device: xmlconf.Device) -> bool:
    return device.type == "pci"


@register
class ControllerPage(FieldsDevicePage):
    icon_name = "drive-harddisk"
    list_name = "controllers"
    fields = (
        Field("type", N_("Type:"), READONLY, format=lambda t: TYPE_NAMES.get(t, t)),
        Field("index", N_("Index:"), READONLY),
        Field("model", N_("Model:"), CHOICE, _models, none_text=N_("Default"), fixed=_is_pci,
              tooltip=N_("PCI controllers are laid out by libvirt; change them in the XML tab.")),
        Field("ports", N_("Ports:"), INT, none_text=N_("Default"), minimum=1, maximum=31,
              shown_when=("type", ("usb", "virtio-serial")),
              tooltip=N_("Ports of the controller (an xHCI USB controller has up to 15).")),
        Field("driver_queues", N_("Queues:"), INT, none_text=N_("Default"), minimum=1, maximum=1024,
              shown_when=("type", ("scsi",))),
    )

    @classmethod
    def describe(cls, device: xmlconf.Device, index: int) -> str:
        kind = TYPE_NAMES.get(device.type or "", device.type or "?")
        model = f" ({device.model})" if device.model else ""
        return QCoreApplication.translate("ControllerPage", "Controller {type} {index}{model}").format(
            type=tr(kind), index=device.index or 0, model=model)

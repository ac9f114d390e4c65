"""The host device page: a PCI, USB, SCSI or mediated device passed through to the guest. The host's own name
for the device (vendor and product) is found among the connection's node devices. Read-mostly: the identity is
edited in the XML tab; managed, ROM BAR, boot order and SCSI sharing are edited here."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QFormLayout

from virtdesk import xmlconf
from virtdesk.gui.details.pages import register
from virtdesk.gui.details.pages.fields_device import (
    BOOL,
    CHOICE,
    INT,
    N_,
    READONLY,
    Field,
    FieldsDevicePage,
    tr,
)
from virtdesk.gui.details.widgets.field_editors import ReadOnlyValue
from virtdesk.model.catalogue import Kind

TYPE_NAMES = {"pci": "PCI", "usb": "USB", "scsi": "SCSI", "scsi_host": N_("SCSI host (vhost)"),
              "mdev": N_("Mediated device"), "storage": N_("Storage (LXC)"), "misc": N_("Character (LXC)"),
              "net": N_("Network (LXC)")}


def source_text(hostdev: xmlconf.Hostdev) -> str:
    """How the guest's XML names the host device: a PCI address, USB ids, a SCSI address or an mdev UUID."""
    address = hostdev.source_address
    if hostdev.type == "pci" and address.exists():
        return address.pci_text()
    if hostdev.type == "usb":
        ids = f"{hostdev.source_vendor_id or 0:04x}:{hostdev.source_product_id or 0:04x}" \
            if hostdev.source_vendor_id is not None else ""
        where = f"bus {address.bus} device {address.device}" if address.exists() else ""
        return " ".join(part for part in (ids, where) if part)
    if hostdev.type == "scsi":
        if hostdev.source_protocol:
            return f"{hostdev.source_protocol} {hostdev.source_name or ''}".strip()
        return f"{hostdev.source_adapter_name or '?'} {address.bus or 0}:{address.target or 0}:{address.unit or 0}"
    if hostdev.type == "mdev":
        return address.uuid or ""
    return ""


def match_node_device(hostdev: xmlconf.Hostdev, devices: list[xmlconf.NodeDevice]) -> xmlconf.NodeDevice | None:
    """The node device a hostdev's source names, if the host has it."""
    address = hostdev.source_address
    for device in devices:
        for cap in device.capabilities:
            if hostdev.type == "pci" and cap.type == "pci" and address.exists():
                if (cap.domain, cap.bus, cap.slot, cap.function) == (
                        address.domain or 0, address.bus or 0, address.slot or 0, address.function or 0):
                    return device
            elif hostdev.type == "usb" and cap.type == "usb_device":
                if hostdev.source_vendor_id is not None and (cap.vendor_id, cap.product_id) == (
                        hostdev.source_vendor_id, hostdev.source_product_id):
                    return device
                if hostdev.source_vendor_id is None and address.exists() and (cap.bus, cap.device) == (
                        address.bus, address.device):
                    return device
            elif hostdev.type == "mdev" and cap.type == "mdev" and address.uuid and cap.uuid == address.uuid:
                return device
    return None


ROM_BAR = ((True, N_("On")), (False, N_("Off")))


@register
class HostdevPage(FieldsDevicePage):
    icon_name = "computer"
    list_name = "hostdevs"
    built_with_list = True  # its label names the host's device, known once the page read the host's devices
    fields = (
        Field("type", N_("Type:"), READONLY, format=lambda t: tr(TYPE_NAMES.get(t, t))),
        Field("model", N_("Model:"), READONLY, shown_when=("type", ("mdev",))),
        Field("managed", N_("Managed:"), BOOL, shown_when=("type", ("pci", "usb")),
              tooltip=N_("libvirt detaches the device from its host driver while the VM runs.")),
        Field("rom_bar", N_("ROM BAR:"), CHOICE, ROM_BAR, none_text=N_("Default (on)"),
              shown_when=("type", ("pci",)), tooltip=N_("Whether the device's option ROM is visible to the guest.")),
        Field("readonly", N_("Read-only:"), BOOL, shown_when=("type", ("scsi",))),
        Field("shareable", N_("Shareable:"), BOOL, shown_when=("type", ("scsi",))),
        Field("boot_order", N_("Boot order:"), INT, none_text=N_("Not bootable"), minimum=1),
    )

    def build_extra(self, form: QFormLayout) -> None:
        self.identity: dict[str, ReadOnlyValue] = {}
        for row, (key, text) in enumerate((("source", self.tr("Host device:")), ("vendor", self.tr("Vendor:")),
                                           ("product", self.tr("Product:")), ("node", self.tr("Node device:")),
                                           ("driver", self.tr("Host driver:")))):
            value = ReadOnlyValue()
            value.setObjectName(f"identity-{key}")
            self.identity[key] = value
            form.insertRow(1 + row, text, value)
        self.matched: xmlconf.NodeDevice | None = None

    def load_extra(self, device: xmlconf.Device, config: xmlconf.Domain, live: xmlconf.Domain | None) -> None:
        assert isinstance(device, xmlconf.Hostdev)
        self.identity["source"].setText(source_text(device) or self.tr("—"))
        for key in ("vendor", "product", "node", "driver"):
            self.identity[key].setText(self.tr("Looking on the host…"))
        self.context.domain.connection.catalogue.need(Kind.NODE_DEVICES).then(self._catalog_ready, owner=self)

    def _catalog_ready(self, devices: list[xmlconf.NodeDevice]) -> None:
        if not shiboken6.isValid(self) or self._device is None:
            return
        self.matched = match_node_device(self._device, devices)
        cap = self.matched.capability if self.matched is not None else None
        missing = self.tr("Not found on this host")
        self.identity["vendor"].setText((cap.vendor if cap is not None else None) or missing)
        self.identity["product"].setText((cap.product if cap is not None else None) or missing)
        self.identity["node"].setText(self.matched.name if self.matched is not None else missing)
        self.identity["driver"].setText((self.matched.driver_name if self.matched is not None else None)
                                        or self.tr("—"))
        self._relabel()

    def _relabel(self) -> None:
        """Puts the host's device name into the page list once it is known."""
        self.label_changed.emit()

    @classmethod
    def describe(cls, device: xmlconf.Device, index: int) -> str:
        assert isinstance(device, xmlconf.Hostdev)
        kind = tr(TYPE_NAMES.get(device.type or "", device.type or "?"))
        return " ".join(part for part in (kind, source_text(device)) if part)

    def label(self) -> str:
        name = ""
        if self.matched is not None and self.matched.capability.exists():
            cap = self.matched.capability
            name = " ".join(part for part in (cap.vendor, cap.product) if part)
        return " ".join(part for part in (super().label(), name) if part)

"""Which VMs use which host device: the <hostdev> sources of every VM of a connection (PCI by domain, bus, slot and
function, USB by vendor and product or by bus and device, mdev by UUID, SCSI by adapter, bus, target and unit),
and the PCI addresses of their <interface type='hostdev'>, from the XML the connection keeps of each VM, mapped
on a worker and again when VMs change (virtdesk/model/vm_usage.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from virtdesk import xmlconf
from virtdesk.model.vm_usage import VmUsage

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from virtdesk.model.connection import Connection

DeviceKey = tuple[object, ...]  # ("pci", domain, bus, slot, function), ("usb-id", vendor, product), ...
SCSI_ADAPTER_PREFIX = "scsi_host"


@dataclass
class DeviceUsers:
    """Host device key -> the names of the VMs referring to it (sorted)."""

    by_key: dict[DeviceKey, list[str]] = field(default_factory=dict)

    def of(self, device: xmlconf.NodeDevice) -> list[str]:
        names: set[str] = set()
        for key in device_keys(device):
            names.update(self.by_key.get(key, ()))
        return sorted(names)


def _text_number(text: str | None) -> int | None:
    """A number as node device XML writes it (decimal; libvirt writes a few in hex)."""
    if text is None:
        return None
    try:
        return int(text.strip(), 0)
    except ValueError:
        try:
            return int(text.strip())
        except ValueError:
            return None


def scsi_address(capability: xmlconf.NodeDeviceCapability) -> tuple[int | None, ...]:
    """(host, bus, target, unit) of a SCSI node device's capability."""
    node = capability.node
    if node is None:
        return (None, None, None, None)
    return (capability.host, capability.bus, _text_number(node.findtext("target")),
            _text_number(node.findtext("lun")))


def device_keys(device: xmlconf.NodeDevice) -> set[DeviceKey]:
    """The keys by which a VM's <hostdev> can name this host device."""
    keys: set[DeviceKey] = set()
    for cap in device.capabilities:
        if cap.type == "pci":
            keys.add(("pci", cap.domain or 0, cap.bus, cap.slot, cap.function))
        elif cap.type == "usb_device":
            keys.add(("usb-id", cap.vendor_id, cap.product_id))
            keys.add(("usb-address", cap.bus, cap.device))
            keys.add(("usb", cap.vendor_id, cap.product_id, cap.bus, cap.device))
        elif cap.type == "mdev" and cap.uuid:
            keys.add(("mdev", cap.uuid.lower()))
        elif cap.type == "scsi":
            keys.add(("scsi", *scsi_address(cap)))
    return keys


def _hostdev_key(hostdev: xmlconf.Hostdev) -> DeviceKey | None:
    address = hostdev.source_address
    if hostdev.type == "pci" and address.exists():
        return ("pci", address.domain or 0, address.bus, address.slot, address.function)
    if hostdev.type == "usb":
        by_id = hostdev.source_vendor_id is not None and hostdev.source_product_id is not None
        by_address = address.exists() and address.bus is not None and address.device is not None
        if by_id and by_address:
            return ("usb", hostdev.source_vendor_id, hostdev.source_product_id, address.bus, address.device)
        if by_id:
            return ("usb-id", hostdev.source_vendor_id, hostdev.source_product_id)
        if by_address:
            return ("usb-address", address.bus, address.device)
        return None
    if hostdev.type == "mdev" and address.exists() and address.uuid:
        return ("mdev", address.uuid.lower())
    adapter = hostdev.source_adapter_name or ""
    if hostdev.type == "scsi" and adapter.startswith(SCSI_ADAPTER_PREFIX) and address.exists():
        return ("scsi", _text_number(adapter[len(SCSI_ADAPTER_PREFIX):]), address.bus, address.target, address.unit)
    return None


def hostdev_keys(xml: str) -> set[DeviceKey]:
    """The host devices a domain XML's <hostdev> elements (and hostdev interfaces) refer to."""
    document = xmlconf.load(xml)
    if not isinstance(document, xmlconf.Domain):
        return set()
    devices = document.devices
    keys = {key for hostdev in devices.hostdevs if (key := _hostdev_key(hostdev)) is not None}
    for interface in devices.interfaces:
        address = interface.source_address
        if interface.type == "hostdev" and address.exists() and address.type in (None, "pci"):
            keys.add(("pci", address.domain or 0, address.bus, address.slot, address.function))
    return keys


def map_users(domains: list[tuple[str, str]]) -> DeviceUsers:
    """Worker side: from (VM name, XML) pairs."""
    by_key: dict[DeviceKey, set[str]] = {}
    for name, xml in domains:
        if not xml:
            continue
        try:
            keys = hostdev_keys(xml)
        except xmlconf.XMLConfError:
            continue
        for key in keys:
            by_key.setdefault(key, set()).add(name)
    return DeviceUsers({key: sorted(names) for key, names in by_key.items()})


class DeviceUsage(VmUsage[DeviceUsers]):
    """A connection's DeviceUsers, kept current (GUI thread)."""

    def __init__(self, connection: Connection, parent: QObject | None = None) -> None:
        super().__init__(connection, map_users, DeviceUsers(), parent)

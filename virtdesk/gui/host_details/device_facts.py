"""A host device told in plain words: the one-line summary a device list shows, and the facts of its details
(addresses, vendor and product, IOMMU group, link, size, driver...), from its node device XML."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from virtdesk import xmlconf
from virtdesk.model.device_actions import PASSTHROUGH_DRIVERS
from virtdesk.model.device_users import scsi_address
from virtdesk.units import format_bytes

Facts = list[tuple[str, str]]

PCI_CLASSES = {  # by base class, the top byte of the class code
    0x00: QT_TRANSLATE_NOOP("DeviceFacts", "Unclassified device"),
    0x01: QT_TRANSLATE_NOOP("DeviceFacts", "Storage controller"),
    0x02: QT_TRANSLATE_NOOP("DeviceFacts", "Network controller"),
    0x03: QT_TRANSLATE_NOOP("DeviceFacts", "Display controller"),
    0x04: QT_TRANSLATE_NOOP("DeviceFacts", "Multimedia controller"),
    0x05: QT_TRANSLATE_NOOP("DeviceFacts", "Memory controller"),
    0x06: QT_TRANSLATE_NOOP("DeviceFacts", "Bridge"),
    0x07: QT_TRANSLATE_NOOP("DeviceFacts", "Communication controller"),
    0x08: QT_TRANSLATE_NOOP("DeviceFacts", "System peripheral"),
    0x09: QT_TRANSLATE_NOOP("DeviceFacts", "Input device controller"),
    0x0C: QT_TRANSLATE_NOOP("DeviceFacts", "Serial bus controller (USB, SMBus...)"),
    0x0D: QT_TRANSLATE_NOOP("DeviceFacts", "Wireless controller"),
    0x10: QT_TRANSLATE_NOOP("DeviceFacts", "Encryption controller"),
    0x12: QT_TRANSLATE_NOOP("DeviceFacts", "Processing accelerator"),
}


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


def pci_address(cap: xmlconf.NodeDeviceCapability | xmlconf.IommuGroupAddress) -> str:
    """``0000:41:00.1``."""
    return f"{cap.domain or 0:04x}:{cap.bus or 0:02x}:{cap.slot or 0:02x}.{cap.function or 0:x}"


def _named(name: str | None, number: int | None) -> str:
    """A vendor's or product's name with its ID ("NVIDIA Corporation (ID 10de)"), or the ID alone."""
    if number is None:
        return name or ""
    code = f"{number:04x}"
    return _tr("{name} (ID {code})").format(name=name, code=code) if name else _tr("ID {code}").format(code=code)


def summary(device: xmlconf.NodeDevice, mdev_type: xmlconf.MdevType | None = None) -> str:
    """What the device is, on one line: "AD102 [GeForce RTX 4090] — NVIDIA Corporation", "eno1 3c:ec:…"."""
    cap = device.capability
    kind = cap.type
    if kind in ("pci", "usb_device"):
        if cap.product or cap.vendor:
            return " — ".join(part for part in (cap.product, cap.vendor) if part)
        return f"[{cap.vendor_id or 0:04x}:{cap.product_id or 0:04x}]"
    if kind == "net":
        return " ".join(part for part in (cap.interface, cap.address) if part)
    if kind == "storage":
        return " ".join(part for part in (cap.model, cap.block) if part)
    if kind == "scsi":
        address = ":".join("?" if part is None else str(part) for part in scsi_address(cap))
        return f"{scsi_type(cap)} {address}".strip()
    if kind == "scsi_host":
        return _tr("SCSI host {number}").format(number=cap.host)
    if kind == "mdev":
        if mdev_type is not None:
            return mdev_type.name or mdev_type.id or ""
        return cap.type_id or ""
    if kind == "system":
        return cap.product or ""
    return kind or ""


def scsi_type(cap: xmlconf.NodeDeviceCapability) -> str:
    """disk, tape, cdrom...: the text of a SCSI device's <type>."""
    node = cap.node
    return (node.findtext("type") or "") if node is not None else ""


def driver_text(device: xmlconf.NodeDevice) -> str:
    driver = device.driver_name
    if not driver:
        return _tr("none")
    if device.capability.type == "pci":
        if driver in PASSTHROUGH_DRIVERS:
            return _tr("{driver} (detached from the host: ready to be passed through to a VM)").format(driver=driver)
        return _tr("{driver} (in use by the host)").format(driver=driver)
    return driver


def mdev_type_text(mdev_type: xmlconf.MdevType) -> str:
    """"GRID P4-1Q (nvidia-63, vfio-pci): 7 more can be created"."""
    details = ", ".join(part for part in (mdev_type.id, mdev_type.device_api) if part)
    name = f"{mdev_type.name} ({details})" if mdev_type.name else details
    available = mdev_type.available_instances
    if available is None:
        return name
    more = QCoreApplication.translate("DeviceFacts", "%n more can be created", "", available)
    return f"{name}: {more}"


def _pci_facts(cap: xmlconf.NodeDeviceCapability) -> Facts:
    facts = [(_tr("PCI address"), pci_address(cap)),
             (_tr("Product"), _named(cap.product, cap.product_id)),
             (_tr("Vendor"), _named(cap.vendor, cap.vendor_id))]
    try:
        code = int(cap.device_class or "", 16)
    except ValueError:
        code = None
    if code is not None:
        label = PCI_CLASSES.get(code >> 16)
        name = QCoreApplication.translate("DeviceFacts", label) if label else _tr("Other")
        facts.append((_tr("Class"), f"{name} (0x{code:06x})"))
    if cap.iommu_group is not None:
        others = [pci_address(a) for a in cap.iommu_group_addresses if pci_address(a) != pci_address(cap)]
        group = (_tr("{number}, shared with {others}").format(number=cap.iommu_group, others=", ".join(others))
                 if others else _tr("{number} (the device is alone in it)").format(number=cap.iommu_group))
        facts.append((_tr("IOMMU group"), group))
    else:
        facts.append((_tr("IOMMU group"), _tr("none (the host reports no IOMMU group for it)")))
    if cap.mdev_types:
        facts.append((_tr("Mediated device types"), "; ".join(mdev_type_text(t) for t in cap.mdev_types)))
    return facts


def _usb_facts(cap: xmlconf.NodeDeviceCapability) -> Facts:
    return [(_tr("USB bus and device"), _tr("bus {bus}, device {device}").format(bus=cap.bus, device=cap.device)),
            (_tr("Product"), _named(cap.product, cap.product_id)),
            (_tr("Vendor"), _named(cap.vendor, cap.vendor_id))]


def _net_facts(cap: xmlconf.NodeDeviceCapability) -> Facts:
    link = cap.link_state or _tr("unknown")
    if cap.link_speed:
        link = _tr("{state}, {speed} Mbit/s").format(state=link, speed=cap.link_speed)
    return [(_tr("Interface"), cap.interface or ""), (_tr("MAC address"), cap.address or ""), (_tr("Link"), link)]


def _storage_facts(cap: xmlconf.NodeDeviceCapability) -> Facts:
    facts = [(_tr("Block device"), cap.block or ""), (_tr("Drive type"), cap.drive_type or ""),
             (_tr("Model"), cap.model or ""), (_tr("Serial number"), cap.serial or "")]
    if cap.size:
        facts.append((_tr("Size"), format_bytes(cap.size)))
    return [(label, value) for label, value in facts if value]


def _scsi_facts(cap: xmlconf.NodeDeviceCapability) -> Facts:
    host, bus, target, unit = scsi_address(cap)
    return [(_tr("SCSI address"), _tr("host {host}, bus {bus}, target {target}, unit {unit}").format(
        host=host, bus=bus, target=target, unit=unit)), (_tr("SCSI device type"), scsi_type(cap))]


def _scsi_host_facts(cap: xmlconf.NodeDeviceCapability) -> Facts:
    return [(_tr("SCSI host number"), str(cap.host))]


def _system_facts(cap: xmlconf.NodeDeviceCapability) -> Facts:
    return [(_tr("Product"), cap.product or "")]


FACTS: dict[str, Callable[[xmlconf.NodeDeviceCapability], Facts]] = {
    "pci": _pci_facts, "usb_device": _usb_facts, "net": _net_facts, "storage": _storage_facts, "scsi": _scsi_facts,
    "scsi_host": _scsi_host_facts, "system": _system_facts,
}


def facts(device: xmlconf.NodeDevice, mdev_type: xmlconf.MdevType | None = None) -> Facts:
    """The device's facts in plain words, (label, value) pairs; for an mdev, mdev_type is the type it is of."""
    cap = device.capability
    found: Facts = []
    describe = FACTS.get(cap.type or "")
    if describe is not None:
        found = describe(cap)
    elif cap.type == "mdev":
        found = [(_tr("Mediated device type"), mdev_type_text(mdev_type) if mdev_type is not None
                  else cap.type_id or ""), (_tr("UUID"), cap.uuid or "")]
    else:
        found = [(_tr("Kind"), cap.type or "")]
    found.append((_tr("Driver"), driver_text(device)))
    for label, value in ((_tr("Parent device"), device.parent), (_tr("System path"), device.path),
                         (_tr("Device node"), device.devnode)):
        if value:
            found.append((label, value))
    return found

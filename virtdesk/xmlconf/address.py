"""The ``<address>`` element shared by devices, host device sources and node devices."""

from __future__ import annotations

from .element import XMLElement
from .properties import HEX2, HEX4, INT, ON_OFF, TEXT, Enum, HexKind, XMLProperty

ADDRESS_TYPES = (
    "pci",
    "drive",
    "virtio-serial",
    "ccid",
    "usb",
    "spapr-vio",
    "ccw",
    "isa",
    "dimm",
    "virtio-mmio",
    "unassigned",
    "mdev",
)


class Address(XMLElement):
    """A device address; which attributes apply depends on ``type`` (pci, drive, usb, ...)."""

    TAG = "address"
    type = XMLProperty("./@type", Enum(*ADDRESS_TYPES))
    domain = XMLProperty("./@domain", HEX4)
    bus = XMLProperty("./@bus", INT)
    slot = XMLProperty("./@slot", HEX2)
    function = XMLProperty("./@function", HexKind(1))
    multifunction = XMLProperty("./@multifunction", ON_OFF)
    controller = XMLProperty("./@controller", INT)
    target = XMLProperty("./@target", INT)
    unit = XMLProperty("./@unit", INT)
    port = XMLProperty("./@port", TEXT)
    device = XMLProperty("./@device", INT)
    base = XMLProperty("./@base", TEXT)
    uuid = XMLProperty("./@uuid", TEXT)

    def pci_text(self) -> str:
        """``0000:00:1f.2`` style text of a PCI address."""
        return f"{self.domain or 0:04x}:{self.bus or 0:02x}:{self.slot or 0:02x}.{self.function or 0:x}"

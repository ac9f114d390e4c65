"""The values device pages offer in their choice lists: what the host's domain capabilities name (fetched once
per connection and emulator/arch/machine/virt type, on a worker), common values where the host does not say."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject

from virtdesk import xmlconf
from virtdesk.model.connection import Connection

DISK_BUSES = ("virtio", "sata", "scsi", "usb", "ide")
DISK_DEVICES = ("disk", "cdrom", "floppy", "lun")
NIC_MODELS = ("virtio", "e1000e", "e1000", "rtl8139", "igb", "vmxnet3", "ne2k_pci", "pcnet")
GRAPHICS_TYPES = ("vnc", "spice")
VIDEO_MODELS = ("virtio", "qxl", "vga", "bochs", "ramfb", "cirrus", "none")
SOUND_MODELS = ("ich9", "ich6", "ac97", "es1370", "sb16", "usb")
INPUT_TYPES = ("tablet", "mouse", "keyboard")
INPUT_BUSES = ("usb", "virtio", "ps2")

CapsReady = Callable[[xmlconf.DomainCapabilities], None]


def offered(from_host: Sequence[str], fallback: Sequence[str]) -> list[str]:
    """The host's values in the order of the common list (then any others), or the common list."""
    if not from_host:
        return list(fallback)
    return [v for v in fallback if v in from_host] + [v for v in from_host if v not in fallback]


def with_domain_capabilities(receiver: QObject, connection: Connection, config: xmlconf.Domain,
                             ready: CapsReady) -> None:
    """Calls ready(caps) with the domain capabilities for this VM's emulator and machine: at once when known,
    else when they arrive (unless receiver is gone by then); never when the host cannot tell."""
    task = connection.catalogue.domain_capabilities(config.devices.emulator, config.os.arch, config.os.machine,
                                                    config.type)
    task.then(lambda caps: caps is not None and ready(caps), owner=receiver)

"""Character devices: serial, parallel, console and channel (guest agent, spicevmc)."""

from __future__ import annotations

from .device import Device
from .properties import INT, Enum, XMLProperty

CHARDEV_TYPES = (
    "null",
    "vc",
    "pty",
    "dev",
    "file",
    "pipe",
    "stdio",
    "udp",
    "tcp",
    "unix",
    "spicevmc",
    "spiceport",
    "nmdm",
    "qemu-vdagent",
    "dbus",
)
GUEST_AGENT_NAME = "org.qemu.guest_agent.0"
SPICE_AGENT_NAME = "com.redhat.spice.0"


class CharDevice(Device):
    """The host side (``type`` and ``source_*``) and guest side (``target_*``) of a character device."""

    type = XMLProperty("./@type", Enum(*CHARDEV_TYPES))
    source_path = XMLProperty("./source/@path")
    source_mode = XMLProperty("./source/@mode", Enum("bind", "connect"))
    source_host = XMLProperty("./source/@host")
    source_service = XMLProperty("./source/@service")
    source_channel = XMLProperty("./source/@channel")
    protocol_type = XMLProperty("./protocol/@type", Enum("raw", "telnet", "telnets", "tls"))
    log_file = XMLProperty("./log/@file")
    target_type = XMLProperty("./target/@type")
    target_port = XMLProperty("./target/@port", INT)
    target_model_name = XMLProperty("./target/model/@name")


class Serial(CharDevice):
    TAG = "serial"


class Parallel(CharDevice):
    TAG = "parallel"


class Console(CharDevice):
    TAG = "console"


class Channel(CharDevice):
    TAG = "channel"
    target_name = XMLProperty("./target/@name")
    target_state = XMLProperty("./target/@state", Enum("connected", "disconnected"))
    target_address = XMLProperty("./target/@address")

    def is_guest_agent(self) -> bool:
        return self.target_type == "virtio" and self.target_name == GUEST_AGENT_NAME

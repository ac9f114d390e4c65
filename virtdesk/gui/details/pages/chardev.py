"""Pages of the character devices: serial ports, consoles, channels and parallel ports. They share one set of
fields (the host side: type and its source; the guest side: target type, port and name); on a running VM the
pty the host allocated is shown, and a guest agent channel shows whether the agent is connected."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.gui.details.pages import register
from virtdesk.gui.details.pages.fields_device import (
    CHOICE,
    INT,
    N_,
    READONLY,
    TEXT,
    Field,
    FieldsDevicePage,
    same_choices,
    tr,
)
from virtdesk.xmlconf.chardev import GUEST_AGENT_NAME

HOST_TYPES = (
    ("pty", N_("Pseudo terminal (pty)")),
    ("file", N_("Output to a file")),
    ("unix", N_("UNIX socket")),
    ("tcp", N_("TCP socket")),
    ("udp", N_("UDP")),
    ("dev", N_("Host device")),
    ("pipe", N_("Named pipe")),
    ("spicevmc", N_("SPICE channel")),
    ("spiceport", N_("SPICE port")),
    ("qemu-vdagent", N_("QEMU vdagent")),
    ("dbus", N_("D-Bus")),
    ("vc", N_("Virtual console")),
    ("stdio", N_("Standard input/output")),
    ("null", N_("Null (discard)")),
)
PATH_TYPES = ("file", "unix", "dev", "pipe")
NET_TYPES = ("tcp", "udp")
TARGET_NAMES = same_choices(GUEST_AGENT_NAME, "com.redhat.spice.0", "org.qemu.guest_agent.1",
                            "org.libguestfs.channel.0")


def chardev_fields(target_types: Sequence[str], *extra: Field) -> tuple[Field, ...]:
    """The fields of a character device whose guest side is one of target_types (none: no target type)."""
    targets = (Field("target_type", N_("Device type:"), CHOICE, same_choices(*target_types),
                     none_text=N_("Default")),) if target_types else ()
    return (
        Field("type", N_("Host side:"), CHOICE, HOST_TYPES),
        Field("source_path", N_("Path:"), TEXT, shown_when=("type", PATH_TYPES),
              tooltip=N_("For a UNIX socket, empty lets libvirt choose one.")),
        Field("pty", N_("Host pty:"), READONLY, live=True, prop="source_path", shown_when=("type", ("pty",)),
              tooltip=N_("The terminal the host allocated for this port while the VM runs.")),
        Field("source_mode", N_("Mode:"), CHOICE, (("bind", N_("Listen (bind)")), ("connect", N_("Connect"))),
              none_text=N_("Default"), shown_when=("type", ("tcp", "unix", "udp"))),
        Field("source_host", N_("Host:"), TEXT, shown_when=("type", NET_TYPES)),
        Field("source_service", N_("Port:"), TEXT, shown_when=("type", NET_TYPES), required=True),
        Field("protocol_type", N_("Protocol:"), CHOICE, same_choices("raw", "telnet", "telnets", "tls"),
              none_text=N_("Default (raw)"), shown_when=("type", ("tcp",))),
        Field("source_channel", N_("SPICE port name:"), TEXT, shown_when=("type", ("spiceport",))),
        *targets,
        Field("target_port", N_("Port number:"), INT, none_text=N_("Automatic"), maximum=255),
        *extra,
        Field("log_file", N_("Log file:"), TEXT, tooltip=N_("Also write the output to this host file.")),
    )


class CharDevicePage(FieldsDevicePage):
    """The common page of the four kinds; each names its list, its guest-side types and its list text."""

    icon_name = "utilities-terminal"
    kind_name = ""

    @classmethod
    def describe(cls, device: xmlconf.Device, index: int) -> str:
        port = device.target_port if device.target_port is not None else index
        return QCoreApplication.translate("CharDevicePage", "{kind} {port} ({type})").format(
            kind=tr(cls.kind_name), port=port + 1, type=device.type or "pty")


@register
class SerialPage(CharDevicePage):
    list_name = "serials"
    kind_name = N_("Serial")
    fields = chardev_fields(("isa-serial", "usb-serial", "pci-serial", "spapr-vio-serial", "system-serial",
                             "sclp-serial", "isa-debug"))


@register
class ParallelPage(CharDevicePage):
    list_name = "parallels"
    kind_name = N_("Parallel")
    fields = chardev_fields(())


@register
class ConsolePage(CharDevicePage):
    list_name = "consoles"
    kind_name = N_("Console")
    fields = chardev_fields(("serial", "virtio", "xen", "sclp", "sclplm"))


def _agent_state(state: str) -> str:
    return tr(N_("Connected")) if state == "connected" else tr(N_("Not connected"))


@register
class ChannelPage(CharDevicePage):
    list_name = "channels"
    icon_name = "network-transmit-receive"
    fields = chardev_fields(
        ("virtio", "guestfwd", "xen"),
        Field("target_name", N_("Name:"), TEXT, shown_when=("target_type", ("virtio", "xen")),
              tooltip=N_("The name the guest sees, e.g. org.qemu.guest_agent.0 for the QEMU guest agent.")),
        Field("agent_state", N_("Guest agent:"), READONLY, live=True, prop="target_state",
              shown_when=("target_name", (GUEST_AGENT_NAME,)), format=_agent_state),
        Field("target_address", N_("Guest address:"), TEXT, shown_when=("target_type", ("guestfwd",))),
    )

    @classmethod
    def describe(cls, device: xmlconf.Device, index: int) -> str:
        return QCoreApplication.translate("ChannelPage", "Channel {name}").format(
            name=device.target_name or device.target_type or device.type)

"""Virtual network operations the Host Details window asks for (start, stop, autostart, delete, define from edited
XML, read the saved definition and the DHCP leases), each one libvirt call, and what a network list shows that only
a network's XML holds (its kind, bridge or device, subnets and DHCP ranges)."""

from __future__ import annotations

import enum
import ipaddress
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

import libvirt
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from virtdesk import xmlconf
from virtdesk.model.lanes import Lane
from virtdesk.model.worker import Task

if TYPE_CHECKING:
    from virtdesk.model.connection import Connection

IpNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


class NetworkKind(enum.Enum):
    """What a network does with its guests' traffic, as the user knows it (libvirt's forward mode, told apart
    further by what the forward names: a host bridge, Open vSwitch, macvtap over a device)."""

    NAT = "nat"
    ROUTED = "route"
    ISOLATED = "isolated"
    OPEN = "open"
    BRIDGE = "bridge"
    OVS = "openvswitch"
    MACVTAP_BRIDGE = "macvtap-bridge"
    VEPA = "vepa"
    PRIVATE = "private"
    PASSTHROUGH = "passthrough"
    HOSTDEV = "hostdev"

    @property
    def label(self) -> str:
        return QCoreApplication.translate("NetworkKind", _KIND_TEXT[self])

    @property
    def forward_mode(self) -> str | None:
        """libvirt's <forward mode=...> (None: no forward element)."""
        if self is NetworkKind.ISOLATED:
            return None
        if self in (NetworkKind.OVS, NetworkKind.MACVTAP_BRIDGE):
            return "bridge"
        return self.value

    @property
    def has_addresses(self) -> bool:
        """Whether libvirt runs the network's own subnet (IP, DHCP, DNS) on a bridge it makes."""
        return self in (NetworkKind.NAT, NetworkKind.ROUTED, NetworkKind.ISOLATED, NetworkKind.OPEN)

    @property
    def uses_host_bridge(self) -> bool:
        return self in (NetworkKind.BRIDGE, NetworkKind.OVS)

    @property
    def uses_device(self) -> bool:
        """Whether guests are attached directly (macvtap) to a host device, which the network must name."""
        return self in (NetworkKind.MACVTAP_BRIDGE, NetworkKind.VEPA, NetworkKind.PRIVATE, NetworkKind.PASSTHROUGH)


_KIND_TEXT = {
    NetworkKind.NAT: QT_TRANSLATE_NOOP("NetworkKind", "NAT"),
    NetworkKind.ROUTED: QT_TRANSLATE_NOOP("NetworkKind", "Routed"),
    NetworkKind.ISOLATED: QT_TRANSLATE_NOOP("NetworkKind", "Isolated"),
    NetworkKind.OPEN: QT_TRANSLATE_NOOP("NetworkKind", "Open"),
    NetworkKind.BRIDGE: QT_TRANSLATE_NOOP("NetworkKind", "Host bridge"),
    NetworkKind.OVS: QT_TRANSLATE_NOOP("NetworkKind", "Open vSwitch bridge"),
    NetworkKind.MACVTAP_BRIDGE: QT_TRANSLATE_NOOP("NetworkKind", "Macvtap (bridge)"),
    NetworkKind.VEPA: QT_TRANSLATE_NOOP("NetworkKind", "Macvtap (VEPA)"),
    NetworkKind.PRIVATE: QT_TRANSLATE_NOOP("NetworkKind", "Macvtap (private)"),
    NetworkKind.PASSTHROUGH: QT_TRANSLATE_NOOP("NetworkKind", "Macvtap (passthrough)"),
    NetworkKind.HOSTDEV: QT_TRANSLATE_NOOP("NetworkKind", "SR-IOV VF pool"),
}


def network_kind(net: xmlconf.Network) -> NetworkKind | None:
    """The network's kind (None: a forward mode this version does not know)."""
    mode = net.node.xpath("string(forward/@mode)") if net.node is not None else ""
    if not mode:
        return NetworkKind.ISOLATED
    if mode == "bridge":
        if net.virtualport_type == "openvswitch":
            return NetworkKind.OVS
        return NetworkKind.BRIDGE if net.bridge_name else NetworkKind.MACVTAP_BRIDGE
    try:
        return NetworkKind(mode)
    except ValueError:
        return None


@dataclass
class Subnet:
    """One <ip> of a network: its address (the host's side) in its subnet, and its DHCP ranges."""

    interface: ipaddress.IPv4Interface | ipaddress.IPv6Interface
    ranges: list[tuple[str, str]] = field(default_factory=list)

    @property
    def network(self) -> IpNetwork:
        return self.interface.network

    @property
    def text(self) -> str:
        return str(self.interface)

    @property
    def ranges_text(self) -> str:
        return ", ".join(f"{start} – {end}" for start, end in self.ranges)


@dataclass
class NetworkFacts:
    """What a list shows of one network, read from its XML once."""

    kind: NetworkKind | None
    mode: str  # libvirt's own word, for a kind this version does not know
    bridge: str
    devices: list[str]
    subnets: list[Subnet]

    def family(self, version: int) -> list[Subnet]:
        return [s for s in self.subnets if s.interface.version == version]

    @property
    def kind_label(self) -> str:
        return self.kind.label if self.kind is not None else self.mode


def _subnet(ip: xmlconf.NetworkIp) -> Subnet | None:
    address, prefix = ip.address, ip.prefix if ip.prefix is not None else ip.netmask
    if not address:
        return None
    try:
        interface = ipaddress.ip_interface(f"{address}/{prefix}" if prefix is not None else address)
    except ValueError:
        return None
    return Subnet(interface, [(r.start or "", r.end or "") for r in ip.dhcp_ranges])


def network_facts(xml: str) -> NetworkFacts:
    try:
        net = xmlconf.load(xml)
    except xmlconf.XMLConfError:
        return NetworkFacts(None, "", "", [], [])
    if not isinstance(net, xmlconf.Network):
        return NetworkFacts(None, "", "", [], [])
    devices = [i.dev for i in net.forward_interfaces if i.dev] or \
        [dev for dev in (net.forward_pf_dev, net.forward_dev) if dev]
    subnets = [s for ip in net.ips if (s := _subnet(ip)) is not None]
    return NetworkFacts(network_kind(net), net.forward_mode or "", net.bridge_name or "", devices, subnets)


@dataclass
class Lease:
    """One DHCP lease the network's dnsmasq handed out."""

    mac: str
    ip: str
    hostname: str
    expiry: datetime | None  # None: it does not expire
    client_id: str


def _lease(entry: dict) -> Lease:
    prefix = entry.get("prefix")
    ip = entry.get("ipaddr") or ""
    expiry = entry.get("expirytime") or 0
    return Lease(entry.get("mac") or "", f"{ip}/{prefix}" if ip and prefix else ip, entry.get("hostname") or "",
                 datetime.fromtimestamp(expiry) if expiry else None, entry.get("clientid") or "")


def _read_leases(conn: libvirt.virConnect, name: str) -> list[Lease] | None:
    try:
        entries = conn.networkLookupByName(name).DHCPLeases()
    except libvirt.libvirtError as exc:
        if exc.get_error_code() == libvirt.VIR_ERR_NO_SUPPORT:
            return None
        raise
    return sorted((_lease(e) for e in entries), key=lambda lease: lease.ip)


def read_leases(connection: Connection, name: str) -> Task:
    """The active network's DHCP leases, or None where the host's driver does not report them."""
    return connection.call(_read_leases, name, description=_tr("Reading the DHCP leases of {name}").format(
        name=name), quiet=True)


def _read_definition(conn: libvirt.virConnect, name: str) -> str:
    net = conn.networkLookupByName(name)
    try:
        return net.XMLDesc(libvirt.VIR_NETWORK_XML_INACTIVE)
    except libvirt.libvirtError as exc:
        if exc.get_error_code() != libvirt.VIR_ERR_INVALID_ARG:  # a driver without the flag (the test driver)
            raise
        return net.XMLDesc(0)


def read_definition(connection: Connection, name: str) -> Task:
    """The network's saved definition (what define changes; a running network's live XML may differ)."""
    return connection.call(_read_definition, name, quiet=True,
                           description=_tr("Reading the definition of {name}").format(name=name))


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


def reread_after(connection: Connection, name: str, task: Task) -> Task:
    """The catalogue reads the network again once the task is done (autostart has no event)."""
    catalogue = connection.catalogue
    task.then(lambda _r: catalogue.network_event(name), lambda _e: catalogue.network_event(name), owner=catalogue)
    return task


def _on_network(connection: Connection, name: str, fn: Callable[[libvirt.virNetwork], object],
                description: str) -> Task:
    def run(conn: libvirt.virConnect) -> None:
        fn(conn.networkLookupByName(name))

    return reread_after(connection, name, connection.call(run, description=description, lane=Lane.EDIT))


def start_network(connection: Connection, name: str) -> Task:
    return _on_network(connection, name, lambda net: net.create(), _tr("Starting the network {name}").format(
        name=name))


def stop_network(connection: Connection, name: str) -> Task:
    """Stops the network (libvirt's destroy: guests using it lose their link; the definition stays)."""
    return _on_network(connection, name, lambda net: net.destroy(), _tr("Stopping the network {name}").format(
        name=name))


def set_network_autostart(connection: Connection, name: str, autostart: bool) -> Task:
    return _on_network(connection, name, lambda net: net.setAutostart(1 if autostart else 0),
                       (_tr("Turning autostart on for the network {name}") if autostart
                        else _tr("Turning autostart off for the network {name}")).format(name=name))


def _delete(net: libvirt.virNetwork) -> None:
    persistent = net.isPersistent()
    if net.isActive():
        net.destroy()
    if persistent:
        net.undefine()


def delete_network(connection: Connection, name: str) -> Task:
    """Stops the network where it runs and removes its definition."""
    return _on_network(connection, name, _delete, _tr("Deleting the network {name}").format(name=name))


def undefine_network(connection: Connection, name: str) -> Task:
    return _on_network(connection, name, lambda net: net.undefine(), _tr("Removing the network {name}").format(
        name=name))


def _define(conn: libvirt.virConnect, xml: str) -> str:
    return conn.networkDefineXMLFlags(xml, libvirt.VIR_NETWORK_DEFINE_VALIDATE).name()  # the host's schema judges


def define_network(connection: Connection, network: xmlconf.Network) -> Task:
    """Saves the definition (a new network, or a new definition of one: a running network uses it once started
    again). The task's result is the network's name."""
    return reread_after(connection, network.name, connection.call(
        _define, network.to_xml(), lane=Lane.EDIT,
        description=_tr("Saving the network {name}").format(name=network.name)))

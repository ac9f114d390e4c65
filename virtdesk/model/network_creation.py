"""A new virtual network: what the Add Network wizard gathers (a NetworkPlan), every reason it cannot be made yet,
field by field, measured against the host's other networks, the network's XML built from it through xmlconf, and
its creation (define, autostart where asked, start) in one call on the edit lane."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import libvirt
from lxml import etree
from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.model.lanes import Lane
from virtdesk.model.network_actions import IpNetwork, NetworkKind, network_facts, reread_after
from virtdesk.model.worker import Task

if TYPE_CHECKING:
    from virtdesk.model.catalogue import HostInterface
    from virtdesk.model.connection import Connection
    from virtdesk.model.network import Network

IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IpInterface = ipaddress.IPv4Interface | ipaddress.IPv6Interface

NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.+-]{0,63}$")
PORTGROUP = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")  # libvirt's deviceName (basictypes.rng), without / and \\
DEVICE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.:-]{0,14}$")  # Linux interface names: at most 15 characters
MAC = re.compile(r"^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$")
_HEX = "(:[a-fA-F0-9]{1,2})"
DUID = re.compile(  # libvirt's four kinds (basictypes.rng): link-layer plus time, enterprise, link-layer, UUID
    rf"0{{1,2}}:0?1:0{{1,2}}:0?[a-fA-F1-9]{_HEX}{{4}}{_HEX}{{6,8}}|0{{1,2}}:0?2{_HEX}{{4}}{_HEX}{{1,124}}"
    rf"|0{{1,2}}:0?3:0{{1,2}}:0?[a-fA-F1-9]{_HEX}{{6,8}}|0{{1,2}}:0?4{_HEX}{{16}}")
LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")
MAX_VLAN = 4095


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


# -- what the wizard gathers -----------------------------------------------------------------------------------
@dataclass
class StaticHost:
    """A guest that always gets the same address: by MAC in IPv4, by DHCP unique id (DUID) or name in IPv6."""

    mac: str  # IPv6: the DUID, or ""
    name: str
    ip: str


@dataclass
class AddressPlan:
    """The network's subnet of one IP version, written as the host's own address in it (192.168.100.1/24)."""

    version: int
    enabled: bool = False
    subnet: str = ""
    ranges: list[tuple[str, str]] = field(default_factory=list)
    hosts: list[StaticHost] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"ipv{self.version}"


@dataclass
class PortgroupPlan:
    name: str
    vlan: str  # the VLAN tag, or ""
    default: bool = False


@dataclass
class NetworkPlan:
    name: str = ""
    kind: NetworkKind = NetworkKind.NAT
    bridge: str = ""  # the bridge libvirt makes (optional), or the host's bridge to use
    device: str = ""  # the host device: forwarded through (NAT, routed; optional), macvtap's, or the SR-IOV PF
    vlan_tags: str = ""  # Open vSwitch: tags separated by commas or spaces
    portgroups: list[PortgroupPlan] = field(default_factory=list)
    mtu: int | None = None
    ipv4: AddressPlan = field(default_factory=lambda: AddressPlan(4, enabled=True))
    ipv6: AddressPlan = field(default_factory=lambda: AddressPlan(6))
    domain: str = ""
    dns_hosts: list[tuple[str, str]] = field(default_factory=list)  # (hostname, IP)
    forwarders: str = ""  # addresses separated by commas or spaces

    def families(self) -> list[AddressPlan]:
        """The subnets the network gets (none for a kind without addresses of its own)."""
        return [p for p in (self.ipv4, self.ipv6) if p.enabled] if self.kind.has_addresses else []


# Field keys: the wizard shows each key's reason beside the field it names.
FIELDS = ("name", "bridge", "device", "vlan_tags", "portgroups", "ipv4.subnet", "ipv4.ranges", "ipv4.hosts",
          "ipv6.subnet", "ipv6.ranges", "ipv6.hosts", "domain", "dns_hosts", "forwarders")


# -- the host's other networks ---------------------------------------------------------------------------------
@dataclass
class HostNetworks:
    """What a new network must not clash with: the names, libvirt-made bridges and subnets of the host's
    networks, and the names of its interfaces (where the host lists them)."""

    names: set[str] = field(default_factory=set)
    bridges: dict[str, str] = field(default_factory=dict)  # bridge -> network
    subnets: list[tuple[str, IpNetwork]] = field(default_factory=list)  # (network, subnet)
    interfaces: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, networks: Iterable[Network], interfaces: Iterable[str] = ()) -> HostNetworks:
        host = cls(interfaces=set(interfaces))
        for net in networks:
            host.names.add(net.name)
            facts = network_facts(net.xml)
            if facts.bridge and facts.kind is not None and facts.kind.has_addresses:
                host.bridges[facts.bridge] = net.name
            host.subnets += [(net.name, s.network) for s in facts.subnets]
        return host


@dataclass
class HostDevices:
    """The host's interfaces as the wizard offers them: bridges (for bridge networks), and the others (for
    macvtap, SR-IOV and forwarding)."""

    bridges: list[str] = field(default_factory=list)
    devices: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, interfaces: Iterable[HostInterface]) -> HostDevices:
        found = cls()
        for interface in interfaces:
            try:
                kind = etree.fromstring(interface.xml.encode()).get("type")
            except etree.XMLSyntaxError:
                kind = None
            (found.bridges if kind == "bridge" else found.devices).append(interface.name)
        return found


# -- checking --------------------------------------------------------------------------------------------------
def _address(text: str, version: int) -> tuple[IpAddress | None, str]:
    try:
        address = ipaddress.ip_address(text.strip())
    except ValueError:
        return None, _tr("{text} is not an IPv{version} address").format(text=text.strip(), version=version)
    if address.version != version:
        return None, _tr("{text} is not an IPv{version} address").format(text=text.strip(), version=version)
    return address, ""


def parse_subnet(text: str, version: int) -> tuple[IpInterface | None, str]:
    """The host's address with its subnet, or why the text is none."""
    text = text.strip()
    example = "192.168.100.1/24" if version == 4 else "fd00:100::1/64"
    if not text:
        return None, _tr("Give the subnet as the host's address and prefix length, as in {example}").format(
            example=example)
    if "/" not in text:
        return None, _tr("Give the prefix length too, as in {example}").format(example=example)
    try:
        interface = ipaddress.ip_interface(text)
    except ValueError:
        return None, _tr("{text} is not an IPv{version} address with a prefix length, as in {example}").format(
            text=text, version=version, example=example)
    if interface.version != version:
        return None, _tr("{text} is not an IPv{version} address with a prefix length, as in {example}").format(
            text=text, version=version, example=example)
    network = interface.network
    if network.num_addresses < 4:
        return None, _tr("The subnet {subnet} is too small: it has no room for guests").format(subnet=network)
    if interface.ip == network.network_address:
        return None, _tr("{address} is the subnet's own address: give the host's address in it, as in "
                         "{example}").format(address=interface.ip, example=example)
    if version == 4 and interface.ip == network.broadcast_address:
        return None, _tr("{address} is the subnet's broadcast address: give the host's address in it, as in "
                         "{example}").format(address=interface.ip, example=example)
    return interface, ""


def _in_subnet(address: IpAddress, subnet: IpInterface) -> str:
    network = subnet.network
    if address not in network:
        return _tr("{address} is not in the subnet {subnet}").format(address=address, subnet=network)
    if address == network.network_address or (subnet.version == 4 and address == network.broadcast_address):
        return _tr("{address} is not a guest's address in {subnet}").format(address=address, subnet=network)
    if address == subnet.ip:
        return _tr("{address} is the host's own address in this subnet").format(address=address)
    return ""


def _subnet_problems(plan: AddressPlan, host: HostNetworks) -> tuple[IpInterface | None, str]:
    subnet, problem = parse_subnet(plan.subnet, plan.version)
    if subnet is None:
        return None, problem
    for name, other in host.subnets:
        if other.version == subnet.version and other.overlaps(subnet.network):
            return subnet, _tr("{subnet} overlaps {other}, the subnet of the network {name}").format(
                subnet=subnet.network, other=other, name=name)
    return subnet, ""


def _range_problems(plan: AddressPlan, subnet: IpInterface | None) -> tuple[list[tuple[IpAddress, IpAddress]], str]:
    ranges: list[tuple[IpAddress, IpAddress]] = []
    for number, (start_text, end_text) in enumerate(plan.ranges, 1):
        where = _tr("Range {number}: ").format(number=number)
        if not start_text.strip() or not end_text.strip():
            return ranges, where + _tr("give its first and last address")
        start, problem = _address(start_text, plan.version)
        if start is None:
            return ranges, where + problem
        end, problem = _address(end_text, plan.version)
        if end is None:
            return ranges, where + problem
        if end < start:
            return ranges, where + _tr("{end} comes before {start}").format(start=start, end=end)
        if subnet is not None:
            problem = _in_subnet(start, subnet) or _in_subnet(end, subnet)
            if problem:
                return ranges, where + problem
            if start <= subnet.ip <= end:
                return ranges, where + _tr("it holds the host's own address {address}").format(address=subnet.ip)
        for other_number, (other_start, other_end) in enumerate(ranges, 1):
            if start <= other_end and other_start <= end:
                return ranges, where + _tr("it overlaps range {number}").format(number=other_number)
        ranges.append((start, end))
    return ranges, ""


def _host_problems(plan: AddressPlan, subnet: IpInterface | None,
                   ranges: list[tuple[IpAddress, IpAddress]]) -> str:
    seen_ips: dict[IpAddress, int] = {}
    seen_ids: dict[str, int] = {}
    seen_names: dict[str, int] = {}
    for number, host in enumerate(plan.hosts, 1):
        where = _tr("Host {number}: ").format(number=number)
        mac, name = host.mac.strip().lower(), host.name.strip()
        if plan.version == 4:
            if not mac:
                return where + _tr("give the guest's MAC address")
            if not MAC.match(mac):
                return where + _tr("{mac} is not a MAC address (six pairs of hex digits, as in "
                                   "52:54:00:12:34:56)").format(mac=host.mac.strip())
            if int(mac[:2], 16) & 1:
                return where + _tr("{mac} is a multicast address, which no guest can have").format(mac=mac)
        elif mac and not DUID.fullmatch(mac):
            return where + _tr("{duid} is not a DHCP unique id (DUID), such as 00:03:00:01:52:54:00:12:34:56").format(
                duid=host.mac.strip())
        elif not mac and not name:
            return where + _tr("give the guest's name or DHCP unique id")
        if name and not all(LABEL.match(label) for label in name.split(".")):
            return where + _tr("{name} is not a host name (letters, digits and hyphens)").format(name=name)
        if not host.ip.strip():
            return where + _tr("give the address it gets")
        address, problem = _address(host.ip, plan.version)
        if address is None:
            return where + problem
        problem = _in_subnet(address, subnet) if subnet is not None else ""
        if problem:
            return where + problem
        inside = next((n for n, (start, end) in enumerate(ranges, 1) if start <= address <= end), None)
        if inside is not None:
            return where + _tr("{address} lies in DHCP range {range}: give an address outside the ranges").format(
                address=address, range=inside)
        for value, seen, text in ((address, seen_ips, _tr("{value} is also the address of host {number}")),
                                  (mac, seen_ids, _tr("{value} is also given to host {number}")),
                                  (name.lower(), seen_names, _tr("{value} is also the name of host {number}"))):
            if value and value in seen:
                return where + text.format(value=value, number=seen[value])
            if value:
                seen[value] = number
    return ""


def _name_problem(plan: NetworkPlan, host: HostNetworks) -> str:
    name = plan.name.strip()
    if not name:
        return _tr("Give the network a name")
    if not NAME.match(name):
        return _tr("Use letters, digits and . _ + - only (starting with a letter, digit or _), at most 64")
    if name in host.names:
        return _tr("The host already has a network named {name}").format(name=name)
    return ""


def _device_name_problem(text: str) -> str:
    if not DEVICE.match(text):
        return _tr("{name} is not an interface name (at most 15 letters, digits and . _ : -)").format(name=text)
    return ""


def _bridge_problem(plan: NetworkPlan, host: HostNetworks) -> str:
    bridge = plan.bridge.strip()
    if plan.kind.uses_host_bridge:
        return _device_name_problem(bridge) if bridge else _tr("Give the host bridge to connect to")
    if not plan.kind.has_addresses or not bridge:
        return ""
    problem = _device_name_problem(bridge)
    if problem:
        return problem
    if bridge in host.bridges:
        return _tr("The network {name} already makes the bridge {bridge}").format(name=host.bridges[bridge],
                                                                                   bridge=bridge)
    if bridge in host.interfaces:
        return _tr("The host already has an interface named {bridge}").format(bridge=bridge)
    return ""


def _device_problem(plan: NetworkPlan) -> str:
    device = plan.device.strip()
    if plan.kind.uses_device or plan.kind is NetworkKind.HOSTDEV:
        if not device:
            return _tr("Give the SR-IOV physical function (PF) device") if plan.kind is NetworkKind.HOSTDEV \
                else _tr("Give the host device the guests attach to")
        return _device_name_problem(device)
    if plan.kind in (NetworkKind.NAT, NetworkKind.ROUTED) and device:
        return _device_name_problem(device)
    return ""


def _vlan(text: str) -> int | None:
    try:
        tag = int(text)
    except ValueError:
        return None
    return tag if 0 <= tag <= MAX_VLAN else None


def split_list(text: str) -> list[str]:
    return [part for part in re.split(r"[\s,]+", text.strip()) if part]


def _vlan_problem(plan: NetworkPlan) -> str:
    if plan.kind is not NetworkKind.OVS:
        return ""
    tags = split_list(plan.vlan_tags)
    bad = next((tag for tag in tags if _vlan(tag) is None), None)
    if bad is not None:
        return _tr("{tag} is not a VLAN tag (a whole number from 0 to {max})").format(tag=bad, max=MAX_VLAN)
    if len(set(tags)) != len(tags):
        return _tr("A VLAN tag is given twice")
    return ""


def _portgroup_problem(plan: NetworkPlan) -> str:
    if plan.kind is not NetworkKind.OVS:
        return ""
    names: dict[str, int] = {}
    for number, group in enumerate(plan.portgroups, 1):
        where = _tr("Port group {number}: ").format(number=number)
        name = group.name.strip()
        if not name:
            return where + _tr("give it a name")
        if not PORTGROUP.match(name):
            return where + _tr("use letters, digits and . _ - : only in its name")
        if name in names:
            return where + _tr("{name} is also the name of port group {number}").format(name=name,
                                                                                         number=names[name])
        names[name] = number
        if group.vlan.strip() and _vlan(group.vlan.strip()) is None:
            return where + _tr("{tag} is not a VLAN tag (a whole number from 0 to {max})").format(
                tag=group.vlan.strip(), max=MAX_VLAN)
    if sum(group.default for group in plan.portgroups) > 1:
        return _tr("Only one port group can be the default")
    return ""


def _domain_problem(plan: NetworkPlan) -> str:
    domain = plan.domain.strip()
    if domain and not all(LABEL.match(label) for label in domain.split(".")):
        return _tr("{domain} is not a DNS domain (labels of letters, digits and hyphens separated by dots)").format(
            domain=domain)
    return ""


def _dns_problem(plan: NetworkPlan) -> str:
    for number, (hostname, ip) in enumerate(plan.dns_hosts, 1):
        where = _tr("Entry {number}: ").format(number=number)
        hostname = hostname.strip()
        if not hostname or not ip.strip():
            return where + _tr("give a host name and its address")
        if not all(LABEL.match(label) for label in hostname.split(".")):
            return where + _tr("{name} is not a host name (letters, digits and hyphens)").format(name=hostname)
        try:
            ipaddress.ip_address(ip.strip())
        except ValueError:
            return where + _tr("{text} is not an IP address").format(text=ip.strip())
    return ""


def _forwarder_problem(plan: NetworkPlan) -> str:
    for text in split_list(plan.forwarders):
        try:
            ipaddress.ip_address(text)
        except ValueError:
            return _tr("{text} is not an IP address").format(text=text)
        if "%" in text:  # Python takes an IPv6 zone (fe80::1%eth0), libvirt's schema does not
            return _tr("{text} is not an IP address").format(text=text)
    return ""


def problems(plan: NetworkPlan, host: HostNetworks) -> dict[str, str]:
    """Why the plan cannot make a network yet, by field key (FIELDS); empty when it can."""
    found = {"name": _name_problem(plan, host), "bridge": _bridge_problem(plan, host),
             "device": _device_problem(plan), "vlan_tags": _vlan_problem(plan),
             "portgroups": _portgroup_problem(plan)}
    if plan.kind.has_addresses:
        for family in (plan.ipv4, plan.ipv6):
            if not family.enabled:
                continue
            subnet, found[f"{family.key}.subnet"] = _subnet_problems(family, host)
            ranges, found[f"{family.key}.ranges"] = _range_problems(family, subnet)
            found[f"{family.key}.hosts"] = _host_problems(family, subnet, ranges)
        if plan.kind is NetworkKind.NAT and not plan.ipv4.enabled:
            found["ipv4.subnet"] = _tr("A NAT network needs an IPv4 subnet")
        elif plan.kind is NetworkKind.ROUTED and not plan.families():
            found["ipv4.subnet"] = _tr("A routed network needs an IPv4 or IPv6 subnet")
        found.update(domain=_domain_problem(plan), dns_hosts=_dns_problem(plan), forwarders=_forwarder_problem(plan))
    return {key: text for key, text in found.items() if text}


# -- suggestions -----------------------------------------------------------------------------------------------
def suggest_name(host: HostNetworks) -> str:
    """network, else network-2, network-3, ...: the first the host does not have."""
    return next(name for number in range(1, len(host.names) + 2)
                if (name := "network" if number == 1 else f"network-{number}") not in host.names)


def suggest_subnet(host: HostNetworks, version: int) -> str:
    """A subnet no network of the host uses: 192.168.100.1/24 onwards, or fd00:100::1/64 onwards."""
    for number in range(100, 255):
        text = f"192.168.{number}.1/24" if version == 4 else f"fd00:{number}::1/64"
        network = ipaddress.ip_interface(text).network
        if not any(other.version == version and other.overlaps(network) for _name, other in host.subnets):
            return text
    return ""


def suggest_range(subnet_text: str, version: int) -> tuple[str, str] | None:
    """A DHCP range for the subnet: the upper half of an IPv4 subnet, ::100 to ::1ff of an IPv6 one."""
    subnet, _problem = parse_subnet(subnet_text, version)
    if subnet is None:
        return None
    network = subnet.network
    if version == 6:
        start, end = network.network_address + 0x100, network.network_address + 0x1ff
        if network.num_addresses <= 0x1ff:  # a /120 or smaller holds no ::1ff
            return None
        if start <= subnet.ip <= end:  # not over the host's own address
            start = subnet.ip + 1
        return (str(start), str(end)) if start <= end else None
    first, last = int(network.network_address) + 1, int(network.broadcast_address) - 1
    start = max(first + (last - first + 1) // 2, int(subnet.ip) + 1)
    if start > last:
        return None
    return str(ipaddress.IPv4Address(start)), str(ipaddress.IPv4Address(last))


# -- the XML ---------------------------------------------------------------------------------------------------
def _add_addresses(net: xmlconf.Network, family: AddressPlan) -> None:
    subnet = ipaddress.ip_interface(family.subnet.strip())
    ip = net.ips.add(family="ipv6" if family.version == 6 else None, address=str(subnet.ip),
                     prefix=subnet.network.prefixlen)
    for start, end in family.ranges:
        ip.dhcp_ranges.add(start=start.strip(), end=end.strip())
    for host in family.hosts:
        ident = host.mac.strip().lower() or None
        values = {"mac": ident} if family.version == 4 else {"id": ident}
        ip.dhcp_hosts.add(**values, name=host.name.strip() or None, ip=host.ip.strip())


def build_network(plan: NetworkPlan) -> xmlconf.Network:
    """The network's XML; call it once problems() is empty."""
    kind = plan.kind
    net = xmlconf.Network.new(name=plan.name.strip())
    if kind.forward_mode:
        net.forward_mode = kind.forward_mode
    device = plan.device.strip()
    if kind is NetworkKind.HOSTDEV:
        net.forward_managed = True
        net.forward_pf_dev = device
    elif kind.uses_device:
        net.forward_interfaces.add(dev=device)
    elif device and kind in (NetworkKind.NAT, NetworkKind.ROUTED):
        net.forward_dev = device
    bridge = plan.bridge.strip()
    if kind.uses_host_bridge or (kind.has_addresses and bridge):
        net.bridge_name = bridge
    if kind.has_addresses:
        net.bridge_stp = "on"
        net.bridge_delay = 0
        if plan.mtu:
            net.mtu_size = plan.mtu
        if plan.domain.strip():
            net.domain_name = plan.domain.strip()
        for address in split_list(plan.forwarders):
            net.dns_forwarders.add(addr=address)
        by_ip: dict[str, list[str]] = {}
        for hostname, ip in plan.dns_hosts:
            by_ip.setdefault(ip.strip(), []).append(hostname.strip())
        for ip, hostnames in by_ip.items():
            host = net.dns_hosts.add(ip=ip)
            for hostname in hostnames:
                host.hostnames.add(value=hostname)
        for family in plan.families():
            _add_addresses(net, family)
    if kind is NetworkKind.OVS:
        net.virtualport_type = "openvswitch"
        tags = split_list(plan.vlan_tags)
        if len(tags) > 1:
            net.vlan_trunk = True
        for tag in tags:
            net.vlan_tags.add(id=int(tag))
        for group in plan.portgroups:
            portgroup = net.portgroups.add(name=group.name.strip(), default=True if group.default else None)
            if group.vlan.strip():
                portgroup.vlan_tag_id = int(group.vlan.strip())  # as checked: str.strip drops more than int() does
    return net


# -- making it -------------------------------------------------------------------------------------------------
class StartFailed(Exception):
    """The network was defined but did not start: it is left defined (and stopped) until the user decides."""

    def __init__(self, name: str, error: libvirt.libvirtError) -> None:
        super().__init__(str(error))
        self.name = name
        self.error = error


def _create(conn: libvirt.virConnect, xml: str, autostart: bool) -> str:
    net = conn.networkDefineXMLFlags(xml, libvirt.VIR_NETWORK_DEFINE_VALIDATE)
    name = net.name()
    if autostart:
        try:
            net.setAutostart(1)
        except libvirt.libvirtError:
            net.undefine()  # nothing is left of a network that could not be made as asked
            raise
    try:
        net.create()
    except libvirt.libvirtError as exc:
        raise StartFailed(name, exc) from exc
    return name


def create_network(connection: Connection, network: xmlconf.Network, autostart: bool) -> Task:
    """Defines the network, turns autostart on where asked and starts it. The task's result is its name; a define
    (or autostart) failure leaves nothing behind, a start failure fails with StartFailed."""
    return reread_after(connection, network.name, connection.call(
        _create, network.to_xml(), autostart, lane=Lane.EDIT,
        description=_tr("Creating the network {name}").format(name=network.name)))

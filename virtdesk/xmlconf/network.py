"""``<network>``: a virtual network (NAT, routed, open, bridge, passthrough...) with IP, DHCP and DNS."""

from __future__ import annotations

from .element import TextValue, XMLElement
from .interface import VlanTag
from .properties import INT, YES_NO, Child, ChildList, Enum, XMLProperty

FORWARD_MODES = ("nat", "route", "open", "bridge", "private", "vepa", "passthrough", "hostdev")


class DhcpRange(XMLElement):
    TAG = "range"
    start = XMLProperty("./@start")
    end = XMLProperty("./@end")


class DhcpHost(XMLElement):
    TAG = "host"
    mac = XMLProperty("./@mac")
    id = XMLProperty("./@id")
    name = XMLProperty("./@name")
    ip = XMLProperty("./@ip")


class NetworkIp(XMLElement):
    TAG = "ip"
    family = XMLProperty("./@family", Enum("ipv4", "ipv6"))
    address = XMLProperty("./@address")
    netmask = XMLProperty("./@netmask")
    prefix = XMLProperty("./@prefix", INT)
    tftp_root = XMLProperty("./tftp/@root")
    dhcp_ranges = ChildList(DhcpRange, "./dhcp/range")
    dhcp_hosts = ChildList(DhcpHost, "./dhcp/host")
    dhcp_bootp_file = XMLProperty("./dhcp/bootp/@file")


class DnsHost(XMLElement):
    TAG = "host"
    ip = XMLProperty("./@ip")
    hostnames = ChildList(TextValue, "./hostname")


class DnsForwarder(XMLElement):
    TAG = "forwarder"
    addr = XMLProperty("./@addr")
    domain = XMLProperty("./@domain")


class Portgroup(XMLElement):
    TAG = "portgroup"
    name = XMLProperty("./@name")
    default = XMLProperty("./@default", YES_NO)
    virtualport_type = XMLProperty("./virtualport/@type")
    vlan_tag_id = XMLProperty("./vlan/tag/@id", INT)


class ForwardInterface(XMLElement):
    TAG = "interface"
    dev = XMLProperty("./@dev")


class Network(XMLElement):
    TAG = "network"
    connections = XMLProperty("./@connections", INT)
    ipv6 = XMLProperty("./@ipv6", YES_NO)
    name = XMLProperty("./name")
    uuid = XMLProperty("./uuid")
    forward_mode = XMLProperty("./forward/@mode", Enum(*FORWARD_MODES))
    forward_dev = XMLProperty("./forward/@dev")
    forward_managed = XMLProperty("./forward/@managed", YES_NO)
    forward_pf_dev = XMLProperty("./forward/pf/@dev")
    forward_nat_port_start = XMLProperty("./forward/nat/port/@start", INT)
    forward_nat_port_end = XMLProperty("./forward/nat/port/@end", INT)
    forward_interfaces = ChildList(ForwardInterface, "./forward/interface")
    bridge_name = XMLProperty("./bridge/@name")
    bridge_stp = XMLProperty("./bridge/@stp", Enum("on", "off"))
    bridge_delay = XMLProperty("./bridge/@delay", INT)
    mtu_size = XMLProperty("./mtu/@size", INT)
    mac_address = XMLProperty("./mac/@address")
    domain_name = XMLProperty("./domain/@name")
    domain_local_only = XMLProperty("./domain/@localOnly", YES_NO)
    dns_enable = XMLProperty("./dns/@enable", YES_NO)
    dns_forwarders = ChildList(DnsForwarder, "./dns/forwarder")
    dns_hosts = ChildList(DnsHost, "./dns/host")
    virtualport_type = XMLProperty("./virtualport/@type", Enum("openvswitch", "802.1Qbg", "802.1Qbh", "midonet"))
    vlan_trunk = XMLProperty("./vlan/@trunk", YES_NO)
    vlan_tags = ChildList(VlanTag, "./vlan/tag")
    portgroups = ChildList(Portgroup, "./portgroup")
    ips = ChildList(NetworkIp, "./ip")
    ipv4 = Child(NetworkIp, "./ip")

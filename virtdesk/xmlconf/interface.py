"""``<interface>``: virtual networks, bridges (also Open vSwitch), macvtap, user mode, SR-IOV, vhost-user."""

from __future__ import annotations

from .address import Address
from .device import Device
from .element import XMLElement
from .properties import INT, ON_OFF, YES_NO, Child, ChildList, Enum, XMLProperty

INTERFACE_TYPES = (
    "network",
    "bridge",
    "direct",
    "user",
    "ethernet",
    "hostdev",
    "vhostuser",
    "server",
    "client",
    "mcast",
    "udp",
    "vdpa",
    "null",
    "vds",
)
VIRTUALPORT_TYPES = ("openvswitch", "802.1Qbg", "802.1Qbh", "midonet")


class VlanTag(XMLElement):
    TAG = "tag"
    id = XMLProperty("./@id", INT)
    native_mode = XMLProperty("./@nativeMode", Enum("tagged", "untagged"))


class Interface(Device):
    TAG = "interface"
    type = XMLProperty("./@type", Enum(*INTERFACE_TYPES))
    managed = XMLProperty("./@managed", YES_NO)
    mac_address = XMLProperty("./mac/@address")
    source_network = XMLProperty("./source/@network")
    source_portgroup = XMLProperty("./source/@portgroup")
    source_bridge = XMLProperty("./source/@bridge")
    source_dev = XMLProperty("./source/@dev")
    source_mode = XMLProperty("./source/@mode", Enum("vepa", "bridge", "private", "passthrough", "server", "client"))
    source_type = XMLProperty("./source/@type", Enum("unix"))
    source_path = XMLProperty("./source/@path")
    source_address = Child(Address, "./source/address")
    virtualport_type = XMLProperty("./virtualport/@type", Enum(*VIRTUALPORT_TYPES))
    virtualport_interfaceid = XMLProperty("./virtualport/parameters/@interfaceid")
    virtualport_profileid = XMLProperty("./virtualport/parameters/@profileid")
    target_dev = XMLProperty("./target/@dev")
    model_type = XMLProperty("./model/@type")
    driver_name = XMLProperty("./driver/@name", Enum("qemu", "vhost", "kvm", "vfio", "xen"))
    driver_queues = XMLProperty("./driver/@queues", INT)
    bandwidth_inbound_average = XMLProperty("./bandwidth/inbound/@average", INT)
    bandwidth_inbound_peak = XMLProperty("./bandwidth/inbound/@peak", INT)
    bandwidth_inbound_burst = XMLProperty("./bandwidth/inbound/@burst", INT)
    bandwidth_outbound_average = XMLProperty("./bandwidth/outbound/@average", INT)
    bandwidth_outbound_peak = XMLProperty("./bandwidth/outbound/@peak", INT)
    bandwidth_outbound_burst = XMLProperty("./bandwidth/outbound/@burst", INT)
    vlan_trunk = XMLProperty("./vlan/@trunk", YES_NO)
    vlan_tags = ChildList(VlanTag, "./vlan/tag")
    link_state = XMLProperty("./link/@state", Enum("up", "down"))
    mtu_size = XMLProperty("./mtu/@size", INT)
    filterref_filter = XMLProperty("./filterref/@filter")
    boot_order = XMLProperty("./boot/@order", INT)
    rom_bar = XMLProperty("./rom/@bar", ON_OFF)

"""``<device>`` of the node device API: PCI, USB, network, SCSI, storage, mdev... host devices."""

from __future__ import annotations

from .element import XMLElement
from .properties import HEX4, INT, Child, ChildList, XMLProperty


class IommuGroupAddress(XMLElement):
    TAG = "address"
    domain = XMLProperty("./@domain", INT)
    bus = XMLProperty("./@bus", INT)
    slot = XMLProperty("./@slot", INT)
    function = XMLProperty("./@function", INT)


class MdevType(XMLElement):
    TAG = "type"
    id = XMLProperty("./@id")
    name = XMLProperty("./name")
    device_api = XMLProperty("./deviceAPI")
    available_instances = XMLProperty("./availableInstances", INT)


class NodeDeviceCapability(XMLElement):
    """One ``<capability type=...>``; which properties are filled depends on the type."""

    TAG = "capability"
    type = XMLProperty("./@type")
    device_class = XMLProperty("./class")
    domain = XMLProperty("./domain", INT)
    bus = XMLProperty("./bus", INT)
    slot = XMLProperty("./slot", INT)
    function = XMLProperty("./function", INT)
    device = XMLProperty("./device", INT)
    product = XMLProperty("./product")
    product_id = XMLProperty("./product/@id", HEX4)
    vendor = XMLProperty("./vendor")
    vendor_id = XMLProperty("./vendor/@id", HEX4)
    iommu_group = XMLProperty("./iommuGroup/@number", INT)
    iommu_group_addresses = ChildList(IommuGroupAddress, "./iommuGroup/address")
    mdev_types = ChildList(MdevType, "./capability[@type='mdev_types']/type")
    interface = XMLProperty("./interface")
    address = XMLProperty("./address")
    link_state = XMLProperty("./link/@state")
    link_speed = XMLProperty("./link/@speed", INT)
    host = XMLProperty("./host", INT)
    unique_id = XMLProperty("./unique_id", INT)
    block = XMLProperty("./block")
    drive_type = XMLProperty("./drive_type")
    model = XMLProperty("./model")
    serial = XMLProperty("./serial")
    size = XMLProperty("./size", INT)
    type_id = XMLProperty("./type/@id")
    uuid = XMLProperty("./uuid")
    number = XMLProperty("./number", INT)
    description = XMLProperty("./description")


class NodeDevice(XMLElement):
    TAG = "device"
    name = XMLProperty("./name")
    path = XMLProperty("./path")
    devnode = XMLProperty("./devnode[@type='dev']")
    parent = XMLProperty("./parent")
    driver_name = XMLProperty("./driver/name")
    capability = Child(NodeDeviceCapability, "./capability")
    capabilities = ChildList(NodeDeviceCapability, "./capability")

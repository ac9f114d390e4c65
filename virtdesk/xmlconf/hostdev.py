"""Host devices passed to the guest: ``<hostdev>`` (PCI, USB, SCSI, mdev), ``<redirdev>``, ``<smartcard>``."""

from __future__ import annotations

from .address import Address
from .device import Device
from .properties import FLAG, HEX4, INT, ON_OFF, YES_NO, Child, Enum, XMLProperty


class Hostdev(Device):
    TAG = "hostdev"
    mode = XMLProperty("./@mode", Enum("subsystem", "capabilities"))
    type = XMLProperty("./@type", Enum("usb", "pci", "scsi", "scsi_host", "mdev", "storage", "misc", "net"))
    managed = XMLProperty("./@managed", YES_NO)
    model = XMLProperty("./@model", Enum("vfio-pci", "vfio-ccw", "vfio-ap"))
    display = XMLProperty("./@display", ON_OFF)
    driver_name = XMLProperty("./driver/@name", Enum("kvm", "vfio", "xen"))
    source_vendor_id = XMLProperty("./source/vendor/@id", HEX4)
    source_product_id = XMLProperty("./source/product/@id", HEX4)
    source_address = Child(Address, "./source/address")
    source_adapter_name = XMLProperty("./source/adapter/@name")
    source_protocol = XMLProperty("./source/@protocol", Enum("iscsi"))
    source_name = XMLProperty("./source/@name")
    source_startup_policy = XMLProperty("./source/@startupPolicy", Enum("mandatory", "requisite", "optional"))
    readonly = XMLProperty("./readonly", FLAG)
    shareable = XMLProperty("./shareable", FLAG)
    boot_order = XMLProperty("./boot/@order", INT)
    rom_bar = XMLProperty("./rom/@bar", ON_OFF)


class Redirdev(Device):
    TAG = "redirdev"
    bus = XMLProperty("./@bus", Enum("usb"))
    type = XMLProperty("./@type", Enum("spicevmc", "tcp"))
    source_host = XMLProperty("./source/@host")
    source_service = XMLProperty("./source/@service")
    boot_order = XMLProperty("./boot/@order", INT)


class Smartcard(Device):
    TAG = "smartcard"
    mode = XMLProperty("./@mode", Enum("host", "host-certificates", "passthrough"))
    type = XMLProperty("./@type", Enum("tcp", "spicevmc", "unix", "pty"))
    database = XMLProperty("./database")
    source_mode = XMLProperty("./source/@mode", Enum("bind", "connect"))
    source_host = XMLProperty("./source/@host")
    source_service = XMLProperty("./source/@service")

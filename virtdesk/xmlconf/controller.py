"""``<controller>``: IDE, SATA, SCSI, USB, PCI, virtio-serial, CCID... buses."""

from __future__ import annotations

from .device import Device
from .properties import INT, Enum, XMLProperty

CONTROLLER_TYPES = ("ide", "fdc", "scsi", "sata", "usb", "ccid", "virtio-serial", "pci", "xenbus", "isa")


class Controller(Device):
    TAG = "controller"
    type = XMLProperty("./@type", Enum(*CONTROLLER_TYPES))
    index = XMLProperty("./@index", INT)
    model = XMLProperty("./@model")
    ports = XMLProperty("./@ports", INT)
    vectors = XMLProperty("./@vectors", INT)
    master_startport = XMLProperty("./master/@startport", INT)
    driver_queues = XMLProperty("./driver/@queues", INT)
    driver_iothread = XMLProperty("./driver/@iothread", INT)
    model_name = XMLProperty("./model/@name")
    target_chassis = XMLProperty("./target/@chassis", INT)
    target_port = XMLProperty("./target/@port")
    target_bus_nr = XMLProperty("./target/@busNr", INT)

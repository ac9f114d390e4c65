"""``<disk>``: files, block devices, network storage (rbd, iscsi, nbd, gluster, http), volumes, CD-ROMs."""

from __future__ import annotations

from .device import Device
from .element import XMLElement
from .properties import FLAG, INT, ON_OFF, Child, ChildList, Enum, XMLProperty

DISK_TYPES = ("file", "block", "dir", "network", "volume", "nvme", "vhostuser")
DISK_DEVICES = ("disk", "cdrom", "floppy", "lun")
DISK_BUSES = ("ide", "scsi", "virtio", "xen", "usb", "sata", "sd", "fdc")
NETWORK_PROTOCOLS = (
    "nbd",
    "iscsi",
    "rbd",
    "sheepdog",
    "gluster",
    "vxhs",
    "nfs",
    "http",
    "https",
    "ftp",
    "ftps",
    "tftp",
    "ssh",
)
CACHE_MODES = ("default", "none", "writethrough", "writeback", "directsync", "unsafe")


class DiskSourceHost(XMLElement):
    """One ``<host>`` of a network disk source."""

    TAG = "host"
    name = XMLProperty("./@name")
    port = XMLProperty("./@port", INT)
    transport = XMLProperty("./@transport", Enum("tcp", "rdma", "unix"))
    socket = XMLProperty("./@socket")


class DiskSecret(XMLElement):
    """The ``<secret>`` inside a disk's ``<auth>``."""

    type = XMLProperty("./@type", Enum("ceph", "iscsi"))
    usage = XMLProperty("./@usage")
    uuid = XMLProperty("./@uuid")


class Disk(Device):
    TAG = "disk"
    type = XMLProperty("./@type", Enum(*DISK_TYPES))
    device = XMLProperty("./@device", Enum(*DISK_DEVICES))
    snapshot = XMLProperty("./@snapshot", Enum("no", "internal", "external", "manual"))  # its default mode
    model = XMLProperty("./@model", Enum("virtio", "virtio-transitional", "virtio-non-transitional"))
    driver_name = XMLProperty("./driver/@name")
    driver_type = XMLProperty("./driver/@type")
    driver_cache = XMLProperty("./driver/@cache", Enum(*CACHE_MODES))
    driver_io = XMLProperty("./driver/@io", Enum("threads", "native", "io_uring"))
    driver_discard = XMLProperty("./driver/@discard", Enum("unmap", "ignore"))
    driver_detect_zeroes = XMLProperty("./driver/@detect_zeroes", Enum("off", "on", "unmap"))
    driver_iothread = XMLProperty("./driver/@iothread", INT)
    source_file = XMLProperty("./source/@file")
    source_dev = XMLProperty("./source/@dev")
    source_dir = XMLProperty("./source/@dir")
    source_protocol = XMLProperty("./source/@protocol", Enum(*NETWORK_PROTOCOLS))
    source_name = XMLProperty("./source/@name")
    source_pool = XMLProperty("./source/@pool")
    source_volume = XMLProperty("./source/@volume")
    source_mode = XMLProperty("./source/@mode", Enum("host", "direct"))
    source_startup_policy = XMLProperty("./source/@startupPolicy", Enum("mandatory", "requisite", "optional"))
    source_hosts = ChildList(DiskSourceHost, "./source/host")
    auth_username = XMLProperty("./auth/@username")
    auth_secret = Child(DiskSecret, "./auth/secret")
    target_dev = XMLProperty("./target/@dev")
    target_bus = XMLProperty("./target/@bus", Enum(*DISK_BUSES))
    target_tray = XMLProperty("./target/@tray", Enum("open", "closed"))
    target_removable = XMLProperty("./target/@removable", ON_OFF)
    boot_order = XMLProperty("./boot/@order", INT)
    readonly = XMLProperty("./readonly", FLAG)
    shareable = XMLProperty("./shareable", FLAG)
    transient = XMLProperty("./transient", FLAG)
    serial = XMLProperty("./serial")
    wwn = XMLProperty("./wwn")
    vendor = XMLProperty("./vendor")
    product = XMLProperty("./product")

    def source_path(self) -> str | None:
        """Whatever names the local source: file, block device or directory."""
        return self.source_file or self.source_dev or self.source_dir

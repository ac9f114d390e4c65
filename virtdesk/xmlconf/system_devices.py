"""Devices that give the guest platform features: watchdog, RNG, TPM, balloon, panic, IOMMU, vsock,
shared memory, memory modules, filesystems, USB hubs and leases."""

from __future__ import annotations

from .device import Device
from .properties import FLAG, INT, ON_OFF, YES_NO, Enum, SizeProperty, XMLProperty

VIRTIO_MODELS = ("virtio", "virtio-transitional", "virtio-non-transitional")


class Filesystem(Device):
    TAG = "filesystem"
    type = XMLProperty("./@type", Enum("mount", "template", "file", "block", "ram", "bind"))
    accessmode = XMLProperty("./@accessmode", Enum("passthrough", "mapped", "squash"))
    multidevs = XMLProperty("./@multidevs", Enum("default", "remap", "forbid", "warn"))
    driver_type = XMLProperty("./driver/@type", Enum("path", "handle", "loop", "nbd", "ploop", "virtiofs"))
    driver_queue = XMLProperty("./driver/@queue", INT)
    binary_path = XMLProperty("./binary/@path")
    binary_xattr = XMLProperty("./binary/@xattr", ON_OFF)
    binary_cache_mode = XMLProperty("./binary/cache/@mode", Enum("none", "always"))
    binary_sandbox_mode = XMLProperty("./binary/sandbox/@mode", Enum("namespace", "chroot"))
    binary_lock_posix = XMLProperty("./binary/lock/@posix", ON_OFF)
    binary_lock_flock = XMLProperty("./binary/lock/@flock", ON_OFF)
    source_dir = XMLProperty("./source/@dir")
    source_file = XMLProperty("./source/@file")
    source_name = XMLProperty("./source/@name")
    source_socket = XMLProperty("./source/@socket")
    target_dir = XMLProperty("./target/@dir")
    readonly = XMLProperty("./readonly", FLAG)


class Watchdog(Device):
    TAG = "watchdog"
    model = XMLProperty("./@model", Enum("i6300esb", "ib700", "diag288", "itco"))
    action = XMLProperty("./@action", Enum("reset", "shutdown", "poweroff", "pause", "none", "dump", "inject-nmi"))


class Rng(Device):
    TAG = "rng"
    model = XMLProperty("./@model", Enum(*VIRTIO_MODELS))
    backend_model = XMLProperty("./backend/@model", Enum("random", "egd", "builtin"))
    backend = XMLProperty("./backend", doc="The random device path of a 'random' backend")
    backend_type = XMLProperty("./backend/@type", Enum("tcp", "udp"))
    backend_source_mode = XMLProperty("./backend/source/@mode", Enum("bind", "connect"))
    backend_source_host = XMLProperty("./backend/source/@host")
    backend_source_service = XMLProperty("./backend/source/@service")
    backend_protocol = XMLProperty("./backend/protocol/@type", Enum("raw"))
    rate_bytes = XMLProperty("./rate/@bytes", INT)
    rate_period = XMLProperty("./rate/@period", INT)


class Tpm(Device):
    TAG = "tpm"
    model = XMLProperty("./@model", Enum("tpm-tis", "tpm-crb", "tpm-spapr", "spapr-tpm-proxy"))
    backend_type = XMLProperty("./backend/@type", Enum("passthrough", "emulator", "external"))
    backend_version = XMLProperty("./backend/@version", Enum("1.2", "2.0"))
    backend_persistent_state = XMLProperty("./backend/@persistent_state", YES_NO)
    backend_device_path = XMLProperty("./backend/device/@path")


class Memballoon(Device):
    TAG = "memballoon"
    model = XMLProperty("./@model", Enum(*VIRTIO_MODELS, "xen", "none"))
    autodeflate = XMLProperty("./@autodeflate", ON_OFF)
    free_page_reporting = XMLProperty("./@freePageReporting", ON_OFF)
    stats_period = XMLProperty("./stats/@period", INT)


class Panic(Device):
    TAG = "panic"
    model = XMLProperty("./@model", Enum("isa", "pseries", "hyperv", "s390", "pvpanic"))


class Iommu(Device):
    TAG = "iommu"
    model = XMLProperty("./@model", Enum("intel", "smmuv3", "virtio"))
    driver_intremap = XMLProperty("./driver/@intremap", ON_OFF)
    driver_caching_mode = XMLProperty("./driver/@caching_mode", ON_OFF)
    driver_eim = XMLProperty("./driver/@eim", ON_OFF)
    driver_iotlb = XMLProperty("./driver/@iotlb", ON_OFF)
    driver_aw_bits = XMLProperty("./driver/@aw_bits", INT)


class Vsock(Device):
    TAG = "vsock"
    model = XMLProperty("./@model", Enum(*VIRTIO_MODELS))
    cid_auto = XMLProperty("./cid/@auto", YES_NO)
    cid_address = XMLProperty("./cid/@address", INT)


class Shmem(Device):
    TAG = "shmem"
    name = XMLProperty("./@name")
    role = XMLProperty("./@role", Enum("master", "peer"))
    model_type = XMLProperty("./model/@type", Enum("ivshmem", "ivshmem-plain", "ivshmem-doorbell"))
    size = SizeProperty("./size", unit="M", default_unit="B")
    server_path = XMLProperty("./server/@path")
    msi_vectors = XMLProperty("./msi/@vectors", INT)
    msi_ioeventfd = XMLProperty("./msi/@ioeventfd", ON_OFF)


class MemoryDevice(Device):
    """A ``<memory>`` module in ``<devices>``: DIMM, NVDIMM, virtio-pmem, virtio-mem; sizes in KiB."""

    TAG = "memory"
    model = XMLProperty("./@model", Enum("dimm", "nvdimm", "virtio-pmem", "virtio-mem", "sgx-epc"))
    access = XMLProperty("./@access", Enum("shared", "private"))
    discard = XMLProperty("./@discard", YES_NO)
    source_path = XMLProperty("./source/path")
    source_pagesize = SizeProperty("./source/pagesize")
    target_size = SizeProperty("./target/size")
    target_node = XMLProperty("./target/node", INT)
    target_block = SizeProperty("./target/block")
    target_requested = SizeProperty("./target/requested")
    target_label_size = SizeProperty("./target/label/size")


class Hub(Device):
    TAG = "hub"
    type = XMLProperty("./@type", Enum("usb"))


class Lease(Device):
    TAG = "lease"
    lockspace = XMLProperty("./lockspace")
    key = XMLProperty("./key")
    target_path = XMLProperty("./target/@path")
    target_offset = XMLProperty("./target/@offset", INT)

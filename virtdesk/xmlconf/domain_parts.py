"""The parts of a domain outside ``<devices>``: OS and boot, CPU, features, clock, tuning, memory backing."""

from __future__ import annotations

from .element import TextValue, XMLElement
from .properties import FLAG, INT, ON_OFF, YES_NO, Child, ChildList, Enum, SizeProperty, XMLProperty

LIFECYCLE_ACTIONS = ("destroy", "restart", "preserve", "rename-restart")


class FirmwareFeature(XMLElement):
    TAG = "feature"
    name = XMLProperty("./@name")
    enabled = XMLProperty("./@enabled", YES_NO)


class BootDevice(XMLElement):
    TAG = "boot"
    dev = XMLProperty("./@dev", Enum("hd", "cdrom", "fd", "network"))


class Os(XMLElement):
    """``<os>``: guest type, firmware (BIOS or EFI, secure boot), boot order, direct kernel boot, init."""

    TAG = "os"
    firmware = XMLProperty("./@firmware", Enum("bios", "efi"))
    type = XMLProperty("./type", Enum("hvm", "xen", "linux", "xenpvh", "exe"))
    arch = XMLProperty("./type/@arch")
    machine = XMLProperty("./type/@machine")
    firmware_features = ChildList(FirmwareFeature, "./firmware/feature")
    secure_boot = XMLProperty("./firmware/feature[@name='secure-boot']/@enabled", YES_NO)
    enrolled_keys = XMLProperty("./firmware/feature[@name='enrolled-keys']/@enabled", YES_NO)
    loader = XMLProperty("./loader")
    loader_readonly = XMLProperty("./loader/@readonly", YES_NO)
    loader_type = XMLProperty("./loader/@type", Enum("rom", "pflash"))
    loader_secure = XMLProperty("./loader/@secure", YES_NO)
    nvram = XMLProperty("./nvram")
    nvram_template = XMLProperty("./nvram/@template")
    kernel = XMLProperty("./kernel")
    initrd = XMLProperty("./initrd")
    cmdline = XMLProperty("./cmdline")
    dtb = XMLProperty("./dtb")
    init = XMLProperty("./init")
    initargs = ChildList(TextValue, "./initarg")
    initdir = XMLProperty("./initdir")
    boot_devices = ChildList(BootDevice, "./boot")
    bootmenu_enable = XMLProperty("./bootmenu/@enable", YES_NO)
    bootmenu_timeout = XMLProperty("./bootmenu/@timeout", INT)
    smbios_mode = XMLProperty("./smbios/@mode", Enum("emulate", "host", "sysinfo"))
    bios_useserial = XMLProperty("./bios/@useserial", YES_NO)
    bios_reboot_timeout = XMLProperty("./bios/@rebootTimeout", INT)

    def boot_order(self) -> list[str]:
        return [b.dev for b in self.boot_devices if b.dev]

    def set_boot_order(self, devs: list[str]) -> None:
        """Replace the ``<boot dev=...>`` list (per-device boot order is set on the devices instead)."""
        self.boot_devices.clear()
        for dev in devs:
            self.boot_devices.append(BootDevice.new(dev=dev))


class CpuFeature(XMLElement):
    TAG = "feature"
    policy = XMLProperty("./@policy", Enum("force", "require", "optional", "disable", "forbid"))
    name = XMLProperty("./@name")


class NumaCell(XMLElement):
    TAG = "cell"
    id = XMLProperty("./@id", INT)
    cpus = XMLProperty("./@cpus")
    memory = SizeProperty("./@memory")
    mem_access = XMLProperty("./@memAccess", Enum("shared", "private"))
    discard = XMLProperty("./@discard", YES_NO)


class Cpu(XMLElement):
    TAG = "cpu"
    mode = XMLProperty("./@mode", Enum("custom", "host-model", "host-passthrough", "maximum"))
    match = XMLProperty("./@match", Enum("minimum", "exact", "strict"))
    check = XMLProperty("./@check", Enum("none", "partial", "full"))
    migratable = XMLProperty("./@migratable", ON_OFF)
    model = XMLProperty("./model")
    model_fallback = XMLProperty("./model/@fallback", Enum("allow", "forbid"))
    vendor = XMLProperty("./vendor")
    topology_sockets = XMLProperty("./topology/@sockets", INT)
    topology_dies = XMLProperty("./topology/@dies", INT)
    topology_cores = XMLProperty("./topology/@cores", INT)
    topology_threads = XMLProperty("./topology/@threads", INT)
    cache_mode = XMLProperty("./cache/@mode", Enum("emulate", "passthrough", "disable"))
    features = ChildList(CpuFeature, "./feature")
    numa_cells = ChildList(NumaCell, "./numa/cell")


class HyperV(XMLElement):
    """``<features><hyperv>``: each enlightenment's ``state`` as a bool."""

    TAG = "hyperv"
    mode = XMLProperty("./@mode", Enum("custom", "passthrough"))
    relaxed = XMLProperty("./relaxed/@state", ON_OFF)
    vapic = XMLProperty("./vapic/@state", ON_OFF)
    spinlocks = XMLProperty("./spinlocks/@state", ON_OFF)
    spinlocks_retries = XMLProperty("./spinlocks/@retries", INT)
    vpindex = XMLProperty("./vpindex/@state", ON_OFF)
    runtime = XMLProperty("./runtime/@state", ON_OFF)
    synic = XMLProperty("./synic/@state", ON_OFF)
    stimer = XMLProperty("./stimer/@state", ON_OFF)
    reset = XMLProperty("./reset/@state", ON_OFF)
    vendor_id = XMLProperty("./vendor_id/@state", ON_OFF)
    vendor_id_value = XMLProperty("./vendor_id/@value")
    frequencies = XMLProperty("./frequencies/@state", ON_OFF)
    reenlightenment = XMLProperty("./reenlightenment/@state", ON_OFF)
    tlbflush = XMLProperty("./tlbflush/@state", ON_OFF)
    ipi = XMLProperty("./ipi/@state", ON_OFF)
    evmcs = XMLProperty("./evmcs/@state", ON_OFF)


class Features(XMLElement):
    TAG = "features"
    pae = XMLProperty("./pae", FLAG)
    acpi = XMLProperty("./acpi", FLAG)
    apic = XMLProperty("./apic", FLAG)
    hap = XMLProperty("./hap/@state", ON_OFF)
    privnet = XMLProperty("./privnet", FLAG)
    viridian = XMLProperty("./viridian", FLAG)
    hyperv = Child(HyperV, "./hyperv")
    kvm_hidden = XMLProperty("./kvm/hidden/@state", ON_OFF)
    pvspinlock = XMLProperty("./pvspinlock/@state", ON_OFF)
    pmu = XMLProperty("./pmu/@state", ON_OFF)
    vmport = XMLProperty("./vmport/@state", ON_OFF)
    gic_version = XMLProperty("./gic/@version")
    smm = XMLProperty("./smm/@state", ON_OFF)
    ioapic_driver = XMLProperty("./ioapic/@driver", Enum("kvm", "qemu"))
    vmcoreinfo = XMLProperty("./vmcoreinfo/@state", ON_OFF)


class Timer(XMLElement):
    TAG = "timer"
    name = XMLProperty("./@name", Enum("platform", "hpet", "kvmclock", "pit", "rtc", "tsc", "hypervclock", "armvtimer"))
    present = XMLProperty("./@present", YES_NO)
    tickpolicy = XMLProperty("./@tickpolicy", Enum("delay", "catchup", "merge", "discard"))
    track = XMLProperty("./@track", Enum("boot", "guest", "wall", "realtime"))


class Clock(XMLElement):
    TAG = "clock"
    offset = XMLProperty("./@offset", Enum("utc", "localtime", "timezone", "variable", "absolute"))
    timezone = XMLProperty("./@timezone")
    adjustment = XMLProperty("./@adjustment")
    basis = XMLProperty("./@basis", Enum("utc", "localtime"))
    timers = ChildList(Timer, "./timer")


class Pm(XMLElement):
    TAG = "pm"
    suspend_to_mem = XMLProperty("./suspend-to-mem/@enabled", YES_NO)
    suspend_to_disk = XMLProperty("./suspend-to-disk/@enabled", YES_NO)


class SecLabel(XMLElement):
    TAG = "seclabel"
    type = XMLProperty("./@type", Enum("dynamic", "static", "none"))
    model = XMLProperty("./@model")
    relabel = XMLProperty("./@relabel", YES_NO)
    label = XMLProperty("./label")
    imagelabel = XMLProperty("./imagelabel")
    baselabel = XMLProperty("./baselabel")


class HugePage(XMLElement):
    TAG = "page"
    size = SizeProperty("./@size")
    nodeset = XMLProperty("./@nodeset")


class MemoryBacking(XMLElement):
    TAG = "memoryBacking"
    hugepages = XMLProperty("./hugepages", FLAG)
    hugepages_pages = ChildList(HugePage, "./hugepages/page")
    nosharepages = XMLProperty("./nosharepages", FLAG)
    locked = XMLProperty("./locked", FLAG)
    source_type = XMLProperty("./source/@type", Enum("file", "anonymous", "memfd"))
    access_mode = XMLProperty("./access/@mode", Enum("shared", "private"))
    allocation_mode = XMLProperty("./allocation/@mode", Enum("immediate", "ondemand"))
    discard = XMLProperty("./discard", FLAG)


class MemNode(XMLElement):
    TAG = "memnode"
    cellid = XMLProperty("./@cellid", INT)
    mode = XMLProperty("./@mode", Enum("interleave", "strict", "preferred", "restrictive"))
    nodeset = XMLProperty("./@nodeset")


class NumaTune(XMLElement):
    TAG = "numatune"
    memory_mode = XMLProperty("./memory/@mode", Enum("interleave", "strict", "preferred", "restrictive"))
    memory_nodeset = XMLProperty("./memory/@nodeset")
    memory_placement = XMLProperty("./memory/@placement", Enum("static", "auto"))
    memnodes = ChildList(MemNode, "./memnode")


class VcpuPin(XMLElement):
    TAG = "vcpupin"
    vcpu = XMLProperty("./@vcpu", INT)
    cpuset = XMLProperty("./@cpuset")


class IOThreadPin(XMLElement):
    TAG = "iothreadpin"
    iothread = XMLProperty("./@iothread", INT)
    cpuset = XMLProperty("./@cpuset")


class CpuTune(XMLElement):
    TAG = "cputune"
    shares = XMLProperty("./shares", INT)
    period = XMLProperty("./period", INT)
    quota = XMLProperty("./quota", INT)
    emulator_period = XMLProperty("./emulator_period", INT)
    emulator_quota = XMLProperty("./emulator_quota", INT)
    vcpupins = ChildList(VcpuPin, "./vcpupin")
    emulatorpin_cpuset = XMLProperty("./emulatorpin/@cpuset")
    iothreadpins = ChildList(IOThreadPin, "./iothreadpin")


class BlkioDevice(XMLElement):
    TAG = "device"
    path = XMLProperty("./path")
    weight = XMLProperty("./weight", INT)
    read_bytes_sec = XMLProperty("./read_bytes_sec", INT)
    write_bytes_sec = XMLProperty("./write_bytes_sec", INT)
    read_iops_sec = XMLProperty("./read_iops_sec", INT)
    write_iops_sec = XMLProperty("./write_iops_sec", INT)


class BlkioTune(XMLElement):
    TAG = "blkiotune"
    weight = XMLProperty("./weight", INT)
    devices = ChildList(BlkioDevice, "./device")


class Resource(XMLElement):
    TAG = "resource"
    partition = XMLProperty("./partition")


class Vcpu(XMLElement):
    TAG = "vcpu"
    id = XMLProperty("./@id", INT)
    enabled = XMLProperty("./@enabled", YES_NO)
    hotpluggable = XMLProperty("./@hotpluggable", YES_NO)
    order = XMLProperty("./@order", INT)


class IOThread(XMLElement):
    TAG = "iothread"
    id = XMLProperty("./@id", INT)


class Metadata(XMLElement):
    """``<metadata>``: each application's own namespaced element; virtdesk keeps them all untouched."""

    TAG = "metadata"

    def get(self, namespace: str) -> XMLElement | None:
        node = self.node
        if node is None:
            return None
        for child in node:
            if isinstance(child.tag, str) and child.tag.startswith("{" + namespace + "}"):
                return XMLElement(child)
        return None

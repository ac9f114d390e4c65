"""``<domain>``: a virtual machine's whole configuration."""

from __future__ import annotations

from .devices import Devices
from .domain_parts import (
    LIFECYCLE_ACTIONS,
    BlkioTune,
    Clock,
    Cpu,
    CpuTune,
    Features,
    IOThread,
    MemoryBacking,
    Metadata,
    NumaTune,
    Os,
    Pm,
    Resource,
    SecLabel,
    Vcpu,
)
from .element import XMLElement
from .properties import INT, Child, ChildList, Enum, SizeProperty, XMLProperty

DOMAIN_TYPES = (
    "qemu",
    "kvm",
    "xen",
    "lxc",
    "test",
    "vmware",
    "hyperv",
    "vbox",
    "bhyve",
    "vz",
    "openvz",
    "kqemu",
    "phyp",
)


class Domain(XMLElement):
    """A domain. Memory sizes read and write in KiB."""

    TAG = "domain"
    type = XMLProperty("./@type", Enum(*DOMAIN_TYPES))
    id = XMLProperty("./@id", INT)
    name = XMLProperty("./name")
    uuid = XMLProperty("./uuid")
    genid = XMLProperty("./genid")
    title = XMLProperty("./title")
    description = XMLProperty("./description")
    metadata = Child(Metadata, "./metadata")
    max_memory = SizeProperty("./maxMemory")
    max_memory_slots = XMLProperty("./maxMemory/@slots", INT)
    memory = SizeProperty("./memory")
    current_memory = SizeProperty("./currentMemory")
    blkiotune = Child(BlkioTune, "./blkiotune")
    memory_backing = Child(MemoryBacking, "./memoryBacking")
    vcpu = XMLProperty("./vcpu", INT)
    vcpu_placement = XMLProperty("./vcpu/@placement", Enum("static", "auto"))
    vcpu_cpuset = XMLProperty("./vcpu/@cpuset")
    vcpu_current = XMLProperty("./vcpu/@current", INT)
    vcpus = ChildList(Vcpu, "./vcpus/vcpu")
    iothreads = XMLProperty("./iothreads", INT)
    iothread_ids = ChildList(IOThread, "./iothreadids/iothread")
    cputune = Child(CpuTune, "./cputune")
    numatune = Child(NumaTune, "./numatune")
    resource = Child(Resource, "./resource")
    os = Child(Os, "./os")
    features = Child(Features, "./features")
    cpu = Child(Cpu, "./cpu")
    clock = Child(Clock, "./clock")
    on_poweroff = XMLProperty("./on_poweroff", Enum(*LIFECYCLE_ACTIONS))
    on_reboot = XMLProperty("./on_reboot", Enum(*LIFECYCLE_ACTIONS))
    on_crash = XMLProperty("./on_crash", Enum(*LIFECYCLE_ACTIONS, "coredump-destroy", "coredump-restart"))
    on_lockfailure = XMLProperty("./on_lockfailure", Enum("poweroff", "restart", "pause", "ignore"))
    pm = Child(Pm, "./pm")
    devices = Child(Devices, "./devices")
    seclabel = Child(SecLabel, "./seclabel")
    seclabels = ChildList(SecLabel, "./seclabel")

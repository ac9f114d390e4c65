"""``<capabilities>``: the host's CPU and NUMA topology, and the guests (arch, machines, domain types) it runs."""

from __future__ import annotations

from .element import TextValue, XMLElement
from .properties import FLAG, INT, YES_NO, Child, ChildList, SizeProperty, XMLProperty


class HostCpuFeature(XMLElement):
    TAG = "feature"
    name = XMLProperty("./@name")


class HostCpu(XMLElement):
    TAG = "cpu"
    arch = XMLProperty("./arch")
    model = XMLProperty("./model")
    vendor = XMLProperty("./vendor")
    topology_sockets = XMLProperty("./topology/@sockets", INT)
    topology_dies = XMLProperty("./topology/@dies", INT)
    topology_cores = XMLProperty("./topology/@cores", INT)
    topology_threads = XMLProperty("./topology/@threads", INT)
    features = ChildList(HostCpuFeature, "./feature")


class HostCellCpu(XMLElement):
    TAG = "cpu"
    id = XMLProperty("./@id", INT)
    socket_id = XMLProperty("./@socket_id", INT)
    core_id = XMLProperty("./@core_id", INT)
    siblings = XMLProperty("./@siblings")


class HostCell(XMLElement):
    TAG = "cell"
    id = XMLProperty("./@id", INT)
    memory = SizeProperty("./memory")
    cpus = ChildList(HostCellCpu, "./cpus/cpu")


class SecModel(XMLElement):
    TAG = "secmodel"
    model = XMLProperty("./model")
    doi = XMLProperty("./doi")


class GuestDomainType(XMLElement):
    TAG = "domain"
    type = XMLProperty("./@type")
    emulator = XMLProperty("./emulator")


class GuestMachine(TextValue):
    TAG = "machine"
    canonical_name = XMLProperty("./@canonical")
    max_cpus = XMLProperty("./@maxCpus", INT)


class Guest(XMLElement):
    TAG = "guest"
    os_type = XMLProperty("./os_type")
    arch = XMLProperty("./arch/@name")
    wordsize = XMLProperty("./arch/wordsize", INT)
    emulator = XMLProperty("./arch/emulator")
    machines = ChildList(GuestMachine, "./arch/machine")
    domains = ChildList(GuestDomainType, "./arch/domain")

    def machine_names(self) -> list[str]:
        return [m.value for m in self.machines if m.value]


class Capabilities(XMLElement):
    TAG = "capabilities"
    host_uuid = XMLProperty("./host/uuid")
    host_cpu = Child(HostCpu, "./host/cpu")
    host_iommu_support = XMLProperty("./host/iommu/@support", YES_NO)
    host_migration = XMLProperty("./host/migration_features", FLAG)  # the driver can migrate VMs
    host_live_migration = XMLProperty("./host/migration_features/live", FLAG)
    host_cells = ChildList(HostCell, "./host/topology/cells/cell")
    secmodels = ChildList(SecModel, "./host/secmodel")
    guests = ChildList(Guest, "./guest")

    def guests_for(self, arch: str) -> list[Guest]:
        return [g for g in self.guests if g.arch == arch]

"""``<domainCapabilities>``: what one emulator/machine/arch/virt-type offers (firmware, CPU models, devices)."""

from __future__ import annotations

from .element import TextValue, XMLElement
from .properties import INT, YES_NO, Child, ChildList, XMLProperty


class CapsEnum(XMLElement):
    TAG = "enum"
    name = XMLProperty("./@name")
    values = ChildList(TextValue, "./value")


class Supported(XMLElement):
    """An element with ``supported='yes|no'`` and named ``<enum>`` lists of allowed values."""

    supported = XMLProperty("./@supported", YES_NO)
    enums = ChildList(CapsEnum, "./enum")

    def enum(self, name: str) -> list[str]:
        """The values of the ``<enum name=...>`` child, empty when absent."""
        for e in self.enums:
            if e.name == name:
                return [v.value for v in e.values if v.value]
        return []


class DomcapsLoader(Supported):
    TAG = "loader"
    values = ChildList(TextValue, "./value")


class DomcapsOs(Supported):
    TAG = "os"
    loader = Child(DomcapsLoader, "./loader")


class DomcapsCpuModel(TextValue):
    TAG = "model"
    usable = XMLProperty("./@usable")
    vendor = XMLProperty("./@vendor")
    fallback = XMLProperty("./@fallback")


class DomcapsCpuMode(Supported):
    TAG = "mode"
    name = XMLProperty("./@name")
    models = ChildList(DomcapsCpuModel, "./model")
    vendor = XMLProperty("./vendor")


class DomcapsDevices(XMLElement):
    TAG = "devices"
    disk = Child(Supported, "./disk")
    graphics = Child(Supported, "./graphics")
    video = Child(Supported, "./video")
    hostdev = Child(Supported, "./hostdev")
    rng = Child(Supported, "./rng")
    filesystem = Child(Supported, "./filesystem")
    tpm = Child(Supported, "./tpm")
    redirdev = Child(Supported, "./redirdev")
    channel = Child(Supported, "./channel")
    crypto = Child(Supported, "./crypto")


class DomainCapabilities(XMLElement):
    TAG = "domainCapabilities"
    path = XMLProperty("./path")
    domain = XMLProperty("./domain")
    machine = XMLProperty("./machine")
    arch = XMLProperty("./arch")
    vcpu_max = XMLProperty("./vcpu/@max", INT)
    iothreads_supported = XMLProperty("./iothreads/@supported", YES_NO)
    os = Child(DomcapsOs, "./os")
    cpu_modes = ChildList(DomcapsCpuMode, "./cpu/mode")
    memory_backing = Child(Supported, "./memoryBacking")
    devices = Child(DomcapsDevices, "./devices")
    gic_supported = XMLProperty("./features/gic/@supported", YES_NO)
    vmcoreinfo_supported = XMLProperty("./features/vmcoreinfo/@supported", YES_NO)
    genid_supported = XMLProperty("./features/genid/@supported", YES_NO)
    backup_supported = XMLProperty("./features/backup/@supported", YES_NO)
    sev_supported = XMLProperty("./features/sev/@supported", YES_NO)
    sgx_supported = XMLProperty("./features/sgx/@supported", YES_NO)

    def cpu_mode(self, name: str) -> DomcapsCpuMode | None:
        return next((m for m in self.cpu_modes if m.name == name), None)

    def firmware_values(self) -> list[str]:
        return self.os.enum("firmware")

    def supports_secure_boot(self) -> bool:
        return "yes" in self.os.loader.enum("secure")

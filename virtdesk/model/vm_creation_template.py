""""New VM like this one": the answers an existing VM's configuration suggests for a new VM."""

from __future__ import annotations

from dataclasses import dataclass

from virtdesk import xmlconf
from virtdesk.model.vm_creation_plan import Firmware, InstallMethod, os_id_of
from virtdesk.xmlconf.builders import NicSpec


@dataclass(frozen=True)
class VmTemplate:
    """The answers an existing VM suggests for a new one."""

    name: str
    method: InstallMethod
    os_id: str | None
    memory_mib: int
    vcpus: int
    domain_type: str | None
    arch: str | None
    machine: str | None
    firmware: Firmware
    tpm: bool
    nic: NicSpec | None
    pool: str | None
    disk_path: str | None
    graphics: str | None


def template_of(dom: xmlconf.Domain) -> VmTemplate:
    os = dom.os
    firmware = Firmware.BIOS
    if os.firmware == "efi" or (os.loader or "").lower().find("ovmf") >= 0:
        firmware = Firmware.UEFI_SECURE if os.secure_boot or os.loader_secure else Firmware.UEFI
    nic = None
    interfaces = list(dom.devices.interfaces)
    if interfaces:
        first = interfaces[0]
        source = {"network": first.source_network, "bridge": first.source_bridge,
                  "direct": first.source_dev}.get(first.type or "")
        nic = NicSpec(type=first.type or "network", source=source, model=first.model_type)
    disks = [d for d in dom.devices.disks if d.device == "disk"]
    graphics = [g.type for g in dom.devices.graphics]
    machine = os.machine
    return VmTemplate(
        name=dom.name or "", method=InstallMethod.MANUAL, os_id=os_id_of(dom),
        memory_mib=max(64, (dom.memory or 0) // 1024) if dom.memory else 2048, vcpus=dom.vcpu or 1,
        domain_type=dom.type, arch=os.arch, machine=machine, firmware=firmware,
        tpm=bool(len(dom.devices.tpms)), nic=nic, pool=disks[0].source_pool if disks else None,
        disk_path=disks[0].source_path() if disks else None, graphics=graphics[0] if graphics else None)

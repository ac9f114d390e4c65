"""Changes a running VM takes at once, as the LiveChange objects an apply runs on a worker once the configuration
is saved: memory, vCPUs and their pinning, scheduler shares, title and description, autostart, the balloon's
statistics period, device updates (media, NIC link state and bandwidth, display password) and hotplug.

Pages say what to change (data); the libvirt calls are made here. Each takes the description the user sees.
"""

from __future__ import annotations

from functools import partial

import libvirt

from virtdesk import xmlconf
from virtdesk.model.domain_config import LiveChange, PasswordChange

LIVE = libvirt.VIR_DOMAIN_AFFECT_LIVE


def set_memory(description: str, kib: int) -> LiveChange:
    return LiveChange(description, lambda dom: dom.setMemoryFlags(kib, LIVE))


def set_vcpus(description: str, count: int) -> LiveChange:
    return LiveChange(description, lambda dom: dom.setVcpusFlags(count, LIVE))


def cpumap(cpus: set[int], host_cpus: int) -> tuple[bool, ...]:
    """libvirt's CPU map of these host CPUs; no CPUs (not pinned) may run on every host CPU."""
    return tuple(c in cpus or not cpus for c in range(host_cpus))


def pin_vcpu(description: str, vcpu: int, cpus: set[int], host_cpus: int) -> LiveChange:
    cpu_map = cpumap(cpus, host_cpus)
    return LiveChange(description, lambda dom: dom.pinVcpuFlags(vcpu, cpu_map, LIVE))


def pin_emulator(description: str, cpus: set[int], host_cpus: int) -> LiveChange:
    cpu_map = cpumap(cpus, host_cpus)
    return LiveChange(description, lambda dom: dom.pinEmulator(cpu_map, LIVE))


def set_cpu_shares(description: str, shares: int) -> LiveChange:
    return LiveChange(description, lambda dom: dom.setSchedulerParametersFlags({"cpu_shares": shares}, LIVE))


def _set_metadata(kind: int, text: str | None, dom: libvirt.virDomain) -> None:
    dom.setMetadata(kind, text or "", None, None, LIVE)


def set_title(description: str, title: str | None) -> LiveChange:
    return LiveChange(description, partial(_set_metadata, libvirt.VIR_DOMAIN_METADATA_TITLE, title))


def set_description(description: str, text: str | None) -> LiveChange:
    return LiveChange(description, partial(_set_metadata, libvirt.VIR_DOMAIN_METADATA_DESCRIPTION, text))


def set_autostart(description: str, autostart: bool) -> LiveChange:
    """Whether the host starts the VM when it boots (made on a stopped VM too)."""
    return LiveChange(description, lambda dom: dom.setAutostart(int(autostart)), only_when_running=False)


def set_balloon_period(description: str, seconds: int) -> LiveChange:
    """How often the guest's balloon driver reports memory statistics (0: never)."""
    return LiveChange(description, lambda dom: dom.setMemoryStatsPeriod(seconds, LIVE))


def _update_device(xml: str, dom: libvirt.virDomain) -> None:
    dom.updateDeviceFlags(xml, LIVE)


def change_media(description: str, drive: xmlconf.Disk) -> LiveChange:
    """Puts the media of `drive` (the running VM's CD-ROM or floppy with its new source, or none) in the drive."""
    return LiveChange(description, partial(_update_device, drive.to_xml()))


def change_interface(description: str, nic: xmlconf.Interface) -> LiveChange:
    """Gives the running NIC the link state and bandwidth of `nic` (its live XML, edited)."""
    return LiveChange(description, partial(_update_device, nic.to_xml()))


def change_display_password(description: str, index: int, password: str | None,
                            running: xmlconf.Graphics | None) -> PasswordChange:
    """Saves graphics device `index`'s new password (None: no password) with the configuration and, given the
    running VM's copy of the device, sets it there too (else it takes effect after the next shutdown)."""
    run = None
    if running is not None:
        updated = running.copy()
        updated.passwd = password
        run = partial(_update_device, updated.to_xml())
    return PasswordChange(description, run, index=index, password=password)


def attach_device(description: str, device: xmlconf.Device) -> LiveChange:
    xml = device.to_xml()
    return LiveChange(description, lambda dom: dom.attachDeviceFlags(xml, LIVE))


def detach_device(description: str, device: xmlconf.Device) -> LiveChange:
    """Detaches the running VM's copy of a device (`device` as the live XML has it)."""
    xml = device.to_xml()
    return LiveChange(description, lambda dom: dom.detachDeviceFlags(xml, LIVE))

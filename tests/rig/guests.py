"""Domain XML builders for the rig's guests (TCG, no KVM needed) and helpers to start and remove them."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import libvirt

from rig.console import SerialConsole
from rig.initramfs import KERNEL_CMDLINE, READY_LINE, BootFiles

AGENT_CHANNEL = "org.qemu.guest_agent.0"


def unique_name(prefix: str = "rig") -> str:
    """A domain/pool name no other test uses. Keep the prefix short (a few letters) for a guest that starts: the
    session daemon's monitor socket path holds the name (its first 20 characters) after the domain's id, which
    grows with every guest the daemon started, and must stay under 108 bytes."""
    return f"{prefix}-{uuid.uuid4().hex[:6]}"


def tcg_guest_xml(name: str, memory_mib: int = 64, vnc_password: str | None = None) -> str:
    """A minimal TCG guest: no disk (boots to SeaBIOS), VNC with autoport on 127.0.0.1 (with that password)."""
    pw = f" passwd={quoteattr(vnc_password)}" if vnc_password is not None else ""
    return f"""<domain type='qemu'>
  <name>{escape(name)}</name>
  <memory unit='MiB'>{memory_mib}</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64'>hvm</type><boot dev='hd'/></os>
  <features><acpi/></features>
  <devices>
    <graphics type='vnc' autoport='yes' listen='127.0.0.1'{pw}><listen type='address' address='127.0.0.1'/></graphics>
    <video><model type='vga'/></video>
  </devices>
</domain>"""


def linux_guest_xml(name: str, boot: BootFiles, agent_socket: Path, memory_mib: int = 256,
                    virt_type: str = "qemu") -> str:
    """The bootable Linux guest: direct kernel boot, serial console, user-mode NIC and a guest-agent channel.

    ``agent_socket`` is given because libvirt's default channel path under a session daemon's config dir easily
    exceeds the 108-byte limit of UNIX socket paths. ``virt_type`` "kvm" runs it under KVM (a daemon that may open
    /dev/kvm); the default is TCG.
    """
    return f"""<domain type='{virt_type}'>
  <name>{escape(name)}</name>
  <memory unit='MiB'>{memory_mib}</memory>
  <vcpu>1</vcpu>
  <os>
    <type arch='x86_64'>hvm</type>
    <kernel>{boot.kernel}</kernel>
    <initrd>{boot.initrd}</initrd>
    <cmdline>{KERNEL_CMDLINE}</cmdline>
  </os>
  <features><acpi/></features>
  <on_poweroff>destroy</on_poweroff>
  <devices>
    <serial type='pty'><target port='0'/></serial>
    <console type='pty'><target type='serial' port='0'/></console>
    <interface type='user'><model type='virtio'/></interface>
    <channel type='unix'>
      <source mode='bind' path='{escape(str(agent_socket))}'/>
      <target type='virtio' name='{AGENT_CHANNEL}'/>
    </channel>
  </devices>
</domain>"""


def define_and_start(conn: libvirt.virConnect, xml: str) -> libvirt.virDomain:
    domain = conn.defineXML(xml)
    domain.create()
    return domain


def remove(domain: libvirt.virDomain) -> None:
    """Stops (if running) and undefines the domain with its managed save, snapshot and NVRAM metadata."""
    try:
        if domain.isActive():
            domain.destroy()
        domain.undefineFlags(
            libvirt.VIR_DOMAIN_UNDEFINE_MANAGED_SAVE | libvirt.VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA
            | libvirt.VIR_DOMAIN_UNDEFINE_NVRAM | libvirt.VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA
        )
    except libvirt.libvirtError as error:
        if error.get_error_code() == libvirt.VIR_ERR_INVALID_ARG:  # a driver without those flags (LXC)
            domain.undefine()
        elif error.get_error_code() != libvirt.VIR_ERR_NO_DOMAIN:
            raise


@contextlib.contextmanager
def running_linux_guest(conn: libvirt.virConnect, name: str, boot: BootFiles, runtime_dir: Path,
                        devices: str = "") -> Iterator[tuple[libvirt.virDomain, SerialConsole]]:
    """The Linux guest (with more devices, XML), booted up to its ready line with its serial console opened
    before it runs; stopped and removed after."""
    xml = linux_guest_xml(name, boot, runtime_dir / f"{name}.agent").replace("<devices>", "<devices>" + devices, 1)
    domain = conn.defineXML(xml)
    domain.createWithFlags(libvirt.VIR_DOMAIN_START_PAUSED)
    console = SerialConsole(domain)
    try:
        domain.resume()
        console.wait_for(READY_LINE, timeout=90)
        yield domain, console
    finally:
        console.close()
        with contextlib.suppress(libvirt.libvirtError):
            remove(domain)

"""Builders of complete, valid XML for new domains, disks, NICs, networks, pools and volumes.

They take plain values; what the host and the guest OS support (virtio drivers, q35, UEFI) is decided by
the caller from capabilities and osinfo and passed in as booleans.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Collection
from dataclasses import dataclass, field

from .audio import Input, Sound
from .chardev import GUEST_AGENT_NAME, SPICE_AGENT_NAME, Channel, Console, Serial
from .disk import Disk
from .display import Graphics, Video
from .domain import Domain
from .errors import XMLConfError
from .hostdev import Redirdev
from .interface import Interface
from .network import Network
from .storage import StoragePool, StorageVolume
from .system_devices import Memballoon, Rng

TARGET_PREFIX = {"virtio": "vd", "sata": "sd", "scsi": "sd", "usb": "sd", "ide": "hd", "fdc": "fd", "xen": "xvd"}


@dataclass
class DiskSpec:
    """A disk to attach: a file or block device path, or a pool volume (``pool`` + ``path`` as its name)."""

    path: str | None
    device: str = "disk"
    format: str | None = None
    bus: str | None = None
    target_dev: str | None = None
    pool: str | None = None
    readonly: bool = False
    cache: str | None = None
    boot_order: int | None = None


@dataclass
class NicSpec:
    """A NIC: ``type`` network (source = network name), bridge (bridge name), direct (host device), user."""

    type: str = "network"
    source: str | None = "default"
    mac: str | None = None
    model: str | None = None
    source_mode: str = "bridge"
    openvswitch: bool = False


@dataclass
class DomainSpec:
    """What a new VM should be. ``virtio``: the guest OS has virtio drivers; ``q35``/``uefi``: the host offers
    them (and for UEFI, the OS boots with it). ``firmware`` overrides the choice ('bios' or 'efi')."""

    name: str
    memory_mib: int = 2048
    vcpus: int = 2
    arch: str = "x86_64"
    domain_type: str = "kvm"
    virtio: bool = True
    q35: bool = True
    uefi: bool = False
    secure_boot: bool = False
    firmware: str | None = None
    machine: str | None = None
    disks: list[DiskSpec] = field(default_factory=list)
    cdrom: str | None = None
    nics: list[NicSpec] = field(default_factory=lambda: [NicSpec()])
    graphics: str | None = "spice"
    title: str | None = None
    description: str | None = None
    emulator: str | None = None


def _guess_format(path: str | None, device: str) -> str:
    if device != "disk" or path is None:
        return "raw"
    return "qcow2" if path.endswith(".qcow2") else "raw"


def free_target(prefix: str, used: Collection[str]) -> str:
    for i in range(26 * 27):
        suffix = chr(97 + i % 26) if i < 26 else chr(96 + i // 26) + chr(97 + i % 26)
        if prefix + suffix not in used:
            return prefix + suffix
    raise XMLConfError(f"No free device name left for {prefix}")


def default_disk_bus(device: str, virtio: bool = True, q35: bool = True) -> str:
    if device == "floppy":
        return "fdc"
    if device == "disk" and virtio:
        return "virtio"
    return "sata" if q35 else "ide"


def build_disk(spec: DiskSpec, used_targets: Collection[str] = (), virtio: bool = True, q35: bool = True) -> Disk:
    """A ``<disk>`` for ``spec``; bus and target name are chosen when not given, avoiding ``used_targets``."""
    bus = spec.bus or default_disk_bus(spec.device, virtio, q35)
    if spec.pool:
        disk = Disk.new(type="volume", device=spec.device)
    elif spec.path and spec.path.startswith("/dev/"):
        disk = Disk.new(type="block", device=spec.device)
    else:
        disk = Disk.new(type="file", device=spec.device)
    disk.driver_name = "qemu"
    disk.driver_type = spec.format or _guess_format(spec.path, spec.device)
    if spec.cache:
        disk.driver_cache = spec.cache
    if spec.pool:
        disk.source_pool = spec.pool
        disk.source_volume = spec.path
    elif disk.type == "block":
        disk.source_dev = spec.path
    elif spec.path:
        disk.source_file = spec.path
    disk.target_dev = spec.target_dev or free_target(TARGET_PREFIX.get(bus, "sd"), used_targets)
    disk.target_bus = bus
    if spec.boot_order is not None:
        disk.boot_order = spec.boot_order
    if spec.readonly or spec.device == "cdrom":
        disk.readonly = True
    return disk


def build_interface(spec: NicSpec, virtio: bool = True, q35: bool = True) -> Interface:
    """An ``<interface>`` for ``spec`` with a virtio model where the guest supports it."""
    nic = Interface.new(type=spec.type)
    if spec.mac:
        nic.mac_address = spec.mac
    if spec.type == "network":
        nic.source_network = spec.source or "default"
    elif spec.type == "bridge":
        if not spec.source:
            raise XMLConfError("A bridged NIC needs the name of the host bridge")
        nic.source_bridge = spec.source
        if spec.openvswitch:
            nic.virtualport_type = "openvswitch"
    elif spec.type == "direct":
        if not spec.source:
            raise XMLConfError("A macvtap NIC needs the name of the host device")
        nic.source_dev = spec.source
        nic.source_mode = spec.source_mode
    nic.model_type = spec.model or ("virtio" if virtio else "e1000e" if q35 else "e1000")
    return nic


def build_domain(spec: DomainSpec) -> Domain:
    """A complete domain for a new VM, with virt-manager-like defaults adapted to what is supported."""
    if spec.memory_mib <= 0 or spec.vcpus <= 0:
        raise XMLConfError("Memory and virtual CPUs must be more than zero")
    x86 = spec.arch in ("x86_64", "i686")
    firmware = spec.firmware or ("efi" if spec.uefi or spec.secure_boot else "bios")
    machine = spec.machine or ("q35" if spec.q35 and x86 else "pc" if x86 else None)
    q35 = machine is not None and "q35" in machine
    dom = Domain.new(type=spec.domain_type, name=spec.name)
    if spec.title:
        dom.title = spec.title
    if spec.description:
        dom.description = spec.description
    dom.memory = spec.memory_mib * 1024
    dom.current_memory = spec.memory_mib * 1024
    dom.vcpu = spec.vcpus
    dom.vcpu_placement = "static"

    os = dom.os
    if firmware == "efi":
        os.firmware = "efi"
    os.type = "hvm"
    os.arch = spec.arch
    if machine:
        os.machine = machine
    if firmware == "efi" and spec.secure_boot:
        os.firmware_features.add(name="enrolled-keys", enabled=True)
        os.firmware_features.add(name="secure-boot", enabled=True)
        os.loader_secure = True
    os.set_boot_order(["cdrom", "hd"] if spec.cdrom else ["hd"] if spec.disks else ["network"])

    if x86:
        dom.features.acpi = True
        dom.features.apic = True
        if q35 and spec.domain_type == "kvm":
            dom.features.vmport = False
        if spec.secure_boot:
            dom.features.smm = True
    if spec.domain_type == "kvm":
        dom.cpu.mode = "host-passthrough"
        dom.cpu.check = "none"
        dom.cpu.migratable = True
    dom.clock.offset = "utc"
    if x86:
        dom.clock.timers.add(name="rtc", tickpolicy="catchup")
        dom.clock.timers.add(name="pit", tickpolicy="delay")
        dom.clock.timers.add(name="hpet", present=False)
    dom.on_poweroff = "destroy"
    dom.on_reboot = "restart"
    dom.on_crash = "destroy"
    if x86:
        dom.pm.suspend_to_mem = False
        dom.pm.suspend_to_disk = False

    devices = dom.devices
    if spec.emulator:
        devices.emulator = spec.emulator
    used: list[str] = []
    disk_specs = list(spec.disks)
    if spec.cdrom:
        disk_specs.append(DiskSpec(spec.cdrom, device="cdrom"))
    for disk_spec in disk_specs:
        disk = build_disk(disk_spec, used, spec.virtio, q35)
        used.append(disk.target_dev or "")
        devices.disks.append(disk)
    if any(d.target_bus == "scsi" for d in devices.disks):
        devices.controllers.add(type="scsi", index=0, model="virtio-scsi")
    if x86:
        devices.controllers.add(type="usb", index=0, model="qemu-xhci", ports=15)
    for nic_spec in spec.nics:
        devices.interfaces.append(build_interface(nic_spec, spec.virtio, q35))
    devices.consoles.append(Console.new(type="pty"))
    if x86 and not any(d.type == "pty" for d in devices.serials):
        devices.serials.append(Serial.new(type="pty", target_type="isa-serial", target_port=0))
        devices.consoles[0].target_type = "serial"
        devices.consoles[0].target_port = 0
    if spec.virtio:
        devices.channels.append(Channel.new(type="unix", target_type="virtio", target_name=GUEST_AGENT_NAME))
    if spec.graphics == "spice":
        devices.channels.append(Channel.new(type="spicevmc", target_type="virtio", target_name=SPICE_AGENT_NAME))
    if x86:
        devices.inputs.append(Input.new(type="tablet", bus="usb"))
    if spec.graphics:
        graphics = Graphics.new(type=spec.graphics, autoport=True)
        graphics.listen_type = "address"
        if spec.graphics == "spice":
            graphics.image_compression = "off"
        devices.graphics.append(graphics)
        if x86:
            devices.sounds.append(Sound.new(model="ich9" if q35 else "ich6"))
        video = "virtio" if spec.virtio else "qxl" if spec.graphics == "spice" else "vga"
        devices.videos.append(Video.new(model_type=video))
        if spec.graphics == "spice":
            for _ in range(2):
                devices.redirdevs.append(Redirdev.new(bus="usb", type="spicevmc"))
    if spec.virtio:
        devices.memballoons.append(Memballoon.new(model="virtio"))
        devices.rngs.append(Rng.new(model="virtio", backend_model="random", backend="/dev/urandom"))
    else:
        devices.memballoons.append(Memballoon.new(model="none"))
    return dom


def build_network(
    name: str,
    forward_mode: str | None = "nat",
    *,
    ipv4: str | None = "192.168.100.1/24",
    dhcp: bool = True,
    bridge: str | None = None,
    forward_dev: str | None = None,
    domain_name: str | None = None,
    mtu: int | None = None,
) -> Network:
    """A virtual network: NAT/routed/open/isolated (``forward_mode`` None) with an IPv4 subnet and DHCP,
    a host bridge (``bridge`` mode), or macvtap/passthrough over ``forward_dev``."""
    net = Network.new(name=name)
    if forward_mode:
        net.forward_mode = forward_mode
    if forward_dev:
        if forward_mode in ("nat", "route"):
            net.forward_dev = forward_dev
        else:
            net.forward_interfaces.add(dev=forward_dev)
    if forward_mode == "bridge":
        if not bridge:
            raise XMLConfError("A bridge network needs the name of the host bridge")
        net.bridge_name = bridge
        return net
    if forward_mode in ("private", "vepa", "passthrough", "hostdev"):
        if not forward_dev:
            raise XMLConfError(f"A {forward_mode} network needs a host device")
        return net
    if bridge:
        net.bridge_name = bridge
        net.bridge_stp = "on"
        net.bridge_delay = 0
    if mtu:
        net.mtu_size = mtu
    if domain_name:
        net.domain_name = domain_name
    if ipv4:
        interface = ipaddress.IPv4Interface(ipv4)
        ip = net.ips.add(address=str(interface.ip), prefix=interface.network.prefixlen)
        if dhcp:
            hosts = [h for h in interface.network.hosts() if h != interface.ip]
            if len(hosts) < 2:
                raise XMLConfError(f"The subnet {interface.network} is too small for DHCP")
            start = hosts[len(hosts) // 2] if len(hosts) > 8 else hosts[0]
            ip.dhcp_ranges.add(start=str(start), end=str(hosts[-1]))
    return net


def build_pool(
    name: str,
    pool_type: str = "dir",
    target_path: str | None = None,
    *,
    source_host: str | None = None,
    source_dir: str | None = None,
    source_device: str | None = None,
    source_name: str | None = None,
    source_format: str | None = None,
) -> StoragePool:
    """A storage pool of ``pool_type`` with the source parts that type uses."""
    pool = StoragePool.new(type=pool_type, name=name)
    needs_target = pool_type not in ("rbd", "sheepdog", "gluster", "iscsi-direct", "zfs", "vstorage")
    if pool_type != "dir" or source_host or source_dir or source_device or source_name or source_format:
        source = pool.source
        if source_host:
            source.hosts.add(name=source_host)
        if source_device:
            source.devices.add(path=source_device)
        if source_dir:
            source.dir_path = source_dir
        if source_name:
            source.name = source_name
        if source_format:
            source.format_type = source_format
        if not source.exists():
            source.ensure_node()
    if needs_target:
        if not target_path:
            raise XMLConfError(f"A {pool_type} pool needs a target path")
        pool.target_path = target_path
    return pool


def build_volume(
    name: str,
    capacity_bytes: int,
    fmt: str = "qcow2",
    *,
    allocation_bytes: int = 0,
    backing_path: str | None = None,
    backing_format: str | None = None,
) -> StorageVolume:
    """A volume of ``capacity_bytes`` (sparse unless ``allocation_bytes``), optionally over a backing file."""
    vol = StorageVolume.new(name=name, capacity=capacity_bytes, allocation=allocation_bytes)
    vol.target_format = fmt
    if backing_path:
        vol.backing_store_path = backing_path
        vol.backing_store_format = backing_format or "qcow2"
    return vol

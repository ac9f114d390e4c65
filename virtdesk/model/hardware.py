"""Adding and removing a VM's devices: the persistent config always, the running VM too where it can hotplug.

Both go through `DomainConfig.apply`: the edited persistent XML is defined, then the device is attached to or
detached from the running VM (`VIR_DOMAIN_AFFECT_LIVE`). When the live part fails the persistent change stays
and the result's `live_failed` says so ("takes effect after the next shutdown"). The host validates the device
as part of that define: libvirt's attach and update calls have no validating flag and drop what they do not know.
Also here: what the add-hardware forms need to know about a VM (virtio, q35, used names), host choices fetched on
a worker (node devices, networks, pools), disk image creation and deletion.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import libvirt
from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.model import domain_live
from virtdesk.model.catalogue import HostCatalogue, Kind
from virtdesk.model.domain_config import DomainConfig
from virtdesk.model.worker import Task

LIST_NAMES = {tag: name for name, decl in xmlconf.Devices.declarations().items()
              if isinstance(decl, xmlconf.properties.ChildList)
              for tag in [decl.path.steps[-1].tag]}
MAC_PATTERN = re.compile(r"^([0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}$")
BUS_NAMES = {"virtio": "VirtIO", "sata": "SATA", "scsi": "SCSI", "ide": "IDE", "usb": "USB", "fdc": "Floppy",
             "xen": "Xen", "sd": "SD"}


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


class ImageInUse(Exception):
    """A disk image that another VM (or this one, still running with it) uses: it is not deleted."""


# -- what a VM already has ------------------------------------------------------------------------------
def uses_virtio(config: xmlconf.Domain) -> bool:
    """Whether the VM already has virtio devices (so its OS has the drivers)."""
    devices = config.devices
    return (any(d.target_bus == "virtio" for d in devices.disks)
            or any((n.model_type or "").startswith("virtio") for n in devices.interfaces)
            or any((v.model_type or "") == "virtio" for v in devices.videos)
            or any((c.type == "scsi" and (c.model or "").startswith("virtio")) for c in devices.controllers))


def is_q35(config: xmlconf.Domain) -> bool:
    return "q35" in (config.os.machine or "")


def disk_targets(config: xmlconf.Domain) -> list[str]:
    return [d.target_dev for d in config.devices.disks if d.target_dev]


def mac_addresses(config: xmlconf.Domain) -> list[str]:
    return [n.mac_address.lower() for n in config.devices.interfaces if n.mac_address]


def random_mac(used: list[str]) -> str:
    """A locally administered MAC in QEMU's 52:54:00 range that is not in ``used``."""
    while True:
        mac = "52:54:00:" + ":".join(f"{random.randint(0, 255):02x}" for _ in range(3))
        if mac not in used:
            return mac


def mac_problem(mac: str, used: list[str]) -> str:
    """Why ``mac`` cannot be used ('' when it can)."""
    if not MAC_PATTERN.match(mac):
        return _tr("“{mac}” is not a MAC address (six pairs of hex digits separated by colons).").format(mac=mac)
    if int(mac[:2], 16) & 1:
        return _tr("“{mac}” is a multicast address; a NIC needs a unicast one.").format(mac=mac)
    if mac.lower() in used:
        return _tr("Another NIC of this VM already has the MAC address {mac}.").format(mac=mac)
    return ""


def has_shared_memory(config: xmlconf.Domain) -> bool:
    """Whether the guest's memory can be shared with a host process (what virtiofsd needs)."""
    cells = list(config.cpu.numa_cells)
    if cells and all(cell.mem_access == "shared" for cell in cells):
        return True
    return config.memory_backing.access_mode == "shared"


def enable_shared_memory(config: xmlconf.Domain) -> None:
    """What virtiofs needs: guest memory shared with the host (memfd-backed)."""
    config.memory_backing.source_type = "memfd"
    config.memory_backing.access_mode = "shared"


# -- naming and removability ----------------------------------------------------------------------------
def list_position(config: xmlconf.Domain, device: xmlconf.Device) -> tuple[str, int]:
    """The ``Devices`` list holding ``device`` (or an identical copy of it) and its index there."""
    list_name = LIST_NAMES[device.tag or ""]
    wanted = device.to_xml()
    for index, other in enumerate(getattr(config.devices, list_name)):
        if other == device or other.to_xml() == wanted:
            return list_name, index
    raise LookupError(_tr("{device} is no longer in the configuration of this VM.").format(
        device=describe_device(device)))


def describe_device(device: xmlconf.Device) -> str:
    """The device in a user's words: 'VirtIO Disk vda (/var/lib/images/x.qcow2)', 'NIC 52:54:00:12:34:56'."""
    if isinstance(device, xmlconf.Disk):
        kind = {"cdrom": _tr("CD-ROM"), "floppy": _tr("Floppy"), "lun": _tr("LUN")}.get(device.device or "",
                                                                                          _tr("Disk"))
        bus = BUS_NAMES.get(device.target_bus or "", "")
        source = device.source_path() or (f"{device.source_pool}/{device.source_volume}"
                                          if device.source_volume else device.source_name)
        text = " ".join(p for p in (bus, kind, device.target_dev) if p)
        return f"{text} ({source})" if source else text
    if isinstance(device, xmlconf.Interface):
        return _tr("NIC {mac}").format(mac=device.mac_address or device.type or "")
    if isinstance(device, xmlconf.Hostdev):
        source = device.source_address
        where = (f"{source.pci_text()}" if device.type == "pci" and source.exists()
                 else f"{device.source_vendor_id or 0:04x}:{device.source_product_id or 0:04x}"
                 if device.source_vendor_id is not None else "")
        return _tr("Host {type} device {where}").format(type=(device.type or "").upper(), where=where).strip()
    detail = {
        "input": lambda d: f"{d.type} ({d.bus})" if d.bus else d.type,
        "controller": lambda d: f"{d.type} {d.index if d.index is not None else ''}".strip(),
        "channel": lambda d: d.target_name or d.type,
        "graphics": lambda d: (d.type or "").upper(),
        "video": lambda d: d.model_type,
        "filesystem": lambda d: d.target_dir,
        "tpm": lambda d: d.model,
        "watchdog": lambda d: d.model,
        "sound": lambda d: d.model,
        "rng": lambda d: d.backend,
    }.get(device.tag or "")
    name = {"input": _tr("Input"), "controller": _tr("Controller"), "channel": _tr("Channel"),
            "graphics": _tr("Display"), "video": _tr("Video"), "filesystem": _tr("Filesystem"), "tpm": _tr("TPM"),
            "watchdog": _tr("Watchdog"), "sound": _tr("Sound"), "rng": _tr("RNG"), "serial": _tr("Serial"),
            "parallel": _tr("Parallel"), "console": _tr("Console"), "smartcard": _tr("Smartcard"),
            "redirdev": _tr("USB redirector"), "panic": _tr("Panic notifier"), "vsock": _tr("VSOCK"),
            "memballoon": _tr("Memory balloon")}.get(device.tag or "", device.tag or "")
    extra = detail(device) if detail else None
    return f"{name} {extra}" if extra else name


def removal_problem(config: xmlconf.Domain, device: xmlconf.Device) -> str:
    """Why the device cannot be removed ('' when it can): libvirt would add it back or the VM needs it."""
    if isinstance(device, xmlconf.Input) and device.bus == "ps2":
        return _tr("The PS/2 mouse and keyboard are part of the machine.")
    if isinstance(device, xmlconf.Controller):
        implicit = (device.type == "pci" and (device.model or "").endswith("-root")) or (
            device.index in (0, None) and device.type == ("sata" if is_q35(config) else "ide"))
        if implicit:
            return _tr("This controller is built into the machine.")
    if isinstance(device, xmlconf.Video) and len(config.devices.videos) == 1 and len(config.devices.graphics):
        return _tr("The display needs a video device; add another one first.")
    if isinstance(device, xmlconf.Memballoon):
        return _tr("libvirt always adds a balloon; set its model to “none” on its page instead.")
    return ""


def live_counterpart(live: xmlconf.Domain, device: xmlconf.Device, index: int) -> xmlconf.Device | None:
    """The running VM's copy of a persistent device: found by target name, MAC or position."""
    list_name = LIST_NAMES[device.tag or ""]
    candidates = list(getattr(live.devices, list_name))
    if isinstance(device, xmlconf.Disk):
        return next((d for d in candidates if d.target_dev == device.target_dev), None)
    if isinstance(device, xmlconf.Interface) and device.mac_address:
        mac = device.mac_address.lower()
        return next((d for d in candidates if (d.mac_address or "").lower() == mac), None)
    return candidates[index] if index < len(candidates) else None


# -- adding and removing --------------------------------------------------------------------------------
def with_device(config: DomainConfig, device: xmlconf.Device,
                adjust: Callable[[xmlconf.Domain], None] | None = None) -> xmlconf.Domain:
    """A working copy of the persistent config with ``device`` added and ``adjust``'s other edits made."""
    edited = config.edit()
    if adjust is not None:
        adjust(edited)
    edited.devices.add(device.copy())
    return edited


def add_device(config: DomainConfig, device: xmlconf.Device,
               adjust: Callable[[xmlconf.Domain], None] | None = None) -> Task:
    """Adds ``device`` to the persistent config (with ``adjust``'s other edits) and hotplugs it on a running
    VM. The Task's result is the ApplyResult."""
    edited = with_device(config, device, adjust)
    change = domain_live.attach_device(_tr("Attach {device}").format(device=describe_device(device)), device)
    return config.apply(edited, [change])


def remove_device(config: DomainConfig, device: xmlconf.Device) -> Task:
    """Removes ``device`` (a device of ``config.persistent``, or a copy of one) from the persistent config and
    detaches its running copy. The Task's result is the ApplyResult. LookupError: no such device."""
    assert config.persistent is not None
    list_name, index = list_position(config.persistent, device)
    edited = config.edit()
    getattr(edited.devices, list_name)[index].remove()
    changes = []
    live = live_counterpart(config.live, device, index) if config.live is not None else None
    if live is not None:
        changes.append(domain_live.detach_device(_tr("Detach {device}").format(device=describe_device(device)),
                                                 live))
    return config.apply(edited, changes)


# -- disk images ----------------------------------------------------------------------------------------
def create_volume(conn: libvirt.virConnect, pool_name: str, volume: xmlconf.StorageVolume) -> str:
    """Creates the volume in the pool (worker side); returns its path."""
    pool = conn.storagePoolLookupByName(pool_name)
    return pool.createXML(volume.to_xml(), 0).path()


def delete_volume(conn: libvirt.virConnect, path: str) -> None:
    """Deletes the volume at ``path`` (worker side), unless a VM still uses it (ImageInUse names it)."""
    users = image_users(conn, path)
    if users:
        raise ImageInUse(_tr("The disk image {path} is used by {vms}; it was not deleted.").format(
            path=path, vms=", ".join(users)))
    conn.storageVolLookupByPath(path).delete(0)


def disk_image_path(conn: libvirt.virConnect, disk: xmlconf.Disk) -> str | None:
    """The file behind a file or volume disk (worker side: a volume is looked up in its pool)."""
    if disk.type == "file":
        return disk.source_file
    if disk.type == "volume" and disk.source_pool and disk.source_volume:
        try:
            return conn.storagePoolLookupByName(disk.source_pool).storageVolLookupByName(disk.source_volume).path()
        except libvirt.libvirtError:
            return None
    return None


def image_users(conn: libvirt.virConnect, path: str, ignore: str | None = None) -> list[str]:
    """The VMs (but the one with UUID ``ignore``) whose saved or running configuration has a disk on ``path``
    (worker side)."""
    users = []
    for dom in conn.listAllDomains():
        if dom.UUIDString() == ignore:
            continue
        texts = [dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE)]
        if dom.isActive():
            texts.append(dom.XMLDesc(0))
        for text in texts:
            config = xmlconf.load(text)
            assert isinstance(config, xmlconf.Domain)
            if any(d.source_path() == path or (d.type == "volume" and disk_image_path(conn, d) == path)
                   for d in config.devices.disks):
                users.append(dom.name())
                break
    return users


# -- host choices -----------------------------------------------------------------------------------------
@dataclass
class HostChoices:
    """What the add-hardware forms offer from the host: networks, pools, node devices."""

    networks: list[str] = field(default_factory=list)
    pools: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # pool: [(volume, path)]
    usb_devices: list[xmlconf.NodeDevice] = field(default_factory=list)
    pci_devices: list[xmlconf.NodeDevice] = field(default_factory=list)
    net_devices: list[str] = field(default_factory=list)


def host_choices(catalogue: HostCatalogue) -> HostChoices:
    """What the add-hardware forms offer, from the connection's catalogue (see HostCatalogue.ready): networks,
    active pools with their volumes, and the host's USB, PCI and network devices where the host lists them."""
    choices = HostChoices(networks=sorted(n.name for n in catalogue.networks.values()))
    for pool in sorted((p for p in catalogue.pools.values() if p.active), key=lambda p: p.name):
        choices.pools[pool.name] = [(v.name, v.path) for v in catalogue.volumes(pool.name) or []]
    devices = catalogue.objects(Kind.NODE_DEVICES) or []
    of_type = {kind: [d for d in devices if d.capability is not None and d.capability.type == kind]
               for kind in ("usb_device", "pci", "net")}
    choices.usb_devices, choices.pci_devices = of_type["usb_device"], of_type["pci"]
    choices.net_devices = sorted(d.capability.interface or "" for d in of_type["net"])
    return choices

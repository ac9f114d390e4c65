"""What the New VM wizard's answers make: the domain XML to define (with the OS's defaults), the XML it keeps
after the install's first boot, and the volumes to create. Plain values in, xmlconf objects out; the checks of
each answer (name, sizes, URLs) with the reason a user reads."""

from __future__ import annotations

import enum
import shlex
from dataclasses import dataclass, field
from urllib.parse import urljoin

from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.model.cloud_seed import CloudInit
from virtdesk.osinfo import GENERIC_SHORT_ID, OsEntry
from virtdesk.xmlconf.builders import DiskSpec, DomainSpec, NicSpec, build_domain, build_interface, build_volume

LIBOSINFO_NS = "http://libosinfo.org/xmlns/libvirt/domain/1.0"
# osinfo-db says nothing about TPMs; these OSes refuse to install without TPM 2.0.
TPM_OSES = ("win11", "win2k25")


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


class InstallMethod(enum.Enum):
    LOCAL_MEDIA = "media"
    NETWORK = "network"
    PXE = "pxe"
    IMPORT = "import"
    MANUAL = "manual"
    CLOUD = "cloud"
    CONTAINER = "container"


class Firmware(enum.Enum):
    BIOS = "bios"
    UEFI = "efi"
    UEFI_SECURE = "efi-secure"


@dataclass(frozen=True)
class DiskSource:
    """An existing disk or ISO on the host: a path, or a volume of a pool."""

    path: str | None = None
    pool: str | None = None
    volume: str | None = None

    def is_empty(self) -> bool:
        return not (self.path or self.volume)

    def disk_spec(self, device: str, fmt: str | None = None) -> DiskSpec:
        if self.volume:
            return DiskSpec(self.volume, device=device, pool=self.pool, format=fmt)
        return DiskSpec(self.path, device=device, format=fmt)


@dataclass(frozen=True)
class NewDisk:
    """A disk image the wizard creates in a pool."""

    pool: str
    name: str
    capacity_bytes: int
    format: str = "qcow2"


@dataclass(frozen=True)
class CloudImage:
    """A ready-made cloud image the VM's disk is layered over (a new qcow2 image backed by it, in `pool`)."""

    path: str
    format: str
    pool: str
    capacity_bytes: int


@dataclass(frozen=True)
class Platform:
    """Where the VM runs: virt type, architecture and machine from the host's capabilities, and what its
    domain capabilities offer (None where the host cannot tell)."""

    domain_type: str = "kvm"
    arch: str = "x86_64"
    machine: str | None = None
    emulator: str | None = None
    os_type: str = "hvm"
    uefi: bool | None = None
    secure_boot: bool | None = None
    tpm: bool | None = None

    @property
    def q35(self) -> bool:
        return self.arch in ("x86_64", "i686") and (self.machine is None or "q35" in self.machine)


@dataclass(frozen=True)
class OsDefaults:
    """What the chosen OS recommends."""

    memory_mib: int = 2048
    vcpus: int = 2
    disk_gib: float = 20.0
    virtio: bool = True
    firmware: Firmware = Firmware.BIOS
    tpm: bool = False


def os_defaults(entry: OsEntry | None, platform: Platform) -> OsDefaults:
    """The recommended memory, vCPUs and disk size, virtio drivers, firmware and TPM for entry on platform."""
    if entry is None:
        return OsDefaults()
    arch = platform.arch
    recommended, minimum = entry.recommended(arch), entry.minimum(arch)
    generic = entry.short_id == GENERIC_SHORT_ID
    memory = recommended.ram_mib or minimum.ram_mib or OsDefaults.memory_mib
    vcpus = recommended.vcpus or minimum.vcpus or OsDefaults.vcpus
    disk = recommended.storage_gib or minimum.storage_gib or OsDefaults.disk_gib
    firmware = Firmware.BIOS
    if entry.supports_efi(arch) and not entry.supports_bios(arch) and platform.uefi is not False:
        needs_tpm = os_needs_tpm(entry)
        firmware = Firmware.UEFI_SECURE if (needs_tpm or entry.supports_secure_boot(arch)) and \
            platform.secure_boot is not False else Firmware.UEFI
    return OsDefaults(memory_mib=memory, vcpus=vcpus, disk_gib=disk,
                      virtio=generic or entry.supports_virtio_blk or entry.supports_virtio_net,
                      firmware=firmware, tpm=os_needs_tpm(entry) and platform.tpm is not False)


def os_needs_tpm(entry: OsEntry) -> bool:
    return any(e.short_id.startswith(TPM_OSES) for e in entry.lineage())


@dataclass
class NewVmAnswers:
    """Everything the wizard asked."""

    name: str
    method: InstallMethod
    platform: Platform = field(default_factory=Platform)
    os: OsEntry | None = None
    memory_mib: int = 2048
    vcpus: int = 2
    media: DiskSource | None = None  # the install ISO (local media) or the disk to import
    tree_url: str = ""
    kernel_args: str = ""
    kickstart_url: str = ""
    boot_files: tuple[str, str] = ("", "")  # a network install's kernel and initrd, relative to the tree
    boot_pool: str | None = None  # the pool they are fetched into
    boot_dir: str = ""  # that pool's folder on the host
    new_disk: NewDisk | None = None
    existing_disk: DiskSource | None = None
    cloud_image: CloudImage | None = None
    cloud_init: CloudInit | None = None  # the answers of its cloud-init seed
    container_command: str = ""  # an application container's program (with its arguments)
    container_tree: str = ""  # an OS container's root folder on the host
    nic: NicSpec | None = field(default_factory=NicSpec)
    firmware: Firmware = Firmware.BIOS
    tpm: bool = False
    graphics: str | None = "vnc"

    @property
    def virtio(self) -> bool:
        return os_defaults(self.os, self.platform).virtio


@dataclass(frozen=True)
class BootFetch:
    """A file of a network install tree to fetch into a pool volume: the installer's kernel or initrd."""

    role: str  # "kernel" or "initrd"
    url: str
    pool: str
    volume: str


@dataclass(frozen=True)
class SeedUpload:
    """The cloud-init seed ISO to write into a new volume of a pool (built on the job's worker: it hashes the
    password)."""

    pool: str
    volume: str
    seed: CloudInit


@dataclass
class VmPlan:
    """What Finish does: create the volumes, define install_xml, start it, then keep final_xml as the saved
    configuration (the install media ejected, the direct kernel boot gone)."""

    install_xml: xmlconf.Domain
    final_xml: xmlconf.Domain | None
    volumes: list[tuple[str, xmlconf.StorageVolume]]
    start: bool = True
    fetches: list[BootFetch] = field(default_factory=list)
    seeds: list[SeedUpload] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.install_xml.name or ""


def build_plan(answers: NewVmAnswers) -> VmPlan:
    """The XML and volumes for the answers (raises XMLConfError for answers that cannot make a VM)."""
    if answers.method is InstallMethod.CONTAINER:
        return VmPlan(build_container(answers), None, [])
    platform = answers.platform
    virtio = answers.virtio
    disks: list[DiskSpec] = []
    volumes: list[tuple[str, xmlconf.StorageVolume]] = []
    if answers.new_disk is not None:
        disk = answers.new_disk
        volumes.append((disk.pool, build_volume(disk.name, disk.capacity_bytes, disk.format)))
        disks.append(DiskSpec(disk.name, pool=disk.pool, format=disk.format))
    elif answers.method is InstallMethod.IMPORT and answers.media is not None:
        disks.append(answers.media.disk_spec("disk"))
    elif answers.existing_disk is not None:
        disks.append(answers.existing_disk.disk_spec("disk"))
    seeds = []
    if answers.method is InstallMethod.CLOUD and answers.cloud_image is not None and answers.cloud_init:
        image = answers.cloud_image
        overlay, seed = f"{answers.name}.qcow2", f"{answers.name}-seed.iso"
        volumes.append((image.pool, build_volume(overlay, image.capacity_bytes, "qcow2", backing_path=image.path,
                                                 backing_format=image.format)))
        disks.append(DiskSpec(overlay, pool=image.pool, format="qcow2"))
        seeds.append(SeedUpload(image.pool, seed, answers.cloud_init))
        disks.append(DiskSpec(seed, device="cdrom", pool=image.pool, format="raw"))
    install_media = answers.method is InstallMethod.LOCAL_MEDIA and answers.media is not None
    if install_media:
        assert answers.media is not None
        disks.append(answers.media.disk_spec("cdrom", "raw"))
    firmware = answers.firmware
    spec = DomainSpec(
        name=answers.name, memory_mib=answers.memory_mib, vcpus=answers.vcpus, arch=platform.arch,
        domain_type=platform.domain_type, virtio=virtio, q35=platform.q35,
        uefi=firmware is not Firmware.BIOS, secure_boot=firmware is Firmware.UEFI_SECURE,
        firmware="efi" if firmware is not Firmware.BIOS else "bios", machine=platform.machine,
        disks=disks, nics=[answers.nic] if answers.nic is not None else [], graphics=answers.graphics,
        emulator=platform.emulator)
    dom = build_domain(spec)
    if answers.tpm:
        dom.devices.tpms.append(xmlconf.Tpm.new(model="tpm-crb" if platform.q35 else "tpm-tis"))
        dom.devices.tpms[0].backend_type = "emulator"
        dom.devices.tpms[0].backend_version = "2.0"
    if answers.os is not None:
        set_os_id(dom, answers.os.id)
    fetches = []
    if answers.method is InstallMethod.NETWORK:
        if not answers.boot_pool:
            raise xmlconf.XMLConfError(_tr("A network install needs a storage pool for the installer's kernel."))
        for role, relative in zip(("kernel", "initrd"), answers.boot_files, strict=True):
            volume = f"{answers.name}-{role}"
            fetches.append(BootFetch(role, tree_file(answers.tree_url, relative), answers.boot_pool, volume))
            setattr(dom.os, role, f"{answers.boot_dir.rstrip('/')}/{volume}")
        dom.os.cmdline = network_cmdline(answers)
    has_disk = any(d.device == "disk" for d in disks)
    first = {InstallMethod.LOCAL_MEDIA: ["cdrom"], InstallMethod.PXE: ["network"]}.get(answers.method, [])
    dom.os.set_boot_order(first + ["hd"] if has_disk or not first else first)
    return VmPlan(dom, after_install(dom), volumes, fetches=fetches, seeds=seeds)


def build_container(answers: NewVmAnswers) -> xmlconf.Domain:
    """An LXC container: an application (its program as init) or an OS tree (mounted as its root, booting its
    own /sbin/init), with a console and the chosen network."""
    if answers.memory_mib <= 0 or answers.vcpus <= 0:
        raise xmlconf.XMLConfError(_tr("Memory and virtual CPUs must be more than zero"))
    platform = answers.platform
    dom = xmlconf.Domain.new(type=platform.domain_type, name=answers.name)
    dom.memory = dom.current_memory = answers.memory_mib * 1024
    dom.vcpu = answers.vcpus
    dom.os.type = "exe"
    dom.os.arch = platform.arch
    words = shlex.split(answers.container_command) or ["/sbin/init"]
    dom.os.init = words[0]
    for argument in words[1:]:
        dom.os.initargs.add(value=argument)
    dom.on_poweroff, dom.on_reboot, dom.on_crash = "destroy", "restart", "destroy"
    devices = dom.devices
    if platform.emulator:
        devices.emulator = platform.emulator
    if answers.container_tree:
        root = xmlconf.Filesystem.new(type="mount", accessmode="passthrough")
        root.source_dir = answers.container_tree
        root.target_dir = "/"
        devices.filesystems.append(root)
    if answers.nic is not None:
        devices.interfaces.append(build_interface(answers.nic, virtio=False, q35=False))
        devices.interfaces[0].model_type = None  # a container's NIC is a veth pair: no model
    devices.consoles.append(xmlconf.Console.new(type="pty"))
    return dom


def after_install(dom: xmlconf.Domain) -> xmlconf.Domain | None:
    """The configuration to keep once the installer has booted: media ejected, no direct kernel boot, booting
    from the disk; None when nothing changes (no install media, or nothing to boot instead)."""
    has_disk = any(d.device == "disk" for d in dom.devices.disks)
    boots_installer = dom.os.kernel is not None or dom.os.boot_order()[:1] in (["cdrom"], ["network"])
    if not has_disk or not boots_installer:
        return None
    final = dom.copy()
    final.os.kernel = final.os.initrd = final.os.cmdline = None
    final.os.set_boot_order(["hd"])
    for cdrom in (d for d in final.devices.disks if d.device == "cdrom"):
        _eject(cdrom)
    return final


def _eject(disk: xmlconf.Disk) -> None:
    """Leaves a CD-ROM drive empty: the drive stays, its media go."""
    disk.source_file = disk.source_dev = disk.source_pool = disk.source_volume = None
    disk.type = "file"


def tree_file(tree_url: str, relative: str) -> str:
    """The address of a file of an install tree."""
    return urljoin(tree_url if tree_url.endswith("/") else tree_url + "/", relative)


def network_cmdline(answers: NewVmAnswers) -> str:
    """The installer's kernel command line: where the tree is (the OS's own argument, else Anaconda's), the
    kickstart/preseed file, then what the user added."""
    argument = (answers.os.kernel_url_argument if answers.os is not None else None) or "inst.repo"
    parts = [f"{argument}={answers.tree_url}"]
    if answers.kickstart_url:
        preseed = answers.os is not None and (answers.os.distro or "") in ("debian", "ubuntu")
        parts.append(f"url={answers.kickstart_url}" if preseed else f"inst.ks={answers.kickstart_url}")
    if answers.kernel_args.strip():
        parts.append(answers.kernel_args.strip())
    return " ".join(parts)


def set_os_id(dom: xmlconf.Domain, os_id: str) -> None:
    """Records the OS in the libosinfo metadata, as virt-manager and GNOME Boxes do."""
    from lxml import etree

    metadata = dom.metadata
    metadata.ensure_node()
    node = metadata.node
    assert node is not None
    for old in node.findall(f"{{{LIBOSINFO_NS}}}libosinfo"):
        node.remove(old)
    info = etree.SubElement(node, f"{{{LIBOSINFO_NS}}}libosinfo", nsmap={"libosinfo": LIBOSINFO_NS})
    etree.SubElement(info, f"{{{LIBOSINFO_NS}}}os", id=os_id)


def os_id_of(dom: xmlconf.Domain) -> str | None:
    """The libosinfo OS id a VM's metadata records, if any."""
    node = dom.metadata.node
    if node is None:
        return None
    found = node.find(f"{{{LIBOSINFO_NS}}}libosinfo/{{{LIBOSINFO_NS}}}os")
    return found.get("id") if found is not None else None

"""Migrating a VM to another open connection: what the pair of hosts allows (live or offline, managed by virtdesk,
peer-to-peer or tunnelled, storage copied or shared, the tuning knobs of a live move), the checks before anything
starts (the name free on the destination, the CPU compatible, every disk there or copied), and the migration as a
Job: libvirt's migrate3 / migrateToURI3 with typed parameters, progress from its job statistics, cancel through
abortJob, and a report of where the VM runs and is defined afterwards, as both hosts tell it."""

from __future__ import annotations

import contextlib
import enum
import os
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import libvirt
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from virtdesk import xmlconf
from virtdesk.model.domain_jobs import run_domain_job
from virtdesk.model.errors import describe
from virtdesk.model.jobs import Job, JobCancelled, JobContext
from virtdesk.model.uri import is_local_uri
from virtdesk.model.vm_deletion import files_here
from virtdesk.model.worker import file_executor
from virtdesk.units import format_bytes, format_rate

if TYPE_CHECKING:
    from virtdesk.model.connection import Connection
    from virtdesk.model.domain import Domain
    from virtdesk.model.worker import Task

POST_COPY_AFTER_PASSES = 1  # pre-copy passes over memory before post-copy (virsh --postcopy-after-precopy)
COMPRESSION = "xbzrle"
QEMU = "qemu"


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


class Transfer(enum.Enum):
    """Who carries the migration."""

    MANAGED = "managed"  # virtdesk holds both ends (virDomainMigrate3)
    PEER_TO_PEER = "p2p"  # the source's libvirt opens the destination itself (virDomainMigrateToURI3)
    TUNNELLED = "tunnelled"  # peer-to-peer, the VM's memory carried inside libvirt's own connection

    @property
    def label(self) -> str:
        return QCoreApplication.translate("Transfer", _TRANSFER_TEXT[self])


_TRANSFER_TEXT = {
    Transfer.MANAGED: QT_TRANSLATE_NOOP("Transfer", "Direct, managed by virtdesk"),
    Transfer.PEER_TO_PEER: QT_TRANSLATE_NOOP("Transfer", "Peer-to-peer: the source host connects to the destination"),
    Transfer.TUNNELLED: QT_TRANSLATE_NOOP("Transfer", "Tunnelled: peer-to-peer, the data inside libvirt's connection"),
}


class StorageCopy(enum.Enum):
    SHARED = "shared"  # the destination reaches the same disks at the same paths
    ALL = "all"  # VIR_MIGRATE_NON_SHARED_DISK
    INCREMENTAL = "incremental"  # VIR_MIGRATE_NON_SHARED_INC: only the top image; its backing files are there

    @property
    def label(self) -> str:
        return QCoreApplication.translate("StorageCopy", _STORAGE_TEXT[self])


_STORAGE_TEXT = {
    StorageCopy.SHARED: QT_TRANSLATE_NOOP("StorageCopy", "Shared: the destination has the disks at the same paths"),
    StorageCopy.ALL: QT_TRANSLATE_NOOP("StorageCopy", "Copy the disks completely"),
    StorageCopy.INCREMENTAL: QT_TRANSLATE_NOOP(
        "StorageCopy", "Copy only the top images (their backing images are on the destination)"),
}


class Option(enum.Enum):
    """A choice the VM's state or the pair of hosts may rule out."""

    LIVE = "live"
    PEER_TO_PEER = "p2p"
    TUNNELLED = "tunnelled"
    COPY_STORAGE = "copy-storage"
    PERSISTENT = "persistent"
    UNDEFINE_SOURCE = "undefine-source"
    BANDWIDTH = "bandwidth"
    MAX_DOWNTIME = "max-downtime"
    AUTO_CONVERGE = "auto-converge"
    POST_COPY = "post-copy"
    COMPRESSION = "compression"
    ADDRESS = "address"

    @property
    def label(self) -> str:
        return QCoreApplication.translate("Option", _OPTION_TEXT[self])


_OPTION_TEXT = {
    Option.LIVE: QT_TRANSLATE_NOOP("Option", "Live"),
    Option.PEER_TO_PEER: QT_TRANSLATE_NOOP("Option", "Peer-to-peer"),
    Option.TUNNELLED: QT_TRANSLATE_NOOP("Option", "Tunnelled"),
    Option.COPY_STORAGE: QT_TRANSLATE_NOOP("Option", "Copy storage"),
    Option.PERSISTENT: QT_TRANSLATE_NOOP("Option", "Define on the destination"),
    Option.UNDEFINE_SOURCE: QT_TRANSLATE_NOOP("Option", "Remove from the source"),
    Option.BANDWIDTH: QT_TRANSLATE_NOOP("Option", "Bandwidth limit"),
    Option.MAX_DOWNTIME: QT_TRANSLATE_NOOP("Option", "Maximum downtime"),
    Option.AUTO_CONVERGE: QT_TRANSLATE_NOOP("Option", "Auto-converge"),
    Option.POST_COPY: QT_TRANSLATE_NOOP("Option", "Post-copy"),
    Option.COMPRESSION: QT_TRANSLATE_NOOP("Option", "Compression"),
    Option.ADDRESS: QT_TRANSLATE_NOOP("Option", "Migration address"),
}
_LIVE_ONLY = (Option.BANDWIDTH, Option.MAX_DOWNTIME, Option.AUTO_CONVERGE, Option.POST_COPY, Option.COMPRESSION,
              Option.ADDRESS)
_QEMU_ONLY = (Option.COPY_STORAGE, Option.MAX_DOWNTIME, Option.AUTO_CONVERGE, Option.POST_COPY, Option.COMPRESSION)


@dataclass(frozen=True)
class MigrationOptions:
    """What the user chose. The defaults keep the source's definition (nothing there is removed unless asked)."""

    live: bool = True
    transfer: Transfer = Transfer.MANAGED
    storage: StorageCopy = StorageCopy.SHARED
    persistent: bool = True
    undefine_source: bool = False
    bandwidth_mib_s: int = 0  # 0: no limit
    max_downtime_ms: int = 0  # 0: the hypervisor's default
    auto_converge: bool = False
    post_copy: bool = False
    compression: bool = False
    address: str = ""  # where the destination receives the memory (tcp://host[:port]); "" lets it choose
    destination_pool: str = ""  # copying: the destination's pool the copies are made in; "": the same paths


@dataclass(frozen=True)
class MigrationHost:
    """One end of a migration as the GUI knows it (read from the Connection, no libvirt call)."""

    label: str
    uri: str
    connected: bool = True
    driver: str = ""  # the URI's hypervisor: qemu, xen, test...
    migrates: bool = False  # its capabilities list migration features
    live: bool = False
    host_uuid: str = ""

    @property
    def local_uri(self) -> bool:
        return is_local_uri(self.uri)

    @property
    def files_here(self) -> bool:
        return files_here(self.uri)

    @classmethod
    def of(cls, connection: Connection) -> MigrationHost:
        caps = connection.capabilities if connection.is_active else None
        return cls(connection.label, connection.uri, connection.is_active, urlsplit(connection.uri).scheme.partition(
            "+")[0], bool(caps and caps.host_migration), bool(caps and caps.host_live_migration),
            (caps.host_uuid or "") if caps else "")


@dataclass(frozen=True)
class MigrationDisk:
    target: str
    device: str
    type: str
    path: str = ""  # "" for network disks and empty drives
    pool: str = ""  # a <source pool= volume=> disk
    volume: str = ""
    readonly: bool = False
    shareable: bool = False
    format: str = ""  # the image format (<driver type=>): qcow2, raw...

    @property
    def where(self) -> str:
        return self.path or (f"{self.pool}/{self.volume}" if self.volume else "")

    @property
    def copied(self) -> bool:
        """Whether copying storage copies it (libvirt leaves out read-only, shareable and source-less disks)."""
        return bool(self.where) and not (self.readonly or self.shareable)


@dataclass(frozen=True)
class MigrationSource:
    """The VM as the migration starts from it, read on a worker."""

    uuid: str
    name: str
    active: bool
    persistent: bool
    domain_type: str
    arch: str
    machine: str
    cpu_mode: str  # "" without a <cpu> element
    cpu_xml: str  # the <cpu> element to compare ("" when there is none or it cannot be compared)
    disks: tuple[MigrationDisk, ...]


class CpuVerdict(enum.Enum):
    COMPATIBLE = "compatible"
    INCOMPATIBLE = "incompatible"
    UNCHECKED = "unchecked"


@dataclass(frozen=True)
class CpuCheck:
    verdict: CpuVerdict
    detail: str = ""  # libvirt's words, or why it was not checked


@dataclass(frozen=True)
class DiskThere:
    """One disk on the destination."""

    present: bool
    copy_problem: str = ""  # why libvirt could not copy it there ("" when it can)


@dataclass(frozen=True)
class PoolThere:
    """An active storage pool of the destination whose volumes are files in one folder: where copies can go."""

    name: str
    path: str
    volumes: frozenset[str] = frozenset()


@dataclass(frozen=True)
class DestinationFacts:
    """What the destination says about taking the VM, read on a worker of the destination."""

    name_taken_by: str = ""  # the UUID of another VM there with the VM's name
    uuid_taken_by: str = ""  # the name of a VM there with the VM's UUID and another name
    same_vm: str = ""  # "active" / "inactive": the VM itself (same name and UUID) is there already
    cpu: CpuCheck = field(default_factory=lambda: CpuCheck(CpuVerdict.UNCHECKED))
    disks: dict[str, DiskThere] = field(default_factory=dict)  # by target
    pools: dict[str, PoolThere] = field(default_factory=dict)  # by name


def copy_name(disk: MigrationDisk) -> str:
    """The file name a disk's copy gets in a destination pool: its own file's (or volume's) name."""
    return os.path.basename(disk.path) if disk.path else disk.volume


def copy_paths(source: MigrationSource, facts: DestinationFacts, options: MigrationOptions) -> dict[str, str]:
    """target -> the file each copied disk is written to in the chosen destination pool ({} for the same paths)."""
    pool = facts.pools.get(options.destination_pool) if options.destination_pool else None
    if pool is None or options.storage is StorageCopy.SHARED:
        return {}
    return {d.target: os.path.join(pool.path, copy_name(d)) for d in source.disks if d.copied}


# -- what the pair allows (pure) ---------------------------------------------------------------------------------
def destination_problem(here: MigrationHost, there: MigrationHost) -> str:
    """Why there cannot take any VM from here ("" when it can)."""
    if not here.connected:
        return _tr("{source} is not connected").format(source=here.label)
    if not there.connected:
        return _tr("not connected")
    if here.host_uuid and here.host_uuid == there.host_uuid:
        return _tr("the same host as {source} (host UUID {uuid})").format(source=here.label, uuid=here.host_uuid)
    if here.driver != there.driver:
        return _tr("{source} runs {a} and {destination} runs {b}: a VM moves only between hosts of one "
                   "hypervisor").format(source=here.label, a=here.driver, destination=there.label, b=there.driver)
    for host in (here, there):
        if not host.migrates:
            return _tr("{host} cannot migrate VMs (its libvirt driver offers no migration)").format(host=host.label)
    return ""


def unavailable(source: MigrationSource, here: MigrationHost, there: MigrationHost,
                options: MigrationOptions) -> dict[Option, str]:
    """The options that cannot be chosen now, each with why."""
    reasons: dict[Option, str] = {}
    whole = destination_problem(here, there)
    if whole:
        return dict.fromkeys(Option, whole)
    if not source.active:
        offline = _tr("{vm} is shut off: it moves offline, only its definition").format(vm=source.name)
        reasons[Option.LIVE] = offline
        reasons[Option.TUNNELLED] = _tr("an offline migration has no data to tunnel")
        reasons[Option.COPY_STORAGE] = _tr("an offline migration moves only the definition: libvirt copies no "
                                           "storage")
        reasons[Option.PERSISTENT] = _tr("an offline migration always defines the VM on the destination")
        for option in _LIVE_ONLY:
            reasons[option] = _tr("for a running VM only")
    elif not (here.live and there.live):
        host = there if here.live else here
        reasons[Option.LIVE] = _tr("{host} cannot migrate running VMs live").format(host=host.label)
    if not source.persistent:
        reasons[Option.UNDEFINE_SOURCE] = _tr("{vm} is not defined on {source} (it is transient)").format(
            vm=source.name, source=here.label)
    if here.driver != QEMU:
        for option in _QEMU_ONLY:
            reasons.setdefault(option, _tr("only QEMU/KVM hosts offer this"))
    if there.local_uri and not here.local_uri:
        why = _tr("{source}'s libvirt would open {uri} on itself: that URI names no host").format(
            source=here.label, uri=there.uri)
        reasons.setdefault(Option.PEER_TO_PEER, why)
        reasons.setdefault(Option.TUNNELLED, why)
    live = options.live and Option.LIVE not in reasons
    if not live:
        for option in (Option.MAX_DOWNTIME, Option.AUTO_CONVERGE, Option.POST_COPY):
            reasons.setdefault(option, _tr("for a live migration only"))
    if options.transfer is Transfer.TUNNELLED:
        reasons.setdefault(Option.POST_COPY, _tr("libvirt does not do post-copy through a tunnel"))
        reasons.setdefault(Option.ADDRESS, _tr("a tunnelled migration sends everything over libvirt's connection"))
    return reasons


def normalized(options: MigrationOptions, reasons: dict[Option, str]) -> MigrationOptions:
    """options with every unavailable choice set to what the migration does instead."""
    changes: dict[str, Any] = {}
    off = {Option.LIVE: "live", Option.UNDEFINE_SOURCE: "undefine_source", Option.AUTO_CONVERGE: "auto_converge",
           Option.POST_COPY: "post_copy", Option.COMPRESSION: "compression"}
    for option, name in off.items():
        if option in reasons:
            changes[name] = False
    if Option.PERSISTENT in reasons:
        changes["persistent"] = True
    if Option.COPY_STORAGE in reasons:
        changes["storage"] = StorageCopy.SHARED
    if Option.BANDWIDTH in reasons:
        changes["bandwidth_mib_s"] = 0
    if Option.MAX_DOWNTIME in reasons:
        changes["max_downtime_ms"] = 0
    if Option.ADDRESS in reasons:
        changes["address"] = ""
    transfer = options.transfer
    if (transfer is Transfer.TUNNELLED and Option.TUNNELLED in reasons
            or transfer is Transfer.PEER_TO_PEER and Option.PEER_TO_PEER in reasons):
        changes["transfer"] = Transfer.MANAGED
    return replace(options, **changes)


def address_problem(address: str) -> str:
    """Why address cannot be where the destination receives the memory ("" when it can)."""
    if not address:
        return ""
    parts = urlsplit(address if "://" in address else f"tcp://{address}")
    try:
        port = parts.port
    except ValueError:
        port = 0
    if (parts.scheme not in ("tcp", "rdma") or not parts.hostname or parts.path not in ("", "/")
            or port == 0):
        return _tr("The migration address must be tcp://HOST or tcp://HOST:PORT (or rdma://…), not {address}."
                   ).format(address=address)
    return ""


def problems(source: MigrationSource, here: MigrationHost, there: MigrationHost, facts: DestinationFacts | None,
             options: MigrationOptions) -> list[str]:
    """Why the migration cannot start with these options (empty when it can); without facts (not read yet) only
    what the pair of hosts says."""
    whole = destination_problem(here, there)
    found = [_tr("{destination} cannot take the VM: {why}.").format(destination=there.label, why=whole)] if whole \
        else []
    if facts is None:
        return found
    if facts.name_taken_by:
        found.append(_tr("{destination} has another VM named {vm} (UUID {uuid}).").format(
            destination=there.label, vm=source.name, uuid=facts.name_taken_by))
    if facts.uuid_taken_by:
        found.append(_tr("{destination} has a VM with the UUID of {vm}, named {other}.").format(
            destination=there.label, vm=source.name, other=facts.uuid_taken_by))
    if facts.same_vm == "active":
        found.append(_tr("{vm} runs on {destination} already.").format(vm=source.name, destination=there.label))
    if facts.cpu.verdict is CpuVerdict.INCOMPATIBLE and options.live and source.active:
        found.append(_tr("The CPU of {vm} is not compatible with {destination}: {detail}").format(
            vm=source.name, destination=there.label, detail=facts.cpu.detail))
    copying = options.storage is not StorageCopy.SHARED
    missing = [d.where for d in source.disks if d.where and not facts.disks.get(d.target, DiskThere(True)).present
               and not (copying and d.copied)]
    if missing:
        found.append(_tr("Not on {destination}: {paths}. Choose to copy the storage, or make these disks "
                         "available there at the same paths.").format(destination=there.label,
                                                                       paths=", ".join(missing))
                     if source.active else
                     _tr("Not on {destination}: {paths}. An offline migration moves only the definition: copy the "
                         "disks there first, or migrate the VM while it runs, copying its storage.").format(
                         destination=there.label, paths=", ".join(missing)))
    if copying and options.destination_pool:
        found.extend(_pool_problems(source, there, facts, options))
    elif copying:
        for disk in source.disks:
            there_disk = facts.disks.get(disk.target)
            if not disk.copied or there_disk is None:
                continue
            why = there_disk.copy_problem or (
                # libvirt 9.0 creates no image for an incremental copy ("pre-creation of storage targets for
                # incremental storage migration is not supported")
                _tr("an incremental copy needs the image on the destination already, over its backing images")
                if options.storage is StorageCopy.INCREMENTAL and not there_disk.present else "")
            if why:
                found.append(_tr("{disk} ({path}) cannot be copied: {why}.").format(
                    disk=disk.target, path=disk.where, why=why))
    problem = address_problem(options.address)
    if problem:
        found.append(problem)
    return found


def _pool_problems(source: MigrationSource, there: MigrationHost, facts: DestinationFacts,
                   options: MigrationOptions) -> list[str]:
    """Why the disks cannot be copied into the chosen destination pool (virtdesk creates each copy there)."""
    pool = facts.pools.get(options.destination_pool)
    if pool is None:
        return [_tr("{destination} has no active storage pool {pool} that keeps its volumes as files.").format(
            destination=there.label, pool=options.destination_pool)]
    if options.storage is StorageCopy.INCREMENTAL:
        return [_tr("An incremental copy goes only into images that exist with their backing images: copy the "
                    "disks completely into {pool}, or copy to the same paths.").format(pool=pool.name)]
    found = []
    names = [copy_name(d) for d in source.disks if d.copied]
    for name in sorted(set(names)):
        if name in pool.volumes:
            found.append(_tr("{pool} on {destination} has a volume named {name} already: choose another pool, or "
                             "remove it there.").format(pool=pool.name, destination=there.label, name=name))
        if names.count(name) > 1:
            found.append(_tr("Two disks would be copied to {name} in {pool}.").format(name=name, pool=pool.name))
    return found


def notes(source: MigrationSource, here: MigrationHost, there: MigrationHost, facts: DestinationFacts,
          options: MigrationOptions) -> list[str]:
    """What the user should know before starting (nothing that stops it)."""
    found = []
    if facts.cpu.verdict is CpuVerdict.UNCHECKED:
        found.append(_tr("The CPU was not compared: {why}").format(why=facts.cpu.detail))
    elif facts.cpu.verdict is CpuVerdict.INCOMPATIBLE and not (options.live and source.active):
        found.append(_tr("The CPU of {vm} is not compatible with {destination}: it will not start there until its "
                         "CPU is changed ({detail})").format(vm=source.name, destination=there.label,
                                                             detail=facts.cpu.detail))
    if facts.same_vm == "inactive":
        found.append(_tr("{destination} has a definition of {vm} already (same UUID): the migrated one replaces "
                         "it.").format(destination=there.label, vm=source.name))
    if options.transfer is not Transfer.MANAGED:
        found.append(_tr("{source}'s libvirt opens {uri} itself: it needs its own way in (SSH keys, TLS "
                         "certificates), not virtdesk's.").format(source=here.label, uri=there.uri))
    if options.post_copy:
        found.append(_tr("Post-copy: after the first pass over memory the VM runs on {destination} while the rest "
                         "follows; from then on the migration cannot be cancelled, and a broken link loses the "
                         "VM.").format(destination=there.label))
    if options.storage is StorageCopy.INCREMENTAL:
        found.append(_tr("Only the top images are copied: their backing images must be on {destination} "
                         "already.").format(destination=there.label))
    if options.storage is not StorageCopy.SHARED and not options.destination_pool:
        for disk in source.disks:
            if disk.copied and facts.disks.get(disk.target, DiskThere(False)).present:
                found.append(_tr("{path} exists on {destination}: the copy writes over it.").format(
                    path=disk.where, destination=there.label))
    return found


def migration_call(source: MigrationSource, options: MigrationOptions) -> tuple[int, dict[str, Any]]:
    """libvirt's flags and typed parameters for the (normalized) options."""
    flags = 0
    params: dict[str, Any] = {}
    if not source.active:
        flags |= libvirt.VIR_MIGRATE_OFFLINE
    elif options.live:
        flags |= libvirt.VIR_MIGRATE_LIVE
    if options.transfer is not Transfer.MANAGED:
        flags |= libvirt.VIR_MIGRATE_PEER2PEER
    if options.transfer is Transfer.TUNNELLED:
        flags |= libvirt.VIR_MIGRATE_TUNNELLED
    if options.storage is StorageCopy.ALL:
        flags |= libvirt.VIR_MIGRATE_NON_SHARED_DISK
    elif options.storage is StorageCopy.INCREMENTAL:
        flags |= libvirt.VIR_MIGRATE_NON_SHARED_INC
    if options.persistent or not source.active:
        flags |= libvirt.VIR_MIGRATE_PERSIST_DEST
    if options.undefine_source:
        flags |= libvirt.VIR_MIGRATE_UNDEFINE_SOURCE
    if options.auto_converge:
        flags |= libvirt.VIR_MIGRATE_AUTO_CONVERGE
    if options.post_copy:
        flags |= libvirt.VIR_MIGRATE_POSTCOPY
    if options.compression:
        flags |= libvirt.VIR_MIGRATE_COMPRESSED
        params[libvirt.VIR_MIGRATE_PARAM_COMPRESSION] = COMPRESSION
    if options.bandwidth_mib_s:
        params[libvirt.VIR_MIGRATE_PARAM_BANDWIDTH] = options.bandwidth_mib_s
    if options.address:
        params[libvirt.VIR_MIGRATE_PARAM_URI] = options.address if "://" in options.address else (
            f"tcp://{options.address}")
    return flags, params


def describe_stats(stats: dict[str, int]) -> str:
    """A migration's statistics in one line: data sent and to go, how fast memory is dirtied, expected downtime."""
    parts = []
    if stats.get("data_total"):
        parts.append(_tr("{done} of {total} sent, {remaining} to go").format(
            done=format_bytes(stats.get("data_processed", 0)), total=format_bytes(stats["data_total"]),
            remaining=format_bytes(stats.get("data_remaining", 0))))
    if "memory_dirty_rate" in stats:
        rate = stats["memory_dirty_rate"] * stats.get("memory_page_size", 4096)
        parts.append(_tr("memory dirtied at {rate}").format(rate=format_rate(rate)))
    if stats.get("memory_iteration"):
        parts.append(_tr("pass {number} over memory").format(number=stats["memory_iteration"]))
    if "downtime" in stats:
        parts.append(_tr("expected downtime {ms} ms").format(ms=stats["downtime"]))
    return "; ".join(parts)


# -- reading (worker side) ---------------------------------------------------------------------------------------
def _disks(config: xmlconf.Domain) -> tuple[MigrationDisk, ...]:
    return tuple(MigrationDisk(d.target_dev or "", d.device or "disk", d.type or "", d.source_path() or "",
                               d.source_pool or "", d.source_volume or "", bool(d.readonly), bool(d.shareable),
                               d.driver_type or "")
                 for d in config.devices.disks)


def _inspect(conn: libvirt.virConnect, uuid: str) -> MigrationSource:
    dom = conn.lookupByUUIDString(uuid)
    active = bool(dom.isActive())
    # a running VM moves as it runs (its live CPU, expanded from host-model); a shut-off one as it is defined
    config = xmlconf.load(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_MIGRATABLE if active else
                                      libvirt.VIR_DOMAIN_XML_INACTIVE))
    assert isinstance(config, xmlconf.Domain)
    cpu = config.cpu
    mode = (cpu.mode or "custom") if cpu.exists() else ""
    comparable = cpu.exists() and mode == "custom" and bool(cpu.model)
    return MigrationSource(uuid, dom.name(), active, bool(dom.isPersistent()), config.type or "",
                           config.os.arch or "", config.os.machine or "", mode, cpu.to_xml() if comparable else "",
                           _disks(config))


def read_source(connection: Connection, domain: Domain) -> Task:
    """The VM as MigrationSource (on a worker)."""
    return connection.call(_inspect, domain.uuid, description=_tr("Reading {vm} for migration").format(
        vm=domain.name), quiet=True)


def _compare_cpu(dconn: libvirt.virConnect, source: MigrationSource) -> CpuCheck:
    if not source.cpu_xml:
        why = {"": _tr("the VM names no CPU model (the hypervisor's default CPU)"),
               "host-passthrough": _tr("host-passthrough: the destination's CPU must be the same model as the "
                                       "source's"),
               "maximum": _tr("the maximum CPU: the destination's CPU must be the same model as the source's")}
        return CpuCheck(CpuVerdict.UNCHECKED, why.get(source.cpu_mode, _tr("the CPU has no model to compare")))
    try:
        result = dconn.compareHypervisorCPU(None, source.arch or None, source.machine or None,
                                            source.domain_type or None, source.cpu_xml,
                                            libvirt.VIR_CONNECT_COMPARE_CPU_FAIL_INCOMPATIBLE)
    except libvirt.libvirtError as exc:
        if exc.get_error_code() == libvirt.VIR_ERR_CPU_INCOMPATIBLE:
            return CpuCheck(CpuVerdict.INCOMPATIBLE, describe(exc))
        return CpuCheck(CpuVerdict.UNCHECKED, describe(exc))
    if result == libvirt.VIR_CPU_COMPARE_INCOMPATIBLE:
        return CpuCheck(CpuVerdict.INCOMPATIBLE, _tr("the destination's hypervisor cannot provide it"))
    return CpuCheck(CpuVerdict.COMPATIBLE)


FILE_POOLS = ("dir", "fs", "netfs")


def _file_pools(dconn: libvirt.virConnect) -> dict[str, PoolThere]:
    found = {}
    for pool in dconn.listAllStoragePools(libvirt.VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE):
        with contextlib.suppress(libvirt.libvirtError):
            config = xmlconf.load(pool.XMLDesc(0))
            if isinstance(config, xmlconf.StoragePool) and config.type in FILE_POOLS and config.target_path:
                found[pool.name()] = PoolThere(pool.name(), config.target_path.rstrip("/") or "/",
                                               frozenset(pool.listVolumes()))
    return found


def _pool_at(dconn: libvirt.virConnect, folder: str) -> libvirt.virStoragePool | None:
    for pool in dconn.listAllStoragePools():
        with contextlib.suppress(libvirt.libvirtError):
            config = xmlconf.load(pool.XMLDesc(0))
            if isinstance(config, xmlconf.StoragePool) and (config.target_path or "").rstrip("/") == folder:
                return pool
    return None


def _volume_there(dconn: libvirt.virConnect, disk: MigrationDisk) -> bool:
    try:
        if disk.volume:
            dconn.storagePoolLookupByName(disk.pool).storageVolLookupByName(disk.volume)
        else:
            dconn.storageVolLookupByPath(disk.path)
    except libvirt.libvirtError:
        return False
    return True


def _disk_there(dconn: libvirt.virConnect, disk: MigrationDisk, local_files: bool, both_local: bool) -> DiskThere:
    if not disk.where:
        return DiskThere(True)  # a network disk or an empty drive: nothing to find
    present = _volume_there(dconn, disk)
    if not present and disk.path and local_files:
        present = bool(file_executor().submit(os.path.exists, disk.path).result(timeout=30))
    pool = _pool_at(dconn, os.path.dirname(disk.path)) if disk.path else None
    if not present and pool is not None and pool.isActive():
        with contextlib.suppress(libvirt.libvirtError):  # a file made since the pool's last refresh
            pool.refresh(0)
            present = _volume_there(dconn, disk)
    return DiskThere(present, _copy_problem(dconn, disk, present, both_local, pool))


def _copy_problem(dconn: libvirt.virConnect, disk: MigrationDisk, present: bool, both_local: bool,
                  pool: libvirt.virStoragePool | None) -> str:
    """Why libvirt could not copy the disk to the destination ("" when it can, or does not copy it)."""
    if not disk.copied:
        return ""
    if present:
        return (_tr("for both hosts it is this machine's file: the copy would write over the disk itself")
                if both_local else "")
    if disk.volume:
        try:
            dconn.storagePoolLookupByName(disk.pool)
        except libvirt.libvirtError:
            return _tr("the destination has no storage pool named {pool}").format(pool=disk.pool)
        return ""
    if disk.type == "block":
        return _tr("a block device must exist on the destination before libvirt can copy into it")
    if pool is None:
        return _tr("the destination has no storage pool at {folder}, where libvirt would create it").format(
            folder=os.path.dirname(disk.path))
    return ""


def _inspect_destination(dconn: libvirt.virConnect, source: MigrationSource, local_files: bool,
                         source_local: bool) -> DestinationFacts:
    name_taken_by = uuid_taken_by = same_vm = ""
    with contextlib.suppress(libvirt.libvirtError):
        other = dconn.lookupByName(source.name)
        if other.UUIDString() == source.uuid:
            same_vm = "active" if other.isActive() else "inactive"
        else:
            name_taken_by = other.UUIDString()
    with contextlib.suppress(libvirt.libvirtError):
        other = dconn.lookupByUUIDString(source.uuid)
        if other.name() != source.name:
            uuid_taken_by = other.name()
    disks = {d.target: _disk_there(dconn, d, local_files, local_files and source_local) for d in source.disks}
    return DestinationFacts(name_taken_by, uuid_taken_by, same_vm, _compare_cpu(dconn, source), disks,
                            _file_pools(dconn))


def read_destination(destination: Connection, source: MigrationSource, source_host: MigrationHost) -> Task:
    """The DestinationFacts for moving source there (on a worker of the destination)."""
    return destination.call(_inspect_destination, source, files_here(destination.uri), source_host.files_here,
                            description=_tr("Checking {host} for {vm}").format(host=destination.label,
                                                                              vm=source.name), quiet=True)


# -- the migration (worker side) ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Presence:
    """The VM on one host after the migration, as that host tells it."""

    exists: bool = False
    active: bool = False
    persistent: bool = False


def _presence(conn: libvirt.virConnect, uuid: str) -> Presence:
    try:
        dom = conn.lookupByUUIDString(uuid)
        return Presence(True, bool(dom.isActive()), bool(dom.isPersistent()))
    except libvirt.libvirtError as exc:
        if exc.get_error_code() == libvirt.VIR_ERR_NO_DOMAIN:
            return Presence()
        raise


@dataclass(frozen=True)
class MigrationOutcome:
    source: Presence
    destination: Presence


def outcome_lines(vm: str, here: str, there: str, outcome: MigrationOutcome) -> list[str]:
    """Where the VM runs and is defined now, in words."""
    lines = []
    for host, presence, is_destination in ((there, outcome.destination, True), (here, outcome.source, False)):
        if not presence.exists:
            lines.append(_tr("Nothing of {vm} is on {host}.").format(vm=vm, host=host) if is_destination
                         else _tr("{vm} is no longer on {host}: its definition there was removed.").format(
                             vm=vm, host=host))
        elif presence.active and presence.persistent:
            lines.append(_tr("{vm} runs on {host} and is defined there.").format(vm=vm, host=host))
        elif presence.active:
            lines.append(_tr("{vm} runs on {host} without a definition there: it disappears from {host} when it "
                             "stops.").format(vm=vm, host=host))
        else:
            lines.append(_tr("{vm} is defined on {host}, shut off.").format(vm=vm, host=host) if is_destination
                         else _tr("{host} keeps the definition of {vm}, shut off.").format(vm=vm, host=host))
    return lines


class _PostCopySwitch:
    """Switches a post-copy migration over once the first passes over memory are done (poll thread)."""

    def __init__(self, context: JobContext, dom: libvirt.virDomain, there: str) -> None:
        self.context, self.dom, self.there = context, dom, there
        self.switched = False

    def __call__(self, stats: dict[str, int]) -> None:
        if self.switched or stats.get("memory_iteration", 0) <= POST_COPY_AFTER_PASSES:
            return
        self.switched = True
        try:
            self.dom.migrateStartPostCopy(0)
        except libvirt.libvirtError as exc:
            self.context.step(_tr("Could not switch to post-copy: {error}").format(error=describe(exc)))
        else:
            self.context.step(_tr("Switched to post-copy: {vm} runs on {host} while the rest of its memory "
                                  "follows").format(vm=self.dom.name(), host=self.there))


def with_copy_paths(xml: str, paths: dict[str, str]) -> str:
    """The domain XML with each disk of paths (target -> file) reading that file instead."""
    config = xmlconf.load(xml)
    assert isinstance(config, xmlconf.Domain)
    for disk in config.devices.disks:
        path = paths.get(disk.target_dev or "")
        if path:
            disk.type = "file"
            disk.source_pool = disk.source_volume = disk.source_dev = None
            disk.source_file = path
    return config.to_xml()


def _make_copies(dom: libvirt.virDomain, dconn: libvirt.virConnect, context: JobContext, source: MigrationSource,
                 paths: dict[str, str], options: MigrationOptions, there: str) -> list[libvirt.virStorageVol]:
    """Creates, in the chosen destination pool, an empty image of each copied disk's size and format (libvirt
    copies into images that exist); on a failure removes those it made."""
    pool = dconn.storagePoolLookupByName(options.destination_pool)
    made: list[libvirt.virStorageVol] = []
    try:
        for disk in source.disks:
            if disk.target not in paths:
                continue
            capacity = dom.blockInfo(disk.target)[0]
            fmt = disk.format or "raw"
            made.append(pool.createXML(xmlconf.build_volume(copy_name(disk), capacity, fmt).to_xml(), 0))
            context.step(_tr("Created {path} on {host} ({size}, {format}) to receive {disk}").format(
                path=paths[disk.target], host=there, size=format_bytes(capacity), format=fmt, disk=disk.target))
    except BaseException:
        _remove_copies(made, context, there)
        raise
    return made


def _remove_copies(made: list[libvirt.virStorageVol], context: JobContext, there: str) -> None:
    for volume in made:
        path = volume.path()
        try:
            volume.delete(0)
        except libvirt.libvirtError as exc:
            context.step(_tr("Could not remove {path} on {host}: {error}").format(path=path, host=there,
                                                                                 error=describe(exc)))
        else:
            context.step(_tr("Removed {path} on {host}, made for the copy").format(path=path, host=there))


def copied_figures(stats: dict[str, int]) -> str:
    """What a finished migration copied, from libvirt's statistics of the completed job ("" without them)."""
    if not stats.get("memory_total"):
        return ""
    seconds = f"{stats.get('time_elapsed', 0) / 1000:.1f}"
    memory = format_bytes(stats.get("memory_processed", 0))
    if stats.get("disk_total"):  # the source's statistics only: the destination's count no disk data
        return _tr("libvirt copied {disk} of disk data and {memory} of memory in {seconds} s").format(
            disk=format_bytes(stats.get("disk_processed", 0)), memory=memory, seconds=seconds)
    return _tr("libvirt copied {memory} of memory in {seconds} s").format(memory=memory, seconds=seconds)


def completed_stats(completed: dict[str, int], seen: dict[str, int]) -> dict[str, int]:
    """The figures of a finished migration: libvirt's statistics of the completed job, with the disk data of the
    source's last reading during the job when those have none (the destination's, read once the source removed
    the VM, count no disk data), or of the images virtdesk made for the copies when no reading saw the disks. A
    migration completes once its disks are mirrored: all of the total was copied, however early that reading
    came."""
    if completed.get("disk_total") or not seen.get("disk_total"):
        return completed
    return {**completed, "disk_total": seen["disk_total"], "disk_processed": seen["disk_total"]}


def _completed_stats(*doms: libvirt.virDomain) -> dict[str, int]:
    """The statistics of the migration just completed: the source's while it keeps the VM (they count the disk
    data), else the destination's."""
    for dom in doms:
        with contextlib.suppress(libvirt.libvirtError):
            stats = dom.jobStats(libvirt.VIR_DOMAIN_JOB_STATS_COMPLETED)
            if stats:
                return stats
    return {}


def _migrate(conn: libvirt.virConnect, context: JobContext, destination: Connection, source: MigrationSource,
             here: MigrationHost, there: MigrationHost, options: MigrationOptions) -> MigrationOutcome:
    dom = conn.lookupByUUIDString(source.uuid)
    with destination.in_use() as dconn:
        context.phase(_tr("Checking {host}").format(host=there.label))
        if bool(dom.isActive()) != source.active:
            raise RuntimeError(_tr("Nothing was done: {vm} is {state} now; check the choices again.").format(
                vm=source.name, state=_tr("running") if dom.isActive() else _tr("shut off")))
        facts = _inspect_destination(dconn, source, there.files_here, here.files_here)
        found = problems(source, here, there, facts, options)
        if found:
            raise RuntimeError(_tr("Nothing was done: {problems}").format(problems=" ".join(found)))
        flags, params = migration_call(source, options)
        paths = copy_paths(source, facts, options)
        if paths:
            params[libvirt.VIR_MIGRATE_PARAM_MIGRATE_DISKS] = list(paths)
            params[libvirt.VIR_MIGRATE_PARAM_DEST_XML] = with_copy_paths(
                dom.XMLDesc(libvirt.VIR_DOMAIN_XML_MIGRATABLE), paths)
            if flags & libvirt.VIR_MIGRATE_PERSIST_DEST:  # else the definition there keeps the source's paths
                params[libvirt.VIR_MIGRATE_PARAM_PERSIST_XML] = with_copy_paths(
                    dom.XMLDesc(libvirt.VIR_DOMAIN_XML_MIGRATABLE | libvirt.VIR_DOMAIN_XML_INACTIVE), paths)
        context.check_cancelled()
        if options.max_downtime_ms:
            dom.migrateSetMaxDowntime(options.max_downtime_ms, 0)
            context.step(_tr("Set the maximum downtime to {ms} ms").format(ms=options.max_downtime_ms))
        made = _make_copies(dom, dconn, context, source, paths, options, there.label) if paths else []
        context.phase(_tr("Migrating {vm} to {host}").format(vm=source.name, host=there.label))

        def operation() -> object:
            if options.transfer is Transfer.MANAGED:
                return dom.migrate3(dconn, params, flags)
            return dom.migrateToURI3(there.uri, params, flags)

        switch = _PostCopySwitch(context, dom, there.label)
        seen: dict[str, int] = {}

        def on_stats(stats: dict[str, int]) -> None:
            if stats.get("disk_total"):
                seen.update(stats)
            text = describe_stats(stats)
            if text:
                context.phase(text)
            if options.post_copy:
                switch(stats)

        try:
            run_domain_job(context, dom, operation, on_stats)
            if made and not seen.get("disk_total"):  # over before a reading saw the disks: the copies made
                with contextlib.suppress(libvirt.libvirtError):
                    seen["disk_total"] = sum(volume.info()[1] for volume in made)
        except BaseException as exc:
            with contextlib.suppress(libvirt.libvirtError):
                if made and not _presence(dconn, source.uuid).exists:
                    _remove_copies(made, context, there.label)
                ending = outcome_lines(source.name, here.label, there.label, MigrationOutcome(
                    _presence(conn, source.uuid), _presence(dconn, source.uuid)))
                if isinstance(exc, JobCancelled) or context.cancelled:
                    ending.insert(0, _tr("The migration was aborted."))
                for line in ending:
                    context.step(line)
            raise
        context.progress(1, 1, force=True)
        outcome = MigrationOutcome(_presence(conn, source.uuid), _presence(dconn, source.uuid))
        there_dom = None
        with contextlib.suppress(libvirt.libvirtError):
            there_dom = dconn.lookupByUUIDString(source.uuid)
        figures = copied_figures(completed_stats(_completed_stats(*[d for d in (dom, there_dom) if d is not None]),
                                                 seen))
    kind = (_tr("Migrated {vm} offline (its definition) from {source} to {destination}") if not source.active else
            _tr("Migrated {vm} live from {source} to {destination}") if options.live else
            _tr("Migrated {vm} from {source} to {destination}, paused while its memory was copied"))
    context.step(kind.format(vm=source.name, source=here.label, destination=there.label))
    if paths:
        for disk in source.disks:
            if disk.target in paths:
                context.step(_tr("Copied {disk} from {path} to {copy} on {destination}").format(
                    disk=disk.target, path=disk.where, copy=paths[disk.target], destination=there.label))
    elif options.storage is not StorageCopy.SHARED:
        copied = [d.where for d in source.disks if d.copied]
        context.step(_tr("Copied its storage: {paths}").format(paths=", ".join(copied) or _tr("no disk")))
    if figures:
        context.step(figures)
    for line in outcome_lines(source.name, here.label, there.label, outcome):
        context.step(line)
    return outcome


def migrate_vm(connection: Connection, destination: Connection, source: MigrationSource,
               options: MigrationOptions) -> Job:
    """Migrates the VM to destination as a Job (its result: the MigrationOutcome); options are normalized for the
    pair first, and the checks run again before libvirt is asked."""
    here, there = MigrationHost.of(connection), MigrationHost.of(destination)
    options = normalized(options, unavailable(source, here, there, options))
    job = connection.start_job(_tr("Migrating {vm} to {host}").format(vm=source.name, host=destination.label),
                               _migrate, destination, source, here, there, options)
    job.ended.connect(lambda: connection.refresh_domain(source.uuid))
    return job

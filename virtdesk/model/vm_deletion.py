"""Deleting a VM: its storage as the Delete dialog lists it (each disk with its size, the other VMs using it and why
it must be kept, read on a worker), and the deletion itself as a Job: forced off when asked, the chosen storage
deleted (wiped first when asked), then the definition removed with the saved state, snapshot and checkpoint
metadata and NVRAM as chosen. A failed step stops the rest; the report says what was and was not removed.

Storage is deleted through the pool API where it is a pool's volume. A file outside every pool is deleted on the
file worker only when it is a file of this machine; elsewhere it is kept and said so."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import libvirt
from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.model.errors import describe
from virtdesk.model.jobs import Job, JobContext
from virtdesk.model.storage_actions import pool_type, volume_format
from virtdesk.model.uri import is_local_uri
from virtdesk.model.volume_actions import read_after_change
from virtdesk.model.volume_actions import volume_users_now as volume_users
from virtdesk.model.worker import file_executor
from virtdesk.units import format_bytes

if TYPE_CHECKING:
    from virtdesk.model.connection import Connection
    from virtdesk.model.domain import Domain
    from virtdesk.model.worker import Task

MEDIA_DEVICES = frozenset({"cdrom", "floppy"})
FIXED_POOL_TYPES = frozenset({"iscsi", "iscsi-direct", "scsi", "mpath"})  # libvirt neither creates nor deletes LUNs
WIPE_CHUNK = 4 * 1024 * 1024


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


def files_here(uri: str) -> bool:
    """Whether the connection's files outside its pools are this machine's files. A test-driver host's paths name
    nothing on this machine, though its URI is local."""
    return is_local_uri(uri) and urlsplit(uri).scheme.partition("+")[0] != "test"


# -- where a disk's storage lies (worker side, shared with cloning) --------------------------------------------
@dataclass(frozen=True)
class DiskPlace:
    """A disk's source: the pool volume it is (pool "" when none), its size and format."""

    path: str
    pool: str = ""
    volume: str = ""
    capacity: int | None = None
    allocation: int | None = None
    format: str = ""
    exists: bool = True
    pool_type: str = ""

    @property
    def fixed(self) -> bool:
        """Whether the volume is a LUN of its pool, which libvirt can neither delete nor clone into."""
        return self.pool_type in FIXED_POOL_TYPES


def locate(conn: libvirt.virConnect, disk: xmlconf.Disk, local_files: bool) -> DiskPlace:
    """Worker side: the pool volume behind the disk (by <source pool volume> or by path), else the file of this
    machine (stat on the file worker) where local_files, else a path only."""
    vol = None
    with contextlib.suppress(libvirt.libvirtError):  # not a pool's volume
        if disk.source_pool and disk.source_volume:
            vol = conn.storagePoolLookupByName(disk.source_pool).storageVolLookupByName(disk.source_volume)
        elif disk.source_path():
            vol = conn.storageVolLookupByPath(disk.source_path())
    if vol is not None:
        _kind, capacity, allocation = vol.info()
        pool = vol.storagePoolLookupByVolume()
        return DiskPlace(vol.path(), pool.name(), vol.name(), capacity, allocation, volume_format(vol.XMLDesc(0)),
                         pool_type=pool_type(pool.XMLDesc(0)))
    path = disk.source_path() or ""
    if not path or not local_files:
        return DiskPlace(path)
    try:
        size = file_executor().submit(lambda: os.stat(path).st_size).result(timeout=30)
    except (OSError, TimeoutError):
        return DiskPlace(path, exists=False)
    return DiskPlace(path, capacity=size, allocation=size, format=disk.driver_type or "")


def read_config(conn: libvirt.virConnect, uuid: str) -> tuple[libvirt.virDomain, xmlconf.Domain]:
    """Worker side: the VM and its saved configuration (the running one for a transient VM)."""
    domain = conn.lookupByUUIDString(uuid)
    flags = libvirt.VIR_DOMAIN_XML_INACTIVE if domain.isPersistent() else 0
    config = xmlconf.load(domain.XMLDesc(flags | libvirt.VIR_DOMAIN_XML_SECURE))
    assert isinstance(config, xmlconf.Domain)
    return domain, config


def other_users(users: dict[str, set[str]], place: DiskPlace, vm: str) -> tuple[str, ...]:
    """The VMs besides vm that use the disk's storage, by path or by pool volume (from users_by_source)."""
    names = users.get(place.path, set()) | users.get(f"{place.pool}\0{place.volume}", set())
    return tuple(sorted(names - {vm}))


def users_by_source(conn: libvirt.virConnect) -> dict[str, set[str]]:
    """Worker side: path (or "pool\\0volume") -> the VMs whose saved or running configuration uses it."""
    mapped = volume_users(conn)
    users = {path: set(names) for path, names in mapped.by_path.items()}
    for (pool, volume), names in mapped.by_pool_volume.items():
        users.setdefault(f"{pool}\0{volume}", set()).update(names)
    return users


# -- what the dialog shows ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DiskStorage:
    """One disk of the VM to delete."""

    target: str
    device: str
    place: DiskPlace
    users: tuple[str, ...] = ()
    kept_because: str = ""  # why it cannot be deleted ("" when it may)

    @property
    def path(self) -> str:
        return self.place.path

    @property
    def deletable(self) -> bool:
        return not self.kept_because

    @property
    def in_pool(self) -> bool:
        return bool(self.place.pool)

    def describe(self) -> str:
        """'vda (/var/lib/libvirt/images/web.qcow2)'."""
        return _tr("{target} ({path})").format(target=self.target, path=self.path)


@dataclass(frozen=True)
class VmStorage:
    """What deleting the VM concerns, read on a worker."""

    uuid: str
    name: str
    active: bool
    persistent: bool
    disks: tuple[DiskStorage, ...] = ()
    managed_save: bool = False
    snapshots: int = 0
    checkpoints: int = 0
    nvram: str = ""


def kept_because(disk: xmlconf.Disk, place: DiskPlace, users: tuple[str, ...], local_files: bool) -> str:
    """Why the disk's storage is not offered for deletion ("" when it is): media, read-only, shareable, used by
    other VMs, or storage this program cannot remove."""
    reasons = []
    if (disk.device or "disk") in MEDIA_DEVICES:
        reasons.append(_tr("install media (CD-ROM or floppy)"))
    if disk.readonly:
        reasons.append(_tr("read-only"))
    if disk.shareable:
        reasons.append(_tr("shareable"))
    if users:
        reasons.append(_tr("used by {vms}").format(vms=", ".join(users)))
    if not place.path:
        reasons.append(_tr("no local storage (network disk or empty drive)"))
    elif place.fixed:
        reasons.append(_tr("a LUN of the pool {pool}: libvirt cannot delete it").format(pool=place.pool))
    elif not place.pool:
        if not local_files:
            reasons.append(_tr("not in a storage pool, and files of this host outside its pools are not deleted "
                               "from here"))
        elif disk.type == "block":
            reasons.append(_tr("a block device outside the host's pools"))
        elif not place.exists:
            reasons.append(_tr("the file does not exist"))
    return "; ".join(reasons)


def _inspect(conn: libvirt.virConnect, uuid: str, local_files: bool) -> VmStorage:
    domain, config = read_config(conn, uuid)
    name = domain.name()
    users = users_by_source(conn)
    disks = []
    for disk in config.devices.disks:
        place = locate(conn, disk, local_files)
        others = other_users(users, place, name) if place.path else ()
        disks.append(DiskStorage(disk.target_dev or "", disk.device or "disk", place, others,
                                 kept_because(disk, place, others, local_files)))
    snapshots = checkpoints = 0
    with contextlib.suppress(libvirt.libvirtError):  # a driver without snapshots has none
        snapshots = domain.snapshotNum(0)
    with contextlib.suppress(libvirt.libvirtError):
        checkpoints = len(domain.listAllCheckpoints(0))
    managed = False
    with contextlib.suppress(libvirt.libvirtError):
        managed = bool(domain.hasManagedSaveImage(0))
    return VmStorage(uuid, name, bool(domain.isActive()), bool(domain.isPersistent()), tuple(disks), managed,
                     snapshots, checkpoints, config.os.nvram or "")


def read_storage(connection: Connection, domain: Domain) -> Task:
    """The VM's storage as VmStorage (on a worker)."""
    return connection.call(_inspect, domain.uuid, files_here(connection.uri),
                           description=_tr("Reading the storage of {vm}").format(vm=domain.name), quiet=True)


# -- what the user chose -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DeletionChoice:
    """The storage to delete and what else to remove. Everything holding data is kept unless chosen; snapshot and
    checkpoint metadata (the list, not the data in the images) is removed unless kept."""

    disks: tuple[DiskStorage, ...] = ()
    wipe: bool = False
    force_off: bool = False
    managed_save: bool = False
    metadata: bool = True
    nvram: bool = False


def blockers(storage: VmStorage, choice: DeletionChoice) -> list[str]:
    """Why the deletion cannot run as chosen (empty when it can)."""
    found = []
    if storage.active and not choice.force_off:
        found.append(_tr("{vm} is running: it has to be forced off first (its unsaved state is lost).").format(
            vm=storage.name))
    if storage.persistent and storage.managed_save and not choice.managed_save:
        found.append(_tr("libvirt does not remove a VM with a saved state: delete the saved state too, or start "
                         "the VM and shut it down first."))
    if storage.persistent and (storage.snapshots or storage.checkpoints) and not choice.metadata:
        found.append(_tr("libvirt does not remove a VM that still lists snapshots or checkpoints: remove their "
                         "metadata too (their data in the disk images is not touched)."))
    found += [_tr("{disk} cannot be deleted: {why}.").format(disk=d.describe(), why=d.kept_because)
              for d in choice.disks if not d.deletable]
    return found


def undefine_flags(storage: VmStorage, choice: DeletionChoice) -> int:
    flags = 0
    if storage.managed_save and choice.managed_save:
        flags |= libvirt.VIR_DOMAIN_UNDEFINE_MANAGED_SAVE
    if storage.snapshots and choice.metadata:
        flags |= libvirt.VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA
    if storage.checkpoints and choice.metadata:
        flags |= libvirt.VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA
    if storage.nvram:
        flags |= libvirt.VIR_DOMAIN_UNDEFINE_NVRAM if choice.nvram else libvirt.VIR_DOMAIN_UNDEFINE_KEEP_NVRAM
    return flags


def removals(storage: VmStorage, choice: DeletionChoice) -> list[str]:
    """What the deletion removes, in the order it does, in the user's words."""
    storage_text = _tr("the storage {disk}, wiped first") if choice.wipe else _tr("the storage {disk}")
    found = []
    if storage.active:
        found.append(_tr("the running state of {vm} (forced off)").format(vm=storage.name))
    found += [storage_text.format(disk=d.describe()) for d in choice.disks]
    found.append(_tr("the definition of {vm}").format(vm=storage.name))
    if storage.managed_save and choice.managed_save:
        found.append(_tr("its saved state"))
    if (storage.snapshots or storage.checkpoints) and choice.metadata:
        found.append(_tr("the metadata of its snapshots and checkpoints"))
    if storage.nvram and choice.nvram:
        found.append(_tr("its NVRAM {path}").format(path=storage.nvram))
    return found


def kept(storage: VmStorage, choice: DeletionChoice) -> list[str]:
    """What the deletion leaves, in the user's words: the storage not chosen, the saved state and NVRAM unless
    chosen."""
    found = [d.describe() for d in storage.disks if d not in choice.disks and d.path]
    if storage.managed_save and not choice.managed_save:
        found.append(_tr("the saved state"))
    if storage.nvram and not choice.nvram:
        found.append(_tr("the NVRAM {path}").format(path=storage.nvram))
    return found


# -- the deletion (worker side) ----------------------------------------------------------------------------------
class DeletionStopped(Exception):
    """A step of the deletion failed: the steps before it stay done; the message says what was not removed."""


def _stopped(failed: str, error: str, left: list[str]) -> DeletionStopped:
    return DeletionStopped(_tr("{failed}: {error}. Not removed: {left}.").format(failed=failed, error=error,
                                                                                 left="; ".join(left)))


def _wipe_file(path: str) -> None:
    with open(path, "r+b") as file:
        size = os.fstat(file.fileno()).st_size
        zeros = bytes(WIPE_CHUNK)
        written = 0
        while written < size:
            written += file.write(zeros[: min(WIPE_CHUNK, size - written)])
        file.flush()
        os.fsync(file.fileno())


def on_file_worker(fn: Callable[..., object], *args: object) -> object:
    """Worker side: fn(*args) run on the file worker, waited for."""
    return file_executor().submit(fn, *args).result()


def _remove_disk(conn: libvirt.virConnect, disk: DiskStorage, wipe: bool) -> str:
    """Deletes the disk's storage; the step for the report."""
    place = disk.place
    if place.pool:
        vol = conn.storagePoolLookupByName(place.pool).storageVolLookupByName(place.volume)
        if wipe:
            vol.wipe(0)
        vol.delete(0)
        text = (_tr("Wiped and deleted the volume {volume} of the pool {pool} ({path})") if wipe
                else _tr("Deleted the volume {volume} of the pool {pool} ({path})"))
        return text.format(volume=place.volume, pool=place.pool, path=place.path)
    if wipe:
        on_file_worker(_wipe_file, place.path)
    on_file_worker(os.remove, place.path)
    return (_tr("Wiped and deleted the file {path}") if wipe else _tr("Deleted the file {path}")).format(
        path=place.path)


def _undefine(domain: libvirt.virDomain, flags: int) -> None:
    try:
        domain.undefineFlags(flags)
    except libvirt.libvirtError as exc:
        keep = libvirt.VIR_DOMAIN_UNDEFINE_KEEP_NVRAM
        if not flags & keep or exc.get_error_code() != libvirt.VIR_ERR_INVALID_ARG:
            raise
        domain.undefineFlags(flags & ~keep)  # a driver that does not know the flag never removes NVRAM


def _delete(conn: libvirt.virConnect, context: JobContext, storage: VmStorage, choice: DeletionChoice) -> str:
    context.phase(_tr("Checking who uses the storage"))
    refused = [d.describe() for d in choice.disks if not d.deletable]
    if refused:
        raise DeletionStopped(_tr("Nothing was removed: {disks} cannot be deleted.").format(disks="; ".join(refused)))
    domain = conn.lookupByUUIDString(storage.uuid)
    users = users_by_source(conn)
    for disk in choice.disks:
        others = other_users(users, disk.place, storage.name)
        if others:
            raise DeletionStopped(_tr("Nothing was removed: {disk} is now used by {vms}.").format(
                disk=disk.describe(), vms=", ".join(others)))
    left = removals(storage, choice)
    if domain.isActive():
        if not choice.force_off:
            raise DeletionStopped(_tr("Nothing was removed: {vm} is running.").format(vm=storage.name))
        context.check_cancelled()
        context.phase(_tr("Forcing {vm} off").format(vm=storage.name))
        try:
            domain.destroy()
        except libvirt.libvirtError as exc:
            raise _stopped(_tr("{vm} could not be forced off").format(vm=storage.name), describe(exc), left) from exc
        context.step(_tr("Forced {vm} off").format(vm=storage.name))
    if storage.active:
        left.pop(0)
    for number, disk in enumerate(choice.disks, 1):
        context.check_cancelled()
        context.phase(_tr("Deleting {disk}").format(disk=disk.describe()))
        context.progress(number - 1, len(choice.disks) + 1, force=True)
        try:
            context.step(_remove_disk(conn, disk, choice.wipe))
        except (libvirt.libvirtError, OSError) as exc:
            raise _stopped(_tr("Deleting {disk} failed").format(disk=disk.describe()), describe(exc), left) from exc
        left.pop(0)
    context.check_cancelled()
    if not storage.persistent:
        context.step(_tr("{vm} was transient: it is gone now that it is off").format(vm=storage.name))
        return storage.name
    context.phase(_tr("Removing the definition of {vm}").format(vm=storage.name))
    try:
        _undefine(domain, undefine_flags(storage, choice))
    except libvirt.libvirtError as exc:
        raise _stopped(_tr("Removing the definition of {vm} failed").format(vm=storage.name), describe(exc),
                       left) from exc
    context.step(_tr("Removed {what}").format(what="; ".join(left)))
    left_over = kept(storage, choice)
    if left_over:
        context.step(_tr("Kept {what}").format(what="; ".join(left_over)))
    context.progress(1, 1, force=True)
    return storage.name


def delete_vm(connection: Connection, storage: VmStorage, choice: DeletionChoice) -> Job:
    """Deletes the VM as chosen, as a Job (its result: the VM's name)."""
    sizes = sum(d.place.capacity or 0 for d in choice.disks)
    title = _tr("Deleting the VM {vm}").format(vm=storage.name)
    if choice.disks:
        title = QCoreApplication.translate("", "Deleting the VM {vm} and %n disk(s) ({size})", "", len(
            choice.disks)).format(vm=storage.name, size=format_bytes(sizes))
    job = connection.start_job(title, _delete, storage, choice)
    job.ended.connect(lambda: _read_pools_after(connection, choice))
    return job


def _read_pools_after(connection: Connection, choice: DeletionChoice) -> None:
    for pool in {d.place.pool for d in choice.disks if d.place.pool}:
        read_after_change(connection.catalogue, pool)

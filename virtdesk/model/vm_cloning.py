"""Cloning a VM: the source as the Clone dialog shows it (its disks, where each lies, the names taken), the clone's
names (the VM's derived and free, each new volume's derived from the VM's: `web-clone.qcow2`, `web-clone-1.qcow2`),
its definition (new UUID, new MACs, its own NVRAM, the disks as chosen: cloned, shared, new and empty, or left
out), and the cloning as a Job: pool volumes cloned by libvirt in their pool (progress from the new volume's
allocation), files of this machine outside the pools copied on the file worker, the NVRAM copied, the clone
defined. On failure or cancel everything created is removed again and the report says so."""

from __future__ import annotations

import contextlib
import enum
import os
import shutil
import threading
import uuid as uuidlib
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import libvirt
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from virtdesk import xmlconf
from virtdesk.model.domain_jobs import check_still_running, running_id
from virtdesk.model.errors import describe
from virtdesk.model.hardware import random_mac
from virtdesk.model.jobs import Job, JobContext
from virtdesk.model.vm_deletion import DiskPlace, files_here, locate, on_file_worker, read_config
from virtdesk.model.volume_actions import free_name, new_volume_xml, read_after_change, with_extension
from virtdesk.model.worker import file_executor

if TYPE_CHECKING:
    from virtdesk.model.connection import Connection
    from virtdesk.model.domain import Domain
    from virtdesk.model.worker import Task

COPY_CHUNK = 1024 * 1024
POLL_S = 0.3


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


class DiskAction(enum.Enum):
    CLONE = "clone"
    SHARE = "share"
    EMPTY = "empty"
    SKIP = "skip"

    @property
    def label(self) -> str:
        return QCoreApplication.translate("DiskAction", _ACTION_TEXT[self])

    @property
    def new_storage(self) -> bool:
        return self in (DiskAction.CLONE, DiskAction.EMPTY)


_ACTION_TEXT = {
    DiskAction.CLONE: QT_TRANSLATE_NOOP("DiskAction", "Clone"),
    DiskAction.SHARE: QT_TRANSLATE_NOOP("DiskAction", "Share with the original"),
    DiskAction.EMPTY: QT_TRANSLATE_NOOP("DiskAction", "New empty disk"),
    DiskAction.SKIP: QT_TRANSLATE_NOOP("DiskAction", "Leave out"),
}


@dataclass(frozen=True)
class CloneDisk:
    """One disk of the VM to clone."""

    target: str
    device: str
    place: DiskPlace
    readonly: bool = False
    shareable: bool = False
    taken: frozenset[str] = frozenset()  # the names in its pool (or its folder, for a file outside the pools)
    no_copy_because: str = ""  # why it cannot be cloned nor replaced by a new one ("" when it can)

    @property
    def default_action(self) -> DiskAction:
        if self.readonly or self.shareable or self.device in ("cdrom", "floppy") or self.no_copy_because:
            return DiskAction.SHARE
        return DiskAction.CLONE

    @property
    def actions(self) -> list[DiskAction]:
        if self.no_copy_because:
            return [DiskAction.SHARE, DiskAction.SKIP]
        if not self.place.pool:  # a new empty file would need qemu-img on the host
            return [DiskAction.CLONE, DiskAction.SHARE, DiskAction.SKIP]
        return list(DiskAction)

    @property
    def container(self) -> str:
        """Where a new volume of it goes: its pool, or the folder of its file."""
        return self.place.pool or os.path.dirname(self.place.path)

    @property
    def format(self) -> str:
        return self.place.format


@dataclass(frozen=True)
class CloneSource:
    """What cloning the VM starts from, read on a worker."""

    uuid: str
    name: str
    active: bool
    xml: str  # the saved configuration
    disks: tuple[CloneDisk, ...]
    vm_names: frozenset[str]  # every VM name the host has
    nvram: str = ""
    local_files: bool = False


def _no_copy_because(disk: xmlconf.Disk, place: DiskPlace, local_files: bool) -> str:
    if not place.path:
        return _tr("no local storage (network disk or empty drive)")
    if place.fixed:
        return _tr("a LUN of the pool {pool}: libvirt cannot make volumes there").format(pool=place.pool)
    if place.pool:
        return ""
    if not local_files:
        return _tr("a file outside the host's storage pools: only files of this machine can be copied")
    if disk.type == "block":
        return _tr("a block device outside the host's storage pools")
    if not place.exists:
        return _tr("the file does not exist")
    return ""


def _folder_names(folder: str) -> frozenset[str]:
    with contextlib.suppress(OSError):
        return frozenset(os.listdir(folder))
    return frozenset()


def _inspect(conn: libvirt.virConnect, uuid: str, local_files: bool) -> CloneSource:
    domain, config = read_config(conn, uuid)
    pool_names: dict[str, frozenset[str]] = {}
    disks = []
    for disk in config.devices.disks:
        place = locate(conn, disk, local_files)
        why = _no_copy_because(disk, place, local_files)
        taken: frozenset[str] = frozenset()
        if place.pool:
            if place.pool not in pool_names:
                pool_names[place.pool] = frozenset(conn.storagePoolLookupByName(place.pool).listVolumes())
            taken = pool_names[place.pool]
        elif not why:
            taken = file_executor().submit(_folder_names, os.path.dirname(place.path)).result(timeout=30)
        disks.append(CloneDisk(disk.target_dev or "", disk.device or "disk", place, bool(disk.readonly),
                               bool(disk.shareable), taken, why))
    names = frozenset(d.name() for d in conn.listAllDomains(0))
    return CloneSource(uuid, domain.name(), bool(domain.isActive()), config.to_xml(), tuple(disks), names,
                       config.os.nvram or "", local_files)


def read_source(connection: Connection, domain: Domain) -> Task:
    """The VM as CloneSource (on a worker)."""
    return connection.call(_inspect, domain.uuid, files_here(connection.uri),
                           description=_tr("Reading {vm} for cloning").format(vm=domain.name), quiet=True)


# -- names (pure) ------------------------------------------------------------------------------------------------
def default_name(name: str, taken: Collection[str]) -> str:
    """`web-clone`, else `web-clone-2`, `web-clone-3`, ...: the first that no VM has."""
    wanted = candidate = f"{name}-clone"
    number = 1
    while candidate in taken:
        number += 1
        candidate = f"{wanted}-{number}"
    return candidate


def name_problem(name: str, taken: Collection[str]) -> str:
    """Why name cannot be the clone's ("" when it can)."""
    if not name.strip():
        return _tr("Give the clone a name.")
    if "/" in name:
        return _tr("A VM name cannot contain “/”.")
    if name in taken:
        return _tr("There is already a VM named {name}.").format(name=name)
    return ""


def new_storage_names(new_name: str, disks: Collection[CloneDisk], actions: dict[str, DiskAction]) -> dict[str, str]:
    """target -> the name of its new volume (or file), for the disks that get new storage: the first
    `<new_name>.<ext>`, the others `<new_name>-1.<ext>`, ...; each free in its pool or folder."""
    names: dict[str, str] = {}
    given: dict[str, set[str]] = {}
    number = 0
    for disk in disks:
        if not actions.get(disk.target, disk.default_action).new_storage:
            continue
        stem = new_name if number == 0 else f"{new_name}-{number}"
        number += 1
        taken = given.setdefault(disk.container, set(disk.taken))
        name = free_name(stem + _extension(disk), taken)
        taken.add(name)
        names[disk.target] = name
    return names


def _extension(disk: CloneDisk) -> str:
    """The original's extension (".qcow2"), else its format's; none for block devices (logical volumes)."""
    if disk.place.path.startswith("/dev/"):
        return ""
    extension = os.path.splitext(os.path.basename(disk.place.path))[1]
    return extension or with_extension("", disk.format)


def nvram_path(source: CloneSource, new_name: str) -> str:
    """The clone's NVRAM: beside the original's, named after the clone ("" when the VM has none)."""
    if not source.nvram:
        return ""
    return os.path.join(os.path.dirname(source.nvram), f"{new_name}_VARS.fd")


# -- the clone's definition (pure) -------------------------------------------------------------------------------
def clone_definition(source: CloneSource, new_name: str, actions: dict[str, DiskAction],
                     new_paths: dict[str, str], nvram: str = "") -> xmlconf.Domain:
    """The clone's configuration: the source's with the new name, a new UUID, new MACs, its own NVRAM (nvram),
    and each disk as chosen (new_paths: target -> the path of its new storage)."""
    config = xmlconf.load(source.xml)
    assert isinstance(config, xmlconf.Domain)
    config.name = new_name
    config.uuid = str(uuidlib.uuid4())
    if config.genid is not None:
        config.genid = ""  # libvirt makes a new generation id
    used: list[str] = []
    for nic in config.devices.interfaces:
        if nic.mac_address:
            used.append(nic.mac_address.lower())
    for nic in config.devices.interfaces:
        if nic.mac_address:
            nic.mac_address = random_mac(used)
            used.append(nic.mac_address)
    if source.nvram:
        config.os.nvram = nvram
    by_target = {d.target: d for d in source.disks}
    for disk in list(config.devices.disks):
        cloned = by_target.get(disk.target_dev or "")
        action = actions.get(disk.target_dev or "", cloned.default_action if cloned else DiskAction.SHARE)
        if action is DiskAction.SKIP:
            disk.remove()
        elif action.new_storage:
            _point_at(disk, new_paths[disk.target_dev or ""])
    return config


def _point_at(disk: xmlconf.Disk, path: str) -> None:
    """The disk's source becomes the file or block device path (a pool volume's too: by path)."""
    node = disk.ensure_node()
    for backing in node.findall("backingStore"):
        node.remove(backing)
    source = node.find("source")
    if source is not None:
        for attribute in ("file", "dev", "pool", "volume"):
            source.attrib.pop(attribute, None)
    block = path.startswith("/dev/")
    disk.type = "block" if block else "file"
    if block:
        disk.source_dev = path
    else:
        disk.source_file = path


# -- the cloning (worker side) -----------------------------------------------------------------------------------
@dataclass
class _Undo:
    """What the job created, to remove again if it does not finish."""

    steps: list[tuple[str, Callable[[], object]]] = field(default_factory=list)

    def add(self, what: str, undo: Callable[[], object]) -> None:
        self.steps.append((what, undo))

    def run(self, context: JobContext) -> None:
        for what, undo in reversed(self.steps):
            try:
                undo()
            except (libvirt.libvirtError, OSError) as exc:
                context.step(_tr("Could not remove {what} again: {error}").format(what=what, error=describe(exc)))
            else:
                context.step(_tr("Removed {what} again").format(what=what))


class _Progress:
    """Bytes copied of all disks, for the job's progress."""

    def __init__(self, context: JobContext, total: int) -> None:
        self.context, self.total, self.done = context, max(total, 1), 0

    def show(self, current: int) -> None:
        self.context.progress(min(self.done + current, self.total), self.total)


def _clone_volume(conn: libvirt.virConnect, disk: CloneDisk, name: str, progress: _Progress) -> libvirt.virStorageVol:
    pool = conn.storagePoolLookupByName(disk.place.pool)
    source = pool.storageVolLookupByName(disk.place.volume)
    xml = new_volume_xml(name, disk.place.capacity or 0, disk.format)
    copying = threading.Event()

    def poll() -> None:
        while not copying.wait(POLL_S):
            with contextlib.suppress(libvirt.libvirtError):  # not there yet
                progress.show(pool.storageVolLookupByName(name).info()[2])

    watcher = threading.Thread(target=poll, name="clone-progress", daemon=True)
    watcher.start()
    try:
        return pool.createXMLFrom(xml, source, 0)
    finally:
        copying.set()
        watcher.join()


def _copy_file(context: JobContext, source: str, target: str, progress: _Progress) -> None:
    """Copies source to the new file target (sparse where source has zeros), with source's mode and, where
    allowed, owner; removes target again when the copy does not finish."""
    done = 0
    with open(source, "rb") as reading:
        status = os.fstat(reading.fileno())
        descriptor = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, status.st_mode & 0o777)
        try:
            with os.fdopen(descriptor, "wb") as writing:
                while chunk := reading.read(COPY_CHUNK):
                    context.check_cancelled()
                    if chunk.count(0) == len(chunk):
                        writing.seek(len(chunk), os.SEEK_CUR)
                    else:
                        writing.write(chunk)
                    done += len(chunk)
                    progress.show(done)
                writing.truncate(status.st_size)
            with contextlib.suppress(PermissionError):  # only root gives a file away
                os.chown(target, status.st_uid, status.st_gid)
        except BaseException:
            with contextlib.suppress(OSError):
                os.remove(target)
            raise


def _new_storage(conn: libvirt.virConnect, context: JobContext, disk: CloneDisk, action: DiskAction, name: str,
                 progress: _Progress, undo: _Undo) -> str:
    """Makes the disk's new storage; its path."""
    if disk.place.pool:
        if action is DiskAction.CLONE:
            context.phase(_tr("Cloning {volume} as {name}").format(volume=disk.place.volume, name=name))
            vol = _clone_volume(conn, disk, name, progress)
        else:
            context.phase(_tr("Creating the empty volume {name}").format(name=name))
            pool = conn.storagePoolLookupByName(disk.place.pool)
            vol = pool.createXML(new_volume_xml(name, disk.place.capacity or 0, disk.format), 0)
        undo.add(_tr("the volume {name} of the pool {pool}").format(name=name, pool=disk.place.pool),
                 lambda: vol.delete(0))
        path = vol.path()
        context.step((_tr("Cloned {source} as {path}") if action is DiskAction.CLONE else
                      _tr("Created the empty volume {path}")).format(source=disk.place.path, path=path))
        return path
    path = os.path.join(disk.container, name)
    context.phase(_tr("Copying {source} to {path}").format(source=disk.place.path, path=path))
    on_file_worker(_copy_file, context, disk.place.path, path, progress)
    undo.add(_tr("the file {path}").format(path=path), lambda: on_file_worker(os.remove, path))
    context.step(_tr("Copied {source} to {path}").format(source=disk.place.path, path=path))
    return path


def _copy_nvram(context: JobContext, source: CloneSource, path: str, undo: _Undo) -> None:
    if not source.local_files:
        context.step(_tr("The NVRAM was not copied (the host's files are not this machine's): the clone starts "
                         "with the firmware's initial variables at {path}").format(path=path))
        return
    if not os.path.exists(source.nvram):
        context.step(_tr("{vm} has no NVRAM file yet: the clone gets the firmware's initial variables at {path}")
                     .format(vm=source.name, path=path))
        return
    on_file_worker(shutil.copy2, source.nvram, path)
    undo.add(_tr("the NVRAM {path}").format(path=path), lambda: on_file_worker(os.remove, path))
    context.step(_tr("Copied the NVRAM to {path}").format(path=path))


def _clone(conn: libvirt.virConnect, context: JobContext, source: CloneSource, new_name: str,
           actions: dict[str, DiskAction], allow_active: bool) -> str:
    dom = conn.lookupByUUIDString(source.uuid)
    instance = running_id(dom)
    if instance is not None and not allow_active:
        raise RuntimeError(_tr("Nothing was done: {vm} is running, and copying disks in use was not chosen.").format(
            vm=source.name))
    stopped = _tr("{vm} stopped while its disks were copied (it crashed, or was destroyed or shut down): a copy "
                  "of disks in use that ends in a crash cannot be trusted, so the clone was not made.").format(
        vm=source.name)
    names = new_storage_names(new_name, source.disks, actions)
    copied = [d for d in source.disks if actions.get(d.target, d.default_action) is DiskAction.CLONE]
    progress = _Progress(context, sum(d.place.allocation or d.place.capacity or 0 for d in copied))
    undo = _Undo()
    try:
        paths = {}
        for disk in source.disks:
            action = actions.get(disk.target, disk.default_action)
            if not action.new_storage:
                continue
            context.check_cancelled()
            paths[disk.target] = _new_storage(conn, context, disk, action, names[disk.target], progress, undo)
            check_still_running(dom, instance, stopped)
            if action is DiskAction.CLONE:
                progress.done += disk.place.allocation or disk.place.capacity or 0
        nvram = nvram_path(source, new_name)
        if nvram:
            context.check_cancelled()
            _copy_nvram(context, source, nvram, undo)
        context.check_cancelled()
        check_still_running(dom, instance, stopped)
        context.phase(_tr("Defining {vm}").format(vm=new_name))
        config = clone_definition(source, new_name, actions, paths, nvram)
        conn.defineXML(config.to_xml())
        context.step(_tr("Defined the VM {vm} (UUID {uuid})").format(vm=new_name, uuid=config.uuid))
    except BaseException:
        undo.run(context)
        raise
    context.progress(1, 1, force=True)
    return new_name


def clone_vm(connection: Connection, source: CloneSource, new_name: str, actions: dict[str, DiskAction],
             allow_active: bool = False) -> Job:
    """Clones the VM as a Job (its result: the clone's name). actions: target -> what to do with that disk (its
    default_action where absent)."""
    job = connection.start_job(_tr("Cloning {vm} as {name}").format(vm=source.name, name=new_name), _clone,
                               source, new_name, dict(actions), allow_active)
    pools = {d.place.pool for d in source.disks if d.place.pool}
    job.ended.connect(lambda: [read_after_change(connection.catalogue, pool) for pool in pools])
    return job

"""Volume operations of the Host Details Storage tab: create, clone, convert, resize, wipe and delete (one libvirt
call each; those that write a volume's data run on the job lane, which has no time limit), upload and download
through libvirt streams as Jobs, the names and formats a new volume may have, and the backing store a volume's
XML names. After every change the catalogue reads the pool (its sizes, then its volumes) again."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Collection, Iterable
from typing import TYPE_CHECKING

import libvirt
import shiboken6
from lxml import etree
from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.model import streams
from virtdesk.model.jobs import Job, JobContext
from virtdesk.model.lanes import Lane
from virtdesk.model.pool_creation import CONTROL
from virtdesk.model.storage_actions import pool_type, volume_format
from virtdesk.model.volume_users import VolumeUsers, map_users
from virtdesk.model.worker import Task
from virtdesk.units import format_bytes

if TYPE_CHECKING:
    from virtdesk.model.catalogue import HostCatalogue
    from virtdesk.model.connection import Connection
    from virtdesk.model.storage import StoragePool, Volume

FILE_POOL_TYPES = frozenset({"dir", "fs", "netfs"})  # their volumes are image files
IMAGE_FORMATS = ("qcow2", "raw", "qed", "vmdk", "vdi", "vpc")  # the file formats qemu-img creates, preferred first
FALLBACK_FORMATS = ("qcow2", "raw")  # for file pools when the host does not describe its pools
EXTENSIONS = {"vpc": "vhd"}  # a format whose files are named otherwise


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


# -- names, formats, backing stores (pure) --------------------------------------------------------------------
def check_volume_name(name: str, pool: str, taken: Collection[str]) -> str:
    """Why name cannot be a new volume of the pool whose volumes are taken ("" when it can)."""
    if not name:
        return _tr("Give the volume a name.")
    if "/" in name:
        return _tr("A volume name cannot contain “/”.")
    if CONTROL.search(name):
        return _tr("A volume name cannot contain control characters (such as a tab or a line break).")
    if name.strip(" \t\n\r") in (".", ".."):  # libvirt's schema compares them as tokens, spaces around dropped
        return _tr("“.” and “..” cannot name a volume.")
    if name in taken:
        return _tr("The pool {pool} already has a volume {name}.").format(pool=pool, name=name)
    return ""


def _split(name: str) -> tuple[str, str]:
    """("web", ".qcow2") of "web.qcow2"; a name without an extension has the empty one."""
    stem, dot, extension = name.rpartition(".")
    return (stem, dot + extension) if stem else (name, "")


def free_name(wanted: str, taken: Collection[str]) -> str:
    """wanted, or wanted with -2, -3, ... before its extension: the first the pool does not have."""
    stem, extension = _split(wanted)
    number = 1
    name = wanted
    while name in taken:
        number += 1
        name = f"{stem}-{number}{extension}"
    return name


def clone_name(source: str, taken: Collection[str]) -> str:
    stem, extension = _split(source)
    return free_name(f"{stem}-clone{extension}", taken)


def with_extension(stem: str, fmt: str) -> str:
    """stem with the extension of files of the format (none for fmt "")."""
    return f"{stem}.{EXTENSIONS.get(fmt, fmt)}" if fmt else stem


def converted_name(source: str, fmt: str, taken: Collection[str]) -> str:
    """The source's name with the format's extension (web.qcow2 -> web.raw), free in the pool."""
    return free_name(with_extension(_split(source)[0], fmt), taken)


def formats_for(pool_kind: str, capabilities_xml: str = "") -> list[str]:
    """The formats a new volume of a pool of that type can have, the preferred first, from the host's storage
    pool capabilities where they describe the type; [] for pools whose volumes have no format (logical, ...)."""
    offered = _offered_formats(capabilities_xml, pool_kind)
    if offered is None:
        return list(FALLBACK_FORMATS) if pool_kind in FILE_POOL_TYPES else []
    if pool_kind in FILE_POOL_TYPES:
        offered = [f for f in IMAGE_FORMATS if f in offered]
    return [f for f in offered if f != "none"]


def _offered_formats(capabilities_xml: str, pool_kind: str) -> list[str] | None:
    if not capabilities_xml:
        return None
    try:
        root = etree.fromstring(capabilities_xml.encode())
    except etree.XMLSyntaxError:
        return None
    pools = [p for p in root.iterfind("pool") if p.get("type") == pool_kind]
    if not pools:
        return None
    return [str(value.text) for value in pools[0].iterfind("volOptions/enum[@name='targetFormatType']/value")
            if value.text]


def backing_store_path(xml: str) -> str:
    """The file a volume's data lies over ("" when it has no backing store)."""
    try:
        return str(etree.fromstring(xml.encode()).xpath("string(/volume/backingStore/path)"))
    except etree.XMLSyntaxError:
        return ""


# -- reading -----------------------------------------------------------------------------------------------------
def read_formats(connection: Connection, pool: StoragePool) -> Task:
    """The formats a new volume of the pool can have (formats_for), asked of the host."""
    kind = pool_type(pool.xml)

    def read(conn: libvirt.virConnect) -> list[str]:
        try:
            capabilities = conn.getStoragePoolCapabilities(0)
        except libvirt.libvirtError:  # older hosts and the test driver do not describe their pools
            capabilities = ""
        return formats_for(kind, capabilities)

    return connection.call(read, description=_tr("Reading the volume formats of {pool}").format(pool=pool.name),
                           quiet=True)


# -- changes -------------------------------------------------------------------------------------------------------
def read_after_change(catalogue: HostCatalogue, pool: str) -> None:
    """The catalogue reads the pool again after a change: its sizes, then (where they were read) its volumes."""
    if shiboken6.isValid(catalogue):  # the connection may have gone away before a long change ended
        catalogue.pool_event(pool)


def _change(connection: Connection, pool: str, work: Callable[[libvirt.virStoragePool], object], description: str,
            lane: Lane = Lane.EDIT) -> Task:
    """Runs work(virStoragePool) on the lane; then, whatever the outcome, the catalogue reads the pool again."""
    def run(conn: libvirt.virConnect) -> object:
        return work(conn.storagePoolLookupByName(pool))

    task = connection.call(run, description=description, lane=lane)
    catalogue = connection.catalogue
    task.then(lambda _r: read_after_change(catalogue, pool), lambda _e: read_after_change(catalogue, pool),
              owner=catalogue)
    return task


def new_volume_xml(name: str, capacity: int, fmt: str, allocation: int = 0,
                    backing: tuple[str, str] | None = None) -> str:
    volume = xmlconf.build_volume(name, capacity, fmt or "raw", allocation_bytes=allocation,
                                  backing_path=backing[0] if backing else None,
                                  backing_format=backing[1] if backing else None)
    if not fmt:
        volume.target_format = None
    return volume.to_xml()


def create_volume(connection: Connection, pool: str, name: str, fmt: str, capacity: int, allocation: int = 0,
                  backing: Volume | None = None) -> Task:
    """A new volume of capacity bytes (fmt "" for pools whose volumes have no format), allocation bytes of it
    allocated now (0: as it is written), optionally over a backing volume. On the job lane: allocating takes
    time."""
    over = (backing.path, volume_format(backing.xml) or "raw") if backing is not None else None
    xml = new_volume_xml(name, capacity, fmt, allocation, over)
    return _change(connection, pool, lambda p: p.createXML(xml, 0).name(),
                   _tr("Creating the volume {name} in {pool}").format(name=name, pool=pool), Lane.JOB)


def copy_volume(connection: Connection, pool: str, source: Volume, name: str, fmt: str | None = None) -> Task:
    """A new volume name in the same pool holding source's data: a clone in its format (fmt None) or a copy
    converted to fmt. The source is kept."""
    target = volume_format(source.xml) if fmt is None else fmt
    xml = new_volume_xml(name, source.capacity, target)
    description = (_tr("Cloning {source} as {name}") if fmt is None
                   else _tr("Converting {source} to {format} as {name}")).format(source=source.name, name=name,
                                                                                 format=fmt)

    def copy(p: libvirt.virStoragePool) -> str:
        return p.createXMLFrom(xml, p.storageVolLookupByName(source.name), 0).name()

    return _change(connection, pool, copy, description, Lane.JOB)


def resize_volume(connection: Connection, pool: str, name: str, capacity: int, shrink: bool = False) -> Task:
    """Sets the volume's capacity to capacity bytes; smaller than now only with shrink (its data past the new end
    is lost)."""
    flags = libvirt.VIR_STORAGE_VOL_RESIZE_SHRINK if shrink else 0
    return _change(connection, pool, lambda p: p.storageVolLookupByName(name).resize(capacity, flags),
                   _tr("Resizing the volume {name} to {size}").format(name=name, size=format_bytes(capacity)))


def wipe_volume(connection: Connection, pool: str, name: str) -> Task:
    """Overwrites the volume's data with zeros (on the job lane: it writes the whole volume)."""
    return _change(connection, pool, lambda p: p.storageVolLookupByName(name).wipe(0),
                   _tr("Wiping the volume {name}").format(name=name), Lane.JOB)


def delete_volumes(connection: Connection, pool: str, volumes: Iterable[Volume],
                   confirmed_in_use: Collection[str] = ()) -> Task:
    """Deletes the volumes; one that a VM uses is deleted only if its name is in confirmed_in_use (the user was
    told which VMs use it), and the VMs are looked up again first. The task's result: {volume name: why it was
    not deleted} of those left."""
    wanted = list(volumes)

    def delete(p: libvirt.virStoragePool) -> dict[str, str]:
        users = volume_users_now(p.connect())
        left = {}
        for volume in wanted:
            using = users.of(pool, volume)
            if using and volume.name not in confirmed_in_use:
                left[volume.name] = _tr("used by {vms}").format(vms=", ".join(using))
                continue
            try:
                p.storageVolLookupByName(volume.name).delete(0)
            except libvirt.libvirtError as exc:
                left[volume.name] = exc.get_error_message() or str(exc)
        return left

    names = [v.name for v in wanted]
    return _change(connection, pool, delete, _tr("Deleting {names} from {pool}").format(names=", ".join(names),
                                                                                         pool=pool))


def volume_users_now(conn: libvirt.virConnect) -> VolumeUsers:
    """Worker side: the VMs by the volumes their saved and running configurations use."""
    configs = []
    for domain in conn.listAllDomains():
        with contextlib.suppress(libvirt.libvirtError):  # a VM removed meanwhile uses nothing
            configs.append((domain.name(), domain.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE)))
            if domain.isActive():
                configs.append((domain.name(), domain.XMLDesc(0)))
    return map_users(configs)


# -- transfers -----------------------------------------------------------------------------------------------------
def upload(connection: Connection, pool: StoragePool, path: str, volume: str, new: bool) -> Job:
    """Writes the local file path into the volume from its start, as a Job; with new, into a new volume of the
    file's size (raw where the pool's volumes have a format), which is removed again if the upload does not
    finish."""
    title = _tr("Uploading {file} into {volume}").format(file=os.path.basename(path), volume=volume)
    if new:
        job = connection.start_job(title, upload_new_volume, pool.name, volume, path)
    else:
        job = connection.start_job(title, streams.upload_volume, pool.name, volume, path)
    catalogue = connection.catalogue
    job.ended.connect(lambda: read_after_change(catalogue, pool.name))
    return job


def upload_new_volume(conn: libvirt.virConnect, context: JobContext, pool: str, volume: str, path: str) -> int:
    """Worker side (job lane): a new volume (raw where the pool's volumes have a format) of the local file's size,
    holding its bytes; removed again if the upload fails or is cancelled. Returns the bytes sent."""
    size = os.path.getsize(path)
    target = conn.storagePoolLookupByName(pool)
    xml = new_volume_xml(volume, size, "raw" if pool_type(target.XMLDesc(0)) in FILE_POOL_TYPES else "")
    created = target.createXML(xml, 0)
    context.step(_tr("Created the volume {volume} of {size}").format(volume=volume, size=format_bytes(size)))
    try:
        return streams.upload_volume(conn, context, pool, volume, path)
    except BaseException:
        with contextlib.suppress(libvirt.libvirtError):
            created.delete(0)
            context.step(_tr("Removed the unfinished volume {volume}").format(volume=volume))
        raise


def download(connection: Connection, pool: str, volume: str, path: str) -> Job:
    """Copies the whole volume into the local file path, as a Job. The data goes to a new file beside it first,
    which replaces path only once the download is complete: a failed or cancelled download leaves path as it
    was."""
    title = _tr("Downloading {volume} to {file}").format(volume=volume, file=path)
    return connection.start_job(title, _download, pool, volume, path)


def _download(conn: libvirt.virConnect, context: JobContext, pool: str, volume: str, path: str) -> int:
    partial = _new_file_beside(path)
    try:
        moved = streams.download_volume(conn, context, pool, volume, partial)
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(partial)
        raise
    return moved


def _new_file_beside(path: str) -> str:
    """Creates an empty file of a free name next to path (with the permissions a new file gets) and names it."""
    number = 1
    while True:
        candidate = f"{path}.part" if number == 1 else f"{path}.part{number}"
        try:
            os.close(os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        except FileExistsError:
            number += 1
            continue
        return candidate

"""Storage pool operations the Host Details window asks for (start, stop, refresh, autostart, delete, redefine from
edited XML), each on the edit lane, and the facts a pool or volume list shows that only their XML holds."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING

import libvirt
from lxml import etree
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from virtdesk import xmlconf
from virtdesk.model.errors import describe
from virtdesk.model.lanes import Lane
from virtdesk.model.worker import Task

if TYPE_CHECKING:
    from virtdesk.model.connection import Connection
    from virtdesk.model.storage import StoragePool


class PoolState(enum.IntEnum):
    INACTIVE = libvirt.VIR_STORAGE_POOL_INACTIVE
    BUILDING = libvirt.VIR_STORAGE_POOL_BUILDING
    RUNNING = libvirt.VIR_STORAGE_POOL_RUNNING
    DEGRADED = libvirt.VIR_STORAGE_POOL_DEGRADED
    INACCESSIBLE = libvirt.VIR_STORAGE_POOL_INACCESSIBLE

    @property
    def label(self) -> str:
        return QCoreApplication.translate("PoolState", _STATE_TEXT[self])


_STATE_TEXT = {
    PoolState.INACTIVE: QT_TRANSLATE_NOOP("PoolState", "Inactive"),
    PoolState.BUILDING: QT_TRANSLATE_NOOP("PoolState", "Building"),
    PoolState.RUNNING: QT_TRANSLATE_NOOP("PoolState", "Active"),
    PoolState.DEGRADED: QT_TRANSLATE_NOOP("PoolState", "Degraded"),
    PoolState.INACCESSIBLE: QT_TRANSLATE_NOOP("PoolState", "Inaccessible"),
}


def pool_state(pool: StoragePool) -> PoolState | None:
    try:
        return PoolState(pool.state)
    except ValueError:
        return None


def _xpath(xml: str, path: str) -> str:
    try:
        return str(etree.fromstring(xml.encode()).xpath(f"string({path})"))
    except etree.XMLSyntaxError:
        return ""


def pool_type(xml: str) -> str:
    """dir, logical, netfs, ... from the pool's XML."""
    return _xpath(xml, "/pool/@type")


def volume_format(xml: str) -> str:
    """qcow2, raw, iso, ... from the volume's XML ("" when it names none)."""
    return _xpath(xml, "/volume/target/format/@type")


def _on_pool(connection: Connection, name: str, fn: Callable[[libvirt.virStoragePool], object],
             description: str) -> Task:
    """Runs fn on the named pool on the edit lane; then the catalogue reads the pool again (autostart has no
    event)."""
    return _changing_pool(connection, name, lambda conn: fn(conn.storagePoolLookupByName(name)), description)


def _changing_pool(connection: Connection, name: str, run: Callable[[libvirt.virConnect], object],
                   description: str) -> Task:
    task = connection.call(run, description=description, lane=Lane.EDIT)
    catalogue = connection.catalogue
    task.then(lambda _r: catalogue.pool_event(name), lambda _e: catalogue.pool_event(name), owner=catalogue)
    return task


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


def start_pool(connection: Connection, name: str) -> Task:
    return _on_pool(connection, name, lambda pool: pool.create(0),
                    _tr("Starting the pool {name}").format(name=name))


def stop_pool(connection: Connection, name: str) -> Task:
    """Stops the pool (libvirt's destroy: the pool becomes inactive; nothing on disk is removed)."""
    return _on_pool(connection, name, lambda pool: pool.destroy(),
                    _tr("Stopping the pool {name}").format(name=name))


def refresh_pool(connection: Connection, name: str) -> Task:
    return _on_pool(connection, name, lambda pool: pool.refresh(0),
                    _tr("Refreshing the pool {name}").format(name=name))


def set_pool_autostart(connection: Connection, name: str, autostart: bool) -> Task:
    return _on_pool(connection, name, lambda pool: pool.setAutostart(1 if autostart else 0),
                    (_tr("Turning autostart on for the pool {name}") if autostart
                     else _tr("Turning autostart off for the pool {name}")).format(name=name))


# -- the pool's XML -----------------------------------------------------------------------------------------------
def _definition(conn: libvirt.virConnect, name: str) -> str:
    pool = conn.storagePoolLookupByName(name)
    try:
        return pool.XMLDesc(libvirt.VIR_STORAGE_XML_INACTIVE)
    except libvirt.libvirtError as exc:
        if exc.get_error_code() not in (libvirt.VIR_ERR_INVALID_ARG, libvirt.VIR_ERR_NO_SUPPORT):
            raise
        return pool.XMLDesc(0)  # a driver without that flag (the test driver) has one definition only


def read_pool_xml(connection: Connection, name: str) -> Task:
    """The pool's persistent definition (what a redefine replaces), without the sizes of the running pool."""
    return connection.call(_definition, name, description=_tr("Reading the definition of the pool {name}").format(
        name=name), quiet=True)


def redefine_pool(connection: Connection, pool: xmlconf.StoragePool) -> Task:
    """Defines the pool again from its edited XML (same name and UUID); the host validates it. A running pool uses
    the new definition once it is stopped and started again."""
    xml, name = pool.to_xml(), pool.name or ""
    return _changing_pool(connection, name,
                          lambda conn: conn.storagePoolDefineXML(xml, libvirt.VIR_STORAGE_POOL_DEFINE_VALIDATE),
                          _tr("Changing the definition of the pool {name}").format(name=name))


# -- deleting -----------------------------------------------------------------------------------------------------
def storage_to_delete(xml: str) -> str:
    """What libvirt's deletion of the pool's storage (virStoragePoolDelete) removes, naming it ("the directory
    /srv/images"); "" where libvirt cannot delete the storage of the pool's type."""
    try:
        pool = xmlconf.load(xml)
    except xmlconf.XMLConfError:
        return ""
    if not isinstance(pool, xmlconf.StoragePool):
        return ""
    source = pool.source
    path = pool.target_path or ""
    device = ", ".join(d.path or "" for d in source.devices)
    host = source.hosts[0].name if len(source.hosts) else ""
    if pool.type in ("dir", "vstorage") and path:
        return _tr("the directory {path}").format(path=path)
    if pool.type == "fs" and path:
        return _tr("the mount point {path} (the file system on {device} stays)").format(path=path, device=device)
    if pool.type == "netfs" and path:
        return _tr("the mount point {path} (the files on {host} stay)").format(path=path, host=host)
    if pool.type == "logical" and source.name and device:
        return _tr("the volume group {name} with all its logical volumes, and the LVM labels of {devices}").format(
            name=source.name, devices=device)
    if pool.type == "logical" and source.name:
        return _tr("the volume group {name} with all its logical volumes").format(name=source.name)
    if pool.type == "disk" and device:
        return _tr("the partition table of {device} (every partition on it is lost)").format(device=device)
    if pool.type == "zfs" and source.name:
        return _tr("the ZFS pool {name} with everything in it").format(name=source.name)
    return ""


def deletion_blocked(pool_xml: str, volumes: int | None) -> str:
    """Why deleting the pool's storage cannot work now ("" when it may): libvirt removes only an empty directory."""
    if pool_type(pool_xml) == "dir" and volumes:
        return _tr("libvirt deletes a pool's directory only when it is empty: delete its volumes first.")
    return ""


class PoolPartlyDeleted(Exception):
    """Deleting the pool stopped half way: what was done stays done; the message says what and why the rest
    failed."""

    def __init__(self, message: str, cause: BaseException) -> None:
        super().__init__(message)
        self.message, self.cause = message, cause

    def __str__(self) -> str:
        return self.message


def _undefine_failed(stopped: bool, storage_deleted: bool, cause: BaseException) -> PoolPartlyDeleted:
    """The definition could not be removed after the pool was stopped or its storage deleted (or both)."""
    if storage_deleted and stopped:
        text = _tr("The pool was stopped and its storage deleted, but its definition could not be removed: {error}")
    elif storage_deleted:
        text = _tr("The pool's storage was deleted, but its definition could not be removed: {error}")
    else:
        text = _tr("The pool was stopped, but its definition could not be removed: {error}")
    return PoolPartlyDeleted(text.format(error=describe(cause)), cause)


def delete_pool(connection: Connection, name: str, delete_storage: bool) -> Task:
    """Stops the pool if it runs, deletes its storage only when asked (virStoragePoolDelete), and removes its
    definition. A transient pool is gone once stopped. A failed step ends it there, saying what was done."""
    def run(pool: libvirt.virStoragePool) -> None:
        persistent = bool(pool.isPersistent())
        stopped = deleted = False
        if pool.isActive():
            pool.destroy()
            stopped = True
        if not persistent:
            return
        if delete_storage:
            try:
                pool.delete(0)
            except libvirt.libvirtError as exc:
                if not stopped:
                    raise
                raise PoolPartlyDeleted(_tr("The pool was stopped, but its storage could not be deleted: {error}. "
                                            "It is still defined.").format(error=describe(exc)), exc) from exc
            deleted = True
        try:
            pool.undefine()
        except libvirt.libvirtError as exc:
            if not (stopped or deleted):
                raise
            raise _undefine_failed(stopped, deleted, exc) from exc

    description = (_tr("Deleting the pool {name} and its storage") if delete_storage
                   else _tr("Deleting the pool {name}")).format(name=name)
    return _on_pool(connection, name, run, description)

"""Storage pool operations the Host Details window asks for (start, stop, refresh, autostart), each one libvirt
call on the edit lane, and the facts a pool or volume list shows that only their XML holds."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING

import libvirt
from lxml import etree
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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
    def run(conn: libvirt.virConnect) -> None:
        fn(conn.storagePoolLookupByName(name))

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

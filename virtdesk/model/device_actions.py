"""What the Host Details window does to a host's PCI device: detach it from its host driver (for passthrough),
reattach it to the host, reset it. Each is one libvirt call on the edit lane; then the catalogue reads the node
devices again (a device that changes driver sends no lifecycle event)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import libvirt
from PySide6.QtCore import QCoreApplication

from virtdesk.model.catalogue import Kind
from virtdesk.model.lanes import Lane
from virtdesk.model.worker import Task

if TYPE_CHECKING:
    from virtdesk.model.connection import Connection

PASSTHROUGH_DRIVERS = frozenset({"vfio-pci", "pci-stub", "pciback", "xen-pciback"})


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


def _on_device(connection: Connection, name: str, fn: Callable[[libvirt.virNodeDevice], object],
               description: str) -> Task:
    def run(conn: libvirt.virConnect) -> None:
        fn(conn.nodeDeviceLookupByName(name))

    task = connection.call(run, description=description, lane=Lane.EDIT)
    catalogue = connection.catalogue
    task.then(lambda _r: catalogue.refresh(Kind.NODE_DEVICES), lambda _e: catalogue.refresh(Kind.NODE_DEVICES),
              owner=catalogue)
    return task


def _detach(device: libvirt.virNodeDevice) -> None:
    try:
        device.detachFlags(None, 0)
    except libvirt.libvirtError as error:
        if error.get_error_code() != libvirt.VIR_ERR_NO_SUPPORT:
            raise
        device.dettach()  # a daemon older than detachFlags


def detach_device(connection: Connection, name: str) -> Task:
    """Unbinds the device from its host driver and binds it to the passthrough driver (libvirt's choice)."""
    return _on_device(connection, name, _detach,
                      _tr("Detaching the device {name} from the host").format(name=name))


def reattach_device(connection: Connection, name: str) -> Task:
    """Gives a detached device back to its host driver."""
    return _on_device(connection, name, lambda device: device.reAttach(),
                      _tr("Reattaching the device {name} to the host").format(name=name))


def reset_device(connection: Connection, name: str) -> Task:
    return _on_device(connection, name, lambda device: device.reset(),
                      _tr("Resetting the device {name}").format(name=name))

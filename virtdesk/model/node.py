"""What a host (libvirt's node) tells about itself: its CPU count, its devices and the domain capabilities of its
hypervisor. `read_*` run on a worker; the others start that and return the Task."""

from __future__ import annotations

from typing import TYPE_CHECKING

import libvirt
from PySide6.QtCore import QCoreApplication

from virtdesk.model.worker import Task

if TYPE_CHECKING:
    from virtdesk import xmlconf
    from virtdesk.model.connection import Connection



def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


def read_cpu_count(conn: libvirt.virConnect) -> int:
    return int(conn.getInfo()[2])


def cpu_count(connection: Connection) -> Task:
    """The host's number of CPUs (an int)."""
    return connection.call(read_cpu_count, quiet=True)


def read_node_devices(conn: libvirt.virConnect, flags: int = 0) -> list[xmlconf.NodeDevice]:
    """The host's devices (all, or those of the capability `flags` names), sorted by name."""
    found = [document for device in conn.listAllDevices(flags) if (document := _node_device(device)) is not None]
    return sorted(found, key=lambda d: d.name or "")


def read_node_device(conn: libvirt.virConnect, name: str) -> xmlconf.NodeDevice | None:
    """The named device; None when it is gone."""
    try:
        device = conn.nodeDeviceLookupByName(name)
    except libvirt.libvirtError as exc:
        if exc.get_error_code() == libvirt.VIR_ERR_NO_NODE_DEVICE:
            return None
        raise
    return _node_device(device)


def _node_device(device: libvirt.virNodeDevice) -> xmlconf.NodeDevice | None:
    """The device's description; None when it was unplugged while being read."""
    from virtdesk import xmlconf  # on a worker: the object model is not needed to list VMs

    try:
        document = xmlconf.load(device.XMLDesc(0))
    except (libvirt.libvirtError, xmlconf.XMLConfError):
        return None
    return document if isinstance(document, xmlconf.NodeDevice) else None


def read_domain_capabilities(conn: libvirt.virConnect, emulator: str | None, arch: str | None,
                             machine: str | None, virt_type: str | None) -> xmlconf.DomainCapabilities | None:
    """What the hypervisor offers a VM of that emulator, arch, machine and type; None when the host cannot tell
    (the test driver, an old daemon)."""
    from virtdesk import xmlconf

    try:
        text = conn.getDomainCapabilities(emulator, arch, machine, virt_type, 0)
    except libvirt.libvirtError:
        return None
    document = xmlconf.load(text)
    return document if isinstance(document, xmlconf.DomainCapabilities) else None

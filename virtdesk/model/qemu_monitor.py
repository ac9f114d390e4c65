"""QEMU's human monitor (HMP) through libvirt's passthrough (libvirt_qemu.qemuMonitorCommand): for QEMU/KVM guests
on a connection that may change them. What is done there bypasses libvirt, which does not learn of it.

libvirt has no call that says whether a connection is read-only (opened with VIR_CONNECT_RO, or through a daemon's
read-only socket, where the daemon makes it so whatever the client asked): `check_access` asks the host once per
connection with a definition that cannot be parsed, which a read-only connection is refused before any parsing.
Until the answer is in, the monitor is not offered.

No command text is logged or kept: HMP commands can carry passwords (set_password)."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

import libvirt
import libvirt_qemu
from lxml import etree
from PySide6.QtCore import QCoreApplication

from virtdesk.model.lanes import Lane
from virtdesk.model.worker import Task

if TYPE_CHECKING:
    from virtdesk.model.connection import Connection
    from virtdesk.model.domain import Domain

QEMU_DOMAIN_TYPES = ("qemu", "kvm")
_read_only: weakref.WeakSet[Connection] = weakref.WeakSet()  # connections the host refuses changes
_full_access: weakref.WeakSet[Connection] = weakref.WeakSet()
_checks: weakref.WeakKeyDictionary[Connection, Task] = weakref.WeakKeyDictionary()  # the check under way
_UNPARSABLE = "<"


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


class MonitorRefused(Exception):
    """The host does not let this connection use the monitor (a read-only connection)."""


def _domain_type(xml: str) -> str:
    try:
        return etree.fromstring(xml.encode()).get("type", "")
    except etree.XMLSyntaxError:
        return ""


def is_qemu_vm(connection: Connection, domain: Domain) -> bool:
    """A VM of QEMU/KVM, the only kind with a QEMU monitor."""
    driver = connection.uri.partition(":")[0].partition("+")[0]
    return driver == "qemu" and _domain_type(domain.xml) in QEMU_DOMAIN_TYPES


def monitor_available(connection: Connection, domain: Domain) -> str | None:
    """None when the monitor can be used now; else why not, for the user."""
    if not is_qemu_vm(connection, domain):
        return _tr("The QEMU monitor exists only for QEMU/KVM virtual machines.")
    if connection in _read_only:
        return _tr("The connection to {host} is read-only: the QEMU monitor needs full access.").format(
            host=connection.label)
    if not connection.is_active:
        return _tr("Not connected to {host}.").format(host=connection.label)
    if not domain.is_active:
        return _tr("{name} is not running: the QEMU monitor exists while it runs.").format(name=domain.name)
    if connection not in _full_access:
        return _tr("Checking whether the connection to {host} may use the QEMU monitor…").format(
            host=connection.label)
    return None


def _refuses_changes(conn: libvirt.virConnect) -> bool:
    try:
        conn.defineXML(_UNPARSABLE)
    except libvirt.libvirtError as exc:
        return exc.get_error_code() == libvirt.VIR_ERR_OPERATION_DENIED
    raise RuntimeError("the host defined a domain from unparsable XML")


def check_access(connection: Connection) -> Task | None:
    """Finds out (quick lane, once per connection) whether the host refuses this connection changes, which
    monitor_available then says; the task's result is True for a read-only connection. None when that is known
    already or the connection is not open (check again once it is)."""
    if connection in _read_only or connection in _full_access or not connection.is_active:
        return None
    task = _checks.get(connection)
    if task is None:
        task = connection.call(_refuses_changes, quiet=True, description=_tr(
            "Checking whether the connection to {host} is read-only").format(host=connection.label))
        _checks[connection] = task
        task.then(lambda read_only: _checked(connection, read_only), lambda _exc: _checks.pop(connection, None),
                  owner=connection)
    return task


def _checked(connection: Connection, read_only: bool) -> None:
    _checks.pop(connection, None)
    (_read_only if read_only else _full_access).add(connection)


def _run(conn: libvirt.virConnect, uuid: str, command: str) -> str:
    dom = conn.lookupByUUIDString(uuid)
    try:
        return libvirt_qemu.qemuMonitorCommand(dom, command, libvirt_qemu.VIR_DOMAIN_QEMU_MONITOR_COMMAND_HMP)
    except libvirt.libvirtError as exc:
        if exc.get_error_code() == libvirt.VIR_ERR_OPERATION_DENIED:
            raise MonitorRefused(exc.get_error_message() or str(exc)) from None
        raise


def monitor_command(connection: Connection, domain: Domain, command: str) -> Task:
    """Runs one HMP command (edit lane); the task's result is QEMU's answer as text. A host that refuses (read-only
    connection) fails it with MonitorRefused, and monitor_available says so from then on."""
    task = connection.call(_run, domain.uuid, command, lane=Lane.EDIT, quiet=True,
                           description=_tr("QEMU monitor command on {name}").format(name=domain.name))
    task.then(None, lambda exc: _read_only.add(connection) if isinstance(exc, MonitorRefused) else None,
              owner=connection)
    return task

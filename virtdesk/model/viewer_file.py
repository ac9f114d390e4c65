"""What an external viewer (remote-viewer) needs to show a running VM's VNC or SPICE display: a virt-viewer
connection file (.vv) naming the address, port and password, handed to the viewer on its standard input so the
password is never on disk or in a command line.

Connections over virtdesk's SSH reach the display through a local port forwarded over the host's session
(remote/forward.py PortForward), which lives as long as the viewer runs.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import libvirt
from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.model.console_transport import WILDCARDS, ConsoleUnreachable, _loopback
from virtdesk.model.uri import is_local_uri
from virtdesk.model.worker import Task

if TYPE_CHECKING:
    from virtdesk.model.connection import Connection
    from virtdesk.model.domain import Domain
    from virtdesk.remote.forward import PortForward
    from virtdesk.remote.session import Session

VIEWER_KINDS = ("spice", "vnc")


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class Display:
    """Where a viewer finds the VM's display."""

    kind: str  # spice or vnc
    host: str
    port: int
    title: str
    password: str | None = field(default=None, repr=False)


def connection_file(display: Display) -> bytes:
    """The .vv file for display; remote-viewer deletes it when it reads it from a file (not from stdin)."""
    lines = ["[virt-viewer]", f"type={display.kind}", f"host={display.host}", f"port={display.port}",
             f"title={_single_line(display.title)}", "delete-this-file=1"]
    if display.password:
        lines.append(f"password={_single_line(display.password)}")
    return ("\n".join(lines) + "\n").encode()


def _single_line(value: str) -> str:
    return value.replace("\r", " ").replace("\n", " ")


def _read(conn: libvirt.virConnect, uuid: str, local: bool, over_ssh: bool, host: str) -> Display:
    """Worker side: the display of the running VM as this machine reaches it (over SSH: as the host does)."""
    dom = conn.lookupByUUIDString(uuid)
    if not dom.isActive():
        raise ConsoleUnreachable(_tr("The VM is not running."))
    try:
        xml = dom.XMLDesc(libvirt.VIR_DOMAIN_XML_SECURE)
    except libvirt.libvirtError:  # a read-only connection: the viewer asks for a password itself
        xml = dom.XMLDesc(0)
    config = xmlconf.load(xml)
    assert isinstance(config, xmlconf.Domain)
    graphics = next((g for g in config.devices.graphics if g.type in VIEWER_KINDS), None)
    if graphics is None:
        raise ConsoleUnreachable(_tr("This VM has no VNC or SPICE display."))
    if graphics.listen_type == "socket" or graphics.port is None or graphics.port <= 0:
        raise ConsoleUnreachable(_tr("The VM's display has no TCP port for a viewer to connect to."))
    address = graphics.listen_address or graphics.listen or ""
    if local or over_ssh:
        target = "127.0.0.1" if address in WILDCARDS else address
    elif address in WILDCARDS:
        target = host
    elif _loopback(address):
        raise ConsoleUnreachable(_tr("The VM's display listens only on the host's own loopback address ({address})"
                                     ", which can be reached only over SSH: connect to the host with virtdesk's "
                                     "SSH (a qemu+ssh connection) to open it.").format(address=address))
    else:
        target = address
    return Display(graphics.type or "", target, graphics.port, dom.name(), graphics.passwd)


@dataclass
class Reachable:
    """A display the viewer can connect to now; `forward` (over SSH) must stay open while the viewer runs."""

    display: Display
    forward: PortForward | None = None


def _forward(session: Session, display: Display) -> Reachable:
    from virtdesk.remote.forward import PortForward  # paramiko is loaded for remote hosts only

    forward = PortForward(session, display.port, display.host)
    host, port = forward.address
    return Reachable(replace(display, host=host, port=port), forward)


def reach_display(connection: Connection, domain: Domain) -> Task:
    """Finds the VM's display on workers (and forwards it over SSH where the connection goes so); the task's
    result is a Reachable. Close it with `close_forward` when the viewer has ended."""
    description = _tr("Finding the display of {name}").format(name=domain.name)
    result = Task(description)
    over_ssh = connection.over_virtdesk_ssh

    def found(display: Display) -> None:
        if not over_ssh:
            result._deliver(True, Reachable(display))
            return
        connection.run_on_ssh(_forward, display, description=description).then(
            lambda reachable: result._deliver(True, reachable), lambda error: result._deliver(False, error),
            owner=connection)

    connection.call(_read, domain.uuid, is_local_uri(connection.uri), over_ssh,
                    urlsplit(connection.uri).hostname or "", description=description, quiet=True).then(
        found, lambda error: result._deliver(False, error), owner=connection)
    return result


def close_forward(reachable: Reachable) -> None:
    """Ends the SSH forward of a display, if it has one (on a thread of its own: it closes sockets and may end
    the host's session)."""
    forward, reachable.forward = reachable.forward, None
    if forward is not None:
        threading.Thread(target=forward.close, name="close-forward", daemon=True).start()

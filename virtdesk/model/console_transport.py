"""How virtdesk reaches a running VM's VNC display: the connected socket the embedded viewer talks RFB over.

Local connections ask libvirt for the display's socket (openGraphicsFD, with authentication skipped where the
connection may), else connect to the display's listen address (or its UNIX socket). Connections over virtdesk's
SSH open a direct-tcpip channel on the host's session to the address the display listens on there. Other remote
connections connect to the host when the display listens beyond the host's loopback, and say why not otherwise.
The display's password comes from the live XML (read with VIR_DOMAIN_XML_SECURE, never logged) unless the user
gave one. Whether a VM has a display to show at all is read from its configuration (`display_problem`).
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import libvirt
from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.model.errors import describe_reason
from virtdesk.model.uri import is_local_uri
from virtdesk.model.worker import Task

if TYPE_CHECKING:
    from virtdesk.model.connection import Connection
    from virtdesk.model.domain import Domain
    from virtdesk.remote.session import Session

CONNECT_SECONDS = 10.0
WILDCARDS = ("", "0.0.0.0", "::")


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


class ConsoleUnreachable(Exception):
    """The display cannot be reached from here; the message says why."""


@dataclass
class Reached:
    """A socket connected to the VM's VNC server, and the password to log in with (None: none known)."""

    transport: socket.socket
    password: str | None = field(default=None, repr=False)
    route: str = ""
    lost: Callable[[], str] = lambda: ""  # why the way to the display itself went away ("" while it stands)


@dataclass(frozen=True)
class _SshRoute:
    host: str
    port: int
    password: str | None = field(default=None, repr=False)


def vnc_index(config: xmlconf.Domain) -> int | None:
    """The position among the graphics devices of the first VNC display (None: there is none)."""
    return next((i for i, g in enumerate(config.devices.graphics) if g.type == "vnc"), None)


def has_display_servers(uri: str) -> bool:
    """Whether the host's VMs may have displays (libvirt's test driver runs none)."""
    return urlsplit(uri).scheme.partition("+")[0] != "test"


def display_problem(connection: Connection, config: xmlconf.Domain | None) -> str:
    """Why the VM has no VNC display virtdesk can show ("" when it has one)."""
    if not has_display_servers(connection.uri):
        return _tr("This host runs no display servers: it is libvirt's test driver, whose VMs have no screens.")
    if config is None:
        return _tr("The VM's configuration could not be read.")
    kinds = [g.type or "" for g in config.devices.graphics]
    if not kinds:
        return _tr("This VM has no graphical display.")
    if "vnc" not in kinds:
        return _tr("This VM's display is {kind}; virtdesk shows VNC displays itself. Use an external viewer "
                   "for it.").format(kind=", ".join(kind.upper() for kind in kinds))
    return ""


def open_display(connection: Connection, domain: Domain, password: str | None = None) -> Task:
    """Connects to the VM's VNC display on workers; the task's result is a Reached. password: the user's, which
    takes the place of the one in the configuration."""
    description = _tr("Connecting to the display of {name}").format(name=domain.name)
    result = Task(description)
    over_ssh = connection.over_virtdesk_ssh
    local = is_local_uri(connection.uri)
    host = urlsplit(connection.uri).hostname or ""

    def found(answer: Reached | _SshRoute) -> None:
        if isinstance(answer, Reached):
            result._deliver(True, answer)
            return
        connection.run_on_ssh(_open_over_ssh, answer, description=description).then(
            lambda reached: result._deliver(True, reached), lambda error: result._deliver(False, error),
            owner=connection)

    connection.call(_open, domain.uuid, password, local, over_ssh, host, description=description,
                    quiet=True).then(found, lambda error: result._deliver(False, error), owner=connection)
    return result


def live_graphics(dom: libvirt.virDomain, kinds: tuple[str, ...]) -> tuple[int, xmlconf.Graphics]:
    """Worker side: the running VM's first display of one of these kinds and its position among the graphics
    devices, with its password where the connection may read it. Raises ConsoleUnreachable."""
    if not dom.isActive():
        raise ConsoleUnreachable(_tr("The VM is not running."))
    try:
        xml = dom.XMLDesc(libvirt.VIR_DOMAIN_XML_SECURE)
    except libvirt.libvirtError:  # a read-only connection: no password from here
        xml = dom.XMLDesc(0)
    config = xmlconf.load(xml)
    assert isinstance(config, xmlconf.Domain)
    found = next(((i, g) for i, g in enumerate(config.devices.graphics) if g.type in kinds), None)
    if found is None:
        raise ConsoleUnreachable(_tr("This VM has no {kinds} display.").format(
            kinds=_tr(" or ").join(kind.upper() for kind in kinds)))
    return found


def target_address(graphics: xmlconf.Graphics, *, as_host_sees_it: bool, host: str) -> str:
    """The address to connect to for a display listening on TCP: as the host sees it (a local connection, or over
    SSH), or from here (host: the host's name in the URI). Raises ConsoleUnreachable for a display that listens
    only on the host's loopback and cannot be reached from here."""
    address = graphics.listen_address or graphics.listen or ""
    if as_host_sees_it:
        return "127.0.0.1" if address in WILDCARDS else address
    if address in WILDCARDS:
        return host
    if _loopback(address):
        raise ConsoleUnreachable(_tr("The VM's display listens only on the host's own loopback address ({address})"
                                     ", which can be reached only over SSH: connect to the host with virtdesk's "
                                     "SSH (a qemu+ssh connection) to see it.").format(address=address))
    return address


def _open(conn: libvirt.virConnect, uuid: str, password: str | None, local: bool, over_ssh: bool,
          host: str) -> Reached | _SshRoute:
    dom = conn.lookupByUUIDString(uuid)
    index, graphics = live_graphics(dom, ("vnc",))
    password = password if password is not None else graphics.passwd
    if local:
        sock = _graphics_fd(dom, index)
        if sock is not None:
            return Reached(sock, password, _tr("libvirt's display socket"))
    listen_socket = graphics.listen_socket if graphics.listen_type == "socket" else None
    if listen_socket:
        if not local:
            raise ConsoleUnreachable(_tr("The VM's display listens on a UNIX socket of the host ({path}), which "
                                         "virtdesk cannot reach from here.").format(path=listen_socket))
        return Reached(_unix(listen_socket), password, listen_socket)
    port = graphics.port
    if port is None or port <= 0:
        raise ConsoleUnreachable(_tr("The VM's display has no port (it listens nowhere)."))
    target = target_address(graphics, as_host_sees_it=local or over_ssh, host=host)
    if over_ssh:
        return _SshRoute(target, port, password)
    return Reached(_tcp(target, port), password, f"{target}:{port}")


def _graphics_fd(dom: libvirt.virDomain, index: int) -> socket.socket | None:
    """libvirt's socket to the display, authentication skipped where the connection may skip it."""
    for flags in (libvirt.VIR_DOMAIN_OPEN_GRAPHICS_SKIPAUTH, 0):
        try:
            descriptor = dom.openGraphicsFD(index, flags)
        except libvirt.libvirtError:
            continue
        return socket.socket(fileno=descriptor)
    return None


def _loopback(address: str) -> bool:
    if address == "localhost":
        return True
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def _tcp(host: str, port: int) -> socket.socket:
    try:
        sock = socket.create_connection((host, port), CONNECT_SECONDS)
    except OSError as error:
        raise ConsoleUnreachable(_tr("Could not connect to the display at {host} port {port}: {error}").format(
            host=host, port=port, error=error.strerror or error)) from None
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def _unix(path: str) -> socket.socket:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.settimeout(CONNECT_SECONDS)
        sock.connect(path)
    except OSError as error:
        sock.close()
        raise ConsoleUnreachable(_tr("Could not connect to the display at {path}: {error}").format(
            path=path, error=error.strerror or error)) from None
    return sock


class _SessionSocket(socket.socket):
    """The local end of a forward; it keeps the host's SSH session open until it is closed."""

    ssh_session: Session | None = None

    def close(self) -> None:
        session, self.ssh_session = self.ssh_session, None
        super().close()
        if session is not None:
            session.release()


def _open_over_ssh(session: Session, route: _SshRoute) -> Reached:
    from virtdesk.remote.forward import open_stream  # paramiko is loaded for remote hosts only

    stream = open_stream(session, route.port, route.host)
    sock = _SessionSocket(stream.family, stream.type, fileno=stream.detach())
    session.retain()
    sock.ssh_session = session

    def lost() -> str:
        if session.alive:
            return ""
        reason = describe_reason(session.closed_reason) if session.closed_reason else _tr(
            "the host closed the connection")
        return _tr("The SSH connection to {host} was lost: {reason}.").format(host=session.label, reason=reason)

    return Reached(sock, route.password, _tr("SSH to {host}").format(host=session.label), lost)


def close_quietly(transport: Any) -> None:
    """Closes a transport whose session is over (or never started)."""
    with contextlib.suppress(OSError):
        transport.close()

"""Which libvirt daemon serves a connection and whether the host's libvirt listens on TCP or TLS.

libvirt's API does not say. On this machine the answer comes from the socket the connection uses (the process
on its other end), the processes running and the sockets listening (/proc); on a host reached over virtdesk's SSH
from the same facts, read with one command on the host's session. Elsewhere (libvirt's own ssh, TCP, TLS)
only what the URI itself says is known.
"""

from __future__ import annotations

import os
import socket
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

from virtdesk.model.worker import Task

if TYPE_CHECKING:
    from virtdesk.model.connection import Connection
    from virtdesk.remote.session import Session

MONOLITHIC = "libvirtd"
HYPERVISOR_DAEMONS = {"qemu": "virtqemud", "lxc": "virtlxcd", "xen": "virtxend", "ch": "virtchd",
                      "vbox": "virtvboxd", "bhyve": "virtbhyved"}
SECONDARY_DAEMONS = ("virtnetworkd", "virtstoraged", "virtnodedevd", "virtsecretd", "virtnwfilterd",
                     "virtinterfaced", "virtproxyd")
DAEMONS = (MONOLITHIC, *HYPERVISOR_DAEMONS.values(), *SECONDARY_DAEMONS)
TCP_PORT, TLS_PORT = 16509, 16514
_LISTEN = "0A"
_SEPARATOR = "@@virtdesk@@"
REMOTE_PROBE = f"ps -e -o comm= 2>/dev/null; echo {_SEPARATOR}; cat /proc/net/tcp /proc/net/tcp6 2>/dev/null"


@dataclass(frozen=True)
class DaemonFacts:
    """None for what could not be known."""

    serving: str | None  # the daemon answering this connection
    running: tuple[str, ...] | None  # the libvirt daemons running on the host
    tcp: bool | None  # something listens on libvirt's TCP port
    tls: bool | None  # ... on libvirt's TLS port
    in_process: bool = False  # the test driver: no daemon at all

    @property
    def modular(self) -> bool | None:
        if self.serving is not None:
            return self.serving != MONOLITHIC
        if self.running:
            return MONOLITHIC not in self.running
        return None


def listening_ports(proc_net_tcp: str) -> set[int]:
    """The local ports in LISTEN state in the text of /proc/net/tcp (and tcp6)."""
    ports = set()
    for line in proc_net_tcp.splitlines():
        fields = line.split()
        if len(fields) < 4 or fields[3] != _LISTEN or ":" not in fields[1]:
            continue
        try:
            ports.add(int(fields[1].rsplit(":", 1)[1], 16))
        except ValueError:
            continue
    return ports


def libvirt_daemons(process_names: list[str]) -> tuple[str, ...]:
    """The libvirt daemons among those process names, in DAEMONS order, each once."""
    present = {name.strip() for name in process_names}
    return tuple(name for name in DAEMONS if name in present)


def _driver(uri: str) -> str:
    return urlsplit(uri).scheme.split("+", 1)[0]


def serving_daemon(uri: str, running: tuple[str, ...]) -> str | None:
    """The daemon that must be answering a connection of uri's driver, given the daemons running."""
    own = HYPERVISOR_DAEMONS.get(_driver(uri))
    if own in running:
        return own
    return MONOLITHIC if MONOLITHIC in running else None


def facts_from(uri: str, process_names: list[str], proc_net_tcp: str, serving: str | None = None) -> DaemonFacts:
    running = libvirt_daemons(process_names)
    ports = listening_ports(proc_net_tcp)
    if serving not in DAEMONS:
        serving = serving_daemon(uri, running)
    return DaemonFacts(serving, running, TCP_PORT in ports, TLS_PORT in ports)


def parse_remote_probe(uri: str, output: str) -> DaemonFacts:
    """The facts from what REMOTE_PROBE printed on the host."""
    processes, _separator, tcp = output.partition(_SEPARATOR)
    return facts_from(uri, processes.splitlines(), tcp)


# -- worker side --------------------------------------------------------------------------------------------
def _socket_candidates(uri: str) -> list[Path]:
    """The UNIX sockets a local connection of uri may be using, most likely first."""
    parts = urlsplit(uri)
    given = parse_qs(parts.query).get("socket")
    if given:
        return [Path(given[0])]
    own = HYPERVISOR_DAEMONS.get(_driver(uri))
    if parts.path.startswith("/session"):
        runtime = os.environ.get("XDG_RUNTIME_DIR")
        base = Path(runtime) / "libvirt" if runtime else Path.home() / ".cache" / "libvirt"
    else:
        base = Path("/run/libvirt")
    names = [f"{own}-sock"] if own else []
    return [base / name for name in (*names, "libvirt-sock")]


def _peer_process(path: Path) -> str | None:
    """The name of the process listening on the UNIX socket at path, or None."""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(1.0)
            sock.connect(str(path))
            credentials = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
        pid = struct.unpack("3i", credentials)[0]
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return None


def _local_processes() -> list[str]:
    names = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                names.append((entry / "comm").read_text())
            except OSError:
                continue
    return names


def _read(path: str) -> str:
    try:
        return Path(path).read_text()
    except OSError:
        return ""


def read_local_facts(uri: str) -> DaemonFacts:
    serving = next((name for path in _socket_candidates(uri) if (name := _peer_process(path))), None)
    return facts_from(uri, _local_processes(), _read("/proc/net/tcp") + _read("/proc/net/tcp6"), serving)


def read_remote_facts(session: Session, uri: str) -> DaemonFacts:
    return parse_remote_probe(uri, session.run(REMOTE_PROBE).stdout)


def uri_facts(uri: str) -> DaemonFacts:
    """What the URI alone tells of a host reached without virtdesk's SSH."""
    transport = urlsplit(uri).scheme.partition("+")[2]
    if not transport and urlsplit(uri).hostname:
        transport = "tls"
    return DaemonFacts(None, None, True if transport == "tcp" else None, True if transport == "tls" else None)


def daemon_facts(connection: Connection) -> Task:
    """The connection's DaemonFacts, read on a worker (never failing for want of an answer)."""
    uri = connection.uri
    parts = urlsplit(uri)
    if parts.scheme == "test" or (parts.scheme == "" and uri.strip() == "demo"):
        return Task.answered(DaemonFacts(None, None, None, None, in_process=True))
    if connection.over_virtdesk_ssh:
        return connection.run_on_ssh(read_remote_facts, uri)
    if parts.hostname and parts.hostname not in ("localhost", "127.0.0.1", "::1"):
        return Task.answered(uri_facts(uri))
    if parts.scheme.partition("+")[2] not in ("", "unix"):
        return Task.answered(uri_facts(uri))
    return connection.call(lambda _conn: read_local_facts(uri), quiet=True)

"""The user's connections: the saved list (QSettings), opened at start, and what a first run adds (the local
daemons that answer, else the demo host)."""

from __future__ import annotations

import gc
import os
import socket
import threading
import time
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from virtdesk import demo
from virtdesk.model.connection import Authenticator, Connection
from virtdesk.model.listing_first import ListingFirst
from virtdesk.model.load_queue import LoadQueue
from virtdesk.model.preferences import settings
from virtdesk.model.uri import ConnectionRequest, describe_uri
from virtdesk.model.worker import file_executor, submit

if TYPE_CHECKING:
    from virtdesk.model.remote_hosts import RemoteHosts

SYSTEM_SOCKETS = ("/run/libvirt/libvirt-sock", "/var/run/libvirt/libvirt-sock", "/run/libvirt/virtqemud-sock")
SESSION_SOCKET_NAMES = ("libvirt-sock", "virtqemud-sock")
PROBE_TIMEOUT_S = 1.0
PROBE_RETRY_S = 0.05


def local_sockets() -> dict[str, tuple[str, ...]]:
    """Where a local daemon listens, for each URI a first run may add."""
    sockets = {"qemu:///system": SYSTEM_SOCKETS}
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        sockets["qemu:///session"] = tuple(os.path.join(runtime, "libvirt", name) for name in SESSION_SOCKET_NAMES)
    return sockets


def accepts_connections(path: str, deadline: float) -> bool:
    """Whether a process listens on the UNIX socket at path. A stale socket file refuses at once; a listener
    whose queue is full is tried again until deadline (a time.monotonic() value)."""
    while True:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.setblocking(False)
            try:
                probe.connect(path)
            except BlockingIOError:
                pass
            except OSError:
                return False
            else:
                return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(PROBE_RETRY_S)


def answering_uris(sockets: Mapping[str, Sequence[str]], timeout: float = PROBE_TIMEOUT_S) -> list[str]:
    """The URIs with a daemon listening on one of their sockets. Blocks for up to timeout: never call it on
    the GUI thread."""
    deadline = time.monotonic() + timeout
    return [uri for uri, paths in sockets.items() if any(accepts_connections(path, deadline) for path in paths)]


class FirstRunChoice:
    """What a first run adds: the local daemons that answer, else the demo host. Probed once, then kept."""

    def __init__(self, sockets: Mapping[str, Sequence[str]] | None = None,
                 timeout: float = PROBE_TIMEOUT_S) -> None:
        self._sockets = sockets
        self._timeout = timeout
        self._uris: list[str] | None = None
        self._lock = threading.Lock()

    @property
    def decided(self) -> bool:
        return self._uris is not None

    def uris(self) -> list[str]:
        """Probes the first time it is asked, blocking for up to the timeout."""
        with self._lock:
            if self._uris is None:
                sockets = local_sockets() if self._sockets is None else self._sockets
                self._uris = answering_uris(sockets, self._timeout) or [demo.DEMO_ALIAS]
            return list(self._uris)


first_run_choice = FirstRunChoice()


def saved_connections() -> list[ConnectionRequest] | None:
    """The saved connections; None when nothing was ever saved (first run)."""
    s = settings()
    if not s.value("connections_saved", False):
        return None
    count = s.beginReadArray("connections")
    entries = []
    for i in range(count):
        s.setArrayIndex(i)
        uri = str(s.value("uri", ""))
        if uri:
            entries.append(ConnectionRequest(
                uri, name=str(s.value("name", "")), autoconnect=_flag(s.value("autoconnect", "true")),
                system_ssh=_flag(s.value("system_ssh", "false")),
                confirmed_program=str(s.value("confirmed_program", ""))))
    s.endArray()
    return entries


def _flag(value: object) -> bool:
    return str(value).lower() == "true"


def startup_uris(requested: list[str], choice: FirstRunChoice = first_run_choice) -> list[str]:
    """The URIs the program opens at start: those asked for, else the saved autoconnect ones, else the
    first-run choice (decided here, before Qt is up, so that the GUI thread never waits for the probe)."""
    if requested:
        return [demo.resolve_uri(uri) for uri in requested]
    saved = saved_connections()
    if saved is None:
        return [demo.resolve_uri(uri) for uri in choice.uris()]
    return [entry.uri for entry in saved if entry.autoconnect]


class ConnectionList(QObject):
    added = Signal(object)
    removed = Signal(object)

    def __init__(self, authenticator: Authenticator | None = None, remote: RemoteHosts | None = None) -> None:
        super().__init__()
        self.authenticator = authenticator
        self.remote = remote
        self.connections: list[Connection] = []
        self._listing_first = ListingFirst(self)
        self._load_queue = LoadQueue(self)  # the reads after listing: a few at a time across all the hosts

    def find(self, uri: str) -> Connection | None:
        return next((c for c in self.connections if c.uri == uri), None)

    def add(self, uri: str, autoconnect: bool = True, save: bool = True) -> Connection:
        return self.add_request(ConnectionRequest(uri, autoconnect=autoconnect), save)

    def add_request(self, request: ConnectionRequest, save: bool = True) -> Connection:
        """The connection for request.uri: the one in the list already, else a new one (saved unless told)."""
        uri = demo.resolve_uri(request.uri)
        existing = self.find(uri)
        if existing is not None:
            return existing
        connection = Connection(uri, label=self._distinct_label(uri), name=request.name,
                                autoconnect=request.autoconnect, authenticator=self.authenticator,
                                remote=self.remote, system_ssh=request.system_ssh,
                                confirmed_program=request.confirmed_program)
        connection.listing_first = self._listing_first
        connection.load_queue = self._load_queue
        self._listing_first.watch(connection)
        self.connections.append(connection)
        if save:
            self.save()
        self.added.emit(connection)
        return connection

    def _distinct_label(self, uri: str) -> str:
        """The URI's short name, or with the URI itself when a connection in the list has that name already."""
        label = describe_uri(uri)
        if any(c.label == label for c in self.connections):
            return QCoreApplication.translate("Connection", "{label} ({uri})").format(label=label, uri=uri)
        return label

    def remove(self, connection: Connection) -> None:
        if connection in self.connections:
            self.connections.remove(connection)
            connection.shutdown()
            self.save()
            self.removed.emit(connection)

    def confirm_program(self, connection: Connection) -> None:
        """The user trusts the program connection's URI runs: it may open (and autoconnect) from now on."""
        connection.confirm_program()
        self.save()

    def save(self) -> None:
        s = settings()
        s.beginWriteArray("connections", len(self.connections))
        for i, connection in enumerate(self.connections):
            s.setArrayIndex(i)
            request = connection.request
            s.setValue("uri", request.uri)
            s.setValue("name", request.name)
            s.setValue("autoconnect", request.autoconnect)
            s.setValue("system_ssh", request.system_ssh)
            s.setValue("confirmed_program", request.confirmed_program)
        s.endArray()
        s.setValue("connections_saved", True)
        s.sync()

    def load_saved(self) -> bool:
        """Adds the saved connections; False on first run (nothing was ever saved)."""
        entries = saved_connections()
        if entries is None:
            return False
        for entry in entries:
            self.add_request(entry, save=False)
        return True

    def add_first_run(self, choice: FirstRunChoice = first_run_choice) -> None:
        """Adds the first-run choice (local daemons where one answers, else the demo host). Start-up decides
        it before Qt is up (startup_uris); when it is still open, a worker probes and the connections are
        added and opened once it answers."""
        if choice.decided:
            for uri in choice.uris():
                self.add(uri, autoconnect=True)
        else:
            submit(file_executor(), choice.uris).then(self._add_and_open, owner=self)

    def _add_and_open(self, uris: list[str]) -> None:
        for uri in uris:
            self.add(uri, autoconnect=True).open()

    def open_autoconnect(self) -> None:
        """Opens the connections marked to open at start. What the program holds by then (its modules, classes and
        functions, over a hundred thousand objects) lives as long as it runs, and is first moved out of the cyclic
        garbage collector's view (gc.freeze; still freed when no longer referenced): the full collection that the
        objects of the hosts' listings bring on then walks theirs alone (twenty hosts of 250 VMs: it held the event
        loop up for 55-125 ms). Once a connection has loaded, its objects are frozen too (app.py)."""
        gc.freeze()
        for connection in self.connections:
            if connection.autoconnect:
                connection.open()

    def shutdown(self) -> None:
        for connection in self.connections:
            connection.shutdown()

"""The user's connections: the saved list (QSettings), opened at start, and the demo host fallback."""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, Signal

from virtdesk import demo
from virtdesk.model.connection import Authenticator, Connection
from virtdesk.model.preferences import settings

LOCAL_SOCKETS = {
    "qemu:///system": ("/run/libvirt/libvirt-sock", "/var/run/libvirt/libvirt-sock",
                       "/run/libvirt/virtqemud-sock"),
}


def local_default_uris() -> list[str]:
    """qemu:///system and qemu:///session where a daemon answers on this machine (first run)."""
    uris = [uri for uri, sockets in LOCAL_SOCKETS.items() if any(os.path.exists(p) for p in sockets)]
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and any(os.path.exists(os.path.join(runtime, "libvirt", name))
                       for name in ("libvirt-sock", "virtqemud-sock")):
        uris.append("qemu:///session")
    return uris


def first_run_uris() -> list[str]:
    return local_default_uris() or [demo.DEMO_ALIAS]


def saved_connections() -> list[tuple[str, bool]] | None:
    """(URI, autoconnect) of each saved connection; None when nothing was ever saved (first run)."""
    s = settings()
    if not s.value("connections_saved", False):
        return None
    count = s.beginReadArray("connections")
    entries = []
    for i in range(count):
        s.setArrayIndex(i)
        uri = str(s.value("uri", ""))
        if uri:
            entries.append((uri, str(s.value("autoconnect", "true")).lower() == "true"))
    s.endArray()
    return entries


def startup_uris(requested: list[str]) -> list[str]:
    """The URIs the program opens at start: those asked for, else the saved autoconnect ones, else the
    first-run choice."""
    if requested:
        return [demo.resolve_uri(uri) for uri in requested]
    saved = saved_connections()
    if saved is None:
        return [demo.resolve_uri(uri) for uri in first_run_uris()]
    return [uri for uri, autoconnect in saved if autoconnect]


class ConnectionList(QObject):
    added = Signal(object)
    removed = Signal(object)

    def __init__(self, authenticator: Authenticator | None = None) -> None:
        super().__init__()
        self.authenticator = authenticator
        self.connections: list[Connection] = []

    def find(self, uri: str) -> Connection | None:
        return next((c for c in self.connections if c.uri == uri), None)

    def add(self, uri: str, autoconnect: bool = True, save: bool = True) -> Connection:
        uri = demo.resolve_uri(uri)
        existing = self.find(uri)
        if existing is not None:
            return existing
        connection = Connection(uri, autoconnect=autoconnect, authenticator=self.authenticator)
        self.connections.append(connection)
        if save:
            self.save()
        self.added.emit(connection)
        return connection

    def remove(self, connection: Connection) -> None:
        if connection in self.connections:
            self.connections.remove(connection)
            connection.shutdown()
            self.save()
            self.removed.emit(connection)

    def save(self) -> None:
        s = settings()
        s.beginWriteArray("connections", len(self.connections))
        for i, connection in enumerate(self.connections):
            s.setArrayIndex(i)
            s.setValue("uri", connection.uri)
            s.setValue("autoconnect", connection.autoconnect)
        s.endArray()
        s.setValue("connections_saved", True)
        s.sync()

    def load_saved(self) -> bool:
        """Adds the saved connections; False on first run (nothing was ever saved)."""
        entries = saved_connections()
        if entries is None:
            return False
        for uri, autoconnect in entries:
            self.add(uri, autoconnect, save=False)
        return True

    def add_first_run(self) -> None:
        """Local daemons where one answers, else the demo host."""
        for uri in first_run_uris():
            self.add(uri, autoconnect=True)

    def open_autoconnect(self) -> None:
        for connection in self.connections:
            if connection.autoconnect:
                connection.open()

    def shutdown(self) -> None:
        for connection in self.connections:
            connection.shutdown()

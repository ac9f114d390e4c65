"""A local listener whose every client is bridged to a new channel of an SSH session: the common part of the
libvirt tunnel and the console forwards. It holds one reference to the session, and shuts when the session
closes: the listener goes, and every client's connection ends."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable

import paramiko

from virtdesk.remote.local_endpoint import Listener
from virtdesk.remote.pump import Bridge
from virtdesk.remote.session import Session


class Relay:
    def __init__(self, session: Session, open_channel: Callable[[], paramiko.Channel], name: str,
                 on_shut: Callable[[], None] = lambda: None) -> None:
        self.session = session
        self.name = name
        self.closed_reason: str | None = None
        self.last_stderr = ""
        self._open_channel = open_channel
        self._on_shut = on_shut
        self._listener: Listener | None = None
        self._bridges: set[Bridge] = set()
        self._lock = threading.Lock()
        self._released = False

    def listen(self, listener: Listener) -> None:
        """Starts relaying for listener (made with `serve` as its handler)."""
        self._listener = listener
        self.session.add_close_listener(self._shut)

    @property
    def clients(self) -> int:
        with self._lock:
            return len(self._bridges)

    def serve(self, connection: socket.socket) -> None:
        bridge = Bridge(connection, self._open_channel(), self.name, on_end=self._ended)
        with self._lock:
            self._bridges.add(bridge)
        bridge.start()

    def _ended(self, bridge: Bridge) -> None:
        with self._lock:
            self._bridges.discard(bridge)
        self.last_stderr = bridge.stderr or self.last_stderr

    def _shut(self, reason: str) -> None:
        if self.closed_reason is None:
            self.closed_reason = reason
        if self._listener is not None:
            self._listener.close()
        with self._lock:
            bridges = list(self._bridges)
        for bridge in bridges:
            bridge.close()
        self._on_shut()

    def close(self) -> None:
        """Ends every client's connection, stops listening and releases the session (once)."""
        with self._lock:
            released, self._released = self._released, True
        if released:
            return
        self.session.remove_close_listener(self._shut)
        self._shut("closed by virtdesk")
        self.session.release()

"""A bridge between a local socket and an SSH channel: bytes go both ways on two threads (neither direction waits
for the other), an end of data on one side is passed on as a half-close to the other, and the bridge closes both
when both directions have ended, when the channel closes, or when asked to."""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from collections.abc import Callable

import paramiko

CHUNK = 65536
STDERR_KEPT = 4096
logger = logging.getLogger("virtdesk.remote.pump")


class Bridge:
    def __init__(self, local: socket.socket, channel: paramiko.Channel, name: str,
                 on_end: Callable[[Bridge], None] | None = None) -> None:
        self.local = local
        self.channel = channel
        self.name = name
        self._on_end = on_end
        self._stderr = b""
        self._lock = threading.Lock()
        self._running = 2
        self._upstream = threading.Thread(target=self._run, args=(self._up,), name=f"{name}-up", daemon=True)
        self._downstream = threading.Thread(target=self._run, args=(self._down,), name=f"{name}-down", daemon=True)

    def start(self) -> Bridge:
        self._upstream.start()
        self._downstream.start()
        return self

    @property
    def stderr(self) -> str:
        """The last lines the remote command wrote to its stderr."""
        return self._stderr.decode(errors="replace")

    def close(self) -> None:
        """Ends both directions at once (a blocked read on either side returns)."""
        with contextlib.suppress(OSError):
            self.local.shutdown(socket.SHUT_RDWR)
        self._close_channel()

    def _close_channel(self) -> None:
        with contextlib.suppress(OSError, EOFError, paramiko.SSHException):  # the link may be gone already
            self.channel.close()

    def join(self, timeout: float | None = None) -> None:
        self._upstream.join(timeout)
        self._downstream.join(timeout)

    def _run(self, direction: Callable[[], None]) -> None:
        try:
            direction()
        except (OSError, EOFError, paramiko.SSHException) as error:
            logger.debug("%s: %s", self.name, error)
            self.close()
        with self._lock:
            self._running -= 1
            last = self._running == 0
        if last:
            self._finish()

    def _up(self) -> None:
        while data := self.local.recv(CHUNK):
            self.channel.sendall(data)
        self.channel.shutdown_write()

    def _down(self) -> None:
        while data := self.channel.recv(CHUNK):
            self.local.sendall(data)
            self._keep_stderr()
        self.local.shutdown(socket.SHUT_WR)
        # The remote end may still read (a half-close); once the channel itself is closed, nothing can go there.
        while not self.channel.closed and self._upstream.is_alive():
            time.sleep(0.1)
        if self.channel.closed:
            with contextlib.suppress(OSError):
                self.local.shutdown(socket.SHUT_RD)

    def _keep_stderr(self) -> None:
        while self.channel.recv_stderr_ready():
            self._stderr = (self._stderr + self.channel.recv_stderr(STDERR_KEPT))[-STDERR_KEPT:]

    def _finish(self) -> None:
        self._keep_stderr()
        self._close_channel()
        self.local.close()
        if self._stderr:
            logger.warning("%s: the host said: %s", self.name, self.stderr.strip())
        if self._on_end is not None:
            self._on_end(self)

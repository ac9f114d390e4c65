"""Noticing a dead SSH link: the host is asked for an answer every few seconds (OpenSSH's ServerAliveInterval),
and the link counts as dead when no answer came for interval × count seconds (a frozen host, a cut cable) or when
the transport ends (the host closed it)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import paramiko

from virtdesk.remote.errors import N_, Phrase

KEEPALIVE_REQUEST = "keepalive@openssh.com"


class Keepalive:
    """Watches a Transport on two threads (one waits for the answers, one checks the time); `on_dead(reason)` is
    called once, from the watching thread, unless `stop` came first."""

    def __init__(self, transport: paramiko.Transport, interval: float, count: int,
                 on_dead: Callable[[str], None], name: str = "ssh") -> None:
        self.transport = transport
        self.interval = interval
        self.limit = interval * count
        self._on_dead = on_dead
        self._stopped = threading.Event()
        self._last_answer = time.monotonic()
        self._asker = threading.Thread(target=self._ask, name=f"{name}-keepalive", daemon=True)
        self._watcher = threading.Thread(target=self._watch, name=f"{name}-watch", daemon=True)
        self._asker.start()
        self._watcher.start()

    def stop(self) -> None:
        self._stopped.set()

    def _ask(self) -> None:
        while not self._stopped.wait(self.interval) and self.transport.is_active():
            # OpenSSH answers an unknown global request with a failure message: any answer proves the link lives.
            try:
                self.transport.global_request(KEEPALIVE_REQUEST, wait=True)
            except (OSError, EOFError, paramiko.SSHException):
                return
            self._last_answer = time.monotonic()

    def _watch(self) -> None:
        step = min(0.25, self.interval / 4)
        while not self._stopped.wait(step):
            if not self.transport.is_active():
                reason = Phrase(N_("the host closed the connection"))
            elif time.monotonic() - self._last_answer > self.limit:
                reason = Phrase(N_("the host stopped answering (no answer for {seconds:g} seconds)"),
                                seconds=self.limit)
            else:
                continue
            if not self._stopped.is_set():
                self._stopped.set()
                self._on_dead(reason)
            return

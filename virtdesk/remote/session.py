"""An SSH session: one logged-in paramiko Transport to a host, shared by the libvirt tunnels, console forwards and
file browsing of that host (see SessionRegistry), kept alive and watched, reference-counted, and telling its
listeners when it closes."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

import paramiko

from virtdesk.remote.destination import Destination
from virtdesk.remote.errors import N_, ChannelOpenFailed, ConnectTimeout, Phrase, SessionClosed
from virtdesk.remote.keepalive import Keepalive
from virtdesk.remote.settings import SshSettings

CloseListener = Callable[[str], None]
logger = logging.getLogger("virtdesk.remote.session")
_CLOSED_HERE = Phrase(N_("closed by virtdesk"))
_COMMAND_CHANNEL = Phrase(N_("a command channel"))


@dataclass(frozen=True)
class CommandResult:
    status: int
    stdout: str
    stderr: str


class Session:
    """A logged-in Transport to one host. `retain`/`release` count its users; the last release closes it.

    When the link dies (or it is closed) every close listener is called once with the reason, on the thread that
    noticed, and every channel of the session ends.
    """

    def __init__(self, destination: Destination, transport: paramiko.Transport, settings: SshSettings,
                 via: Session | None = None, logged_in_by: str = "") -> None:
        self.destination = destination
        self.transport = transport
        self.logged_in_by = logged_in_by
        self.timeout = settings.connect_timeout
        self._via = via
        self._lock = threading.Lock()
        self._references = 1
        self._listeners: list[CloseListener] = []
        self.closed_reason: str | None = None
        self._keepalive = Keepalive(transport, settings.keepalive_interval, settings.keepalive_count,
                                    self.close, name=f"ssh-{destination.host}")

    def __repr__(self) -> str:
        return f"<Session {self.destination.label} {'open' if self.alive else 'closed'}>"

    @property
    def label(self) -> str:
        return self.destination.label

    @property
    def alive(self) -> bool:
        return self.closed_reason is None and self.transport.is_active()

    def retain(self) -> None:
        with self._lock:
            self._references += 1

    def release(self) -> None:
        with self._lock:
            self._references -= 1
            last = self._references == 0
        if last:
            self.close(Phrase(N_("no longer used")))

    def add_close_listener(self, listener: CloseListener) -> None:
        """Calls listener(reason) when the session closes (at once if it already has)."""
        with self._lock:
            if self.closed_reason is None:
                self._listeners.append(listener)
                return
            reason = self.closed_reason
        listener(reason)

    def remove_close_listener(self, listener: CloseListener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def close(self, reason: str = _CLOSED_HERE) -> None:
        with self._lock:
            if self.closed_reason is not None:
                return
            self.closed_reason = reason
            listeners, self._listeners = self._listeners, []
        self._keepalive.stop()
        self.transport.close()
        logger.info("SSH session %s closed: %s", self.label, reason)
        for listener in listeners:
            try:
                listener(reason)
            except Exception:  # noqa: BLE001 - one listener's failure must not keep the others from hearing
                logger.exception("a close listener of %s failed", self.label)
        if self._via is not None:
            self._via.release()

    def _check_open(self) -> None:
        if not self.alive:
            raise SessionClosed(self.label, self.closed_reason or Phrase(N_("the host closed the connection")))

    def open_exec(self, command: str) -> paramiko.Channel:
        """A channel running command (one shell command line, already quoted) on the host."""
        self._check_open()
        try:
            channel = self.transport.open_session(timeout=self.timeout)
            channel.exec_command(command)
        except paramiko.ChannelException as error:
            raise ChannelOpenFailed(self.label, _COMMAND_CHANNEL, error.text) from None
        except paramiko.SSHException as error:
            self._check_open()
            raise ChannelOpenFailed(self.label, _COMMAND_CHANNEL, str(error)) from None
        return channel

    def open_direct_tcpip(self, host: str, port: int) -> paramiko.Channel:
        """A channel to host:port as the SSH host sees it (its loopback for 127.0.0.1)."""
        self._check_open()
        what = Phrase(N_("a connection to {host} port {port}"), host=host, port=port)
        try:
            return self.transport.open_channel("direct-tcpip", (host, port), ("127.0.0.1", 0), timeout=self.timeout)
        except paramiko.ChannelException as error:
            raise ChannelOpenFailed(self.label, what, error.text) from None
        except paramiko.SSHException as error:
            self._check_open()
            raise ChannelOpenFailed(self.label, what, str(error)) from None

    def run(self, command: str, timeout: float | None = None) -> CommandResult:
        """Runs a short command on the host and returns its exit status and output."""
        channel = self.open_exec(command)
        channel.settimeout(timeout or self.timeout)
        try:
            stdout = channel.makefile("rb").read()
            stderr = channel.makefile_stderr("rb").read()
            status = channel.recv_exit_status()
        except TimeoutError:
            raise ConnectTimeout(self.destination.host, self.destination.port, timeout or self.timeout,
                                 stage=Phrase(N_("command on the host"))) from None
        finally:
            channel.close()
        return CommandResult(status, stdout.decode(errors="replace"), stderr.decode(errors="replace"))

"""A dying SSH link under an open serial console: a connection over virtdesk's SSH to the rig's sshd shows the Linux
guest's serial console, answering a command typed into it; then the sshd processes serving that login are killed
(SIGKILL), or frozen (SIGSTOP) for longer than the keepalive. Each time the console says the connection was lost
with Reconnect (no traceback logged, the event loop never held up 100 ms), the connection comes back by itself with
a new login, and the console opens again by itself and answers (taken over from the lost login, which the daemon
still counts as holding it while the frozen sshd keeps that connection open)."""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from integration.test_console_link_loss import KEEPALIVE_NOTICED_S
from integration.test_daemon_faults import tracebacks_logged
from integration.test_serial_console import open_widget, paused_guest, run_typed, shown  # noqa: F401 - fixture
from remote_harness import remote_hosts, rig_uri
from rig.initramfs import READY_LINE
from rig.loop_gaps import LoopGaps
from rig.procs import descendants, signal_all

from virtdesk.console.serial_widget import SerialConsole
from virtdesk.model.connection import Connection, ConnectionState
from virtdesk.model.serial_stream import ConsoleEnd

pytestmark = pytest.mark.integration
WAIT = 30000


@dataclass
class RemoteSerial:
    connection: Connection
    console: SerialConsole
    serving: set[int]  # the sshd processes (and virt-ssh-helper) of this login


@pytest.fixture
def remote_serial(qtbot, sshd, session_daemon, paused_guest, tmp_path) -> Iterator[RemoteSerial]:  # noqa: F811
    logins = sshd.connection_pids()
    remote = remote_hosts(sshd, tmp_path)
    connection = Connection(rig_uri(sshd), remote=remote)
    serving: set[int] = set()
    try:
        connection.open()
        qtbot.waitUntil(lambda: connection.state is ConnectionState.ACTIVE and connection.loaded, timeout=WAIT)
        console = open_widget(qtbot, connection, paused_guest.name())
        qtbot.waitUntil(lambda: console.stream is not None and console.stream.is_open, timeout=WAIT)
        paused_guest.resume()
        qtbot.waitUntil(lambda: READY_LINE in shown(console), timeout=90000)
        qtbot.waitUntil(lambda: "guest#" in shown(console), timeout=20000)
        run_typed(qtbot, console)
        serving = descendants(sshd.connection_pids() - logins)
        assert len(serving) >= 3, "sshd [priv], the user's sshd and virt-ssh-helper"
        yield RemoteSerial(connection, console, serving)
    finally:
        signal_all(serving, signal.SIGCONT)
        connection.shutdown()
        remote.close_all()


def lose_and_come_back(qtbot, remote: RemoteSerial, fault: signal.Signals, error_within_s: float) -> None:
    console, connection = remote.console, remote.connection
    gaps = LoopGaps()
    gaps.start()
    with tracebacks_logged() as tracebacks:
        started = time.monotonic()
        signal_all(remote.serving, fault)
        qtbot.waitUntil(lambda: console.reconnect_button.isVisible(), timeout=int(error_within_s * 1000))
        shown_after = time.monotonic() - started
        message = console.message.text()
        assert console.stream is not None and console.stream.end is ConsoleEnd.LOST, message
        assert message.strip() and console.reconnect_button.text() == "Reconnect"
        qtbot.waitUntil(lambda: connection.state is ConnectionState.ACTIVE and connection.loaded, timeout=60000)
        back_after = time.monotonic() - started
        signal_all(remote.serving, signal.SIGCONT)
        qtbot.waitUntil(lambda: console.stream is not None and console.stream.is_open, timeout=WAIT)
        opened_again = time.monotonic() - started
        assert console.reconnect_button.isHidden()
        console.terminal.clear()  # the answer shown next is a new one
        run_typed(qtbot, console)
    gaps.stop()
    assert tracebacks == []
    assert gaps.largest_ms < 100, f"the event loop was held up {gaps.largest_ms:.0f} ms"
    print(f"\n{fault.name}: console said {message!r} after {shown_after:.1f} s; connection back after "
          f"{back_after:.1f} s; console open again after {opened_again:.1f} s; largest loop gap "
          f"{gaps.largest_ms:.0f} ms")


def test_killed_sshd_under_a_serial_console_says_so_and_it_opens_again(qtbot, remote_serial):
    lose_and_come_back(qtbot, remote_serial, signal.SIGKILL, error_within_s=15)


def test_frozen_sshd_under_a_serial_console_is_noticed_and_it_opens_again(qtbot, remote_serial):
    lose_and_come_back(qtbot, remote_serial, signal.SIGSTOP, error_within_s=KEEPALIVE_NOTICED_S)


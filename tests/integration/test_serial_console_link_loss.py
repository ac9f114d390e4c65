"""A dying SSH link under an open serial console: a connection over virtdesk's SSH to the rig's sshd shows the Linux
guest's serial console, answering a command typed into it; then the sshd processes serving that login are killed
(SIGKILL), or frozen (SIGSTOP) for longer than the keepalive. Each time the console says the connection was lost
with Reconnect (no traceback logged, the event loop never held up 100 ms), the connection comes back by itself with
a new login, and the console opens again by itself and answers (taken over from the lost login, which the daemon
still counts as holding it while the frozen sshd keeps that connection open)."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from integration.test_console_link_loss import KEEPALIVE_NOTICED_S
from integration.test_daemon_faults import tracebacks_logged
from integration.test_serial_console import open_widget, paused_guest, run_typed, shown  # noqa: F401 - fixture
from remote_harness import remote_hosts, rig_uri
from rig import link_faults
from rig.initramfs import READY_LINE
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
    console = remote.console

    def check_lost(message: str) -> None:
        assert console.stream is not None and console.stream.end is ConsoleEnd.LOST, message
        assert message.strip() and console.reconnect_button.text() == "Reconnect"

    def reopened() -> None:
        assert console.reconnect_button.isHidden()
        console.terminal.clear()  # the answer shown next is a new one
        run_typed(qtbot, console)

    loss = link_faults.lose_and_come_back(
        qtbot, remote.connection, remote.serving, console, fault, error_within_s,
        tracebacks_logged=tracebacks_logged, check_lost=check_lost,
        reopen=lambda: qtbot.waitUntil(lambda: console.stream is not None and console.stream.is_open, timeout=WAIT),
        reopened=reopened)
    print(loss.summary("console open again"))


def test_killed_sshd_under_a_serial_console_says_so_and_it_opens_again(qtbot, remote_serial):
    lose_and_come_back(qtbot, remote_serial, signal.SIGKILL, error_within_s=15)


def test_frozen_sshd_under_a_serial_console_is_noticed_and_it_opens_again(qtbot, remote_serial):
    lose_and_come_back(qtbot, remote_serial, signal.SIGSTOP, error_within_s=KEEPALIVE_NOTICED_S)


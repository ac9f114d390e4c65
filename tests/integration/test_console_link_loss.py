"""A dying SSH link under an open console: a connection over virtdesk's SSH to the rig's sshd shows a running
guest's display in the embedded VNC console, with the external viewer's port forward open beside it; then the
sshd processes serving that login are killed (SIGKILL), or frozen (SIGSTOP) for longer than the keepalive. Each
time the console shows the reason with Reconnect (no traceback logged, the event loop never held up 100 ms), the
forward's and the tunnel's listening sockets are gone, the connection comes back by itself with a new login, and
Reconnect shows the display again."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from integration.test_daemon_faults import tracebacks_logged
from integration.test_vnc_console import open_console_window
from PySide6.QtCore import Qt
from remote_harness import remote_hosts, rig_uri
from rig import link_faults
from rig.procs import descendants, signal_all
from rig.sockets import listening

from virtdesk.gui.console_window import ConsoleView, session_of
from virtdesk.model import viewer_file
from virtdesk.model.connection import Connection
from virtdesk.model.vnc_session import SessionState, VncSession

pytestmark = pytest.mark.integration
WAIT = 30000
KEEPALIVE_NOTICED_S = 25  # the session's keepalive gives up after 10 s without an answer


@dataclass
class RemoteConsole:
    connection: Connection
    view: ConsoleView
    serving: set[int]  # the sshd processes (and virt-ssh-helper) of this login
    opened: dict[int, tuple[str, str]]  # the listening sockets the session opened: the tunnel's, the forward's


@pytest.fixture
def remote_console(qtbot, sshd, session_daemon, tcg_guest, tmp_path) -> Iterator[RemoteConsole]:
    before, logins = set(listening()), sshd.connection_pids()
    remote = remote_hosts(sshd, tmp_path)
    connection = Connection(rig_uri(sshd), remote=remote)
    reachable = None
    serving: set[int] = set()
    try:
        view = open_console_window(qtbot, connection, tcg_guest.name()).view
        domain = view.domain
        qtbot.waitUntil(lambda: view.session.frames_shown > 0, timeout=WAIT)
        assert view.session.route.startswith("SSH to")
        task = viewer_file.reach_display(connection, domain)  # the forward an external viewer would use
        qtbot.waitUntil(lambda: task.done, timeout=WAIT)
        assert task.error is None, task.error
        reachable = task.result
        opened = {inode: where for inode, where in listening().items() if inode not in before}
        assert sorted(kind for kind, _where in opened.values()) == ["tcp", "unix"], opened
        serving = descendants(sshd.connection_pids() - logins)
        assert len(serving) >= 3, "sshd [priv], the user's sshd and virt-ssh-helper"
        yield RemoteConsole(connection, view, serving, opened)
    finally:
        signal_all(serving, signal.SIGCONT)
        if reachable is not None:
            viewer_file.close_forward(reachable)
        connection.shutdown()
        remote.close_all()
    qtbot.waitUntil(lambda: set(listening()) <= before, timeout=10000)


def lose_and_come_back(qtbot, console: RemoteConsole, fault: signal.Signals, error_within_s: float,
                       reason: str) -> None:
    view, connection = console.view, console.connection
    session: VncSession | None = None

    def check_lost(message: str) -> None:
        assert view.stack.currentWidget() is view.message_page and message.strip()
        assert message.startswith("The SSH connection to ") and f" was lost: {reason}." in message, message
        qtbot.waitUntil(lambda: not set(listening()) & set(console.opened), timeout=10000)  # no zombie forward

    def reopen() -> None:
        nonlocal session
        if view.stack.currentWidget() is not view.display_holder:
            qtbot.mouseClick(view.reconnect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.stack.currentWidget() is view.display_holder, timeout=WAIT)
        session = view.session
        frames = session.frames_shown
        qtbot.waitUntil(lambda: session.state is SessionState.CONNECTED and session.frames_shown > frames,
                        timeout=WAIT)

    loss = link_faults.lose_and_come_back(qtbot, connection, console.serving, view, fault, error_within_s,
                                          tracebacks_logged=tracebacks_logged, check_lost=check_lost, reopen=reopen)
    now = {inode: where for inode, where in listening().items() if inode in console.opened}
    assert now == {}, now
    domain = connection.find_domain(view.domain.name)
    assert domain is not None and session_of(domain) is session
    print(loss.summary("display shown again"))


def test_killed_sshd_under_a_console_shows_reconnect_and_leaves_no_forward(qtbot, remote_console):
    lose_and_come_back(qtbot, remote_console, signal.SIGKILL, error_within_s=15,
                       reason="the host closed the connection")


def test_frozen_sshd_under_a_console_is_noticed_by_the_keepalive_and_leaves_no_forward(qtbot, remote_console):
    lose_and_come_back(qtbot, remote_console, signal.SIGSTOP, error_within_s=KEEPALIVE_NOTICED_S,
                       reason="the host stopped answering (no answer for 10 seconds)")

"""The QEMU monitor widget offscreen: disabled with the reason on a host that is not QEMU (the test driver), the
warning always in view, commands recalled with Up and Down, common commands completed, and a command's answer or
error shown (with a stand-in for QEMU: the real one is in tests/integration/test_qemu_monitor.py); a read-only
connection known as such from the host before any command, and the monitor disabled up front there."""

from __future__ import annotations

import libvirt
import pytest
from details_harness import open_connection
from PySide6.QtCore import Qt
from testhosts import RUNNING, domain_xml, write_host

from virtdesk.gui.details import monitor_widget
from virtdesk.gui.details.monitor_widget import COMMON_COMMANDS, MonitorConsole
from virtdesk.model import qemu_monitor
from virtdesk.model.qemu_monitor import check_access, monitor_available
from virtdesk.model.worker import Task

pytestmark = pytest.mark.gui


@pytest.fixture
def host(qtbot, tmp_path):
    connection = open_connection(qtbot, write_host(tmp_path, domain_xml("vm", RUNNING)))
    yield connection
    connection.shutdown()


def monitor(qtbot, host) -> MonitorConsole:
    widget = MonitorConsole(host, host.find_domain("vm"))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_host_that_is_not_qemu_has_no_monitor_and_says_why(qtbot, host):
    widget = monitor(qtbot, host)
    reason = "The QEMU monitor exists only for QEMU/KVM virtual machines."
    assert monitor_available(host, widget.domain) == reason
    assert widget.unavailable.text() == reason and widget.unavailable.isVisible()
    assert not widget.command.isEnabled() and not widget.run_button.isEnabled()
    assert widget.warning.isVisible() and "bypass libvirt" in widget.warning.text()


@pytest.fixture
def answering(monkeypatch):
    """QEMU stood in for: each command answers `answer: COMMAND`, `fail` fails with an error."""
    sent: list[str] = []

    def command(_connection, _domain, text: str) -> Task:
        sent.append(text)
        if text == "fail":
            return _failed(RuntimeError("QEMU said no"))
        return Task.answered(f"answer: {text}\r\n")

    monkeypatch.setattr(monitor_widget, "monitor_available", lambda _connection, _domain: None)
    monkeypatch.setattr(monitor_widget, "monitor_command", command)
    return sent


def _failed(error: BaseException) -> Task:
    task = Task()
    task._deliver(False, error)
    return task


def run(qtbot, widget: MonitorConsole, text: str) -> None:
    qtbot.keyClicks(widget.command, text)
    qtbot.keyClick(widget.command, Qt.Key.Key_Return)


def test_commands_show_their_answers_and_errors_and_are_recalled(qtbot, host, answering):
    widget = monitor(qtbot, host)
    assert widget.command.isEnabled() and widget.unavailable.isHidden()
    run(qtbot, widget, "info status")
    run(qtbot, widget, "info block")
    run(qtbot, widget, "fail")
    assert answering == ["info status", "info block", "fail"]
    assert widget.output.toPlainText().splitlines() == [
        "(qemu) info status", "answer: info status", "(qemu) info block", "answer: info block", "(qemu) fail",
        "Error: QEMU said no"]
    qtbot.keyClicks(widget.command, "draft")
    for expected in ("fail", "info block", "info status", "info status"):
        qtbot.keyClick(widget.command, Qt.Key.Key_Up)
        assert widget.command.text() == expected
    for expected in ("info block", "fail", "draft", "draft"):
        qtbot.keyClick(widget.command, Qt.Key.Key_Down)
        assert widget.command.text() == expected


def test_common_commands_are_completed(qtbot, host, answering):
    widget = monitor(qtbot, host)
    completer = widget.command.completer()
    completer.setCompletionPrefix("info s")
    found = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert found == ["info status", "info snapshots"]
    assert {"info registers", "savevm", "loadvm", "delvm", "sendkey", "system_reset", "eject", "change", "cont",
            "stop", "help", "info vnc", "info cpus", "info network"} <= set(COMMON_COMMANDS)
    widget.command.setFocus()
    qtbot.keyClicks(widget.command, "sys")
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    assert completer.currentCompletion() == "system_reset"


def test_an_empty_line_sends_nothing(qtbot, host, answering):
    widget = monitor(qtbot, host)
    run(qtbot, widget, "   ")
    assert answering == [] and widget.output.toPlainText() == ""


@pytest.fixture
def read_only_host(qtbot, tmp_path, monkeypatch):
    """The test driver opened read-only, as `virsh -r` would (libvirt.openAuth with VIR_CONNECT_RO)."""
    open_auth = libvirt.openAuth
    monkeypatch.setattr(libvirt, "openAuth", lambda uri, auth, flags: open_auth(uri, auth, libvirt.VIR_CONNECT_RO))
    connection = open_connection(qtbot, write_host(tmp_path, domain_xml("vm", RUNNING)))
    yield connection
    connection.shutdown()


def checked(qtbot, connection) -> bool:
    task = check_access(connection)
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert task.error is None, task.error
    assert check_access(connection) is None  # asked once
    return task.result


def test_the_host_says_whether_a_connection_is_read_only(qtbot, host, read_only_host):
    assert checked(qtbot, read_only_host) is True
    assert checked(qtbot, host) is False
    assert [d.name for d in host.domains.values()] == ["vm"]  # the question defined nothing


@pytest.fixture
def as_qemu(monkeypatch):
    """The test driver's VMs taken for QEMU's (the test driver has none), so that the access decides."""
    monkeypatch.setattr(qemu_monitor, "is_qemu_vm", lambda _connection, _domain: True)
    monkeypatch.setattr(monitor_widget, "is_qemu_vm", lambda _connection, _domain: True)


def test_a_read_only_connection_disables_the_monitor_up_front(qtbot, read_only_host, as_qemu):
    widget = monitor(qtbot, read_only_host)
    assert not widget.command.isEnabled() and "Checking whether" in widget.unavailable.text()
    qtbot.waitUntil(lambda: "read-only" in widget.unavailable.text(), timeout=5000)
    assert widget.unavailable.isVisible() and not widget.command.isEnabled() and not widget.run_button.isEnabled()
    run(qtbot, widget, "info status")
    assert widget.output.toPlainText() == ""  # nothing was sent to be refused


def test_a_connection_with_full_access_enables_the_monitor_once_checked(qtbot, host, as_qemu):
    widget = monitor(qtbot, host)
    assert not widget.command.isEnabled()
    qtbot.waitUntil(lambda: widget.command.isEnabled(), timeout=5000)
    assert widget.unavailable.isHidden() and monitor_available(host, widget.domain) is None

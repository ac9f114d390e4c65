"""The QEMU monitor widget on the rig's real TCG guest: it answers `info status`, runs what it is told (a stop QEMU
does), recalls commands, turns itself off with the reason when the VM stops; on a read-only connection it is
disabled with that reason before any command, and a command sent there anyway is refused by the host."""

from __future__ import annotations

import libvirt
import pytest
from details_harness import open_connection
from PySide6.QtCore import Qt

from virtdesk.gui.details.monitor_widget import MonitorConsole
from virtdesk.model.qemu_monitor import MonitorRefused, monitor_available, monitor_command

pytestmark = pytest.mark.integration


def monitor_of(qtbot, connection, name: str) -> MonitorConsole:
    qtbot.waitUntil(lambda: connection.find_domain(name) is not None
                    and connection.find_domain(name).is_active, timeout=10000)
    domain = connection.find_domain(name)
    widget = MonitorConsole(connection, domain)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: "Checking whether" not in widget.unavailable.text(), timeout=10000)
    return widget


def run(qtbot, widget: MonitorConsole, command: str) -> str:
    """Types command and Enter; returns what the output pane gained."""
    before = widget.output.toPlainText()
    widget.command.setFocus()
    qtbot.keyClicks(widget.command, command)
    qtbot.keyClick(widget.command, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not widget.running, timeout=20000)
    return widget.output.toPlainText()[len(before):]


def test_the_monitor_answers_info_status_and_stops_the_vm(qtbot, virtdesk_connection, tcg_guest):
    widget = monitor_of(qtbot, virtdesk_connection, tcg_guest.name())
    assert monitor_available(virtdesk_connection, widget.domain) is None
    assert widget.command.isEnabled() and widget.warning.isVisible()
    assert "VM status: running" in run(qtbot, widget, "info status")
    assert run(qtbot, widget, "stop").strip() == "(qemu) stop"
    assert "VM status: paused" in run(qtbot, widget, "info status")
    assert tcg_guest.state()[0] == libvirt.VIR_DOMAIN_PAUSED
    assert "unknown command" in run(qtbot, widget, "no_such_command").lower()
    qtbot.keyClick(widget.command, Qt.Key.Key_Up)
    qtbot.keyClick(widget.command, Qt.Key.Key_Up)
    assert widget.command.text() == "info status"

    tcg_guest.destroy()
    qtbot.waitUntil(lambda: not widget.command.isEnabled(), timeout=10000)
    assert "is not running" in widget.unavailable.text() and widget.unavailable.isVisible()


def test_a_read_only_connection_is_refused_and_says_so(qtbot, session_daemon, tcg_guest, monkeypatch):
    open_auth = libvirt.openAuth
    monkeypatch.setattr(libvirt, "openAuth", lambda uri, auth, flags: open_auth(uri, auth, libvirt.VIR_CONNECT_RO))
    connection = open_connection(qtbot, session_daemon.uri)
    try:
        widget = monitor_of(qtbot, connection, tcg_guest.name())
        assert not widget.command.isEnabled() and not widget.run_button.isEnabled()
        assert "read-only" in widget.unavailable.text() and widget.unavailable.isVisible()
        assert monitor_available(connection, widget.domain) == widget.unavailable.text()
        task = monitor_command(connection, widget.domain, "info status")
        qtbot.waitUntil(lambda: task.done, timeout=20000)
        assert isinstance(task.error, MonitorRefused) and "read only access" in str(task.error).lower()
    finally:
        connection.shutdown()


def test_the_console_windows_consoles_menu_opens_the_monitor(qtbot, virtdesk_connection, tcg_guest):
    from virtdesk.gui.console_window import show_console_window

    qtbot.waitUntil(lambda: (d := virtdesk_connection.find_domain(tcg_guest.name())) is not None and d.is_active,
                    timeout=10000)
    window = show_console_window(virtdesk_connection.find_domain(tcg_guest.name()))
    qtbot.addWidget(window)
    view = window.view
    qtbot.waitUntil(lambda: not view.waiting_for_config, timeout=20000)
    view.consoles_menu.aboutToShow.emit()
    monitor = next(a for a in view.consoles_menu.actions() if a.text() == "QEMU Monitor")
    assert monitor.isEnabled()
    monitor.trigger()
    assert view.stack.currentWidget() is view.monitor
    qtbot.waitUntil(view.monitor.command.isEnabled, timeout=10000)
    assert "VM status: running" in run(qtbot, view.monitor, "info status")

"""Using the program from the keyboard: virt-manager's shortcuts, Return opens a VM, Ctrl+W closes its window,
Quit ends everything."""

from __future__ import annotations

import pytest
from details_harness import open_details
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox
from testhosts import RUNNING, domain_xml, write_host

from virtdesk.app import Application
from virtdesk.gui.details.pages.overview import OverviewPage
from virtdesk.model.connection import ConnectionState
from virtdesk.startup import parse_args

pytestmark = pytest.mark.gui


@pytest.fixture
def application(qtbot, tmp_path):
    uri = write_host(tmp_path, domain_xml("web-01", RUNNING), domain_xml("db-01"))
    app = Application(parse_args(["--connect", uri]))
    app.start()
    qtbot.addWidget(app.window)
    connection = app.connections.connections[0]
    qtbot.waitUntil(lambda: connection.state is ConnectionState.ACTIVE and connection.loaded, timeout=20000)
    yield app
    app.registry.close_all()
    app.shutdown()


def test_return_in_the_list_opens_the_current_vm(qtbot, application):
    window = application.window
    vm = application.connections.connections[0].find_domain("db-01")
    window.select_domains([vm])
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    details = application.registry.details.get((vm.connection.uri, vm.uuid))
    assert details is not None and details.isVisible()


def test_the_close_shortcut_closes_a_details_window(qtbot, application):
    window = open_details(qtbot, application.connections.connections[0], "web-01")
    action = next(a for a in window.actions() if QKeySequence("Ctrl+W") in a.shortcuts())
    assert set(QKeySequence.keyBindings(QKeySequence.StandardKey.Close)) <= set(action.shortcuts())
    action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_quit_closes_every_window(qtbot, application):
    vm = application.connections.connections[0].find_domain("web-01")
    details = application.registry.show_details(vm)
    qtbot.waitUntil(lambda: bool(details.slots), timeout=10000)
    shortcuts = application.window.quit_action.shortcuts()
    assert set(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)) <= set(shortcuts)
    assert QKeySequence("Ctrl+Q") in shortcuts
    application.window.quit_action.trigger()
    assert not details.isVisible()
    assert not application.window.isVisible()


def test_quit_waits_for_a_window_with_unapplied_changes(qtbot, application):
    vm = application.connections.connections[0].find_domain("web-01")
    details = application.registry.show_details(vm)
    qtbot.waitUntil(lambda: bool(details.slots), timeout=10000)
    qtbot.keyClicks(details.page(OverviewPage).title_edit, "typed, not applied")
    application.window.quit_action.trigger()
    box = details.findChild(QMessageBox, "close-unapplied")
    assert box is not None and box.isVisible()
    assert details.isVisible() and application.window.isVisible()
    assert "typed, not applied" in details.page(OverviewPage).title_edit.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert details.isVisible()


def test_the_manager_has_virt_managers_shortcuts(application):
    window = application.window
    for action, key in ((window.new_vm_action, "Ctrl+N"), (window.open_action, "Ctrl+O"),
                        (window.delete_vm_action, "Del"), (window.quit_action, "Ctrl+Q"),
                        (window.close_action, "Ctrl+W")):
        assert QKeySequence(key) in action.shortcuts(), action.text()


def test_ctrl_o_opens_the_selected_vm_and_ctrl_w_closes_the_manager(qtbot, application):
    window = application.window
    vm = application.connections.connections[0].find_domain("db-01")
    window.select_domains([vm])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    details = application.registry.details.get((vm.connection.uri, vm.uuid))
    assert details is not None and details.isVisible()
    window.activateWindow()
    window.close_action.trigger()
    assert not window.isVisible() and details.isVisible()

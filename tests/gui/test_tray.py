"""The system tray, on a test-driver host the test writes: the tray menu lists each connection with its VMs and
their states and follows their changes; its Run starts a VM through the manager's own code; the Preferences' tray
option shows and hides the icon and makes closing the manager hide it. The offscreen platform has no tray: the menu
is built and used without one, and the icon's part runs with the tray's presence simulated."""

from __future__ import annotations

import pytest
from gui.test_delete_vm import on_host
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QSystemTrayIcon
from testhosts import RUNNING, domain_xml, write_host

from virtdesk.gui.manager.tray import TRAY_VMS_LISTED, TrayMenu
from virtdesk.gui.preferences_dialog import PreferencesDialog
from virtdesk.model.domain import DomainState

pytestmark = pytest.mark.gui
WAIT_MS = 10000


@pytest.fixture
def host(manager, tmp_path):
    return manager.connect(write_host(tmp_path, domain_xml("web", RUNNING), domain_xml("db")))


@pytest.fixture
def tray_menu(manager):
    menu = TrayMenu(manager.connections, manager.window)
    yield menu
    menu.deleteLater()


@pytest.fixture
def with_a_tray(monkeypatch):
    """The desktop has a tray (the offscreen platform has none, so the icon never really shows)."""
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    yield
    QApplication.setQuitOnLastWindowClosed(True)


def texts(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions() if action.isVisible() and not action.isSeparator()]


def set_tray_option(qtbot, manager, on: bool) -> None:
    dialog = PreferencesDialog(manager.preferences)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tray_check.setChecked(on)
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_the_menu_lists_the_connections_and_their_vms_with_their_states(manager, host, tray_menu, qtbot):
    assert texts(tray_menu) == ["Hide Virtual Machine Manager", f"{host.label} (Connected)", "Quit"]
    host_menu = tray_menu.connection_menus[host]
    assert texts(host_menu) == ["db (Shut off)", "web (Running)"]
    web = tray_menu.vm_menu(host.find_domain("web"))
    assert texts(web) == ["Open Console", "Details", "Run", "Shut Down"]
    assert [a.isEnabled() for a in web.actions() if not a.isSeparator()] == [True, True, False, True]
    db = tray_menu.vm_menu(host.find_domain("db"))
    assert [a.isEnabled() for a in db.actions() if not a.isSeparator()] == [False, True, True, False]


def test_the_menu_follows_a_state_change_and_vms_coming_and_going(manager, host, tray_menu, qtbot):
    web = host.find_domain("web")
    on_host(host, lambda conn: conn.lookupByName("web").suspend())
    qtbot.waitUntil(lambda: web.state is DomainState.PAUSED, timeout=WAIT_MS)
    menu = tray_menu.vm_menu(web)
    assert menu.title() == "web (Paused)"
    assert not menu.lifecycle_actions["run"].isEnabled() and menu.lifecycle_actions["shutdown"].isEnabled() is False

    on_host(host, lambda conn: conn.defineXML(domain_xml("app")))
    qtbot.waitUntil(lambda: host.find_domain("app") is not None, timeout=WAIT_MS)
    assert texts(tray_menu.connection_menus[host]) == ["app (Shut off)", "db (Shut off)", "web (Paused)"]
    on_host(host, lambda conn: conn.lookupByName("db").undefine())
    qtbot.waitUntil(lambda: host.find_domain("db") is None, timeout=WAIT_MS)
    assert texts(tray_menu.connection_menus[host]) == ["app (Shut off)", "web (Paused)"]

    host.close()
    qtbot.waitUntil(lambda: not host.is_active, timeout=WAIT_MS)
    assert texts(tray_menu.connection_menus[host]) == ["Not connected"]
    assert tray_menu.connection_menus[host].title() == f"{host.label} (Not connected)"


def more_vms(count: int) -> str:
    return QCoreApplication.translate("TrayConnectionMenu", "%n more VM(s) in the manager…", "", count)


def test_a_host_of_many_vms_lists_the_first_by_name_and_the_rest_in_the_manager(manager, tmp_path, tray_menu,
                                                                                 qtbot):
    many = manager.connect(write_host(tmp_path, *(domain_xml(f"vm-{n:03}") for n in range(TRAY_VMS_LISTED + 10))))
    qtbot.waitUntil(lambda: len(many.domains) == TRAY_VMS_LISTED + 10, timeout=WAIT_MS)
    host_menu = tray_menu.connection_menus[many]
    listed = [f"vm-{n:03} (Shut off)" for n in range(TRAY_VMS_LISTED)]
    assert texts(host_menu) == [*listed, more_vms(10)]
    assert len(host_menu.findChildren(QMenu)) == TRAY_VMS_LISTED  # no menu for a VM not listed

    on_host(many, lambda conn: conn.defineXML(domain_xml("a-first")))  # sorts first: the last listed one leaves
    qtbot.waitUntil(lambda: len(many.domains) == TRAY_VMS_LISTED + 11, timeout=WAIT_MS)
    assert texts(host_menu) == ["a-first (Shut off)", *listed[:-1], more_vms(11)]
    on_host(many, lambda conn: conn.lookupByName("vm-000").undefine())
    qtbot.waitUntil(lambda: many.find_domain("vm-000") is None, timeout=WAIT_MS)
    assert texts(host_menu) == ["a-first (Shut off)", *listed[1:], more_vms(10)]
    qtbot.waitUntil(lambda: len(host_menu.findChildren(QMenu)) == TRAY_VMS_LISTED)  # the ones gone deleted later

    manager.window.hide()
    next(a for a in host_menu.actions() if a.text().endswith("in the manager…")).trigger()
    assert manager.window.isVisible()


def test_run_from_the_tray_starts_the_vm_through_the_manager(with_a_tray, qtbot, tmp_path):
    from manager_harness import ManagerHarness

    manager = ManagerHarness(qtbot)
    try:
        host = manager.connect(write_host(tmp_path, domain_xml("web", RUNNING), domain_xml("db")))
        set_tray_option(qtbot, manager, True)
        tray_menu = manager.window.tray.menu
        db = host.find_domain("db")
        tray_menu.vm_menu(db).lifecycle_actions["run"].trigger()
        qtbot.waitUntil(lambda: db.state is DomainState.RUNNING, timeout=WAIT_MS)
        assert on_host(host, lambda conn: conn.lookupByName("db").isActive()) == 1
        assert tray_menu.vm_menu(db).title() == "db (Running)"
        assert not tray_menu.vm_menu(db).lifecycle_actions["run"].isEnabled()
    finally:
        manager.close()


def test_the_menus_details_console_and_quit_are_told(manager, host, tray_menu, qtbot):
    told: list[tuple[str, object]] = []
    tray_menu.details_requested.connect(lambda domain: told.append(("details", domain)))
    tray_menu.console_requested.connect(lambda domain: told.append(("console", domain)))
    tray_menu.quit_requested.connect(lambda: told.append(("quit", None)))
    web = host.find_domain("web")
    tray_menu.vm_menu(web).details_action.trigger()
    tray_menu.vm_menu(web).console_action.trigger()
    tray_menu.quit_action.trigger()
    assert told == [("details", web), ("console", web), ("quit", None)]


def test_show_and_hide_the_manager_from_the_menu(manager, tray_menu, qtbot):
    window = manager.window
    tray_menu.manager_action.trigger()
    assert not window.isVisible()
    assert tray_menu.manager_action.text() == "Show Virtual Machine Manager"
    tray_menu.manager_action.trigger()
    assert window.isVisible()
    assert tray_menu.manager_action.text() == "Hide Virtual Machine Manager"


def test_without_a_tray_there_is_no_icon_and_closing_the_manager_closes_it(manager, qtbot):
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # the offscreen platform
    window = manager.window
    assert window.tray_icon.icon is None and window.tray.menu is None and window.notifier.tray is None
    dialog = PreferencesDialog(manager.preferences)
    qtbot.addWidget(dialog)
    assert not dialog.tray_check.isEnabled() and dialog.tray_check.toolTip() == "This desktop has no system tray."
    manager.preferences.tray_icon = True
    manager.preferences.save()
    assert window.tray.menu is None and not window.tray.hides_manager()
    window.close()
    assert not window.isVisible()
    assert QApplication.quitOnLastWindowClosed()


def test_the_tray_option_shows_the_icon_and_closing_then_hides_the_manager(with_a_tray, qtbot):
    from manager_harness import ManagerHarness

    manager = ManagerHarness(qtbot)
    try:
        window = manager.window
        icon = window.tray_icon.icon
        assert icon is not None and window.tray.menu is None
        assert icon.isVisible() is QSystemTrayIcon.supportsMessages()  # only for notifications
        assert not manager.preferences.tray_icon  # off until the user turns it on

        set_tray_option(qtbot, manager, True)
        assert manager.preferences.tray_icon and icon.isVisible()
        assert icon.contextMenu() is window.tray.menu
        assert not QApplication.quitOnLastWindowClosed()
        window.close()
        assert not window.isVisible()  # hidden in the tray, not closed
        window.tray_icon.clicked.emit()
        assert window.isVisible()

        set_tray_option(qtbot, manager, False)
        assert window.tray.menu is None and icon.contextMenu().actions() == []  # empty: it never shows
        assert icon.isVisible() is QSystemTrayIcon.supportsMessages()
        assert QApplication.quitOnLastWindowClosed()
        window.close()
        assert not window.isVisible() and not window.tray.hides_manager()
    finally:
        manager.close()


def test_quit_from_the_tray_closes_the_manager_for_good(with_a_tray, qtbot):
    from manager_harness import ManagerHarness

    manager = ManagerHarness(qtbot)
    try:
        window = manager.window
        set_tray_option(qtbot, manager, True)
        window.quit_requested.connect(window.close)  # what the program does on quitting
        window.tray.menu.quit_action.trigger()
        assert not window.isVisible()
        assert window.tray.quitting
        qtbot.waitUntil(lambda: not window.tray.quitting, timeout=WAIT_MS)  # a quit that a window refused
        window.show()
        window.close()
        assert not window.isVisible() and window.tray.hides_manager()
    finally:
        manager.close()

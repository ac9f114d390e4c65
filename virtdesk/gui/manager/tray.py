"""The manager in the system tray (Preferences → "Show an icon in the system tray"): the icon's menu lists every
connection with its VMs and their states, live, each VM with Open Console, Details, Run and Shut Down; Show/Hide
the manager and Quit. With the option on, closing the manager hides it there and the program keeps running.

TrayMenu is the menu alone (a QMenu built from the connections' signals, testable without a tray); ManagerTray
wires it to the shared tray icon and the manager window, whose own code runs every action.
"""

from __future__ import annotations

from bisect import insort
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from virtdesk.gui.icons import state_icon, themed
from virtdesk.gui.tray_icon import TrayIcon
from virtdesk.model.actions import ACTIONS, LifecycleAction
from virtdesk.model.connection import Connection
from virtdesk.model.connections import ConnectionList
from virtdesk.model.domain import Domain

if TYPE_CHECKING:
    from virtdesk.gui.manager.window import ManagerWindow

TRAY_ACTIONS = ("run", "shutdown")  # the lifecycle actions each VM's submenu offers, as the manager runs them
TRAY_VMS_LISTED = 50  # a connection's VMs listed in its submenu, by name; the manager lists the others


class _Requests(QMenu):
    """A menu whose entries ask for something to be done with a VM; the requests pass up to the tray menu by
    signals (no Python references upwards: the menus go with their parent widget, in the GUI thread)."""

    details_requested = Signal(object)  # a Domain
    console_requested = Signal(object)  # a Domain
    action_requested = Signal(object, object)  # a LifecycleAction, the Domain

    def pass_on(self, child: _Requests) -> None:
        child.details_requested.connect(self.details_requested)
        child.console_requested.connect(self.console_requested)
        child.action_requested.connect(self.action_requested)


class TrayVmMenu(_Requests):
    """One VM: its name and state as the title, its state's icon, and what can be done with it now."""

    def __init__(self, domain: Domain, parent: QWidget) -> None:
        super().__init__(parent)
        self.domain = domain
        self.console_action = self.addAction(themed("utilities-terminal"), self.tr("Open Console"))
        self.console_action.triggered.connect(lambda: self.console_requested.emit(domain))
        self.details_action = self.addAction(themed("document-properties"), self.tr("Details"))
        self.details_action.triggered.connect(lambda: self.details_requested.emit(domain))
        self.addSeparator()
        self.lifecycle_actions: dict[str, QAction] = {}
        for key in TRAY_ACTIONS:
            action = ACTIONS[key]
            qaction = self.addAction(themed(action.icon), action.label)
            qaction.setObjectName(f"tray-action-{key}")
            qaction.triggered.connect(lambda _checked=False, a=action: self.action_requested.emit(a, domain))
            self.lifecycle_actions[key] = qaction
        self.refresh()

    def refresh(self) -> None:
        domain = self.domain
        self.setTitle(self.tr("{name} ({state})").format(name=domain.name, state=domain.state_label))
        self.setIcon(state_icon(domain.state, domain.saved))
        host_active = domain.connection.is_active
        self.console_action.setEnabled(host_active and domain.is_active)
        self.details_action.setEnabled(host_active)
        for key, qaction in self.lifecycle_actions.items():
            qaction.setEnabled(host_active and ACTIONS[key].applies(domain))


class TrayConnectionMenu(_Requests):
    """One connection: its name and state as the title and a submenu per VM, sorted by name: the first
    TRAY_VMS_LISTED of them, then an entry that shows the manager and says how many more it lists (a menu of
    thousands of VMs is of no use and would cost a menu each)."""

    manager_requested = Signal()

    def __init__(self, connection: Connection, parent: QWidget) -> None:
        super().__init__(parent)
        self.connection = connection
        self.domains: dict[str, Domain] = {}  # by UUID, every VM of the connection
        self.vm_menus: dict[str, TrayVmMenu] = {}  # by UUID, the VMs listed
        self._order: list[tuple[str, str]] = []  # (folded name, UUID) of every VM, as they are listed
        self._keys: dict[str, tuple[str, str]] = {}  # each VM's entry in _order, by UUID
        self.placeholder = self.addAction("")
        self.placeholder.setEnabled(False)
        self.more_action = self.addAction("")
        self.more_action.triggered.connect(self.manager_requested)
        connection.state_changed.connect(self.update_state)
        connection.domains_added.connect(self._add)
        connection.domains_removed.connect(self._remove)
        connection.domain_changed.connect(self._changed)
        self._add(list(connection.domains.values()))
        self.update_state()

    def update_state(self) -> None:
        connection = self.connection
        self.setTitle(self.tr("{host} ({state})").format(host=connection.label, state=connection.state.label))
        for menu in self.vm_menus.values():
            menu.refresh()
        self._update_placeholder()

    def _update_placeholder(self) -> None:
        if self.connection.is_active:
            self.placeholder.setText(self.tr("No virtual machines"))
        else:
            self.placeholder.setText(self.connection.error or self.connection.state.label)
        self.placeholder.setVisible(not self.domains)
        more = len(self.domains) - len(self.vm_menus)
        self.more_action.setText(self.tr("%n more VM(s) in the manager…", "", more))
        self.more_action.setVisible(more > 0)

    def _add(self, domains: list[Domain]) -> None:
        new = [domain for domain in domains if domain.uuid not in self.domains]
        for domain in new:
            self.domains[domain.uuid] = domain
            self._keys[domain.uuid] = key = (domain.name.casefold(), domain.uuid)
            if len(new) < 16:
                insort(self._order, key)
        if len(new) >= 16:
            self._order = sorted(self._keys.values())
        self._list()

    def _remove(self, domains: list[Domain]) -> None:
        gone = {domain.uuid for domain in domains} & self.domains.keys()
        if gone:
            for uuid in gone:
                del self.domains[uuid], self._keys[uuid]
            self._order = [key for key in self._order if key[1] not in gone]
            self._list()

    def _changed(self, domain: Domain) -> None:
        key = self._keys.get(domain.uuid)
        if key is None:
            return
        if key[0] != domain.name.casefold():  # renamed: listed where its new name goes
            self._order.remove(key)
            self._keys[domain.uuid] = key = (domain.name.casefold(), domain.uuid)
            insort(self._order, key)
            self._drop(domain.uuid)
            self._list()
        menu = self.vm_menus.get(domain.uuid)
        if menu is not None:
            menu.refresh()

    def _list(self) -> None:
        """Makes the submenus those of the first VMs in order, each where its name goes."""
        listed = [uuid for _name, uuid in self._order[:TRAY_VMS_LISTED]]
        for uuid in self.vm_menus.keys() - set(listed):
            self._drop(uuid)
        following = self.more_action
        for uuid in reversed(listed):  # each inserted before the one after it
            menu = self.vm_menus.get(uuid)
            if menu is None:
                menu = self.vm_menus[uuid] = TrayVmMenu(self.domains[uuid], self)
                self.pass_on(menu)
                self.insertMenu(following, menu)
            following = menu.menuAction()
        self._update_placeholder()

    def _drop(self, uuid: str) -> None:
        menu = self.vm_menus.pop(uuid, None)
        if menu is not None:
            self.removeAction(menu.menuAction())
            menu.deleteLater()


class TrayMenu(_Requests):
    """The tray icon's menu: Show/Hide the manager, a submenu per connection, Quit. A child of the manager window
    (it goes with it)."""

    quit_requested = Signal()

    def __init__(self, connections: ConnectionList, manager: QWidget) -> None:
        super().__init__(manager)
        self.manager = manager
        self.setObjectName("tray-menu")
        self.manager_action = self.addAction("")
        self.manager_action.setObjectName("tray-show-manager")
        self.manager_action.triggered.connect(self.toggle_manager)
        self.addSeparator()
        self._end = self.addSeparator()  # the connections are listed before it
        self.quit_action = self.addAction(themed("application-exit"), self.tr("Quit"))
        self.quit_action.setObjectName("tray-quit")
        self.quit_action.triggered.connect(self.quit_requested)
        self.connection_menus: dict[Connection, TrayConnectionMenu] = {}
        for connection in connections.connections:
            self._add(connection)
        connections.added.connect(self._add)
        connections.removed.connect(self._remove)
        self.aboutToShow.connect(self._update_manager_action)
        self._update_manager_action()

    def vm_menu(self, domain: Domain) -> TrayVmMenu | None:
        menu = self.connection_menus.get(domain.connection)
        return menu.vm_menus.get(domain.uuid) if menu is not None else None

    def toggle_manager(self) -> None:
        if self.manager.isVisible():
            self.manager.hide()
        else:
            self.manager.setWindowState(self.manager.windowState() & ~Qt.WindowState.WindowMinimized)
            self.manager.show()
            self.manager.raise_()
            self.manager.activateWindow()
        self._update_manager_action()

    def _update_manager_action(self) -> None:
        self.manager_action.setText(self.tr("Hide Virtual Machine Manager") if self.manager.isVisible()
                                    else self.tr("Show Virtual Machine Manager"))

    def show_manager(self) -> None:
        if not self.manager.isVisible():
            self.toggle_manager()
        else:
            self.manager.raise_()
            self.manager.activateWindow()

    def _add(self, connection: Connection) -> None:
        menu = TrayConnectionMenu(connection, self)
        self.pass_on(menu)
        menu.manager_requested.connect(self.show_manager)
        self.connection_menus[connection] = menu
        self.insertMenu(self._end, menu)

    def _remove(self, connection: Connection) -> None:
        menu = self.connection_menus.pop(connection, None)
        if menu is not None:
            self.removeAction(menu.menuAction())
            menu.deleteLater()


class ManagerTray(QObject):
    """The manager window's tray: the shared icon, and the menu while the tray option is on. With it on, closing
    the manager hides it (`hides_manager`) and closing the last other window does not end the program."""

    def __init__(self, window: ManagerWindow, icon: TrayIcon) -> None:
        super().__init__(window)
        self.window = window
        self.icon = icon
        self.menu: TrayMenu | None = None
        # What the icon has while the tray menu is gone: Qt's D-Bus tray icon (StatusNotifierItem) is told of a
        # new menu but never of none (setContextMenu(None)); it would use the gone menu again and crash.
        self._no_menu = QMenu(window)  # an empty menu never shows
        self.quitting = False
        window.quit_requested.connect(self._quit_requested)  # before the program's own handler: it closes us
        if icon.icon is not None:
            self._use_icon()
        else:
            icon.appeared.connect(self._use_icon)

    def _use_icon(self) -> None:
        self.icon.clicked.connect(self._clicked)
        self.icon.availability_changed.connect(self._update)  # a tray gone takes the menu, and shows the manager
        self.window.preferences.changed.connect(self._update)
        self._update()

    def hides_manager(self) -> bool:
        """Closing the manager now hides it in the tray instead."""
        return self.menu is not None and not self.quitting

    def _update(self) -> None:
        assert self.icon.icon is not None
        if self.icon.kept and self.menu is None:
            self.menu = TrayMenu(self.window.connections, self.window)
            self.menu.details_requested.connect(self.window.domain_activated)
            self.menu.console_requested.connect(self._open_console)
            self.menu.action_requested.connect(self._run)
            self.menu.quit_requested.connect(self.window.quit_requested)
            self.icon.icon.setContextMenu(self.menu)
        elif not self.icon.kept and self.menu is not None:
            self.icon.icon.setContextMenu(self._no_menu)
            self.menu.deleteLater()
            self.menu = None
            if not self.window.isVisible():  # nothing else would bring it back
                self.window.show()
        QApplication.setQuitOnLastWindowClosed(self.menu is None)

    def _clicked(self) -> None:
        if self.menu is not None:
            self.menu.toggle_manager()

    def _run(self, action: LifecycleAction, domain: Domain) -> None:
        self.window.run_action(action, [domain])

    @staticmethod
    def _open_console(domain: Domain) -> None:
        from virtdesk.gui.console_window import show_console_window  # not needed at start-up

        show_console_window(domain)

    def _quit_requested(self) -> None:
        """The window closes for good while the program quits; should a window keep it open (unapplied changes),
        closing it later hides it again."""
        self.quitting = True
        QTimer.singleShot(0, lambda: setattr(self, "quitting", False))

"""The manager window: every connection with its VMs, live figures, a filter, and lifecycle actions."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from virtdesk.gui.accessible import name_after
from virtdesk.gui.add_connection_dialog import AddConnectionDialog
from virtdesk.gui.elided_label import ElidedLabel
from virtdesk.gui.icons import themed
from virtdesk.gui.lifecycle import show_availability, start_action
from virtdesk.gui.log_window import LogWindow
from virtdesk.gui.manager import connection_prompts
from virtdesk.gui.manager.jobs_indicator import JobsIndicator
from virtdesk.gui.manager.on_screen_stats import OnScreenStats
from virtdesk.gui.manager.sparkline import SparklineDelegate
from virtdesk.gui.manager.tray import ManagerTray
from virtdesk.gui.manager.vm_tree_model import Column, Role, VmTreeModel
from virtdesk.gui.notifications import Notifier
from virtdesk.gui.preferences_dialog import PreferencesDialog
from virtdesk.gui.shortcuts import add_close_shortcut, standard_keys
from virtdesk.gui.tones import Tone, tone_style
from virtdesk.gui.tray_icon import TrayIcon
from virtdesk.gui.vm_file_actions import VmFileActions
from virtdesk.model.actions import ACTIONS, LifecycleAction
from virtdesk.model.connection import Connection, ConnectionState
from virtdesk.model.connections import ConnectionList
from virtdesk.model.domain import Domain, DomainState
from virtdesk.model.log import LogEntry, event_log
from virtdesk.model.preferences import Preferences
from virtdesk.model.stats import StatsSampler

if TYPE_CHECKING:
    from virtdesk.gui.clone_vm_dialog import CloneVmDialog
    from virtdesk.gui.delete_vm_dialog import DeleteVmDialog
    from virtdesk.gui.help_window import HelpWindow
    from virtdesk.gui.jobs_window import JobsWindow
    from virtdesk.gui.migrate_vm_dialog import MigrateVmDialog


class ManagerWindow(QMainWindow):
    domain_activated = Signal(object)
    quit_requested = Signal()
    host_details_requested = Signal(object)  # a Connection
    new_vm_requested = Signal(object, object)  # the Connection to create it on (or None), a VM to copy (or None)

    def __init__(self, connections: ConnectionList, preferences: Preferences, sampler: StatsSampler) -> None:
        super().__init__()
        self.connections = connections
        self.preferences = preferences
        self.sampler = sampler
        self.setWindowTitle(self.tr("Virtual Machine Manager"))
        self.setObjectName("manager-window")
        self.resize(900, 560)
        self._log_window: LogWindow | None = None
        self._jobs_window: JobsWindow | None = None
        self._help_window: HelpWindow | None = None
        self._selected: set[Domain] = set()  # as of the last _update_actions
        self._filled: QPersistentModelIndex | None = None  # the connection _collapse_while_filled collapsed
        self.tray_icon = TrayIcon(preferences, self)  # one icon: the tray menu's and the notifications'
        self.tray = ManagerTray(self, self.tray_icon)
        self.notifier = Notifier(preferences, parent=self, tray=self.tray_icon)
        self.notifier.clicked.connect(self.show_jobs)

        self.model = VmTreeModel(connections, sampler, self)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, title, state or description"))
        self.filter_edit.setClearButtonEnabled(True)
        name_after(self.filter_edit, self.filter_edit.placeholderText())
        self.filter_edit.textChanged.connect(self._filter_changed)

        self.view = QTreeView()
        self.view.setObjectName("vm-list")
        self.view.setAccessibleName(self.tr("Virtual machines"))
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.view.header().sortIndicatorChanged.connect(
            lambda column, _order: setattr(self.model, "sort_column", column))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAllColumnsShowFocus(True)
        self.view.setItemDelegateForColumn(Column.CPU, SparklineDelegate(self.view))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.activated.connect(self._activated)  # double-click, or Return on the keyboard
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((Column.STATE, 150), (Column.CPU, 120), (Column.MEMORY, 90), (Column.VCPUS, 60)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.rowsAboutToBeInserted.connect(self._collapse_while_filled)
        self.model.rowsInserted.connect(self._expand_new_connections)
        self.model.connections_shown.connect(
            lambda shown: [self.view.expand(self.model.connection_index(c)) for c in shown])
        self.on_screen_stats = OnScreenStats(self.view, sampler, self)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_menus_and_toolbar()
        self._build_status_bar()
        event_log().added.connect(self._logged)
        for connection in connections.connections:
            self._watch(connection)
        connections.added.connect(self._watch)
        self._expand_new_connections(QModelIndex(), 0, self.model.rowCount() - 1)
        self._update_actions()

    # -- construction

    def _build_actions(self) -> None:
        self.lifecycle_actions: dict[str, QAction] = {}
        for key, action in ACTIONS.items():
            qaction = QAction(themed(action.icon), action.label, self)
            qaction.setObjectName(f"action-{key}")
            qaction.triggered.connect(lambda _checked=False, a=action: self.run_action(a))
            self.lifecycle_actions[key] = qaction
        self.open_action = QAction(themed("document-open"), self.tr("Open"), self)
        self.open_action.setObjectName("action-open")
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.setToolTip(self.tr("Show the details and settings of the selected VMs"))
        self.open_action.triggered.connect(self.open_selected)
        self.new_vm_action = QAction(themed("document-new"), self.tr("New VM…"), self)
        self.new_vm_action.setObjectName("action-new-vm")
        self.new_vm_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_vm_action.setToolTip(self.tr("Create a virtual machine on the selected connection"))
        self.new_vm_action.triggered.connect(lambda: self.new_vm_requested.emit(self.selected_connection(), None))
        self.new_vm_like_action = QAction(self.tr("New VM Like This…"), self)
        self.new_vm_like_action.setObjectName("action-new-vm-like")
        self.new_vm_like_action.triggered.connect(self._new_vm_like_selected)
        self.clone_vm_action = QAction(self.tr("Clone…"), self)
        self.clone_vm_action.setObjectName("action-clone-vm")
        self.clone_vm_action.setToolTip(self.tr("Make a copy of the selected VM with its disks as you choose"))
        self.clone_vm_action.triggered.connect(self.clone_selected)
        self.migrate_vm_action = QAction(self.tr("Migrate…"), self)
        self.migrate_vm_action.setObjectName("action-migrate-vm")
        self.migrate_vm_action.setToolTip(self.tr("Move the selected VM to another open connection"))
        self.migrate_vm_action.triggered.connect(self.migrate_selected)
        self.delete_vm_action = QAction(themed("edit-delete"), self.tr("Delete…"), self)
        self.delete_vm_action.setObjectName("action-delete-vm")
        self.delete_vm_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_vm_action.setToolTip(self.tr("Delete the selected VM, and the storage you choose"))
        self.delete_vm_action.triggered.connect(self.delete_selected)
        self.file_actions = VmFileActions(self)
        self.add_connection_action = QAction(themed("list-add"), self.tr("Add Connection…"), self)
        self.add_connection_action.triggered.connect(self.add_connection)
        self.connect_action = QAction(self.tr("Connect"), self)
        self.connect_action.triggered.connect(
            lambda: self._for_connection(partial(connection_prompts.connect, self, self.connections)))
        self.forget_host_key_action = QAction(self.tr("Remove Old Host Key…"), self)
        self.forget_host_key_action.triggered.connect(
            lambda: self._for_connection(partial(connection_prompts.forget_host_key, self, self.connections)))
        self.disconnect_action = QAction(self.tr("Disconnect"), self)
        self.disconnect_action.triggered.connect(lambda: self._for_connection(Connection.close))
        self.remove_connection_action = QAction(themed("list-remove"), self.tr("Remove Connection"), self)
        self.remove_connection_action.triggered.connect(self.remove_connection)
        self.host_details_action = QAction(themed("computer"), self.tr("Host Details"), self)
        self.host_details_action.setObjectName("action-host-details")
        self.host_details_action.setToolTip(self.tr("Show the selected connection's host: its facts and storage"))
        self.host_details_action.triggered.connect(lambda: self._for_connection(self.host_details_requested.emit))
        self.preferences_action = QAction(themed("preferences-system"), self.tr("Preferences…"), self)
        self.preferences_action.triggered.connect(self.show_preferences)
        self.log_action = QAction(themed("dialog-information"), self.tr("Log"), self)
        self.log_action.triggered.connect(self.show_log)
        self.jobs_action = QAction(themed("system-run"), self.tr("Jobs"), self)
        self.jobs_action.setObjectName("action-jobs")
        self.jobs_action.setToolTip(self.tr("Show every long operation of this run, its progress and its report"))
        self.jobs_action.triggered.connect(self.show_jobs)
        self.quit_action = QAction(themed("application-exit"), self.tr("Quit"), self)
        self.quit_action.setShortcuts(standard_keys(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
        self.quit_action.triggered.connect(self.quit_requested)
        self.about_action = QAction(self.tr("About virtdesk"), self)
        self.about_action.triggered.connect(self._about)
        self.help_action = QAction(themed("help-contents"), self.tr("&Contents"), self)
        self.help_action.setObjectName("action-help")
        self.help_action.setShortcuts(standard_keys(QKeySequence.StandardKey.HelpContents, "F1"))
        self.help_action.setToolTip(self.tr("Open the user guide"))
        self.help_action.triggered.connect(self.show_help)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.filter_edit.setFocus)
        self.addAction(find)
        self.close_action = add_close_shortcut(self)

    def _build_menus_and_toolbar(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_vm_action)
        file_menu.addAction(self.add_connection_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.connect_action)
        edit_menu.addAction(self.disconnect_action)
        edit_menu.addAction(self.forget_host_key_action)
        edit_menu.addAction(self.remove_connection_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.host_details_action)
        edit_menu.addAction(self.delete_vm_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        vm_menu = menu.addMenu(self.tr("&Virtual Machine"))
        vm_menu.addAction(self.open_action)
        vm_menu.addSeparator()
        for qaction in self.lifecycle_actions.values():
            vm_menu.addAction(qaction)
        vm_menu.addSeparator()
        for qaction in (self.file_actions.save, self.file_actions.restore, self.file_actions.dump):
            vm_menu.addAction(qaction)
        vm_menu.addSeparator()
        vm_menu.addAction(self.migrate_vm_action)
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addAction(self.log_action)
        view_menu.addAction(self.jobs_action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.new_vm_action)
        toolbar.addAction(self.add_connection_action)
        toolbar.addSeparator()
        toolbar.addAction(self.open_action)
        for key in ("run", "pause", "resume"):
            toolbar.addAction(self.lifecycle_actions[key])
        shutdown_menu = QMenu(self)
        shutdown_menu.setToolTipsVisible(True)  # why a choice is off
        for key in ("shutdown", "reboot", "reset", "destroy", "save"):
            shutdown_menu.addAction(self.lifecycle_actions[key])
        shutdown_button = QToolButton()
        shutdown_button.setObjectName("shutdown-button")
        shutdown_button.setDefaultAction(self.lifecycle_actions["shutdown"])
        shutdown_button.setMenu(shutdown_menu)
        shutdown_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        shutdown_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addWidget(shutdown_button)

    def _build_status_bar(self) -> None:
        self.summary_label = QLabel()
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.error_label = ElidedLabel()
        self.error_label.setObjectName("last-error")
        self.error_label.setStyleSheet(tone_style(Tone.ERROR))
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._error_source = ""
        self.statusBar().addWidget(self.summary_label)
        self.jobs_indicator = JobsIndicator(parent=self)
        self.jobs_indicator.open_requested.connect(self.show_jobs)
        self.statusBar().addWidget(self.jobs_indicator)
        self.statusBar().addPermanentWidget(self.error_label, 1)
        self._summary_timer = QTimer(self)  # many rows change at once: count them once afterwards
        self._summary_timer.setSingleShot(True)
        self._summary_timer.timeout.connect(self._update_summary)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.dataChanged):
            signal.connect(lambda *_args: self._summary_timer.start(0))
        self._update_summary()

    # -- selection

    def selected_domains(self) -> list[Domain]:
        rows = self.view.selectionModel().selectedRows(Column.NAME)
        return [d for d in (index.data(Role.DOMAIN) for index in rows) if d is not None]

    def selected_connection(self) -> Connection | None:
        current = self.view.currentIndex()
        return current.data(Role.CONNECTION) if current.isValid() else None

    def select_domains(self, domains: list[Domain]) -> None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        for domain in domains:
            index = self.model.domain_index(domain)
            if index.isValid():
                selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
                # the current row moves without touching the selection (the view's own command for it depends
                # on the keyboard modifiers held at that moment)
                selection.setCurrentIndex(index, selection.SelectionFlag.NoUpdate)

    def open_selected(self) -> None:
        for domain in self.selected_domains():
            self.domain_activated.emit(domain)

    def _update_actions(self) -> None:
        domains = self.selected_domains()
        self._selected = set(domains)
        self.open_action.setEnabled(bool(domains))
        self.new_vm_action.setEnabled(any(c.is_active for c in self.connections.connections))
        self.new_vm_like_action.setEnabled(len(domains) == 1 and domains[0].connection.is_active)
        for qaction in (self.clone_vm_action, self.delete_vm_action, self.migrate_vm_action):
            qaction.setEnabled(len(domains) == 1 and domains[0].connection.is_active)
        for key, qaction in self.lifecycle_actions.items():
            show_availability(qaction, ACTIONS[key], domains,
                              any(ACTIONS[key].applies(d) and d.connection.is_active for d in domains))
        connection = self.selected_connection()
        self.file_actions.select(domains[0] if len(domains) == 1 else None, connection)
        self.connect_action.setEnabled(connection is not None and connection.state in (
            ConnectionState.DISCONNECTED, ConnectionState.ERROR))
        self.disconnect_action.setEnabled(connection is not None and connection.state in (
            ConnectionState.ACTIVE, ConnectionState.CONNECTING) or bool(connection and connection.reconnecting))
        self.remove_connection_action.setEnabled(connection is not None)
        self.host_details_action.setEnabled(connection is not None)
        self.forget_host_key_action.setVisible(connection_prompts.can_forget_host_key(connection))

    # -- lifecycle

    def run_action(self, action: LifecycleAction, domains: list[Domain] | None = None) -> None:
        run = start_action(self, action, domains if domains is not None else self.selected_domains(),
                           self.preferences)
        if run is not None:
            run.finished.connect(lambda _failures: self._update_actions())

    # -- connections

    def _watch(self, connection: Connection) -> None:
        connection.state_changed.connect(self._update_actions)
        connection.state_changed.connect(lambda: self._clear_error_of(connection))
        connection.domain_changed.connect(self._domain_changed)
        connection.domain_crashed.connect(self.notifier.vm_crashed)

    def _domain_changed(self, domain: Domain) -> None:
        """Only a selected VM's change can change what the actions offer (a host loading changes thousands)."""
        if domain in self._selected:
            self._update_actions()

    def _for_connection(self, method: object) -> None:
        connection = self.selected_connection()
        if connection is not None:
            method(connection)  # type: ignore[operator]

    def add_connection(self) -> AddConnectionDialog:
        dialog = AddConnectionDialog(self, existing={c.uri for c in self.connections.connections})

        def add_requested() -> None:
            for request in dialog.requests():
                self.connections.add_request(request).open()

        dialog.accepted.connect(add_requested)
        dialog.open()
        return dialog

    def remove_connection(self) -> QMessageBox | None:
        connection = self.selected_connection()
        if connection is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove Connection"),
                          self.tr("Remove the connection to {label} ({uri}) from the list? "
                                  "Nothing on the host is changed.").format(label=connection.label,
                                                                           uri=connection.uri),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("confirm-remove-connection")
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.finished.connect(lambda _r: box.clickedButton() is remove and self.connections.remove(connection))
        box.open()
        return box

    def _collapse_while_filled(self, parent: QModelIndex, _first: int, _last: int) -> None:
        """An expanded connection about to get its first VMs is collapsed until they are in, then expanded again:
        the view then lays out those rows alone, where rows added under an expanded row make it lay out every row
        of every connection again (twenty hosts listing one after another cost twenty such passes)."""
        if parent.isValid() and self.model.rowCount(parent) == 0 and self.view.isExpanded(parent):
            self.view.collapse(parent)
            self._filled = QPersistentModelIndex(parent)

    def _expand_new_connections(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid():
            if self._filled is not None and self._filled == parent:
                self._filled = None
                self.view.expand(parent)
            return
        for row in range(first, last + 1):
            self.view.expand(self.model.index(row, 0))

    # -- other windows

    def show_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self.preferences, self)
        dialog.open()
        return dialog

    def show_log(self) -> LogWindow:
        if self._log_window is None:
            self._log_window = LogWindow()
        self._log_window.show()
        self._log_window.raise_()
        return self._log_window

    def show_jobs(self) -> JobsWindow:
        from virtdesk.gui.jobs_window import JobsWindow  # not needed at start-up

        if self._jobs_window is None:
            self._jobs_window = JobsWindow()
        self._jobs_window.show()
        self._jobs_window.raise_()
        self._jobs_window.activateWindow()
        return self._jobs_window

    def show_help(self) -> HelpWindow:
        from virtdesk.gui.help_window import HelpWindow  # not needed at start-up

        if self._help_window is None:
            self._help_window = HelpWindow()
        self._help_window.show()
        self._help_window.raise_()
        self._help_window.activateWindow()
        return self._help_window

    def _about(self) -> QWidget:
        """The versions of virtdesk and what it runs on, the selected connection's daemon among them."""
        from virtdesk.gui.about_dialog import AboutDialog  # not needed at start-up

        dialog = AboutDialog(self.selected_connection(), self)
        dialog.open()
        return dialog

    # -- status

    def _filter_changed(self, text: str) -> None:
        self.model.set_filter(text)
        self._expand_new_connections(QModelIndex(), 0, self.model.rowCount() - 1)

    def _logged(self, entry: LogEntry) -> None:
        if entry.level >= 40:
            text = f"{entry.source}: {entry.message}"
            self._error_source = entry.source
            self.error_label.set_full_text(text)
            self.error_label.setToolTip("\n".join(filter(None, (text, entry.detail))))

    def _clear_error_of(self, connection: Connection) -> None:
        """A connection that is active again no longer explains the error shown."""
        if connection.is_active and self._error_source == connection.label:
            self._error_source = ""
            self.error_label.set_full_text("")
            self.error_label.setToolTip("")

    def _update_summary(self) -> None:
        total = running = 0
        for connection in self.connections.connections:
            total += len(connection.domains)
            running += sum(1 for d in connection.domains.values() if d.state is DomainState.RUNNING)
        self.summary_label.setText(self.tr("{total} VMs, {running} running").format(total=total, running=running))

    def _context_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if not index.isValid():
            return
        menu = QMenu(self)
        if index.data(Role.DOMAIN) is not None:
            menu.addAction(self.open_action)
            menu.addAction(self.new_vm_like_action)
            menu.addAction(self.clone_vm_action)
            menu.addAction(self.migrate_vm_action)
            menu.addAction(self.delete_vm_action)
            menu.addSeparator()
            for qaction in [*self.lifecycle_actions.values(), self.file_actions.save, self.file_actions.dump]:
                if qaction.isEnabled():
                    menu.addAction(qaction)
        else:
            for qaction in (self.connect_action, self.disconnect_action, self.forget_host_key_action,
                            self.remove_connection_action):
                if qaction.isVisible():
                    menu.addAction(qaction)
            if self.file_actions.restore.isEnabled():
                menu.addAction(self.file_actions.restore)
        menu.popup(self.view.viewport().mapToGlobal(position))

    def clone_selected(self) -> CloneVmDialog | None:
        from virtdesk.gui.clone_vm_dialog import CloneVmDialog  # not needed at start-up

        return self._open_vm_dialog(CloneVmDialog)

    def delete_selected(self) -> DeleteVmDialog | None:
        from virtdesk.gui.delete_vm_dialog import DeleteVmDialog  # not needed at start-up

        return self._open_vm_dialog(DeleteVmDialog)

    def _open_vm_dialog(self, kind: type[CloneVmDialog | DeleteVmDialog]) -> CloneVmDialog | DeleteVmDialog | None:
        domains = self.selected_domains()
        if len(domains) != 1 or not domains[0].connection.is_active:
            return None
        dialog = kind(domains[0], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def migrate_selected(self) -> MigrateVmDialog | None:
        domains = self.selected_domains()
        return self.migrate_domain(domains[0]) if len(domains) == 1 else None

    def migrate_domain(self, domain: Domain) -> MigrateVmDialog | None:
        """The Migrate dialog of domain (from this window or a details window), its destinations the other
        connections."""
        from virtdesk.gui.migrate_vm_dialog import MigrateVmDialog  # not needed at start-up

        if not domain.connection.is_active:
            return None
        dialog = MigrateVmDialog(domain, self.connections.connections, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _new_vm_like_selected(self) -> None:
        domains = self.selected_domains()
        if len(domains) == 1:
            self.new_vm_requested.emit(domains[0].connection, domains[0])

    def _activated(self, index: QModelIndex) -> None:
        domain = index.data(Role.DOMAIN)
        if domain is not None:
            self.domain_activated.emit(domain)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.tray.hides_manager():  # the program goes on in the tray
            event.ignore()
            self.hide()
            return
        for window in (self._log_window, self._jobs_window, self._help_window):
            if window is not None:
                window.close()
        super().closeEvent(event)

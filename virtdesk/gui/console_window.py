"""A VM's graphical console: the view (the display, its bar, and what stands in its place while connecting, after
an error or where there is no display) used by the details window's Console page, and the console-only window
(`--show-domain-console NAME`, or a page's Detach).

Every view of one VM shares one VncSession: the details window rebuilding its pages, a detached window or
fullscreen never connect again. The session closes when the last view showing it is destroyed.

A display that asks for a password is given the one remembered in the desktop keyring (model/display_passwords.py),
if any, before the user is asked; the password the user types is remembered there when they tick the box, and a
remembered one the display refuses is forgotten. The bar's Send Key goes through the connected display (QEMU's
scan codes where it takes them), through libvirt otherwise.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from virtdesk import xmlconf
from virtdesk.console.rfb_errors import AuthenticationFailed, PasswordRequired
from virtdesk.console.serial_widget import SerialConsole
from virtdesk.console.viewer_launcher import launch_viewer
from virtdesk.console.vnc_widget import ScaleMode, VncWidget
from virtdesk.gui import console_choice
from virtdesk.gui.accessible import name_after
from virtdesk.gui.details.monitor_widget import MonitorConsole
from virtdesk.gui.icons import themed
from virtdesk.gui.shortcuts import add_close_shortcut
from virtdesk.gui.window_keeping import shown
from virtdesk.model import display_passwords
from virtdesk.model.console_transport import display_problem, open_display
from virtdesk.model.domain import Domain
from virtdesk.model.domain_config import DomainConfig
from virtdesk.model.errors import describe
from virtdesk.model.keys import combinations, send_keys
from virtdesk.model.qemu_monitor import is_qemu_vm
from virtdesk.model.serial_stream import console_devices
from virtdesk.model.viewer_file import VIEWER_KINDS
from virtdesk.model.vnc_session import SessionState, VncSession
from virtdesk.model.worker import Task

_sessions: dict[tuple[str, str], VncSession] = {}
_users: dict[tuple[str, str], int] = {}


def _key(domain: Domain) -> tuple[str, str]:
    return domain.connection.uri, domain.uuid


def take_session(domain: Domain) -> VncSession:
    """The VM's shared session (made on first use); give it back with give_back_session."""
    key = _key(domain)
    session = _sessions.get(key)
    if session is None:
        session = VncSession(lambda password: open_display(domain.connection, domain, password))
        _sessions[key] = session
    _users[key] = _users.get(key, 0) + 1
    return session


def give_back_session(key: tuple[str, str]) -> None:
    _users[key] -= 1
    if _users[key] == 0:
        del _users[key]
        session = _sessions.pop(key)
        session.close()
        session.deleteLater()


def absolute_pointer(config: xmlconf.Domain | None) -> bool:
    """Whether the guest has a pointer that takes positions (a tablet); without one the display grabs the
    pointer and sends its movements."""
    return config is None or any(device.type == "tablet" for device in config.devices.inputs)


def send_key_button(domain: Domain, name: str,
                    through_display: Callable[[list[int]], bool] | None = None) -> QToolButton:
    """A Send Key button with its menu of key combinations (Ctrl+Alt+Delete, ...), sent through libvirt, or
    through_display(codes) where that sends them (a connected VNC display)."""
    button = QToolButton()
    button.setObjectName(name)
    button.setText(QCoreApplication.translate("DetailsWindow", "Send Key"))
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)

    def send(label: str, codes: list[int]) -> None:
        if through_display is None or not through_display(codes):
            send_keys(domain, codes, QCoreApplication.translate("DetailsWindow", "Sending {keys} to {name}").format(
                keys=label, name=domain.name))

    for label, codes in combinations():
        action = menu.addAction(label)
        action.triggered.connect(lambda _c=False, lb=label, cs=codes: send(lb, cs))
    button.setMenu(menu)
    return button


def session_of(domain: Domain) -> VncSession | None:
    """The VM's shared session while a view shows it (for tests and the command line)."""
    return _sessions.get(_key(domain))


class ConsoleView(QWidget):
    """The display with its bar. `show_config` decides what it shows: a page saying why there is no display,
    that the VM is not running, or the connected display (connecting, when needed)."""

    def __init__(self, domain: Domain, session: VncSession | None = None, *, detachable: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("console-view")
        self.domain = domain
        self.session: VncSession | None = session
        self.display: VncWidget | None = None
        self.waiting_for_config = True
        self._config: xmlconf.Domain | None = None
        self._fullscreen: QWidget | None = None
        self._detached: ConsoleWindow | None = None
        self._problem = ""
        self._active = domain.is_active
        self._embedded = False  # shown here although the preferences open displays in the external viewer
        self.stack = QStackedWidget()
        self.message_page, self.message, self.message_buttons = self._message_page()
        self.reconnect_button = QPushButton(self.tr("Reconnect"))
        self.reconnect_button.setObjectName("reconnect")
        self.reconnect_button.clicked.connect(lambda: self.connect_display())
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("vnc-password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Display password"))
        name_after(self.password_edit, self.password_edit.placeholderText())
        self.password_edit.returnPressed.connect(self._log_in)
        self.log_in_button = QPushButton(self.tr("Log In"))
        self.log_in_button.clicked.connect(self._log_in)
        self.remember_check = QCheckBox(self.tr("&Remember in the keyring"))
        self.remember_check.setObjectName("remember-vnc-password")
        # Where the password of the opening under way came from: "" (the configuration's, or none), "typed",
        # "looking-up" (in the keyring, as the display asked for one), "saved", "none-saved", "forgotten".
        self._password_origin = ""
        self._typed_password = ""
        self.bring_back_button = QPushButton(self.tr("Bring Back"))
        self.bring_back_button.setObjectName("bring-back")
        self.bring_back_button.clicked.connect(lambda: self._detached.close() if self._detached else None)
        self.serial_button = QPushButton(self.tr("Serial Console"))
        self.serial_button.setObjectName("show-serial-console")
        self.serial_button.clicked.connect(self.show_serial_console)
        self.viewer_button = QPushButton(self.tr("Open in External Viewer"))
        self.viewer_button.setObjectName("open-external-viewer")
        self.viewer_button.clicked.connect(self.open_external_viewer)
        self.show_here_button = QPushButton(self.tr("Show Here"))
        self.show_here_button.setObjectName("show-display-here")
        self.show_here_button.clicked.connect(self.show_here)
        self.serial_console: SerialConsole | None = None
        self.monitor: MonitorConsole | None = None
        for widget in (self.password_edit, self.remember_check, self.log_in_button, self.reconnect_button,
                       self.bring_back_button, self.show_here_button, self.serial_button, self.viewer_button):
            self.message_buttons.addWidget(widget)
        self.message_buttons.addStretch(1)
        self.display_holder = QWidget()
        self.display_layout = QVBoxLayout(self.display_holder)
        self.display_layout.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.message_page)
        self.stack.addWidget(self.display_holder)
        self.bar = self._build_bar(detachable)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.stack, 1)
        domain.connection.domain_changed.connect(self._domain_changed)
        self.show_message(self.tr("Reading the VM's configuration…"))

    def _message_page(self) -> tuple[QWidget, QLabel, QHBoxLayout]:
        page = QWidget()
        page.setObjectName("console-message-page")
        label = QLabel()
        label.setObjectName("console-message")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        outer = QVBoxLayout(page)
        outer.addStretch(1)
        outer.addWidget(label)
        outer.addLayout(buttons)
        outer.addStretch(1)
        return page, label, buttons

    def _build_bar(self, detachable: bool) -> QToolBar:
        bar = QToolBar(self.tr("Console"))
        bar.setObjectName("console-bar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        consoles = QToolButton()
        consoles.setObjectName("console-choice")
        consoles.setText(self.tr("Consoles"))
        consoles.setToolTip(self.tr("Show the graphical display, a text console or the QEMU monitor"))
        consoles.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.consoles_menu = QMenu(consoles)
        self.consoles_menu.aboutToShow.connect(self._fill_consoles_menu)
        consoles.setMenu(self.consoles_menu)
        bar.addWidget(consoles)
        keys = send_key_button(self.domain, "console-send-key", lambda codes: self.display is not None
                               and self.display.send_combination(codes))
        self.send_key_menu = keys.menu()
        bar.addWidget(keys)
        self.screenshot_action = bar.addAction(themed("camera-photo"), self.tr("Screenshot…"))
        self.screenshot_action.setObjectName("console-screenshot")
        self.screenshot_action.triggered.connect(lambda: self.ask_screenshot())
        self.fullscreen_action = bar.addAction(themed("view-fullscreen"), self.tr("Fullscreen"))
        self.fullscreen_action.setObjectName("console-fullscreen")
        self.fullscreen_action.setCheckable(True)
        self.fullscreen_action.toggled.connect(self.set_fullscreen)
        scale = QToolButton()
        scale.setObjectName("console-scale")
        scale.setText(self.tr("Scale"))
        scale.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.scale_menu = QMenu(scale)
        group = QActionGroup(self)
        self.scale_actions: dict[ScaleMode, QAction] = {}
        for mode, label in ((ScaleMode.FIT, self.tr("Fit to Window")), (ScaleMode.ORIGINAL, self.tr("Original Size")),
                            (ScaleMode.RESIZE_GUEST, self.tr("Resize Guest to Window"))):
            action = self.scale_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(mode is ScaleMode.FIT)
            action.triggered.connect(lambda _c=False, m=mode: self.set_scale_mode(m))
            group.addAction(action)
            self.scale_actions[mode] = action
        scale.setMenu(self.scale_menu)
        bar.addWidget(scale)
        self.detach_action = bar.addAction(themed("window-new"), self.tr("Detach"))
        self.detach_action.setObjectName("console-detach")
        self.detach_action.setVisible(detachable)
        self.detach_action.triggered.connect(self.detach)
        return bar

    # -- what to show
    def show_config(self, config: xmlconf.Domain | None) -> None:
        """Shows what the VM's configuration allows: why there is no display, or the display."""
        self.waiting_for_config = False
        self._config = config
        if self.display is not None:
            self.display.relative_pointer = not absolute_pointer(config)
        self._problem = display_problem(self.domain.connection, config)
        if self._detached is not None:
            return
        if self._problem:
            self.set_fullscreen(False)
            self.show_message(self._problem, others=True)
            if self._text_only(config):
                self.show_serial_console()
        elif not self.domain.is_active:
            self._not_running()
        elif self._external_first(config):
            self._open_elsewhere()
        else:
            self.connect_display(again=False)

    def _external_first(self, config: xmlconf.Domain | None) -> bool:
        """The preferences open displays in the external viewer, and this one can be (not yet shown here)."""
        return console_choice.external_first() and not self._embedded and (
            self.session is None or self.session.state is SessionState.IDLE) and config is not None and any(
            g.type in VIEWER_KINDS for g in config.devices.graphics)

    def _open_elsewhere(self) -> None:
        self._embedded = True  # once: reconnecting, or the VM starting again, shows the display here
        self.open_external_viewer()
        self.show_message(self.tr("The display of {name} opens in the external viewer (Preferences → "
                                  "Consoles).").format(name=self.domain.name), show_here=True, others=True)

    def show_here(self) -> None:
        """The display embedded after all."""
        self._embedded = True
        self.connect_display(again=False)

    def _text_only(self, config: xmlconf.Domain | None) -> bool:
        """A running VM (or container) without any display but with a text console: shown at once, as its only
        console."""
        return config is not None and self.domain.is_active and not config.devices.graphics \
            and self.serial_button.isVisibleTo(self)

    def connect_display(self, password: str | None = None, *, again: bool = True) -> None:
        """Shows the VM's display, connecting to it unless it is connected (or again: connecting anew)."""
        session = self._take_session()
        if again or session.state is SessionState.IDLE \
                or (session.state is SessionState.CLOSED and not session.error):
            self._password_origin = "typed" if password else ""
            self._typed_password = password or ""
            session.open(password)
        self._session_state()

    def _take_session(self) -> VncSession:
        if self.session is None:
            self.session = take_session(self.domain)
            key = _key(self.domain)
            self.destroyed.connect(lambda _obj=None: give_back_session(key))
        if self.display is None:
            self.display = VncWidget(self.session)
            self.display.relative_pointer = not absolute_pointer(self._config)
            self.display.fullscreen_toggled.connect(self.fullscreen_action.toggle)
            self.display_layout.addWidget(self.display)
            self.session.state_changed.connect(self._session_state)
            self.session.screen_resized.connect(self._screen_resized)
            self.session.capabilities_changed.connect(self._update_actions)
            self.session.bell.connect(self._bell)
        return self.session

    def _bell(self) -> None:
        if self.display is not None and self.display.isVisible():
            QApplication.beep()

    def _screen_resized(self, _width: int, _height: int) -> None:
        self._update_actions()

    def _session_state(self) -> None:
        session = self.session
        if session is None or self._problem or self._detached is not None:
            return
        if session.state is SessionState.CONNECTING:
            self.show_message(self.tr("Connecting to the display of {name}…").format(name=self.domain.name))
        elif session.state is SessionState.CONNECTED:
            self.stack.setCurrentWidget(self.display_holder)
            if self._typed_password and self.remember_check.isChecked():
                display_passwords.remember(self.domain, self._typed_password)
            self._typed_password = ""
        elif session.state is SessionState.CLOSED and session.error:
            self._typed_password = ""
            if self._password_from_keyring(session):
                return
            self.set_fullscreen(False)
            reason = session.error
            if not self.domain.is_active:
                reason += "\n" + self.tr("The VM is not running.")
            self.show_message(reason, reconnect=True, password=session.password_rejected)
        self._update_actions()

    def _password_from_keyring(self, session: VncSession) -> bool:
        """A display that asks for a password is given the one remembered, if any; one it refuses is forgotten.
        True while the keyring is asked."""
        origin = self._password_origin
        if origin == "looking-up":
            return True
        if isinstance(session.failure, PasswordRequired) and origin == "":
            self._password_origin = "looking-up"
            self.show_message(self.tr("Connecting to the display of {name}…").format(name=self.domain.name))
            display_passwords.saved(self.domain).then(self._saved_password, lambda _error: self._saved_password(None),
                                                      owner=self)
            return True
        if isinstance(session.failure, AuthenticationFailed) and origin == "saved":
            self._password_origin = "forgotten"
            display_passwords.forget(self.domain)
        return False

    def _saved_password(self, password: str | None) -> None:
        if self.session is None or self._password_origin != "looking-up":
            return
        if password:
            self._password_origin = "saved"
            self.session.open(password)
        else:
            self._password_origin = "none-saved"
            self._session_state()

    def _not_running(self) -> None:
        session = self.session
        if session is not None and session.state is SessionState.CLOSED and session.error:
            self._session_state()  # why the display went, with the VM's state
            return
        if session is not None and session.state is not SessionState.CLOSED:
            session.close()
        self.show_message(self.tr("The VM is not running."))

    def _domain_changed(self, domain: Domain) -> None:
        if domain is not self.domain or self._problem or self.session is None or self._detached is not None:
            return
        started, self._active = domain.is_active and not self._active, domain.is_active
        if self.session.state is not SessionState.CLOSED:
            return
        if started:
            self.connect_display()
        elif not domain.is_active and self.session.error:
            self._session_state()  # the reason, now with the VM's state
        elif not domain.is_active:
            self._not_running()

    def show_message(self, text: str, *, reconnect: bool = False, password: bool = False,
                     bring_back: bool = False, others: bool = False, show_here: bool = False) -> None:
        """Shows text in place of the display, with the buttons asked for (others: the other consoles the VM
        has)."""
        self.message.setText(text)
        config = self._config if others else None
        self.serial_button.setVisible(config is not None and bool(console_devices(config.to_xml())))
        self.viewer_button.setVisible(config is not None and any(
            g.type in VIEWER_KINDS for g in config.devices.graphics))
        self.reconnect_button.setVisible(reconnect)
        self.bring_back_button.setVisible(bring_back)
        self.show_here_button.setVisible(show_here)
        self.password_edit.setVisible(password)
        self.log_in_button.setVisible(password)
        self.remember_check.setVisible(password)
        if password:
            self.password_edit.clear()
            self.password_edit.setFocus()
            self.remember_check.setEnabled(False)
            display_passwords.availability().then(self._remember_offered, owner=self)
        self.stack.setCurrentWidget(self.message_page)
        self._update_actions()

    def _remember_offered(self, answer: tuple[bool, str]) -> None:
        usable, reason = answer
        self.remember_check.setEnabled(usable)
        self.remember_check.setToolTip("" if usable else self.tr("Cannot remember it: {reason}").format(
            reason=reason))

    def _log_in(self) -> None:
        password = self.password_edit.text()
        self.password_edit.clear()
        self.connect_display(password)

    def _update_actions(self) -> None:
        connected = self.session is not None and self.session.state is SessionState.CONNECTED
        self.screenshot_action.setEnabled(connected)
        self.fullscreen_action.setEnabled(connected or self._fullscreen is not None)
        self.scale_actions[ScaleMode.RESIZE_GUEST].setEnabled(connected and self.session.supports_resize)

    # -- the other consoles
    def _fill_consoles_menu(self) -> None:
        """The consoles this VM has, the one shown ticked."""
        self.consoles_menu.clear()
        config = self._config
        shown_now = self.stack.currentWidget()
        choices = [(self.tr("Graphical Display"), self.show_display,
                    config is not None and bool(config.devices.graphics),
                    shown_now in (self.display_holder, self.message_page)),
                   (self.tr("Text Console"), self.show_serial_console,
                    config is not None and bool(console_devices(config.to_xml())),
                    shown_now is not None and shown_now is self.serial_console)]
        if is_qemu_vm(self.domain.connection, self.domain):
            choices.append((self.tr("QEMU Monitor"), self.show_monitor, True,
                            shown_now is not None and shown_now is self.monitor))
        for text, show, usable, current in choices:
            action = self.consoles_menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(current)
            action.setEnabled(usable)
            action.triggered.connect(lambda _checked=False, show=show: show())

    def show_display(self) -> None:
        """Back to the graphical display (or what stands in its place) from a text console or the monitor."""
        if not self.waiting_for_config:
            self.stack.setCurrentWidget(self.message_page)
            self.show_config(self._config)

    def show_monitor(self) -> MonitorConsole:
        if self.monitor is None:
            self.monitor = MonitorConsole(self.domain.connection, self.domain)
            self.stack.addWidget(self.monitor)
        self.stack.setCurrentWidget(self.monitor)
        self.monitor.command.setFocus()
        return self.monitor

    def show_serial_console(self) -> SerialConsole:
        if self.serial_console is None:
            self.serial_console = SerialConsole(self.domain.connection, self.domain)
            self.stack.addWidget(self.serial_console)
        self.stack.setCurrentWidget(self.serial_console)
        self.serial_console.setFocus()
        return self.serial_console

    def open_external_viewer(self) -> Task:
        task = launch_viewer(self.domain.connection, self.domain)
        task.then(None, self._viewer_failed, owner=self)
        return task

    def _viewer_failed(self, error: BaseException) -> None:
        self._warn("viewer-failed", self.tr("External viewer"), error)
        if self.show_here_button.isVisibleTo(self) and self.stack.currentWidget() is self.message_page:
            self.show_here()  # it was to open there: shown here instead

    def _warn(self, name: str, title: str, error: BaseException) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, describe(error), QMessageBox.StandardButton.Ok, self)
        box.setObjectName(name)
        box.open()

    # -- the bar's actions
    def detach(self) -> ConsoleWindow:
        """Moves the console into its own window (until that closes, or Bring Back)."""
        window = show_console_window(self.domain)
        if self._detached is None:
            self.set_fullscreen(False)
            self._detached = window
            window.destroyed.connect(self._window_closed)
            self.show_message(self.tr("The console is open in its own window."), bring_back=True)
        return window

    def _window_closed(self) -> None:
        self._detached = None
        self.show_config(self._config)

    def set_scale_mode(self, mode: ScaleMode) -> None:
        self.scale_actions[mode].setChecked(True)
        if self.display is not None:
            self.display.set_scale_mode(mode)

    def ask_screenshot(self, path: str | None = None) -> Task | None:
        """Saves the screen as PNG (asking where unless given a path); the Task, or None when cancelled."""
        if self.display is None:
            return None
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save Screenshot"), f"{self.domain.name}.png",
                                                        self.tr("PNG image (*.png)"))
            if not path:
                return None
        task = self.display.save_screenshot(path)
        task.then(None, self._screenshot_failed, owner=self)
        return task

    def _screenshot_failed(self, error: BaseException) -> None:
        self._warn("screenshot-failed", self.tr("Screenshot not saved"), error)

    def set_fullscreen(self, on: bool) -> None:
        """Shows the display alone on the whole screen (Ctrl+Alt+F or the button at the top to leave)."""
        if self.display is None or on == (self._fullscreen is not None):
            return
        if on:
            holder = QWidget(self, Qt.WindowType.Window)
            holder.setObjectName("console-fullscreen-window")
            holder.setWindowTitle(self.window().windowTitle())
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            leave = QPushButton(self.tr("Leave Fullscreen"), holder)
            leave.setObjectName("leave-fullscreen")
            leave.clicked.connect(lambda: self.fullscreen_action.setChecked(False))
            layout.addWidget(self.display)
            self.display.show()
            holder.showFullScreen()
            leave.adjustSize()
            leave.move((holder.width() - leave.width()) // 2, 0)
            leave.raise_()
            self._fullscreen = holder
            self.display.setFocus()
        else:
            holder, self._fullscreen = self._fullscreen, None
            self.display_layout.addWidget(self.display)
            self.display.show()
            holder.hide()
            holder.deleteLater()
        self.fullscreen_action.setChecked(on)
        self._update_actions()


class ConsoleWindow(QMainWindow):
    """A VM's console alone in a window."""

    def __init__(self, domain: Domain) -> None:
        super().__init__()
        self.setObjectName("console-window")
        self.domain = domain
        self.config = DomainConfig(domain, self)
        self.view = ConsoleView(domain, detachable=False)
        self.setCentralWidget(self.view)
        self.setWindowTitle(self.tr("{name} on {host}").format(name=domain.name, host=domain.connection.label))
        self.resize(1040, 860)
        add_close_shortcut(self)
        self.config.loaded.connect(self._loaded)
        self.config.changed_elsewhere.connect(self.config.reload)
        self.config.reload().then(None, self._load_failed, owner=self)

    @property
    def loading(self) -> bool:
        """Whether the window is still finding out what to show (for --screenshot)."""
        if self.view.waiting_for_config:
            return True
        session = self.view.session
        return session is not None and (session.state is SessionState.CONNECTING or session.state
                                        is SessionState.CONNECTED and not session.frames_shown)

    def _loaded(self) -> None:
        self.view.show_config(self.config.live or self.config.persistent)

    def _load_failed(self, error: BaseException) -> None:
        self.view.waiting_for_config = False
        self.view.show_message(self.tr("The configuration could not be read: {error}").format(error=describe(error)))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.view.set_fullscreen(False)
        super().closeEvent(event)


console_windows: dict[tuple[str, str], ConsoleWindow] = {}


def show_console_window(domain: Domain) -> ConsoleWindow:
    """The VM's console window (one per VM), shown and raised."""
    return shown(console_windows, _key(domain), lambda: ConsoleWindow(domain))

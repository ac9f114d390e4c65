"""virtdesk's command line and start-up: settings, translations, connections, the windows asked for."""

from __future__ import annotations

import argparse
import gc
import os
import platform
import sys
import traceback
from types import TracebackType

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from virtdesk.binding_check import qt_binding_leaks
from virtdesk.model.connection import Connection, ConnectionState
from virtdesk.model.connections import ConnectionList
from virtdesk.model.domain import Domain
from virtdesk.model.log import event_log
from virtdesk.model.preferences import Preferences
from virtdesk.model.remote_hosts import RemoteHosts
from virtdesk.model.stats import StatsSampler
from virtdesk.model.uri import ConnectionRequest
from virtdesk.model.uri_programs import program_run_by
from virtdesk.resources import APP_ID, translations_dir

SCREENSHOT_TIMEOUT_MS = 60_000


def freeze_long_lived() -> None:
    """A connection has loaded: what it read (its VMs, thousands of objects) lives as long as it does. Moved out of
    the cyclic garbage collector's view (gc.freeze; they are still freed when no longer referenced), a full
    collection no longer walks them all: with 5,000 VMs it held the event loop up for 60-75 ms."""
    gc.collect(1)  # the young garbage, not frozen with the rest
    gc.freeze()


def _install_translations(app: QApplication) -> None:
    """English plural forms first ("1 VM", "2 VMs"), under the user's language where virtdesk has it."""
    translations = str(translations_dir())
    english = QTranslator(app)
    if english.load("virtdesk_en", translations):
        app.installTranslator(english)
    locale = QLocale()
    for name, directory in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                            ("virtdesk", translations)):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", directory) and not translator.filePath().endswith("virtdesk_en.qm"):
            app.installTranslator(translator)


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """An unexpected error is logged in full and shown in the log window, never as a traceback dialog."""
    detail = "".join(traceback.format_exception(kind, value, tb))
    event_log().error("virtdesk", QCoreApplication.translate("app", "Unexpected error: {error}").format(
        error=value or kind.__name__), detail)


class Application:
    """Holds the long-lived objects of one run of the program."""

    def __init__(self, args: argparse.Namespace) -> None:
        from virtdesk.gui.credentials_dialog import ask_credentials

        self.args = args
        self.preferences = Preferences()
        self.sampler = StatsSampler(self.preferences.stats_interval_ms, self.preferences.stats)
        self.preferences.changed.connect(self._preferences_changed)
        self.remote = RemoteHosts(interactive=not args.screenshot)
        if self.remote.interactive:
            from virtdesk.gui.host_key_dialog import ask_host_key
            from virtdesk.gui.ssh_login_dialog import ask_login

            self.remote.host_key_asked.connect(ask_host_key)
            self.remote.login_asked.connect(ask_login)
        self.connections = ConnectionList(authenticator=ask_credentials, remote=self.remote)
        self.connections.added.connect(self.sampler.add)
        self.connections.removed.connect(self.sampler.remove)
        if args.connect:
            for uri in args.connect:
                self._add_from_command_line(uri)
        elif not self.connections.load_saved():
            self.connections.add_first_run()
        self.connections.open_autoconnect()  # hosts answer while the windows are built

        from virtdesk.gui.manager.window import ManagerWindow
        from virtdesk.gui.windows import WindowRegistry

        self.window = ManagerWindow(self.connections, self.preferences, self.sampler)
        self.registry = WindowRegistry(self.preferences, self.sampler)
        self.window.domain_activated.connect(self.registry.show_details)
        self.window.host_details_requested.connect(self.registry.show_host_details)
        self.registry.migrate_requested.connect(self.window.migrate_domain)
        self.window.new_vm_requested.connect(self.show_new_vm)
        self.connections.removed.connect(self.registry.connection_removed)
        self.window.quit_requested.connect(self.quit)
        self._pending_editor = args.show_domain_performance or args.show_domain_editor
        self._performance_first = bool(args.show_domain_performance)
        self._pending_host_details = bool(args.show_host_details)
        self._pending_creator = bool(args.show_domain_creator)
        self._pending_console: str | None = args.show_domain_console
        self.failures: list[str] = []

    def _add_from_command_line(self, uri: str) -> None:
        """A URI typed on the command line: one that runs a program is opened (the user named it), with a
        warning that names the program."""
        program = program_run_by(uri)
        if program:
            print(QCoreApplication.translate("app", "virtdesk: warning: {uri} makes libvirt run the program "
                                             "{program}").format(uri=uri, program=program), file=sys.stderr)
        self.connections.add_request(ConnectionRequest(uri, confirmed_program=program), save=False)

    def show_new_vm(self, connection: Connection | None, like: Domain | None = None) -> QWidget:
        """The New VM wizard; the manager shows the VM it creates."""
        from virtdesk.model.vm_creation import when_listed  # not needed at start-up

        wizard = self.registry.show_new_vm(self.connections.connections, connection, like)
        wizard.created.connect(lambda on, created: when_listed(on, created.uuid,
                                                               lambda domain: self.window.select_domains([domain])))
        return wizard

    def quit(self) -> None:
        """Closes every window and ends the program; a window that asks about unapplied changes stops it."""
        self.registry.close_all()
        if not any(window.isVisible() for window in self.registry.details.values()):
            self.window.close()
            QCoreApplication.quit()

    def _preferences_changed(self) -> None:
        self.sampler.set_interval(self.preferences.stats_interval_ms)
        self.sampler.selection = self.preferences.stats

    def start(self) -> None:
        self.window.show()
        self.sampler.start()
        for connection in self.connections.connections:
            # frozen first: a window opened by the next slot is not long-lived (closed, it must be collectable)
            connection.loaded_changed.connect(freeze_long_lived)
            connection.loaded_changed.connect(self._open_requested_windows)
            connection.state_changed.connect(self._open_requested_windows)
        self.connections.added.connect(lambda connection: connection.loaded_changed.connect(freeze_long_lived))
        self._open_requested_windows()

    def _open_requested_windows(self) -> None:
        """Opens the --show-* windows once the connections holding their VMs have loaded."""
        if self.loading():
            return
        if self._pending_host_details:
            self._pending_host_details = False
            if self.connections.connections:
                self.registry.show_host_details(self.connections.connections[0])
            else:
                self.failures.append(QCoreApplication.translate("app", "No connection to show the host of"))
        if self._pending_creator:
            self._pending_creator = False
            if self.connections.connections:
                self.show_new_vm(self.connections.connections[0])
            else:
                self.failures.append(QCoreApplication.translate("app", "No connection to create a VM on"))
        if self._pending_console is not None:
            name, self._pending_console = self._pending_console, None
            domain = self._domain_named(name)
            if domain is not None:
                self.registry.show_console(domain)
        if self._pending_editor is None:
            return
        name, self._pending_editor = self._pending_editor, None
        domain = self._domain_named(name)
        if domain is None:
            return
        window = self.registry.show_details(domain)  # not kept here: closed, it is freed (the registry forgets it)
        if self._performance_first:
            from virtdesk.gui.details.pages.performance import PerformancePage

            window.show_page_of(PerformancePage)

    def _domain_named(self, name: str) -> Domain | None:
        """The VM of that name on any connection (a failure when there is none)."""
        domain = next((d for c in self.connections.connections if (d := c.find_domain(name))), None)
        if domain is None:
            self.failures.append(QCoreApplication.translate("app", "No VM named {name}").format(name=name))
        return domain

    def windows(self) -> list[QWidget]:
        return [self.window, *self.registry.details.values(), *self.registry.host_details.values(),
                *self.registry.new_vm.values(), *self.registry.consoles.values()]

    def loading(self) -> bool:
        if any(c.state is ConnectionState.CONNECTING or (c.is_active and not c.loaded)
               for c in self.connections.connections):
            return True
        return any(w.loading for windows in (self.registry.details, self.registry.host_details, self.registry.new_vm,
                                              self.registry.consoles) for w in windows.values())

    def shutdown(self) -> None:
        self.sampler.stop()
        self.connections.shutdown()
        self.remote.close_all()


def _take_screenshot(application: Application, path: str, app: QApplication) -> None:
    """Waits until no connection is still opening, then saves the windows and quits (1 on any error).
    An exception on the way ends the run too: it would otherwise stop the timer chain and leave the program
    running without a window (a missing module in the Debian package did that)."""
    waited = 0

    def check() -> None:
        try:
            save_when_loaded()
        except Exception:  # noqa: BLE001 (whatever it is, the run must end and say why)
            traceback.print_exc()
            app.exit(1)

    def save_when_loaded() -> None:
        nonlocal waited
        if application.loading() and waited < SCREENSHOT_TIMEOUT_MS:
            waited += 100
            QTimer.singleShot(100, check)
            return
        app.processEvents()
        errors = [f"{c.uri}: {c.error or c.state.label}" for c in application.connections.connections
                  if c.state is not ConnectionState.ACTIVE] + application.failures
        windows = application.windows()
        window = windows[-1]
        if not window.grab().save(path):
            errors.append(f"could not write {path}")
        for error in errors:
            print(f"virtdesk: {error}", file=sys.stderr)
        app.exit(1 if errors else 0)

    QTimer.singleShot(100, check)


def run(args: argparse.Namespace) -> int:
    """Starts the GUI for the parsed command line; returns the exit code."""
    if args.screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication.instance() or QApplication(["virtdesk"])  # argv[0]: the X window class's instance name
    app.setApplicationName("virtdesk")
    app.setOrganizationName("virtdesk")
    app.setDesktopFileName(APP_ID)  # the desktop entry io.github.virtdesk.desktop (Wayland app id)
    from virtdesk.gui.icons import app_icon

    app.setWindowIcon(app_icon())
    _install_translations(app)
    if qt_binding_leaks():
        print(QCoreApplication.translate(
            "app", "virtdesk: PySide6 {qt} on Python {python} loses a reference to None on every Qt call and "
            "would crash within minutes. Install another PySide6 release (pip install 'PySide6-Essentials<6.12') "
            "or run virtdesk with Python 3.12 or newer.").format(
                qt=PySide6.__version__, python=platform.python_version()), file=sys.stderr)
        return 3
    sys.excepthook = _excepthook
    application = Application(args)
    application.start()
    if args.screenshot:
        _take_screenshot(application, args.screenshot, app)
    try:
        return app.exec()
    finally:
        application.shutdown()

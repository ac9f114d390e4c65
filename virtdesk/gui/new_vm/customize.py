""""Customize configuration before install": the new VM, defined but not started, opens in its details window,
whose toolbar gets a "Begin Installation" action that starts the install (and keeps the configuration that
ejects the media afterwards) and then shows the VM's console."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QToolBar, QWidget

from virtdesk.gui.icons import themed
from virtdesk.model.connection import Connection
from virtdesk.model.domain import Domain
from virtdesk.model.errors import describe
from virtdesk.model.vm_creation import CreatedVm, begin_installation, when_listed
from virtdesk.model.vm_creation_plan import VmPlan


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


def customize_before_install(connection: Connection, created: CreatedVm, plan: VmPlan,
                             show_details: Callable[[Domain], QWidget],
                             show_console: Callable[[Domain], QWidget] | None = None) -> None:
    """Opens the details window of the created VM as soon as the connection lists it."""
    final_xml = plan.final_xml.to_xml() if plan.final_xml is not None else None

    def open_window(domain: Domain) -> None:
        add_begin_action(show_details(domain), connection, domain, final_xml, show_console)

    when_listed(connection, created.uuid, open_window)


def add_begin_action(window: QWidget, connection: Connection, domain: Domain, final_xml: str | None,
                     show_console: Callable[[Domain], QWidget] | None = None) -> QAction:
    """Puts "Begin Installation" first on the window's toolbar; it goes away once the install started, and then
    show_console(domain) shows the installation."""
    action = QAction(themed("media-playback-start"), _tr("Begin Installation"), window)
    action.setObjectName("action-begin-installation")
    toolbar = window.findChild(QToolBar)
    if toolbar is not None:
        first = toolbar.actions()[0] if toolbar.actions() else None
        toolbar.insertAction(first, action)

    def begin() -> None:
        action.setEnabled(False)
        begin_installation(connection, domain, final_xml).then(begun, failed, owner=window)

    def begun(_result: object) -> None:
        action.deleteLater()
        if show_console is not None:
            show_console(domain)

    def failed(exc: BaseException) -> None:
        action.setEnabled(True)
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("The installation did not start"),
                          _tr("{name} could not be started: {error}").format(name=domain.name, error=describe(exc)),
                          QMessageBox.StandardButton.Close, window)
        box.setObjectName("begin-installation-failed")
        box.open()

    action.triggered.connect(begin)
    return action

"""Every control of the main windows and dialogs has a name for screen readers: the name Qt's accessibility
gives it (its own text, the label that is its buddy, or an explicit accessible name), checked on every widget,
shown or not, so a control on a page not yet opened is covered too."""

from __future__ import annotations

import libvirt
import pytest
from details_harness import open_details, open_host_details
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from virtdesk import demo
from virtdesk.gui.about_dialog import AboutDialog
from virtdesk.gui.add_connection_dialog import AddConnectionDialog
from virtdesk.gui.add_hardware.remove_dialog import RemoveHardwareDialog
from virtdesk.gui.add_hardware.wizard import AddHardwareDialog
from virtdesk.gui.clone_vm_dialog import CloneVmDialog
from virtdesk.gui.create_snapshot_dialog import CreateSnapshotDialog
from virtdesk.gui.credentials_dialog import CredentialsDialog
from virtdesk.gui.delete_vm_dialog import DeleteVmDialog
from virtdesk.gui.details.diff_dialog import DiffDialog
from virtdesk.gui.details.pages.snapshots import SnapshotsPage
from virtdesk.gui.details.widgets.insert_media_dialog import InsertMediaDialog
from virtdesk.gui.dump_vm_dialog import DumpVmDialog
from virtdesk.gui.help_window import HelpWindow
from virtdesk.gui.host_details.pool_deletion import PoolDeletionDialog
from virtdesk.gui.host_key_dialog import HostKeyDialog
from virtdesk.gui.jobs_window import JobsWindow
from virtdesk.gui.log_window import LogWindow
from virtdesk.gui.migrate_vm_dialog import MigrateVmDialog
from virtdesk.gui.new_vm.wizard import NewVmWizard
from virtdesk.gui.preferences_dialog import PreferencesDialog
from virtdesk.gui.remote_file_dialog import RemoteFileDialog
from virtdesk.gui.restore_vm_dialog import RestoreVmDialog
from virtdesk.gui.save_vm_dialog import SaveVmDialog
from virtdesk.gui.ssh_login_dialog import SshLoginDialog
from virtdesk.model.auth import AuthRequest, Credential
from virtdesk.model.domain import Domain
from virtdesk.model.host_files import HostFiles
from virtdesk.model.preferences import Preferences
from virtdesk.model.remote_hosts import HostKeyQuestion, LoginQuestion, Question, QuestionKind, Reply

pytestmark = pytest.mark.gui

CONTROLS = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView, QAbstractSlider,
            QPlainTextEdit, QTextEdit)
# Qt's own parts of a composite control: named by the control they belong to
COMPOSITES = (QComboBox, QAbstractSpinBox, QLineEdit, QTabBar, QScrollBar, QHeaderView)


def is_qt_part(widget: QWidget) -> bool:
    if isinstance(widget, QHeaderView | QScrollBar) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(window: QWidget, within: QWidget | None = None) -> list[str]:
    """The controls of the window (not of its popups), or of its part `within`, that a screen reader would announce
    without a name."""
    found = []
    for widget in (within or window).findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.window() is not window or is_qt_part(widget):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if not interface.text(QAccessible.Text.Name).strip():
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parentWidget()).__name__}"
                         f" {widget.parentWidget().objectName()!r}")
    return found


def test_the_manager_add_connection_and_preferences(manager):
    manager.connect(demo.demo_uri())
    window = manager.window
    assert unnamed_controls(window) == []
    assert unnamed_controls(window.add_connection()) == []
    assert unnamed_controls(window.show_preferences()) == []


def test_the_details_window_of_every_demo_vm(demo_connection, qtbot):
    unnamed = set()
    for domain in list(demo_connection.domains.values()):
        window = open_details(qtbot, demo_connection, domain.name)
        unnamed |= {f"{domain.name}: {control}" for control in unnamed_controls(window)}
        window.close()
    assert sorted(unnamed) == []


def test_the_new_vm_wizard(demo_connection, qtbot):
    wizard = NewVmWizard([demo_connection], demo_connection)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: not wizard.loading, timeout=20000)
    assert unnamed_controls(wizard) == []


def test_the_host_details_window(demo_connection, qtbot):
    window = open_host_details(qtbot, demo_connection)
    assert unnamed_controls(window) == []


def test_the_add_hardware_dialog_on_every_device_page(demo_connection, qtbot):
    window = open_details(qtbot, demo_connection, "db-primary")
    dialog = AddHardwareDialog(window.config, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.forms), timeout=10000)
    unnamed = []
    for form in dialog.forms:
        dialog.show_form(form)
        unnamed += [f"{form.title()}: {control}" for control in unnamed_controls(dialog, within=form)]
    assert unnamed == []
    assert unnamed_controls(dialog) == []


def _running(connection) -> Domain:
    return next(d for d in connection.domains.values() if d.is_active)


def _delete_snapshot(connection, qtbot) -> QDialog:
    window = open_details(qtbot, connection, "db-primary")
    window.show_page_of(SnapshotsPage)
    page = window.page(SnapshotsPage)
    qtbot.waitUntil(lambda: page.facts is not None and bool(page.items), timeout=10000)
    page.tree.setCurrentItem(next(iter(page.items.values())))
    return page.delete()


def _remove_disk(connection, qtbot) -> QDialog:
    window = open_details(qtbot, connection, "db-primary")
    return RemoveHardwareDialog(window.config, window.config.persistent.devices.disks[0], window)


def _credentials(_connection, _qtbot) -> QDialog:
    return CredentialsDialog(AuthRequest("qemu+ssh://alice@vmhost/system", [
        Credential(libvirt.VIR_CRED_AUTHNAME, "Enter username for vmhost", "vmhost", "alice"),
        Credential(libvirt.VIR_CRED_PASSPHRASE, "Enter alice's password for vmhost", "vmhost", "")]))


def _ssh_login(_connection, _qtbot) -> QDialog:
    question = Question(QuestionKind.PASSWORD, "alice@vmhost", "Password:", False)
    return SshLoginDialog(LoginQuestion(question, True, ""), Reply())


DIALOGS = {
    "delete-vm": lambda c, _q: DeleteVmDialog(_running(c)),
    "clone-vm": lambda c, _q: CloneVmDialog(c.find_domain("db-primary")),
    "migrate-vm": lambda c, _q: MigrateVmDialog(_running(c), [c]),
    "save-vm": lambda c, _q: SaveVmDialog(_running(c)),
    "restore-vm": lambda c, _q: RestoreVmDialog(c),
    "dump-vm": lambda c, _q: DumpVmDialog(_running(c)),
    "create-snapshot": lambda c, _q: CreateSnapshotDialog(c.find_domain("db-primary")),
    "delete-snapshot": _delete_snapshot,
    "remove-hardware": _remove_disk,
    "insert-media": lambda c, _q: InsertMediaDialog(c, "sda"),
    "xml-diff": lambda _c, _q: DiffDialog("<domain/>\n", "<domain>\n  <name>a</name>\n</domain>\n"),
    "delete-pool": lambda c, _q: PoolDeletionDialog(c, next(iter(c.catalogue.pools.values()))),
    "preferences": lambda _c, _q: PreferencesDialog(Preferences()),
    "credentials": _credentials,
    "host-key": lambda _c, _q: HostKeyDialog(HostKeyQuestion("vmhost", 22, "ssh-ed25519", "SHA256:x"), Reply()),
    "ssh-login": _ssh_login,
    "add-connection": lambda _c, _q: AddConnectionDialog(drivers=dict),
    "remote-file": lambda c, _q: RemoteFileDialog(HostFiles(c), start="/"),
    "about": lambda c, _q: AboutDialog(c),
    "jobs": lambda _c, _q: JobsWindow(),
    "help": lambda _c, _q: HelpWindow(),
    "log": lambda _c, _q: LogWindow(),
}


@pytest.mark.parametrize("name", DIALOGS)
def test_the_small_dialogs(demo_connection, qtbot, name):
    dialog = DIALOGS[name](demo_connection, qtbot)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not getattr(dialog, "loading", False), timeout=10000)
    qtbot.wait(100)  # what a worker read fills in
    assert unnamed_controls(dialog) == []

"""A VNC display password remembered in the desktop keyring (the rig's Secret Service), on a TCG guest of the rig's
session libvirtd whose display has a password, reached over a read-only connection (which cannot read the
password from the configuration, so the console asks for it): asked for once and remembered when the user says
so, given to the display without asking the next time, and forgotten when the display refuses it."""

from __future__ import annotations

from collections.abc import Iterator

import libvirt
import pytest
from details_harness import open_connection
from PySide6.QtCore import Qt
from rig import guests

from virtdesk import xmlconf
from virtdesk.gui.console_window import ConsoleView, session_of
from virtdesk.model import display_passwords
from virtdesk.model.connection import Connection
from virtdesk.model.saved_passwords import SavedPasswords
from virtdesk.model.vnc_session import SessionState

pytestmark = pytest.mark.integration

PASSWORD = "rfb-pw1"  # VNC takes at most 8 characters
WAIT = 30000


@pytest.fixture
def on_keyring(secret_service, monkeypatch: pytest.MonkeyPatch) -> None:
    for variable, value in secret_service.environment.items():
        monkeypatch.setenv(variable, value)


@pytest.fixture
def guarded_guest(session_conn: libvirt.virConnect) -> libvirt.virDomain:
    return guests.define_and_start(session_conn, guests.tcg_guest_xml(guests.unique_name("vncpw"),
                                                                     vnc_password=PASSWORD))


@pytest.fixture
def read_only(qtbot, session_daemon, monkeypatch: pytest.MonkeyPatch) -> Iterator[Connection]:
    open_auth = libvirt.openAuth
    monkeypatch.setattr(libvirt, "openAuth", lambda uri, auth, flags: open_auth(uri, auth, libvirt.VIR_CONNECT_RO))
    connection = open_connection(qtbot, session_daemon.uri)
    yield connection
    connection.shutdown()


def console(qtbot, connection: Connection, name: str) -> ConsoleView:
    """The VM's console view, shown with the VM's configuration as the model has it (a console window would read
    it again with its secrets, which a read-only connection may not)."""
    qtbot.waitUntil(lambda: (d := connection.find_domain(name)) is not None and d.is_active, timeout=WAIT)
    domain = connection.find_domain(name)
    view = ConsoleView(domain)
    view.resize(800, 600)
    view.show()
    view.show_config(xmlconf.load(domain.xml))
    return view


def close(qtbot, view: ConsoleView) -> None:
    domain = view.domain
    view.close()
    view.deleteLater()
    qtbot.waitUntil(lambda: session_of(domain) is None, timeout=WAIT)


def test_a_display_password_is_remembered_used_and_forgotten_when_refused(qtbot, on_keyring, read_only,
                                                                         guarded_guest):
    keyring = SavedPasswords()
    view = console(qtbot, read_only, guarded_guest.name())
    target = display_passwords.target(view.domain)
    assert target == f"vnc:{read_only.uri}/{guarded_guest.UUIDString()}"
    try:
        qtbot.waitUntil(lambda: view.password_edit.isVisible(), timeout=WAIT)  # nothing in the keyring yet
        assert keyring.lookup(target) is None
        qtbot.waitUntil(view.remember_check.isEnabled, timeout=WAIT)
        assert view.remember_check.isVisible() and not view.remember_check.isChecked()
        qtbot.keyClicks(view.password_edit, PASSWORD)
        view.remember_check.setChecked(True)
        qtbot.mouseClick(view.log_in_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.stack.currentWidget() is view.display_holder, timeout=WAIT)
        qtbot.waitUntil(lambda: keyring.lookup(target) == PASSWORD, timeout=WAIT)
    finally:
        close(qtbot, view)

    view = console(qtbot, read_only, guarded_guest.name())
    try:
        qtbot.waitUntil(lambda: view.stack.currentWidget() is view.display_holder, timeout=WAIT)
        assert view.session.state is SessionState.CONNECTED and not view.password_edit.isVisible()
    finally:
        close(qtbot, view)

    keyring.store(target, "wrong-pw")
    view = console(qtbot, read_only, guarded_guest.name())
    try:
        qtbot.waitUntil(lambda: view.password_edit.isVisible(), timeout=WAIT)
        assert "did not accept the password" in view.message.text()
        qtbot.waitUntil(lambda: keyring.lookup(target) is None, timeout=WAIT)
    finally:
        close(qtbot, view)

"""Display passwords stay secret on a test-driver host: no XML tab, diff or log holds one, an edit of anything
else keeps them, the graphics page reads one only when asked and changes or removes it."""

from __future__ import annotations

import logging

import libvirt
import pytest
from details_harness import judged, open_connection, open_details, saved_passwords
from PySide6.QtWidgets import QLineEdit, QMessageBox
from testhosts import domain_xml, write_host

from virtdesk.gui.details.pages.graphics import GraphicsPage
from virtdesk.gui.details.pages.overview import OverviewPage
from virtdesk.gui.details.window import DetailsWindow
from virtdesk.model.log import event_log

pytestmark = pytest.mark.gui

VNC_PASSWORD, SPICE_PASSWORD, NEW_PASSWORD = "vnc-Secret-1", "spice-Secret-2", "brand-new-Secret-3"
SECRETS = (VNC_PASSWORD, SPICE_PASSWORD, NEW_PASSWORD)


def secured_vm(name: str, state: int) -> str:
    return f"""<domain type='test'>
  <name>{name}</name>
  <memory unit='MiB'>256</memory>
  <os><type arch='x86_64'>hvm</type></os>
  <devices>
    <graphics type='vnc' port='-1' autoport='yes' passwd='{VNC_PASSWORD}'><listen type='address'/></graphics>
    <graphics type='spice' autoport='yes' passwd='{SPICE_PASSWORD}'><listen type='address'/></graphics>
  </devices>
  <test:runstate>{state}</test:runstate>
</domain>"""


@pytest.fixture
def connection(qtbot, tmp_path):
    connection = open_connection(qtbot, write_host(tmp_path, secured_vm("secured", 5), secured_vm("running", 1),
                                                   domain_xml("other")))
    yield connection
    connection.shutdown()


def show(window: DetailsWindow, cls: type, index: int = 0):
    page = window.page(cls, index)
    window.show_page(page)
    return page


def applied(qtbot, window: DetailsWindow) -> None:
    with qtbot.waitSignal(window.config.loaded, timeout=10000):
        assert window.apply_current() is not None


def assert_no_secret(*texts: str) -> None:
    for text in texts:
        assert not [s for s in SECRETS if s in text], text


def test_the_xml_tabs_hold_no_password_and_an_unrelated_change_keeps_them(qtbot, connection):
    window = open_details(qtbot, connection, "secured")
    assert_no_secret(*(slot.xml.text() for slot in window.slots), window.config.persistent.to_xml())
    graphics = show(window, GraphicsPage)
    assert graphics.password_on.isChecked() and graphics.password.line.text() == ""
    assert graphics.password.line.echoMode() == QLineEdit.EchoMode.Password
    overview = show(window, OverviewPage)
    overview.title_edit.setText("A new title")
    overview.title_edit.textEdited.emit("A new title")
    applied(qtbot, window)
    assert window.config.persistent.title == "A new title"
    assert saved_passwords(qtbot, connection, "secured") == [VNC_PASSWORD, SPICE_PASSWORD]
    assert_no_secret(*(slot.xml.text() for slot in window.slots))


def test_the_diff_of_an_xml_edit_holds_no_password_and_the_define_keeps_them(qtbot, connection):
    window = open_details(qtbot, connection, "secured")
    slot = next(s for s in window.slots if isinstance(s.page, GraphicsPage))
    window.show_page(slot.page)
    slot.xml.edit.setPlainText(slot.xml.text().replace('<graphics type="vnc"', '<graphics type="vnc" keymap="de"'))
    judged(qtbot, window, window.apply_current())  # an XML edit is shown as a diff first
    assert 'keymap="de"' in window.diff_dialog.diff
    assert_no_secret(window.diff_dialog.diff)
    with qtbot.waitSignal(window.config.loaded, timeout=10000):
        window.diff_dialog.accept()
    assert window.config.persistent.devices.graphics[0].keymap == "de"
    assert saved_passwords(qtbot, connection, "secured") == [VNC_PASSWORD, SPICE_PASSWORD]


def test_the_password_is_read_when_revealed_or_edited(qtbot, connection):
    window = open_details(qtbot, connection, "secured")
    page = show(window, GraphicsPage)
    page.password.reveal.click()
    qtbot.waitUntil(lambda: page.password.line.text() == VNC_PASSWORD, timeout=10000)
    assert page.password.line.echoMode() == QLineEdit.EchoMode.Normal and not page.is_dirty()
    page.password.reveal.click()
    assert page.password.line.echoMode() == QLineEdit.EchoMode.Password
    spice = show(window, GraphicsPage, 1)
    spice.password.line.setFocus()
    qtbot.waitUntil(lambda: spice.password.line.text() == SPICE_PASSWORD, timeout=10000)
    assert spice.password.line.echoMode() == QLineEdit.EchoMode.Password
    assert window.apply_current() is None  # reading is no change
    assert saved_passwords(qtbot, connection, "secured") == [VNC_PASSWORD, SPICE_PASSWORD]


def test_the_page_changes_and_removes_a_password(qtbot, connection):
    window = open_details(qtbot, connection, "secured")
    page = show(window, GraphicsPage)
    qtbot.keyClicks(page.password.line, NEW_PASSWORD)
    applied(qtbot, window)
    assert saved_passwords(qtbot, connection, "secured") == [NEW_PASSWORD, SPICE_PASSWORD]
    page = show(window, GraphicsPage, 1)
    page.password_on.setChecked(False)
    applied(qtbot, window)
    assert saved_passwords(qtbot, connection, "secured") == [NEW_PASSWORD, None]
    assert not window.page(GraphicsPage, 1).password_on.isChecked()
    page = show(window, GraphicsPage, 1)
    page.password_on.setChecked(True)
    assert window.apply_current() is None and "Enter the password" in page.note.text()


def test_no_password_reaches_the_log_when_an_apply_fails(qtbot, connection, caplog):
    entries = []
    event_log().added.connect(entries.append)
    window = open_details(qtbot, connection, "running")
    page = show(window, GraphicsPage)
    page.password.reveal.click()
    qtbot.waitUntil(lambda: page.password.line.text() == VNC_PASSWORD, timeout=10000)
    page.password.line.selectAll()
    qtbot.keyClicks(page.password.line, NEW_PASSWORD)
    with caplog.at_level(logging.DEBUG):
        applied(qtbot, window)  # saved; the test driver cannot change the running display
        failed = window.findChild(QMessageBox, "live-failed")
        assert failed is not None and "Change the display password" in failed.text()
        assert_no_secret(failed.text())
        assert saved_passwords(qtbot, connection, "running") == [NEW_PASSWORD, SPICE_PASSWORD]
        overview = next(s for s in window.slots if isinstance(s.page, OverviewPage))
        window.show_page(overview.page)
        overview.xml.edit.setPlainText(overview.xml.text().replace("<name>running</name>", "<name>other</name>"))
        judged(qtbot, window, window.apply_current())
        window.diff_dialog.accept()
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "apply-failed") is not None, timeout=10000)
        assert_no_secret(window.findChild(QMessageBox, "apply-failed").text())
    event_log().added.disconnect(entries.append)
    assert any(e.level >= logging.ERROR for e in entries)  # the failed define is logged...
    assert_no_secret(*(f"{e.source} {e.message} {e.detail}" for e in entries), caplog.text)  # ...with no password
    assert saved_passwords(qtbot, connection, "running") == [NEW_PASSWORD, SPICE_PASSWORD]


def test_on_a_read_only_connection_the_page_says_the_password_is_not_known(qtbot, tmp_path, monkeypatch):
    """libvirt gives a read-only connection no passwords (VIR_DOMAIN_XML_SECURE is refused): whether one is set is
    not known, and the page neither says there is none nor lets "Require" be changed."""
    opened = libvirt.openAuth
    monkeypatch.setattr(libvirt, "openAuth", lambda uri, auth, flags=0: opened(uri, auth,
                                                                             flags | libvirt.VIR_CONNECT_RO))
    read_only = open_connection(qtbot, write_host(tmp_path, secured_vm("secured", 5)))
    try:
        window = open_details(qtbot, read_only, "secured")
        assert window.config.protected_graphics is None
        graphics = show(window, GraphicsPage)
        assert not graphics.password_on.isEnabled() and not graphics.password.isEnabled()
        assert graphics.password.line.placeholderText() == "Not known: this connection may not read passwords"
        assert graphics.validate() == "" and graphics._new_password() == (False, None)  # noqa: SLF001
    finally:
        read_only.shutdown()

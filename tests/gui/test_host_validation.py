"""Validation by the host, on the demo host (the test driver honours VIR_DOMAIN_DEFINE_VALIDATE): with the same
libvirt the local schema refuses at once; with another one the window says the host checks on Apply, and the
host's own refusal arrives verbatim with everything typed kept."""

from __future__ import annotations

import threading

import libvirt
import pytest
import shiboken6
from details_harness import judged, open_details
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from virtdesk import xmlconf
from virtdesk.gui.add_hardware.forms.watchdog import WatchdogForm
from virtdesk.gui.add_hardware.wizard import AddHardwareDialog
from virtdesk.gui.details.pages.overview import OverviewPage
from virtdesk.gui.windows import WindowRegistry
from virtdesk.model import hardware, host_schema
from virtdesk.model.lanes import Lane
from virtdesk.model.preferences import Preferences
from virtdesk.model.worker import file_executor, submit

pytestmark = pytest.mark.gui

VM = "mail-server"


@pytest.fixture
def other_libvirt(monkeypatch):
    """This machine's schemas now belong to another libvirt than the host's."""
    monkeypatch.setattr(host_schema, "LOCAL_SCHEMA_VERSION", libvirt.getVersion() + 1)


def opened(qtbot, connection):
    window = open_details(qtbot, connection, VM)
    qtbot.waitUntil(lambda: window.host_schema.version is not None, timeout=10000)
    return window


def the_hosts_own_refusal(connection, xml: str) -> str:
    """What the host itself says when asked to define ``xml`` with validation."""
    with pytest.raises(libvirt.libvirtError) as refusal:
        connection._session.conn.defineXMLFlags(xml, libvirt.VIR_DOMAIN_DEFINE_VALIDATE)
    return refusal.value.get_error_message()


def with_bogus_element(text: str) -> str:
    return text.replace("</vcpu>", "</vcpu>\n  <bogus/>", 1)


def test_the_same_libvirt_is_checked_here_before_any_round_trip(qtbot, demo_connection):
    window = opened(qtbot, demo_connection)
    assert not window.host_check_note.isVisibleTo(window)
    slot = window.current_slot()
    slot.xml.edit.setPlainText(with_bogus_element(slot.xml.text()))
    assert isinstance(judged(qtbot, window, window.apply_current()).error, host_schema.SchemaRefused)
    assert window.diff_dialog is None
    assert "libvirt's schema does not accept" in slot.xml.message.text() and "bogus" in slot.xml.message.text()


def test_another_libvirt_leaves_the_xml_to_the_host_and_keeps_the_text(qtbot, demo_connection, other_libvirt):
    window = opened(qtbot, demo_connection)
    assert window.host_check_note.isVisibleTo(window)
    assert window.host_check_note.text() == "The host checks the configuration on Apply."
    slot = window.current_slot()
    before = window.config.persistent.canonical()
    typed = with_bogus_element(slot.xml.text())
    slot.xml.edit.setPlainText(typed)
    judged(qtbot, window, window.apply_current())
    assert window.diff_dialog is not None and window.diff_dialog.isVisible()  # no local verdict
    qtbot.mouseClick(window.diff_dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: slot.xml.message.text().startswith("Not applied"), timeout=10000)
    refusal = the_hosts_own_refusal(demo_connection, xmlconf.load(typed).to_xml())
    assert "extra content: bogus" in refusal
    assert refusal in slot.xml.message.text()
    box = window.findChild(QMessageBox, "apply-failed")
    assert box is not None and refusal in box.text()
    assert slot.xml.text() == typed
    assert window.config.persistent.canonical() == before


@pytest.mark.parametrize("same_libvirt", [True, False])
def test_add_hardware_asks_the_host_unless_the_local_schema_is_its_own(qtbot, demo_connection, monkeypatch,
                                                                        same_libvirt):
    if not same_libvirt:
        monkeypatch.setattr(host_schema, "LOCAL_SCHEMA_VERSION", libvirt.getVersion() + 1)
    window = opened(qtbot, demo_connection)
    dialog = AddHardwareDialog(window.config, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.forms), timeout=10000)
    form = dialog.form(WatchdogForm)
    dialog.show_form(form)
    device = xmlconf.Watchdog.new(model="i6300esb", action="reset")
    device.node.append(xmlconf.parse("<bogus/>"))
    monkeypatch.setattr(form, "build", lambda prepared=None: device)
    before = window.config.persistent.canonical()
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.message.text()), timeout=10000)
    message = dialog.message.text()
    if same_libvirt:
        assert message.startswith("libvirt's schema does not accept this device")
    else:
        refusal = the_hosts_own_refusal(demo_connection, hardware.with_device(window.config, device).to_xml())
        assert message.startswith("Not added: ") and refusal in message
    assert dialog.isVisible() and dialog.current_form() is form
    assert window.config.persistent.canonical() == before


def saved_title(qtbot, connection) -> str | None:
    task = connection.call(lambda conn: xmlconf.load(conn.lookupByName(VM).XMLDesc(
        libvirt.VIR_DOMAIN_XML_INACTIVE)).title, lane=Lane.EDIT)
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    return task.result


def test_a_page_edit_the_schema_refuses_is_judged_on_a_worker_and_kept(qtbot, demo_connection, monkeypatch):
    window = opened(qtbot, demo_connection)
    page = window.page(OverviewPage)
    window.show_page(page)
    before, title = window.config.persistent.canonical(), saved_title(qtbot, demo_connection)
    write = page.write

    def write_bogus(config: xmlconf.Domain) -> list:  # a page writing what libvirt's schema refuses
        changes = write(config)
        config.node.append(xmlconf.parse("<bogus/>"))
        return changes

    monkeypatch.setattr(page, "write", write_bogus)
    qtbot.keyClicks(page.title_edit, " refused")
    task = window.apply_current()
    assert task is not None and not task.done  # judged on a worker: Apply and Revert are off meanwhile
    assert not window.apply_button.isEnabled() and not window.revert_button.isEnabled()
    assert window.apply_current() is None  # one apply at a time
    judged(qtbot, window, task)
    assert isinstance(task.error, host_schema.SchemaRefused) and "bogus" in str(task.error)
    assert page.note.text().startswith("libvirt's schema does not accept this configuration")
    assert page.is_dirty() and page.title_edit.text().endswith(" refused")  # what was typed is kept
    assert window.apply_button.isEnabled() and window.revert_button.isEnabled()
    assert window.config.persistent.canonical() == before and saved_title(qtbot, demo_connection) == title


def test_a_window_closed_while_its_apply_is_judged_gets_nothing_and_saves_nothing(qtbot, demo_connection):
    registry = WindowRegistry(Preferences(), None)  # its windows are deleted when closed, as in the program
    window = registry.show_details(demo_connection.find_domain(VM))
    qtbot.waitUntil(lambda: bool(window.slots), timeout=10000)
    page = window.page(OverviewPage)
    window.show_page(page)
    title = saved_title(qtbot, demo_connection)
    qtbot.keyClicks(page.title_edit, " never saved")
    release = threading.Event()
    held = submit(file_executor(), release.wait, 10)  # the check waits behind this on the files worker
    try:
        task = window.apply_current()
        assert task is not None and not window.apply_button.isEnabled()
        window.close()  # asks first: the edit is not applied yet
        window.findChild(QMessageBox, "close-unapplied").button(QMessageBox.StandardButton.Discard).click()
        qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=10000)
    finally:
        release.set()
    after = submit(file_executor(), lambda: None)  # runs once the check has run
    qtbot.waitUntil(lambda: held.done and after.done, timeout=10000)
    qtbot.wait(300)  # time for a define, were one sent
    assert not task.done  # its outcome reached no one
    assert saved_title(qtbot, demo_connection) == title

"""Validation by the host, on the demo host (the test driver honours VIR_DOMAIN_DEFINE_VALIDATE): with the same
libvirt the local schema refuses at once; with another one the window says the host checks on Apply, and the
host's own refusal arrives verbatim with everything typed kept."""

from __future__ import annotations

import libvirt
import pytest
from details_harness import open_details
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from virtdesk import xmlconf
from virtdesk.gui.add_hardware.forms.watchdog import WatchdogForm
from virtdesk.gui.add_hardware.wizard import AddHardwareDialog
from virtdesk.model import hardware, host_schema

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
    assert window.apply_current() is None
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
    assert window.apply_current() is None
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

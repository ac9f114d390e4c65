"""Validation by the rig's real session libvirtd: the model reads the daemon's version; with the same libvirt the
local schema refuses at once, with another one the daemon judges (VIR_DOMAIN_DEFINE_VALIDATE) and its refusal
reaches the window verbatim while the typed XML stays."""

from __future__ import annotations

import libvirt
import pytest
from details_harness import judged, open_details
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from rig import guests

from virtdesk import xmlconf
from virtdesk.model import host_schema

pytestmark = pytest.mark.integration


def opened_on_a_new_guest(qtbot, virtdesk_connection, session_conn):
    name = guests.unique_name("validate")
    session_conn.defineXML(guests.tcg_guest_xml(name))
    qtbot.waitUntil(lambda: virtdesk_connection.find_domain(name) is not None, timeout=10000)
    window = open_details(qtbot, virtdesk_connection, name)
    qtbot.waitUntil(lambda: window.host_schema.version is not None, timeout=10000)
    assert window.host_schema.version == session_conn.getLibVersion()
    return window, session_conn.lookupByName(name)


def with_bogus_element(text: str) -> str:
    return text.replace("</vcpu>", "</vcpu>\n  <bogus/>", 1)


def test_the_same_libvirt_is_refused_here_without_a_round_trip(qtbot, virtdesk_connection, session_conn):
    assert session_conn.getLibVersion() == libvirt.getVersion(), "the rig's daemon is this machine's libvirt"
    window, dom = opened_on_a_new_guest(qtbot, virtdesk_connection, session_conn)
    assert not window.host_check_note.isVisibleTo(window)
    slot = window.current_slot()
    slot.xml.edit.setPlainText(with_bogus_element(slot.xml.text()))
    assert isinstance(judged(qtbot, window, window.apply_current()).error, host_schema.SchemaRefused)
    assert window.diff_dialog is None
    assert "libvirt's schema does not accept" in slot.xml.message.text()
    window.close()


def test_another_libvirt_leaves_the_xml_to_the_daemon_whose_refusal_arrives_verbatim(
        qtbot, virtdesk_connection, session_conn, monkeypatch):
    monkeypatch.setattr(host_schema, "LOCAL_SCHEMA_VERSION", libvirt.getVersion() + 1)
    window, dom = opened_on_a_new_guest(qtbot, virtdesk_connection, session_conn)
    assert window.host_check_note.isVisibleTo(window)
    saved = dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE)
    slot = window.current_slot()
    typed = with_bogus_element(slot.xml.text())
    slot.xml.edit.setPlainText(typed)
    judged(qtbot, window, window.apply_current())
    assert window.diff_dialog is not None  # the local schema said nothing
    qtbot.mouseClick(window.diff_dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: slot.xml.message.text().startswith("Not applied"), timeout=15000)
    with pytest.raises(libvirt.libvirtError) as refusal:
        session_conn.defineXMLFlags(xmlconf.load(typed).to_xml(), libvirt.VIR_DOMAIN_DEFINE_VALIDATE)
    message = refusal.value.get_error_message()
    assert "bogus" in message
    assert message in slot.xml.message.text()
    box = window.findChild(QMessageBox, "apply-failed")
    assert box is not None and message in box.text()
    assert slot.xml.text() == typed
    assert dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE) == saved
    window.close()

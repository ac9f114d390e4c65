"""The details window on the rig's real session libvirtd: boot order, XML edits, screenshot and keys."""

from __future__ import annotations

import libvirt
import pytest
from details_harness import judged, open_details
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from rig import guests

from virtdesk import xmlconf
from virtdesk.gui.details.pages.boot import BootPage
from virtdesk.gui.details.pages.nic import NicPage
from virtdesk.model.log import event_log

pytestmark = pytest.mark.integration


def test_boot_order_and_xml_edits_reach_the_daemon(qtbot, virtdesk_connection, session_conn):
    name = guests.unique_name("details")
    config = xmlconf.load(guests.tcg_guest_xml(name))
    config.os.set_boot_order(["hd", "cdrom", "network"])
    session_conn.defineXML(config.to_xml())
    qtbot.waitUntil(lambda: virtdesk_connection.find_domain(name) is not None, timeout=10000)
    window = open_details(qtbot, virtdesk_connection, name)

    page = window.page(BootPage)
    window.show_page(page)
    page.order_list.setCurrentRow(1)  # cdrom up
    page.move_current(-1)
    with qtbot.waitSignal(window.config.loaded, timeout=15000):
        assert window.apply_current() is not None
    saved = xmlconf.load(session_conn.lookupByName(name).XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
    assert saved.os.boot_order()[:2] == ["cdrom", "hd"]

    window.page_list.setCurrentRow(0)
    slot = window.current_slot()
    before = session_conn.lookupByName(name).XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE)
    slot.xml.edit.setPlainText(slot.xml.text().replace("</name>", "</nme>", 1))
    task = judged(qtbot, window, window.apply_current())
    assert isinstance(task.error, xmlconf.XMLConfError) and window.diff_dialog is None
    assert "does not match" in slot.xml.message.text()
    assert session_conn.lookupByName(name).XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE) == before

    edited = xmlconf.load(window.config.persistent.to_xml())
    edited.description = "edited in the XML tab"
    slot.xml.edit.setPlainText(edited.to_xml())
    judged(qtbot, window, window.apply_current())
    with qtbot.waitSignal(window.config.loaded, timeout=15000):
        qtbot.mouseClick(window.diff_dialog.apply_button, Qt.MouseButton.LeftButton)
    saved = xmlconf.load(session_conn.lookupByName(name).XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
    assert saved.description == "edited in the XML tab"
    window.close()


def test_screenshot_and_send_key_on_a_running_guest(qtbot, virtdesk_connection, tcg_guest, tmp_path):
    qtbot.waitUntil(lambda: virtdesk_connection.find_domain(tcg_guest.name()) is not None, timeout=10000)
    window = open_details(qtbot, virtdesk_connection, tcg_guest.name())
    errors = []
    event_log().added.connect(errors.append)
    path = tmp_path / "screen.png"
    task = window.take_screenshot(str(path))
    qtbot.waitUntil(lambda: task.done, timeout=15000)
    assert task.error is None, task.error
    image = QImage(str(path))
    assert image.width() >= 640 and image.height() >= 400
    action = next(a for a in window.send_key_menu.actions() if a.text() == "Ctrl+Alt+F2")
    action.trigger()
    qtbot.wait(500)
    assert not errors, [e.detail for e in errors]
    window.close()


def test_overview_shows_what_the_guest_agent_reports(qtbot, virtdesk_connection, linux_guest):
    from virtdesk.gui.details.pages.overview import OverviewPage

    dom, _console = linux_guest
    qtbot.waitUntil(lambda: virtdesk_connection.find_domain(dom.name()) is not None, timeout=10000)
    window = open_details(qtbot, virtdesk_connection, dom.name())

    def agent_answered() -> bool:
        info = window.page(OverviewPage).guest_info
        if info is not None and info.agent_answered:
            return True
        if info is not None:  # asked too early: the agent starts a moment after the ready line
            window.config.reload()
        return False

    qtbot.waitUntil(agent_answered, timeout=30000)
    page = window.page(OverviewPage)
    assert "10.0.2.15" in page.facts["addresses"].text()
    assert page.facts["agent"].text() == "Connected"
    nic = window.page(NicPage, 0)
    window.show_page(nic)
    qtbot.waitUntil(lambda: "10.0.2.15" in window.page(NicPage, 0).addresses.text(), timeout=10000)
    window.close()


def test_what_arrives_after_opening_is_no_edit_and_a_state_change_reloads_the_pages(qtbot, virtdesk_connection,
                                                                                    tcg_guest):
    qtbot.waitUntil(lambda: virtdesk_connection.find_domain(tcg_guest.name()) is not None, timeout=10000)
    window = open_details(qtbot, virtdesk_connection, tcg_guest.name())
    config = window.config.persistent
    caps = virtdesk_connection.catalogue.domain_capabilities(config.devices.emulator, config.os.arch,
                                                             config.os.machine, config.type)
    qtbot.waitUntil(lambda: caps.done, timeout=15000)
    assert caps.result is not None  # the host's lists of models and buses reached the pages
    qtbot.wait(200)
    assert not [s.key for s in window.slots if s.is_dirty()]
    assert not window.apply_button.isEnabled()
    with qtbot.waitSignal(window.config.loaded, timeout=15000):
        tcg_guest.destroy()
    assert not window.banner.isVisible()
    window.close()

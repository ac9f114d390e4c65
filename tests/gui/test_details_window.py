"""The details window on the demo host: every page opens, applying, reverting, XML editing, conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from details_harness import judged, open_details
from pictures import save_picture
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from virtdesk import xmlconf
from virtdesk.gui.details.pages.overview import OverviewPage
from virtdesk.gui.details.pages.performance import PerformancePage
from virtdesk.gui.details.window import DetailsWindow
from virtdesk.gui.details.xml_edits import ApplyDeclined
from virtdesk.model.host_schema import SchemaRefused
from virtdesk.model.preferences import Preferences

pytestmark = pytest.mark.gui


def test_every_page_of_every_demo_vm_opens_clean_and_writes_nothing_unasked(qtbot, demo_connection):
    for domain in list(demo_connection.domains.values()):
        window = open_details(qtbot, demo_connection, domain.name)
        qtbot.wait(30)  # facts some pages fetch on workers (domain capabilities, node devices) arrive
        config = window.config.persistent
        assert window.page_list.count() == len(window.slots) >= 2
        for row, slot in enumerate(window.slots):
            window.page_list.setCurrentRow(row)
            page = slot.page
            label = window.page_list.label(row)
            assert label and label == page.label(), (domain.name, label)
            assert slot.xml.text().lstrip().startswith("<")
            assert not slot.is_dirty(), f"{domain.name}: {label} is dirty right after loading"
            assert page.validate() == "", (domain.name, label, page.validate())
            edited = window.config.edit()
            page.write(edited)
            assert edited.canonical() == config.canonical(), f"{domain.name}: {label} changed the config unasked"
        window.close()


def test_title_and_description_are_applied_and_survive(qtbot, demo_connection):
    window = open_details(qtbot, demo_connection, "mail-server")
    page = window.page(OverviewPage)
    page.title_edit.clear()
    qtbot.keyClicks(page.title_edit, "Mail & relay <new>")
    assert window.apply_button.isEnabled()
    with qtbot.waitSignal(window.config.loaded, timeout=10000):
        qtbot.mouseClick(window.apply_button, Qt.MouseButton.LeftButton)
    assert window.config.persistent.title == "Mail & relay <new>"
    domain = demo_connection.find_domain("mail-server")
    qtbot.waitUntil(lambda: domain.title == "Mail & relay <new>")
    assert not window.apply_button.isEnabled()
    page = window.page(OverviewPage)
    assert page.title_edit.text() == "Mail & relay <new>"


def test_revert_restores_the_form(qtbot, demo_connection):
    window = open_details(qtbot, demo_connection, "mail-server")
    page = window.page(OverviewPage)
    before = page.title_edit.text()
    qtbot.keyClicks(page.title_edit, " changed")
    qtbot.mouseClick(window.revert_button, Qt.MouseButton.LeftButton)
    assert page.title_edit.text() == before
    assert not page.is_dirty()


def test_xml_with_a_mistake_is_refused_and_the_text_kept(qtbot, demo_connection):
    window = open_details(qtbot, demo_connection, "mail-server")
    slot = window.current_slot()
    before = window.config.persistent.canonical()
    broken = slot.xml.text().replace("</name>", "</nam>", 1)
    slot.xml.edit.setPlainText(broken)
    task = judged(qtbot, window, window.apply_current())
    assert isinstance(task.error, xmlconf.XMLConfError) and window.diff_dialog is None
    assert "Line" in slot.xml.message.text() and "does not match" in slot.xml.message.text()
    assert slot.xml.text() == broken
    invalid = slot.xml.text().replace("</nam>", "</name>").replace("<memory", "<memoryy", 1).replace(
        "</memory>", "</memoryy>", 1)
    slot.xml.edit.setPlainText(invalid)
    task = judged(qtbot, window, window.apply_current())
    assert isinstance(task.error, SchemaRefused) and window.diff_dialog is None
    assert "schema" in slot.xml.message.text()
    assert slot.xml.text() == invalid and window.apply_button.isEnabled()
    assert window.config.persistent.canonical() == before


def test_xml_edit_shows_a_diff_then_applies(qtbot, demo_connection):
    window = open_details(qtbot, demo_connection, "mail-server")
    slot = window.current_slot()
    edited = xmlconf.load(slot.xml.text())
    edited.description = "set through the XML tab"
    slot.xml.edit.setPlainText(edited.to_xml())
    task = judged(qtbot, window, window.apply_current())
    dialog = window.diff_dialog
    assert dialog.isVisible()
    assert "+  <description>set through the XML tab</description>" in dialog.diff
    with qtbot.waitSignal(window.config.loaded, timeout=10000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert window.config.persistent.description == "set through the XML tab"
    assert task.done and task.error is None and not task.result.live_failed


def test_an_xml_edit_whose_diff_is_closed_unapplied_is_kept(qtbot, demo_connection):
    window = open_details(qtbot, demo_connection, "mail-server")
    slot = window.current_slot()
    before = window.config.persistent.canonical()
    edited = xmlconf.load(slot.xml.text())
    edited.description = "not applied after all"
    typed = edited.to_xml()
    slot.xml.edit.setPlainText(typed)
    task = judged(qtbot, window, window.apply_current())
    assert not window.apply_button.isEnabled() and not window.revert_button.isEnabled()  # until answered
    window.diff_dialog.reject()
    assert isinstance(task.error, ApplyDeclined)
    assert slot.xml.text() == typed and window.apply_button.isEnabled() and window.revert_button.isEnabled()
    assert window.config.persistent.canonical() == before


def test_leaving_a_page_with_unapplied_edits_asks(qtbot, demo_connection):
    window = open_details(qtbot, demo_connection, "mail-server")
    page = window.page(OverviewPage)
    qtbot.keyClicks(page.title_edit, " draft")
    assert window.page_list.is_edited(0) and not window.page_list.is_edited(1)  # the name in italics
    window.page_list.setCurrentRow(1)
    box = window.findChild(QMessageBox, "unapplied-changes")
    assert box is not None and box.isVisible()
    assert window.page_list.currentRow() == 0
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert window.page_list.currentRow() == 0 and page.title_edit.text().endswith(" draft")
    window.page_list.setCurrentRow(1)
    box = [b for b in window.findChildren(QMessageBox, "unapplied-changes") if b.isVisible()][0]
    discard = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    assert window.page_list.currentRow() == 1
    assert not page.title_edit.text().endswith(" draft") and not window.page_list.is_edited(0)


def test_a_running_vm_that_nothing_changed_raises_no_changed_elsewhere_banner(qtbot, demo_connection):
    domain = next(d for d in demo_connection.domains.values() if d.is_active and d.persistent)
    window = open_details(qtbot, demo_connection, domain.name)
    assert window.config.live is not None
    page = window.page(OverviewPage)
    qtbot.keyClicks(page.title_edit, " mine")
    with qtbot.waitSignal(demo_connection.domain_refreshed, timeout=5000):
        demo_connection.refresh_domain(domain.uuid)
    qtbot.wait(200)  # the comparing read
    assert not window.banner.isVisible()


def test_an_edit_made_elsewhere_is_a_conflict_not_an_overwrite(qtbot, demo_connection):
    window = open_details(qtbot, demo_connection, "mail-server")
    page = window.page(OverviewPage)
    qtbot.keyClicks(page.title_edit, " mine")
    elsewhere = window.config.persistent.copy()
    elsewhere.description = "changed by another client"
    demo_connection.call(lambda conn: conn.defineXML(elsewhere.to_xml()) and None)
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=5000)
    assert "changed elsewhere" in window.banner.text()
    assert page.title_edit.text().endswith(" mine")  # nothing typed is lost
    task = window.apply_current()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert task.error is not None and "changed elsewhere" in str(task.error)
    domain = demo_connection.find_domain("mail-server")
    assert not domain.title.endswith(" mine")
    assert window.reload_button.isVisible()
    with qtbot.waitSignal(window.config.loaded, timeout=5000):
        qtbot.mouseClick(window.reload_button, Qt.MouseButton.LeftButton)
    assert window.config.persistent.description == "changed by another client"


def test_overview_screenshot_for_the_docs(qtbot, demo_connection):
    window = open_details(qtbot, demo_connection, "db-primary")
    uuid = window.page(OverviewPage).facts["uuid"]
    qtbot.waitUntil(lambda: uuid.width() >= uuid.sizeHint().width())  # laid out as the first paint shows it
    assert save_picture(window, "details-overview").stat().st_size > 10000


def test_every_page_of_a_vm_with_every_device_kind_opens(qtbot, tmp_path):
    from details_harness import open_connection
    from testhosts import write_host

    xml = (Path(__file__).parent / "data" / "all-devices.xml").read_text()
    connection = open_connection(qtbot, write_host(tmp_path, xml))
    try:
        name = xmlconf.load(xml).name
        window = open_details(qtbot, connection, name)
        kinds = {type(slot.page).__name__ for slot in window.slots}
        assert "GenericDevicePage" not in kinds, "a device kind has no page of its own"
        for row in range(window.page_list.count()):
            window.page_list.setCurrentRow(row)
            assert not window.current_slot().is_dirty(), window.current_slot().page.label()
        window.close()
    finally:
        connection.shutdown()


def test_asked_page_is_shown_once_the_pages_are_built(qtbot, demo_connection):
    domain = demo_connection.find_domain("web-frontend-01")
    window = DetailsWindow(domain, Preferences())
    qtbot.addWidget(window)
    window.show_page_of(PerformancePage)
    window.show()
    qtbot.waitUntil(lambda: bool(window.slots), timeout=10000)
    assert isinstance(window.current_slot().page, PerformancePage)
    window.show_page_of(OverviewPage)
    assert isinstance(window.current_slot().page, OverviewPage)



def test_the_xml_tab_says_what_is_wrong_while_typing(qtbot, demo_connection):
    window = open_details(qtbot, demo_connection, "mail-server")
    slot = window.current_slot()
    message = slot.xml.message
    original = slot.xml.text()
    slot.xml.edit.setPlainText(original.replace("</name>", "</nam>", 1))
    qtbot.waitUntil(lambda: "does not match" in message.text(), timeout=5000)
    slot.xml.edit.setPlainText(original.replace("<memory", "<memoryy", 1).replace("</memory>", "</memoryy>", 1))
    qtbot.waitUntil(lambda: "schema" in message.text(), timeout=5000)
    slot.xml.edit.setPlainText(original.replace("</name>", "</name><!-- typed -->", 1))
    qtbot.waitUntil(lambda: not message.isVisible() and message.text() == "", timeout=5000)
    assert window.apply_button.isEnabled()


def test_a_power_choice_off_for_want_of_a_guest_agent_says_why(qtbot, demo_connection):
    domain = next(d for d in demo_connection.domains.values()
                  if d.is_active and not d.agent_channel and d.state.name == "RUNNING")
    window = open_details(qtbot, demo_connection, domain.name)
    agent = window.lifecycle_actions["shutdown-agent"]
    assert not agent.isEnabled()
    assert agent.toolTip() == "The VM has no guest agent channel (org.qemu.guest_agent.0)."
    acpi = window.lifecycle_actions["shutdown-acpi"]
    assert acpi.isEnabled() and acpi.toolTip() == acpi.text()  # usable: its own name, no reason


def test_a_page_name_wider_than_the_list_ends_in_an_ellipsis_and_shows_whole_in_its_tooltip(qtbot, demo_connection):
    window = open_details(qtbot, demo_connection, "web-frontend-01")
    pages = window.page_list
    names = [pages.label(row) for row in range(pages.count())]
    long_row = names.index("Channel org.qemu.guest_agent.0")
    short_row = names.index("Memory")
    option = QStyleOptionViewItem()
    pages.initViewItemOption(option)
    whole = QStyledItemDelegate.sizeHint(pages.itemDelegate(), option, pages.model().index(long_row, 0)).width()
    fits = whole + pages.width() - pages.viewport().width() + 10  # the list's frame and scroll bar
    window.findChild(QSplitter).setSizes([fits - 60, 960 - fits + 60])
    qtbot.waitUntil(lambda: pages.visualRect(pages.model().index(long_row, 0)).width() <= pages.viewport().width(),
                    timeout=5000)
    assert not pages.horizontalScrollBar().isVisible()

    def tooltip_of(row: int) -> str:
        QToolTip.hideText()
        qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=5000)
        centre = pages.visualRect(pages.model().index(row, 0)).center()
        QApplication.sendEvent(pages.viewport(), QHelpEvent(QEvent.Type.ToolTip, centre,
                                                             pages.viewport().mapToGlobal(centre)))
        return QToolTip.text() if QToolTip.isVisible() else ""

    assert tooltip_of(long_row) == "Channel org.qemu.guest_agent.0"
    assert tooltip_of(short_row) == ""
    window.findChild(QSplitter).setSizes([fits, 960 - fits])
    qtbot.waitUntil(lambda: tooltip_of(long_row) == "", timeout=5000)  # shown whole now

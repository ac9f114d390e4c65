"""The Host Details Interfaces, Secrets and Network Filters tabs on the demo host (libvirt's test driver): the
interfaces with their columns and XML, read again on Refresh and after a reconnection; the kinds the test driver
lacks (secrets, network filters) say so with libvirt's reason instead of an error box. Secrets and filters on a
real daemon: tests/integration/test_host_devices.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from virtdesk.gui.host_details.host_objects_page import HostObjectsPage, InterfaceColumn, secret_value_text
from virtdesk.model.catalogue import Kind
from virtdesk.model.connection import ConnectionState

pytestmark = pytest.mark.gui
NEW_INTERFACE = ("<interface type='ethernet' name='eno9'><start mode='none'/><mac address='52:54:00:12:34:99'/>"
                 "</interface>")


def open_page(qtbot, connection, kind: Kind) -> HostObjectsPage:
    page = HostObjectsPage(connection, kind)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitUntil(lambda: not page.loading, timeout=20000)
    return page


def rows(page: HostObjectsPage) -> list[list[str]]:
    model = page.objects
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def test_the_demo_hosts_interfaces(qtbot, demo_connection):
    page = open_page(qtbot, demo_connection, Kind.INTERFACES)
    assert page.list_title.text() == "<b>Host interfaces</b>"
    headers = [page.objects.headerData(c, Qt.Orientation.Horizontal) for c in InterfaceColumn]
    assert headers == ["Name", "MAC address", "State", "Type"]
    assert rows(page) == [["br0", "", "Active", "bridge"], ["eno1", "3c:ec:ef:12:34:01", "Active", "ethernet"],
                          ["eno1.30", "", "Active", "vlan"]]
    assert page.selected().name == "br0"  # the first is shown at once
    assert page.select("eno1")
    assert "name='eno1'" in page.xml.text() or 'name="eno1"' in page.xml.text()
    assert page.xml.edit.isReadOnly()
    assert not page.show_value_button.isVisible() and not page.value_field.isVisible()
    assert not page.list_note.isVisible()
    assert page.grab().save("/tmp/hostdetails-interfaces.png")


def test_refresh_reads_the_interfaces_again(qtbot, demo_connection):
    page = open_page(qtbot, demo_connection, Kind.INTERFACES)
    page.select("eno1")
    task = demo_connection.call(lambda conn: conn.interfaceDefineXML(NEW_INTERFACE, 0).name())
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    qtbot.wait(200)
    assert "eno9" not in [row[0] for row in rows(page)]  # interfaces send no events: nothing changes by itself
    page.refresh_button.click()
    qtbot.waitUntil(lambda: "eno9" in [row[0] for row in rows(page)], timeout=10000)
    assert rows(page)[-1] == ["eno9", "52:54:00:12:34:99", "Inactive", "ethernet"]
    assert page.selected().name == "eno1"  # the selection stays where it was


def test_the_list_is_read_again_after_a_reconnection(qtbot, demo_connection):
    page = open_page(qtbot, demo_connection, Kind.INTERFACES)
    before = page.objects.objects[0]
    demo_connection.close()
    assert not page.loading
    demo_connection.open()
    qtbot.waitUntil(lambda: demo_connection.state is ConnectionState.ACTIVE, timeout=10000)
    qtbot.waitUntil(lambda: page.objects.rowCount() == 3 and page.objects.objects[0] is not before, timeout=10000)
    assert not page.loading and page.selected() is page.objects.objects[0]
    assert page.selected().name == before.name


@pytest.mark.parametrize(("kind", "title", "text"), [
    (Kind.SECRETS, "<b>Secrets</b>", "This host does not report secrets: this function is not supported by the "
                                     "connection driver: virConnectListAllSecrets (libvirt error code 3)"),
    (Kind.NWFILTERS, "<b>Network filters</b>", "This host does not report network filters: this function is not "
                                               "supported by the connection driver: virConnectListAllNWFilters "
                                               "(libvirt error code 3)"),
])
def test_kinds_the_test_driver_lacks_say_so_instead_of_failing(qtbot, demo_connection, kind, title, text):
    page = open_page(qtbot, demo_connection, kind)
    assert page.list_title.text() == title
    assert page.list_note.isVisible() and page.list_note.text() == text
    assert page.list_note.styleSheet() == ""  # a fact of the host, not a failure
    assert not page.table.isVisible() and not page.details_part.isVisible()
    assert not page.show_value_button.isVisible() and page.show_value() is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    page.refresh_button.click()  # asking again gives the same answer, not an error
    qtbot.waitUntil(lambda: not page.loading, timeout=10000)
    assert page.list_note.text() == text


def test_a_secrets_value_as_text_or_base64():
    assert secret_value_text(b"correct horse battery staple") == ("correct horse battery staple", False)
    assert secret_value_text("パスワード".encode()) == ("パスワード", False)
    assert secret_value_text(b"\x00\xff\x10key") == ("AP8Qa2V5", True)
    assert secret_value_text(b"two\nlines") == ("dHdvCmxpbmVz", True)

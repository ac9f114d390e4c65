"""Display passwords on a running TCG guest of the rig's session libvirtd: the window never shows one, an edit of
anything else keeps it (saved and running), the graphics page changes it on the running VM and removes it from
the saved configuration, and the log never holds one."""

from __future__ import annotations

from collections.abc import Iterator

import libvirt
import pytest
from details_harness import open_details
from PySide6.QtWidgets import QLineEdit, QMessageBox
from rig import guests

from virtdesk import xmlconf
from virtdesk.gui.details.pages.graphics import GraphicsPage
from virtdesk.gui.details.pages.overview import OverviewPage
from virtdesk.gui.details.window import DetailsWindow
from virtdesk.model.log import event_log

pytestmark = pytest.mark.integration

PASSWORD, NEW_PASSWORD = "rigpw-01", "rigpw-02"  # VNC takes at most 8 characters
SECURE = libvirt.VIR_DOMAIN_XML_SECURE


def passwords(dom: libvirt.virDomain, flags: int) -> list[str | None]:
    return [g.passwd for g in xmlconf.load(dom.XMLDesc(flags | SECURE)).devices.graphics]


@pytest.fixture
def guest(session_conn: libvirt.virConnect) -> libvirt.virDomain:
    return guests.define_and_start(session_conn, guests.tcg_guest_xml(guests.unique_name("passwd"),
                                                                     vnc_password=PASSWORD))


@pytest.fixture
def window(qtbot, virtdesk_connection, guest) -> Iterator[DetailsWindow]:
    details = open_details(qtbot, virtdesk_connection, guest.name())
    qtbot.waitUntil(lambda: details.config.live is not None, timeout=10000)
    yield details
    details.close()


def apply(qtbot, window: DetailsWindow) -> None:
    with qtbot.waitSignal(window.config.loaded, timeout=30000):
        assert window.apply_current() is not None, window.current_slot().page.note.text()
    failed = window.findChild(QMessageBox, "live-failed")
    assert failed is None, failed.text()


def test_display_passwords_stay_secret_and_are_kept(qtbot, guest, window):
    logged = []
    event_log().added.connect(logged.append)
    assert passwords(guest, libvirt.VIR_DOMAIN_XML_INACTIVE) == [PASSWORD] == passwords(guest, 0)
    assert not [s for s in window.slots if PASSWORD in s.xml.text()]
    overview = window.page(OverviewPage)
    window.show_page(overview)
    overview.title_edit.setText("kept password")
    overview.title_edit.textEdited.emit("kept password")
    apply(qtbot, window)
    assert guest.metadata(libvirt.VIR_DOMAIN_METADATA_TITLE, None, libvirt.VIR_DOMAIN_AFFECT_CONFIG) == \
        "kept password"
    assert passwords(guest, libvirt.VIR_DOMAIN_XML_INACTIVE) == [PASSWORD] == passwords(guest, 0)

    page = window.page(GraphicsPage)
    window.show_page(page)
    assert page.password_on.isChecked() and page.password.line.text() == ""
    page.password.reveal.click()
    qtbot.waitUntil(lambda: page.password.line.text() == PASSWORD, timeout=10000)
    page.password.line.selectAll()
    qtbot.keyClicks(page.password.line, NEW_PASSWORD)
    apply(qtbot, window)
    assert passwords(guest, libvirt.VIR_DOMAIN_XML_INACTIVE) == [NEW_PASSWORD] == passwords(guest, 0)
    assert window.page(GraphicsPage).note.text() == ""  # the running display took it

    page = window.page(GraphicsPage)
    window.show_page(page)
    assert page.password.line.echoMode() == QLineEdit.EchoMode.Password
    page.password_on.setChecked(False)
    apply(qtbot, window)
    assert passwords(guest, libvirt.VIR_DOMAIN_XML_INACTIVE) == [None]
    assert "after the next shutdown" in window.page(GraphicsPage).note.text()
    event_log().added.disconnect(logged.append)
    assert not [e for e in logged if PASSWORD in f"{e.message} {e.detail}" or NEW_PASSWORD in f"{e.message} {e.detail}"]

"""Device pages against a real session libvirtd: the balloon's statistics period is set on the running guest,
and a serial console page shows the pty the host allocated."""

from __future__ import annotations

import pytest
from details_harness import open_details
from rig.guests import define_and_start, tcg_guest_xml, unique_name

from virtdesk import xmlconf
from virtdesk.gui.details.pages.chardev import ConsolePage, SerialPage
from virtdesk.gui.details.pages.memballoon import MemballoonPage

pytestmark = pytest.mark.integration

DEVICES = ("<serial type='pty'><target port='0'/></serial>"
           "<console type='pty'><target type='serial' port='0'/></console>"
           "<memballoon model='virtio'/>")


@pytest.fixture
def guest(session_conn):
    name = unique_name("dv")
    return define_and_start(session_conn, tcg_guest_xml(name).replace("<devices>", "<devices>" + DEVICES, 1))


def test_serial_and_console_pages_show_the_pty(qtbot, guest, virtdesk_connection):
    window = open_details(qtbot, virtdesk_connection, guest.name())
    live_path = xmlconf.load(guest.XMLDesc(0)).devices.serials[0].source_path
    assert live_path and live_path.startswith("/dev/pts/")
    for cls in (SerialPage, ConsolePage):
        page = window.page(cls, 0)
        window.show_page(page)
        assert page.form.isRowVisible(page.editors["pty"])
        assert page.editors["pty"].text() == live_path
        assert not page.is_dirty()


def test_balloon_stats_period_is_set_live(qtbot, guest, virtdesk_connection):
    window = open_details(qtbot, virtdesk_connection, guest.name())
    page = window.page(MemballoonPage, 0)
    window.show_page(page)
    page.editors["stats_period"].setValue(7)
    with qtbot.waitSignal(window.config.loaded, timeout=20000):
        task = window.apply_current()
    assert task.error is None and not task.result.live_failed, task.result
    assert "<stats period='7'/>" in guest.XMLDesc(0).replace('"', "'")
    assert window.config.live.devices.memballoons[0].stats_period == 7
    assert window.config.persistent.devices.memballoons[0].stats_period == 7
    page = window.page(MemballoonPage, 0)
    assert not page.note.isVisible() or "shutdown" not in page.note.text()

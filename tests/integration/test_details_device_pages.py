"""The disk and NIC pages on a running TCG guest of the rig's session libvirtd: CD-ROM eject and insert, and the
NIC's link state, change the running VM (its live XML) as well as the saved configuration."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import libvirt
import pytest
from details_harness import open_connection, open_details
from PySide6.QtWidgets import QMessageBox
from rig import guests

from virtdesk import xmlconf
from virtdesk.gui.details.pages.disk import DiskPage
from virtdesk.gui.details.pages.graphics import GraphicsPage
from virtdesk.gui.details.pages.nic import NicPage
from virtdesk.gui.details.widgets.storage_source import StorageSource
from virtdesk.gui.details.window import DetailsWindow

pytestmark = pytest.mark.integration

MAC = "52:54:00:5e:1e:01"


def media_file(directory: Path, name: str) -> Path:
    """A small raw image the daemon's user can read (any file serves as CD media)."""
    path = directory / name
    path.write_bytes(b"VIRTDESK" * 8192)
    path.chmod(0o644)
    return path


def live_config(dom: libvirt.virDomain) -> xmlconf.Domain:
    return xmlconf.load(dom.XMLDesc(0))


def persistent_config(dom: libvirt.virDomain) -> xmlconf.Domain:
    return xmlconf.load(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))


def cdrom(config: xmlconf.Domain) -> xmlconf.Disk:
    return next(d for d in config.devices.disks if d.device == "cdrom")


@pytest.fixture
def guest(session_conn: libvirt.virConnect, session_tmp: Path) -> Iterator[tuple[libvirt.virDomain, Path]]:
    first = media_file(session_tmp, "first.iso")
    xml = guests.tcg_guest_xml(guests.unique_name("devpages")).replace("</devices>", f"""
    <disk type='file' device='cdrom'>
      <driver name='qemu' type='raw'/>
      <source file='{first}'/>
      <target dev='hdc' bus='ide'/>
      <readonly/>
    </disk>
    <interface type='user'><mac address='{MAC}'/><model type='e1000'/></interface>
  </devices>""")
    dom = guests.define_and_start(session_conn, xml)
    yield dom, session_tmp
    guests.remove(dom)


@pytest.fixture
def window(qtbot, session_daemon, guest) -> Iterator[DetailsWindow]:
    connection = open_connection(qtbot, session_daemon.uri)
    details = open_details(qtbot, connection, guest[0].name())
    qtbot.waitUntil(lambda: details.config.live is not None, timeout=10000)
    yield details
    details.close()
    connection.shutdown()


def apply(qtbot, window: DetailsWindow) -> None:
    with qtbot.waitSignal(window.config.loaded, timeout=30000):
        assert window.apply_current() is not None
    failed = window.findChild(QMessageBox, "live-failed")
    assert failed is None, failed.text()


def test_cdrom_eject_and_insert_live(qtbot, guest, window):
    dom, directory = guest
    second = media_file(directory, "second.iso")
    assert cdrom(live_config(dom)).source_file == str(directory / "first.iso")
    page = window.page(DiskPage, 0)
    window.show_page(page)
    page.eject()
    apply(qtbot, window)
    assert cdrom(live_config(dom)).source_file is None
    assert cdrom(persistent_config(dom)).source_file is None
    assert window.page(DiskPage, 0).note.text() == ""  # nothing waits for a restart
    page = window.page(DiskPage, 0)
    window.show_page(page)
    page.insert(StorageSource(path=str(second)))
    apply(qtbot, window)
    assert cdrom(live_config(dom)).source_file == str(second)
    assert cdrom(persistent_config(dom)).source_file == str(second)
    assert window.page(DiskPage, 0).media.text() == str(second)


def test_nic_link_down_live_and_the_display_port_in_use(qtbot, guest, window):
    dom, _directory = guest
    graphics = window.page(GraphicsPage, 0)
    port = live_config(dom).devices.graphics[0].port
    assert port >= 5900 and graphics.live_port.text().startswith(f"port {port}")
    page = window.page(NicPage, 0)
    assert page.label() == "NIC :5e:1e:01"
    window.show_page(page)
    page.link_up.setChecked(False)
    apply(qtbot, window)
    live_nic = next(n for n in live_config(dom).devices.interfaces if n.mac_address == MAC)
    assert live_nic.link_state == "down"
    assert persistent_config(dom).devices.interfaces[0].link_state == "down"
    assert not window.page(NicPage, 0).link_up.isChecked()

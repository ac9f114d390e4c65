"""The disk, NIC, graphics, video, sound and input pages of the details window, on the demo host and on a
test-driver host written here: loading, applying edits (and keeping what the pages do not know), refusing bad
input, and the docs' screenshots."""

from __future__ import annotations

from pathlib import Path

import pytest
from details_harness import open_connection, open_details, saved_passwords
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from testhosts import write_host

from virtdesk import xmlconf
from virtdesk.gui.details.page import DevicePage
from virtdesk.gui.details.pages.disk import DiskPage
from virtdesk.gui.details.pages.graphics import GraphicsPage
from virtdesk.gui.details.pages.input import InputPage
from virtdesk.gui.details.pages.nic import NicPage
from virtdesk.gui.details.pages.sound import SoundPage
from virtdesk.gui.details.pages.video import VideoPage
from virtdesk.gui.details.widgets.insert_media_dialog import InsertMediaDialog
from virtdesk.gui.details.window import DetailsWindow
from virtdesk.model.hardware import mac_problem, random_mac

pytestmark = pytest.mark.gui

MY_PAGES = (DiskPage, NicPage, GraphicsPage, VideoPage, SoundPage, InputPage)
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

DEVICES_VM = """<domain type='test'>
  <name>devices</name>
  <uuid>6f1c6c7e-1d1f-4c38-9a5e-2f7a4f2f0d11</uuid>
  <memory unit='MiB'>512</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64'>hvm</type></os>
  <devices>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2' cache='writeback'/>
      <source file='/var/lib/libvirt/images/disk1.qcow2'/>
      <target dev='vda' bus='virtio'/>
      <iotune><total_bytes_sec>1048576</total_bytes_sec></iotune>
      <blockio logical_block_size='4096' physical_block_size='4096'/>
    </disk>
    <disk type='file' device='cdrom'>
      <driver name='qemu' type='raw'/>
      <source file='/isos/first.iso'/>
      <target dev='sda' bus='sata'/>
      <readonly/>
    </disk>
    <disk type='network' device='disk'>
      <source protocol='rbd' name='rbdpool/image'><host name='mon1.example' port='6789'/></source>
      <target dev='vdb' bus='virtio'/>
    </disk>
    <disk type='volume' device='disk'>
      <source pool='default' volume='disk1.qcow2'/>
      <target dev='vdc' bus='virtio'/>
    </disk>
    <interface type='network'>
      <mac address='52:54:00:aa:bb:01'/>
      <source network='default'/>
      <model type='virtio'/>
    </interface>
    <interface type='bridge'>
      <mac address='52:54:00:aa:bb:02'/>
      <source bridge='br-ovs'/>
      <virtualport type='openvswitch'/>
      <model type='e1000e'/>
    </interface>
    <input type='tablet' bus='usb'/>
    <input type='mouse' bus='ps2'/>
    <graphics type='vnc' port='-1' autoport='yes' listen='127.0.0.1'>
      <listen type='address' address='127.0.0.1'/>
    </graphics>
    <sound model='pcspk'/>
    <video><model type='vmvga' vram='16384' heads='1'/></video>
  </devices>
  <test:runstate>5</test:runstate>
</domain>"""


@pytest.fixture
def devices_connection(qtbot, tmp_path):
    connection = open_connection(qtbot, write_host(tmp_path, DEVICES_VM))
    yield connection
    connection.shutdown()


def settle(qtbot, ms: int = 100) -> None:
    """Lets queued answers (domain capabilities, guest addresses) arrive."""
    qtbot.wait(ms)


def show(window: DetailsWindow, cls: type[DevicePage], index: int = 0) -> DevicePage:
    page = window.page(cls, index)
    assert page is not None, f"no {cls.__name__} {index}"
    window.show_page(page)
    return page


def show_disk(window: DetailsWindow, target: str) -> DiskPage:
    """The page of the disk with that target name (libvirt orders disks by bus and name)."""
    page = next(s.page for s in window.slots if isinstance(s.page, DiskPage) and s.page.label().endswith(target))
    window.show_page(page)
    return page


def saved_disk(config: xmlconf.Domain, target: str) -> xmlconf.Disk:
    return next(d for d in config.devices.disks if d.target_dev == target)


def apply(qtbot, window: DetailsWindow) -> xmlconf.Domain:
    """Applies the current page and waits for the window to reload; returns the saved persistent config."""
    with qtbot.waitSignal(window.config.loaded, timeout=10000):
        assert window.apply_current() is not None
    return window.config.persistent


def test_pages_of_unusual_devices_load_clean_and_keep_unknown_values(qtbot, devices_connection):
    window = open_details(qtbot, devices_connection, "devices")
    settle(qtbot)
    labels = [s.page.label() for s in window.slots if type(s.page) in MY_PAGES]
    assert {"VirtIO Disk vda", "SATA CD-ROM sda", "VirtIO Disk vdb", "VirtIO Disk vdc"} <= set(labels)
    assert "NIC :aa:bb:01" in labels and "Mouse (PS/2)" in labels
    assert not any(s.is_dirty() for s in window.slots)
    network_disk = show_disk(window, "vdb")
    assert "RBD: rbdpool/image on mon1.example:6789" in network_disk.network_source.text()
    volume_disk = show_disk(window, "vdc")
    assert volume_disk.chooser.source().volume == "disk1.qcow2"
    qtbot.waitUntil(lambda: "10.0 GiB" in volume_disk.volume_facts.text())  # the pool's volumes are read now
    assert show(window, NicPage, 1).kind.value() == "ovs"
    assert show(window, VideoPage).model.value() == "vmvga"
    assert show(window, SoundPage).model.value() == "pcspk"
    mouse = show(window, InputPage, 1)
    assert not mouse.type.isEnabled() and "cannot be changed" in mouse.note.text()
    # an edit of one field leaves the values the page does not offer as they were
    video = show(window, VideoPage)
    video.heads.setValue(2)
    saved = apply(qtbot, window)
    assert saved.devices.videos[0].model_type == "vmvga" and saved.devices.videos[0].model_heads == 2
    assert saved.devices.sounds[0].model == "pcspk"


def test_disk_bus_cache_readonly_are_applied_and_unknown_elements_survive(qtbot, devices_connection):
    window = open_details(qtbot, devices_connection, "devices")
    page = show_disk(window, "vda")
    page.bus.set_value("sata")
    page.cache.set_value("none")
    page.readonly.setChecked(True)
    assert page.is_dirty() and "sdb" in page.target.text()
    saved = apply(qtbot, window)
    disk = saved_disk(saved, "sdb")
    assert (disk.target_bus, disk.target_dev, disk.driver_cache, disk.readonly) == ("sata", "sdb", "none", True)
    assert disk.address.type == "drive"  # libvirt assigned an address on the new bus
    xml = disk.to_xml()
    assert "<total_bytes_sec>1048576</total_bytes_sec>" in xml and "logical_block_size=\"4096\"" in xml
    assert saved_disk(saved, "sda").device == "cdrom"
    assert not any(d.target_dev == "vda" for d in saved.devices.disks)
    assert not show_disk(window, "sdb").is_dirty()


def test_disk_source_changes_to_a_pool_volume(qtbot, devices_connection):
    window = open_details(qtbot, devices_connection, "devices")
    page = show_disk(window, "vda")
    page.chooser.kind.set_value(page.chooser.VOLUME)
    page.chooser.pool_combo.setCurrentIndex(page.chooser.pool_combo.findData("default"))
    qtbot.waitUntil(lambda: page.chooser.volume_combo.findText("disk1.qcow2") >= 0)  # read when first asked
    page.chooser.volume_combo.setCurrentText("disk1.qcow2")
    assert page.is_dirty()
    disk = saved_disk(apply(qtbot, window), "vda")
    assert (disk.type, disk.source_pool, disk.source_volume, disk.source_file) == (
        "volume", "default", "disk1.qcow2", None)


def test_a_disk_without_source_is_refused(qtbot, devices_connection):
    window = open_details(qtbot, devices_connection, "devices")
    page = show_disk(window, "vda")
    page.chooser.path_edit.clear()
    page.chooser.path_edit.textEdited.emit("")
    assert window.apply_current() is None
    assert "needs a source" in page.note.text()


def test_cdrom_eject_then_insert_on_a_stopped_vm(qtbot, devices_connection):
    window = open_details(qtbot, devices_connection, "devices")
    page = show_disk(window, "sda")
    assert page.media.text() == "/isos/first.iso"
    qtbot.mouseClick(page.eject_button, Qt.MouseButton.LeftButton)
    assert page.media.text() == "No media" and not page.eject_button.isEnabled()
    cdrom = saved_disk(apply(qtbot, window), "sda")
    assert cdrom.source_file is None and cdrom.device == "cdrom" and cdrom.target_dev == "sda"
    page = show_disk(window, "sda")
    dialog = page.choose_media()
    assert isinstance(dialog, InsertMediaDialog) and dialog.isVisible()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    qtbot.keyClicks(dialog.chooser.path_edit, "/isos/second.iso")
    dialog.accept()
    assert page.media.text() == "/isos/second.iso"
    cdrom = saved_disk(apply(qtbot, window), "sda")
    assert (cdrom.type, cdrom.source_file, cdrom.readonly) == ("file", "/isos/second.iso", True)


def test_nic_source_network_to_bridge_and_model(qtbot, devices_connection):
    window = open_details(qtbot, devices_connection, "devices")
    page = show(window, NicPage, 0)
    assert page.network.value() == "default"
    page.kind.set_value("bridge")
    qtbot.keyClicks(page.bridge, "br0")
    page.model.set_value("e1000e")
    nic = apply(qtbot, window).devices.interfaces[0]
    assert (nic.type, nic.source_bridge, nic.source_network, nic.model_type) == ("bridge", "br0", None, "e1000e")
    assert nic.mac_address == "52:54:00:aa:bb:01"
    ovs = window.config.persistent.devices.interfaces[1]
    assert ovs.virtualport_type == "openvswitch"  # the other NIC is untouched


def test_nic_ovs_to_network_drops_the_virtual_port(qtbot, devices_connection):
    window = open_details(qtbot, devices_connection, "devices")
    page = show(window, NicPage, 1)
    page.kind.set_value("network")
    nic = apply(qtbot, window).devices.interfaces[1]
    assert (nic.type, nic.source_network, nic.virtualport_type, nic.source_bridge) == (
        "network", "default", None, None)


def test_an_invalid_mac_is_refused_with_a_message(qtbot, devices_connection):
    window = open_details(qtbot, devices_connection, "devices")
    before = window.config.persistent.canonical()
    page = show(window, NicPage, 0)
    for bad, words in (("52:54:00:zz:00:01", "not a MAC address"), ("01:00:5e:00:00:01", "multicast")):
        page.mac.setText(bad)
        page.mac.textEdited.emit(bad)
        assert window.apply_current() is None
        assert words in page.note.text()
    assert window.config.persistent.canonical() == before
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    generated = page.mac.text()
    assert mac_problem(generated, []) == "" and generated.startswith("52:54:00:")
    assert apply(qtbot, window).devices.interfaces[0].mac_address == generated


def test_generated_macs_are_valid_unicast():
    assert all(mac_problem(random_mac([]), []) == "" for _ in range(200))


def test_nic_link_state_down(qtbot, devices_connection):
    window = open_details(qtbot, devices_connection, "devices")
    page = show(window, NicPage, 0)
    assert page.link_up.isChecked()
    page.link_up.setChecked(False)
    nic = apply(qtbot, window).devices.interfaces[0]
    assert nic.link_state == "down"
    assert not window.page(NicPage, 0).link_up.isChecked()


def test_graphics_vnc_to_spice_with_a_password(qtbot, devices_connection):
    window = open_details(qtbot, devices_connection, "devices")
    page = show(window, GraphicsPage)
    assert page.label() == "Display VNC" and not page.gl.isEnabled()
    page.type.set_value("spice")
    page.password_on.setChecked(True)
    assert window.apply_current() is None and "Enter the password" in page.note.text()
    qtbot.keyClicks(page.password.line, "s3cret")
    graphics = apply(qtbot, window).devices.graphics[0]
    assert (graphics.type, graphics.passwd, graphics.listen_address) == ("spice", None, "127.0.0.1")
    assert saved_passwords(qtbot, devices_connection, "devices") == ["s3cret"]
    page = window.page(GraphicsPage)
    assert page.label() == "Display SPICE" and page.password_on.isChecked() and page.password.line.text() == ""
    page.password_on.setChecked(False)
    window.show_page(page)
    apply(qtbot, window)
    assert saved_passwords(qtbot, devices_connection, "devices") == [None]


def test_graphics_fixed_port_and_listen_none(qtbot, devices_connection):
    window = open_details(qtbot, devices_connection, "devices")
    page = show(window, GraphicsPage)
    page.autoport.setChecked(False)
    page.port.setValue(5911)
    graphics = apply(qtbot, window).devices.graphics[0]
    assert (graphics.autoport, graphics.port) == (False, 5911)
    page = show(window, GraphicsPage)
    page.listen_type.set_value("none")
    graphics = apply(qtbot, window).devices.graphics[0]
    assert graphics.listen_type == "none" and graphics.listen_address is None and graphics.listen is None


def test_video_model_change(qtbot, devices_connection):
    window = open_details(qtbot, devices_connection, "devices")
    page = show(window, VideoPage)
    page.model.set_value("virtio")
    page.accel3d.setChecked(True)
    video = apply(qtbot, window).devices.videos[0]
    assert (video.model_type, video.model_vram, video.accel3d) == ("virtio", None, True)
    assert window.page(VideoPage).label() == "Video Virtio"


def test_sound_and_input_changes(qtbot, devices_connection):
    window = open_details(qtbot, devices_connection, "devices")
    show(window, SoundPage).model.set_value("ich9")
    assert apply(qtbot, window).devices.sounds[0].model == "ich9"
    tablet = show(window, InputPage, 0)
    tablet.bus.set_value("ps2")
    assert window.apply_current() is None and "USB or VirtIO" in tablet.note.text()
    tablet.bus.set_value("virtio")
    assert apply(qtbot, window).devices.inputs[0].bus == "virtio"


SHOTS = {"disk": ("win11-desktop", DiskPage, 0), "cdrom": ("win11-desktop", DiskPage, 1),
         "nic": ("win11-desktop", NicPage, 0), "graphics": ("win11-desktop", GraphicsPage, 0),
         "video": ("win11-desktop", VideoPage, 0), "sound": ("win11-desktop", SoundPage, 0),
         "input": ("win11-desktop", InputPage, 0)}


@pytest.mark.parametrize("name", SHOTS)
def test_screenshot(qtbot, demo_connection, name):
    vm, cls, index = SHOTS[name]
    window = open_details(qtbot, demo_connection, vm)
    window.resize(960, 640)
    page = show(window, cls, index)
    settle(qtbot)
    QApplication.processEvents()
    assert not page.is_dirty()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"details-{name}.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 10000

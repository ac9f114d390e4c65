"""The Add Hardware wizard and Remove hardware on a test-driver host written here (and screenshots on the demo
host): devices land in the persistent XML, volumes are created and deleted, bad input changes nothing."""

from __future__ import annotations

import re
from pathlib import Path

import libvirt
import pytest
from details_harness import open_connection, open_details
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from virtdesk import demo, xmlconf
from virtdesk.gui.add_hardware.details_buttons import install_hardware_buttons
from virtdesk.gui.add_hardware.forms.chardev import ChannelForm
from virtdesk.gui.add_hardware.forms.filesystem import FilesystemForm
from virtdesk.gui.add_hardware.forms.host_device import PciHostForm, UsbHostForm
from virtdesk.gui.add_hardware.forms.network import NetworkForm
from virtdesk.gui.add_hardware.forms.storage import StorageForm
from virtdesk.gui.add_hardware.forms.tpm import TpmForm
from virtdesk.gui.add_hardware.forms.watchdog import WatchdogForm
from virtdesk.gui.add_hardware.remove_dialog import RemoveHardwareDialog
from virtdesk.gui.add_hardware.wizard import AddHardwareDialog
from virtdesk.gui.details.page import DevicePage
from virtdesk.model import hardware
from virtdesk.xmlconf.schema import validate

pytestmark = pytest.mark.gui

IMAGES = "/var/lib/libvirt/images"
NS = "xmlns:test='http://libvirt.org/schemas/domain/test/1.0'"


def _domain(name: str, disks: str, running: bool = False, extra: str = "") -> str:
    return (f"<domain type='test'><name>{name}</name><memory unit='MiB'>512</memory><vcpu>1</vcpu>"
            "<os><type arch='x86_64' machine='pc-q35-8.0'>hvm</type></os><devices>" + disks + extra
            + "<interface type='network'><mac address='52:54:00:aa:bb:01'/><source network='default'/>"
            "<model type='virtio'/></interface>"
            "<input type='mouse' bus='ps2'/><input type='tablet' bus='usb'/>"
            "<graphics type='vnc' port='-1'/><video><model type='virtio'/></video></devices>"
            f"<test:runstate>{1 if running else 5}</test:runstate></domain>")


def _disk(path: str, target: str) -> str:
    return (f"<disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='{path}'/>"
            f"<target dev='{target}' bus='virtio'/></disk>")


def _volume(name: str) -> str:
    return (f"<volume type='file'><name>{name}</name><capacity unit='GiB'>1</capacity>"
            f"<target><path>{IMAGES}/{name}</path><format type='qcow2'/></target></volume>")


NODE_DEVICES = """
<device><name>pci_0000_41_00_0</name><driver><name>vfio-pci</name></driver>
  <capability type='pci'><class>0x030000</class><domain>0</domain><bus>65</bus><slot>0</slot><function>0</function>
  <product id='0x2684'>AD102 [GeForce RTX 4090]</product><vendor id='0x10de'>NVIDIA Corporation</vendor>
  <iommuGroup number='28'><address domain='0x0000' bus='0x41' slot='0x00' function='0x0'/>
  <address domain='0x0000' bus='0x41' slot='0x00' function='0x1'/></iommuGroup></capability></device>
<device><name>pci_0000_41_00_1</name>
  <capability type='pci'><class>0x040300</class><domain>0</domain><bus>65</bus><slot>0</slot><function>1</function>
  <product id='0x22ba'>AD102 High Definition Audio Controller</product><vendor id='0x10de'>NVIDIA Corporation</vendor>
  <iommuGroup number='28'><address domain='0x0000' bus='0x41' slot='0x00' function='0x0'/>
  <address domain='0x0000' bus='0x41' slot='0x00' function='0x1'/></iommuGroup></capability></device>
<device><name>usb_1_6</name>
  <capability type='usb_device'><bus>1</bus><device>5</device>
  <product id='0x0407'>YubiKey OTP+FIDO+CCID</product><vendor id='0x1050'>Yubico.com</vendor></capability></device>
"""


@pytest.fixture
def host(qtbot, tmp_path: Path):
    """A host with 'app' (shut off; disks on app.qcow2 and shared.qcow2), 'other' (uses shared.qcow2) and
    'live' (running); a default network and pool; USB and PCI node devices."""
    path = tmp_path / "host.xml"
    path.write_text(
        f"<node {NS}><cpu><nodes>1</nodes><sockets>1</sockets><cores>2</cores><threads>1</threads>"
        "<active>2</active><mhz>2000</mhz><model>x86_64</model></cpu><memory>8388608</memory>"
        + _domain("app", _disk(f"{IMAGES}/app.qcow2", "vda") + _disk(f"{IMAGES}/shared.qcow2", "vdb"))
        + _domain("other", _disk(f"{IMAGES}/shared.qcow2", "vda"))
        + _domain("live", _disk(f"{IMAGES}/live.qcow2", "vda"), running=True)
        + "<network><name>default</name><bridge name='virbr0'/><forward mode='nat'/>"
        "<ip address='192.168.122.1' netmask='255.255.255.0'/></network>"
        "<pool type='dir'><name>default</name><target><path>" + IMAGES + "</path></target>"
        + _volume("app.qcow2") + _volume("shared.qcow2") + _volume("live.qcow2") + "</pool>"
        + NODE_DEVICES + "</node>", encoding="utf-8")
    connection = open_connection(qtbot, "test://" + str(path))
    yield connection
    connection.shutdown()


@pytest.fixture
def raw(host):
    """A plain libvirt connection to the same test host, to check what the app did."""
    return host._session.conn


def saved(raw, name: str) -> xmlconf.Domain:
    return xmlconf.load(raw.lookupByName(name).XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))


def volume_names(raw) -> set[str]:
    return {v.name() for v in raw.storagePoolLookupByName("default").listAllVolumes()}


def open_wizard(qtbot, window) -> AddHardwareDialog:
    dialog = AddHardwareDialog(window.config, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.forms), timeout=10000)
    return dialog


def finish(qtbot, window, dialog: AddHardwareDialog) -> None:
    """Clicks Finish and waits until the device is saved and the window reloaded."""
    reloads: list[bool] = []
    window.config.loaded.connect(lambda: reloads.append(True))
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible() or (not dialog.busy and bool(dialog.message.text())),
                    timeout=10000)
    assert dialog.result() == AddHardwareDialog.DialogCode.Accepted, dialog.message.text()
    qtbot.waitUntil(lambda: bool(reloads), timeout=10000)


def refused(qtbot, dialog: AddHardwareDialog, raw, name: str) -> str:
    """Clicks Finish expecting a refusal: the dialog stays open, the VM's XML and the pool are unchanged."""
    before, volumes = saved(raw, name).canonical(), volume_names(raw)
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.message.text()), timeout=10000)
    assert dialog.isVisible()
    assert saved(raw, name).canonical() == before
    assert volume_names(raw) == volumes
    return dialog.message.text()


def test_add_a_new_qcow2_disk_creates_the_volume_with_a_fresh_target(qtbot, host, raw):
    window = open_details(qtbot, host, "app")
    dialog = open_wizard(qtbot, window)
    form = dialog.form(StorageForm)
    dialog.show_form(form)
    assert form.name_edit.text() == "app-1.qcow2"  # app.qcow2 is taken
    assert form.bus_combo.currentData() == "virtio"  # the VM uses virtio
    form.size_spin.setValue(3)
    finish(qtbot, window, dialog)
    assert "app-1.qcow2" in volume_names(raw)
    volume = raw.storagePoolLookupByName("default").storageVolLookupByName("app-1.qcow2")
    assert volume.info()[1] == 3 * 1024 ** 3
    disks = saved(raw, "app").devices.disks
    assert [d.target_dev for d in disks] == ["vda", "vdb", "vdc"]
    assert disks[2].source_file == f"{IMAGES}/app-1.qcow2" and disks[2].driver_type == "qcow2"


def test_add_a_cdrom_on_a_sata_bus(qtbot, host, raw):
    window = open_details(qtbot, host, "app")
    dialog = open_wizard(qtbot, window)
    form = dialog.form(StorageForm)
    form.device_combo.setCurrentIndex(form.device_combo.findData("cdrom"))
    assert form.existing_radio.isChecked() and not form.create_radio.isEnabled()
    assert form.bus_combo.currentData() == "sata"
    form.path_combo.setEditText("/srv/iso/debian.iso")
    finish(qtbot, window, dialog)
    cdrom = saved(raw, "app").devices.disks[2]
    assert (cdrom.device, cdrom.target_bus, cdrom.target_dev, cdrom.source_file, cdrom.readonly) == (
        "cdrom", "sata", "sda", "/srv/iso/debian.iso", True)


def test_add_a_nic_on_a_network(qtbot, host, raw):
    window = open_details(qtbot, host, "app")
    dialog = open_wizard(qtbot, window)
    form = dialog.form(NetworkForm)
    dialog.show_form(form)
    assert form.source_combo.currentText() == "default"
    mac = form.mac_edit.text()
    finish(qtbot, window, dialog)
    nic = saved(raw, "app").devices.interfaces[1]
    assert (nic.type, nic.source_network, nic.model_type, nic.mac_address) == ("network", "default", "virtio", mac)


def test_bad_input_is_refused_and_nothing_is_lost(qtbot, host, raw):
    window = open_details(qtbot, host, "app")
    dialog = open_wizard(qtbot, window)
    nic = dialog.form(NetworkForm)
    dialog.show_form(nic)
    nic.mac_edit.setText("52:54:00:AA:BB:01")
    assert "already has the MAC address" in refused(qtbot, dialog, raw, "app")
    nic.mac_edit.setText("52:54:00:zz:00:01")
    assert "is not a MAC address" in refused(qtbot, dialog, raw, "app")
    assert nic.mac_edit.text() == "52:54:00:zz:00:01"
    storage = dialog.form(StorageForm)
    dialog.show_form(storage)
    storage.size_spin.setValue(0)
    assert "more than zero" in refused(qtbot, dialog, raw, "app")
    storage.existing_radio.setChecked(True)
    storage.path_combo.setEditText("")
    assert "path" in refused(qtbot, dialog, raw, "app")
    storage.path_combo.setEditText("relative/disk.img")
    assert "absolute" in refused(qtbot, dialog, raw, "app")
    assert storage.path_combo.currentText() == "relative/disk.img"


def test_libvirts_refusal_is_shown_verbatim_and_the_new_image_taken_back(qtbot, host, raw):
    window = open_details(qtbot, host, "app")
    dialog = open_wizard(qtbot, window)
    form = dialog.form(StorageForm)
    form.name_edit.setText("newdisk.qcow2")
    raw.lookupByName("app").undefine()  # the VM vanishes behind the dialog's back: libvirt refuses
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not added" in dialog.message.text(), timeout=10000)
    assert "libvirt error code" in dialog.message.text()
    assert dialog.isVisible() and form.name_edit.text() == "newdisk.qcow2"
    qtbot.waitUntil(lambda: "newdisk.qcow2" not in volume_names(raw), timeout=10000)


def test_add_host_usb_and_pci_devices_from_the_node_devices(qtbot, host, raw):
    window = open_details(qtbot, host, "app")
    dialog = open_wizard(qtbot, window)
    usb = dialog.form(UsbHostForm)
    dialog.show_form(usb)
    assert usb.tree.topLevelItemCount() == 1
    assert usb.tree.topLevelItem(0).text(0) == "Yubico.com YubiKey OTP+FIDO+CCID"
    usb.select("usb_1_6")
    finish(qtbot, window, dialog)
    dialog = open_wizard(qtbot, window)
    pci = dialog.form(PciHostForm)
    dialog.show_form(pci)
    group = pci.tree.topLevelItem(0)
    assert group.text(0) == "IOMMU group 28" and group.childCount() == 2
    assert group.child(0).text(0) == "NVIDIA Corporation AD102 [GeForce RTX 4090]"
    pci.select("pci_0000_41_00_0")
    assert "IOMMU group 28 holds 2 devices" in pci.details.text()
    finish(qtbot, window, dialog)
    usb_dev, pci_dev = saved(raw, "app").devices.hostdevs
    assert (usb_dev.type, usb_dev.managed, usb_dev.source_vendor_id, usb_dev.source_product_id) == (
        "usb", True, 0x1050, 0x0407)
    assert (pci_dev.type, pci_dev.source_address.pci_text()) == ("pci", "0000:41:00.0")
    dialog = open_wizard(qtbot, window)
    dialog.show_form(dialog.form(PciHostForm))
    dialog.form(PciHostForm).select("pci_0000_41_00_0")
    assert "already has the PCI device 0000:41:00.0" in refused(qtbot, dialog, raw, "app")


def test_add_a_watchdog_and_a_tpm(qtbot, host, raw):
    window = open_details(qtbot, host, "app")
    dialog = open_wizard(qtbot, window)
    watchdog = dialog.form(WatchdogForm)
    dialog.show_form(watchdog)
    watchdog.action_combo.setCurrentIndex(watchdog.action_combo.findData("poweroff"))
    finish(qtbot, window, dialog)
    dialog = open_wizard(qtbot, window)
    dialog.show_form(dialog.form(TpmForm))
    finish(qtbot, window, dialog)
    config = saved(raw, "app")
    assert [(w.model, w.action) for w in config.devices.watchdogs] == [("i6300esb", "poweroff")]
    assert [(t.model, t.backend_type, t.backend_version) for t in config.devices.tpms] == [
        ("tpm-crb", "emulator", "2.0")]
    dialog = open_wizard(qtbot, window)
    dialog.show_form(dialog.form(TpmForm))
    assert "already has a TPM" in refused(qtbot, dialog, raw, "app")


def test_add_a_virtiofs_share_turns_shared_memory_on(qtbot, host, raw):
    window = open_details(qtbot, host, "app")
    dialog = open_wizard(qtbot, window)
    form = dialog.form(FilesystemForm)
    dialog.show_form(form)
    assert dialog.notice.isVisibleTo(dialog) and "shared memory on" in dialog.notice.text()
    form.target_edit.setText("share")
    assert "absolute path" in refused(qtbot, dialog, raw, "app")
    form.source_edit.setText("/srv/share")
    finish(qtbot, window, dialog)
    config = saved(raw, "app")
    fs = config.devices.filesystems[0]
    assert (fs.driver_type, fs.source_dir, fs.target_dir) == ("virtiofs", "/srv/share", "share")
    assert (config.memory_backing.source_type, config.memory_backing.access_mode) == ("memfd", "shared")
    dialog = open_wizard(qtbot, window)
    dialog.show_form(dialog.form(FilesystemForm))
    assert not dialog.notice.isVisibleTo(dialog)


def test_add_a_guest_agent_channel(qtbot, host, raw):
    window = open_details(qtbot, host, "app")
    dialog = open_wizard(qtbot, window)
    form = dialog.form(ChannelForm)
    dialog.show_form(form)
    finish(qtbot, window, dialog)
    channel = saved(raw, "app").devices.channels[0]
    assert channel.is_guest_agent() and channel.type == "unix"


def test_every_kind_builds_valid_xml_with_its_defaults(qtbot, host, raw):
    """Each form, untouched (plus the required inputs), gives a device libvirt's schema accepts."""
    window = open_details(qtbot, host, "app")
    dialog = open_wizard(qtbot, window)
    required = {FilesystemForm: lambda f: (f.source_edit.setText("/srv/x"), f.target_edit.setText("x")),
                UsbHostForm: lambda f: f.select("usb_1_6"), PciHostForm: lambda f: f.select("pci_0000_41_00_1")}
    assert len(dialog.forms) == dialog.kind_list.count() >= 20
    for form in dialog.forms:
        required.get(type(form), lambda f: None)(form)
        if type(form) is StorageForm:
            continue  # needs its volume created first (tested above)
        assert form.validate() == "", form.title()
        edited = hardware.with_device(window.config, form.build(), form.adjust)
        assert validate(edited) == [], form.title()


def test_on_a_running_vm_the_device_is_saved_and_waits_for_a_restart(qtbot, host, raw):
    """The test driver cannot hotplug: the live part fails, the persistent part stays, the user is told."""
    window = open_details(qtbot, host, "live")
    dialog = open_wizard(qtbot, window)
    dialog.show_form(dialog.form(WatchdogForm))
    finish(qtbot, window, dialog)
    assert len(saved(raw, "live").devices.watchdogs) == 1
    box = window.findChild(QMessageBox, "added-after-shutdown")
    assert box is not None and "takes effect after the next shutdown" in box.text()


# -- removing ----------------------------------------------------------------------------------------------
def show_device(window, list_name: str, index: int) -> None:
    page = next(s.page for s in window.slots if isinstance(s.page, DevicePage) and s.page.list_name == list_name
                and s.page.index == index)
    window.show_page(page)


def remove_current(qtbot, window, delete_image: bool | None) -> RemoveHardwareDialog:
    """Clicks Remove on the current device page; ``delete_image`` None: expect no deletion offer."""
    button = window.findChild(QPushButton, "remove-hardware")
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.findChildren(RemoveHardwareDialog)[-1]
    if delete_image is None:
        assert not dialog.delete_check.isVisibleTo(dialog)
    else:
        qtbot.waitUntil(lambda: dialog.delete_check.isVisibleTo(dialog), timeout=10000)
        assert not dialog.delete_check.isChecked()  # data is kept unless asked
        dialog.delete_check.setChecked(delete_image)
    return dialog


def test_remove_a_disk_keeping_its_image(qtbot, host, raw):
    window = open_details(qtbot, host, "app")
    install_hardware_buttons(window)
    show_device(window, "disks", 0)
    dialog = remove_current(qtbot, window, delete_image=False)
    assert dialog.question.text() == f"Remove VirtIO Disk vda ({IMAGES}/app.qcow2) from app?"
    with qtbot.waitSignal(dialog.finished_all, timeout=10000):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert [d.target_dev for d in saved(raw, "app").devices.disks] == ["vdb"]
    assert "app.qcow2" in volume_names(raw)


def test_remove_a_disk_deleting_its_image(qtbot, host, raw):
    window = open_details(qtbot, host, "app")
    install_hardware_buttons(window)
    show_device(window, "disks", 0)
    dialog = remove_current(qtbot, window, delete_image=True)
    with qtbot.waitSignal(dialog.finished_all, timeout=10000):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert [d.target_dev for d in saved(raw, "app").devices.disks] == ["vdb"]
    assert "app.qcow2" not in volume_names(raw)


def test_deleting_an_image_another_vm_uses_is_refused(qtbot, host, raw):
    window = open_details(qtbot, host, "app")
    install_hardware_buttons(window)
    show_device(window, "disks", 1)
    before = saved(raw, "app").canonical()
    dialog = remove_current(qtbot, window, delete_image=True)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10000)
    assert "is also used by other" in dialog.message.text()
    assert dialog.isVisible() and saved(raw, "app").canonical() == before
    assert "shared.qcow2" in volume_names(raw)


def test_remove_is_offered_only_for_removable_devices(qtbot, host, raw):
    window = open_details(qtbot, host, "app")
    install_hardware_buttons(window)
    button = window.findChild(QPushButton, "remove-hardware")
    assert not button.isEnabled()  # the overview page
    show_device(window, "inputs", 0)
    assert not button.isEnabled() and "PS/2" in button.toolTip()
    show_device(window, "videos", 0)
    assert not button.isEnabled()
    show_device(window, "inputs", 1)
    assert button.isEnabled()
    dialog = remove_current(qtbot, window, delete_image=None)
    assert dialog.question.text() == "Remove Input tablet (usb) from app?"
    with qtbot.waitSignal(dialog.finished_all, timeout=10000):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert [i.type for i in saved(raw, "app").devices.inputs] == ["mouse"]


def test_add_hardware_button_opens_the_wizard(qtbot, host):
    window = open_details(qtbot, host, "app")
    install_hardware_buttons(window)
    qtbot.mouseClick(window.findChild(QPushButton, "add-hardware"), Qt.MouseButton.LeftButton)
    dialog = window.findChild(AddHardwareDialog)
    qtbot.waitUntil(lambda: bool(dialog.forms), timeout=10000)
    assert dialog.isVisible() and dialog.kind_list.currentRow() == 0


# -- screenshots --------------------------------------------------------------------------------------------
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def kind_name(form: object) -> str:
    """'StorageForm' → 'storage', 'UsbHostForm' → 'usb-host'."""
    return re.sub(r"(?<!^)(?=[A-Z])", "-", type(form).__name__.removesuffix("Form")).lower()


def test_screenshots_of_every_kind_on_the_demo_host(qtbot):
    connection = open_connection(qtbot, demo.demo_uri())
    try:
        window = open_details(qtbot, connection, "db-primary")
        dialog = open_wizard(qtbot, window)
        dialog.resize(820, 560)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        for form in dialog.forms:
            dialog.show_form(form)
            if isinstance(form, PciHostForm):
                form.select("pci_0000_41_00_0")
            image = dialog.grab()
            assert image.width() == 820 and not image.isNull()
            assert image.save(str(SCREENSHOTS / f"add-hardware-{kind_name(form)}.png"))
        window.close()
    finally:
        connection.shutdown()

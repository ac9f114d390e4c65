"""The device pages for character devices, host devices, controllers and the platform devices (watchdog, RNG,
TPM, panic, filesystem, smartcard, redirdev, balloon, vsock, ...) on the demo host and on a test-driver VM that
holds one of every device kind (tests/gui/data/all-devices.xml)."""

from __future__ import annotations

from pathlib import Path

import pytest
from details_harness import open_connection, open_details
from testhosts import write_host

from virtdesk import xmlconf
from virtdesk.gui.details.pages.chardev import ChannelPage, ConsolePage, ParallelPage, SerialPage
from virtdesk.gui.details.pages.controller import ControllerPage
from virtdesk.gui.details.pages.fields_device import FieldsDevicePage
from virtdesk.gui.details.pages.filesystem import FilesystemPage
from virtdesk.gui.details.pages.hostdev import HostdevPage
from virtdesk.gui.details.pages.memballoon import MemballoonPage
from virtdesk.gui.details.pages.panic import PanicPage
from virtdesk.gui.details.pages.redirdev import RedirdevPage
from virtdesk.gui.details.pages.rng import RngPage
from virtdesk.gui.details.pages.smartcard import SmartcardPage
from virtdesk.gui.details.pages.tpm import TpmPage
from virtdesk.gui.details.pages.vsock import VsockPage
from virtdesk.gui.details.pages.watchdog import WatchdogPage
from virtdesk.gui.details.widgets.field_editors import ChoiceCombo, OptionalSpin
from virtdesk.model import worker

pytestmark = pytest.mark.gui

DATA = Path(__file__).parent / "data"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
# The kinds these pages cover; every one of them is in all-devices.xml.
MY_LISTS = ("serials", "parallels", "consoles", "channels", "hostdevs", "controllers", "watchdogs", "rngs", "tpms",
            "panics", "filesystems", "smartcards", "redirdevs", "memballoons", "vsocks", "shmems", "iommus", "hubs",
            "memory_devices", "leases", "audios")
NODE_DEVICES = """
<device><name>computer</name><capability type='system'><hardware><vendor>Test</vendor>
  <uuid>30373237-3132-4d32-3230-313233343536</uuid></hardware></capability>
</device>
<device><name>pci_0000_41_00_0</name><parent>computer</parent><driver><name>vfio-pci</name></driver>
  <capability type='pci'><class>0x030000</class><domain>0</domain><bus>65</bus><slot>0</slot><function>0</function>
    <product id='0x2684'>AD102 [GeForce RTX 4090]</product><vendor id='0x10de'>NVIDIA Corporation</vendor>
  </capability></device>
<device><name>usb_1_6</name><parent>computer</parent>
  <capability type='usb_device'><bus>1</bus><device>5</device>
    <product id='0x0407'>YubiKey OTP+FIDO+CCID</product><vendor id='0x1050'>Yubico.com</vendor>
  </capability></device>
"""


@pytest.fixture
def all_devices(qtbot, tmp_path):
    connection = open_connection(qtbot, write_host(tmp_path, (DATA / "all-devices.xml").read_text(), NODE_DEVICES))
    yield connection
    # an apply's define event can start one more reload of the window: let it finish before the workers stop
    qtbot.waitUntil(lambda: not worker._running, timeout=10000)
    connection.shutdown()


def my_slots(window):
    return [s for s in window.slots if isinstance(s.page, FieldsDevicePage)]


def apply(qtbot, window, page) -> xmlconf.Domain:
    """Applies the page's edits; returns the persistent config libvirt hands back afterwards."""
    window.show_page(page)
    assert window.apply_button.isEnabled(), f"{page.label()} is not dirty"
    with qtbot.waitSignal(window.config.loaded, timeout=10000):
        task = window.apply_current()
        assert task is not None, page.note.text()
    assert task.error is None, task.error
    return window.config.persistent


def choose(combo: ChoiceCombo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, (value, combo.values())
    combo.setCurrentIndex(index)


def test_all_devices_fixture_keeps_every_kind(qtbot, all_devices):
    window = open_details(qtbot, all_devices, "all-devices")
    config = window.config.persistent
    for name in MY_LISTS:
        assert len(getattr(config.devices, name)) >= 1, f"the test driver dropped {name}"
    shown = {type(s.page).__name__ for s in window.slots}
    assert "GenericDevicePage" not in shown or all(
        s.page.list_name not in MY_LISTS for s in window.slots if type(s.page).__name__ == "GenericDevicePage")


def test_every_page_loads_clean(qtbot, all_devices):
    connection = all_devices
    seen = set()
    for domain in list(connection.domains.values()):
        window = open_details(qtbot, connection, domain.name)
        for row, slot in enumerate(window.slots):
            if not isinstance(slot.page, FieldsDevicePage):
                continue
            window.page_list.setCurrentRow(row)
            page = slot.page
            seen.add(page.list_name)
            label = window.page_list.label(row)
            assert label and not label.startswith("Device "), label
            assert not slot.is_dirty(), f"{domain.name}: {label} is dirty right after loading"
            assert page.write(window.config.edit()) == [] or page.list_name == "memballoons"
            edited = window.config.edit()
            page.write(edited)
            assert edited.canonical() == window.config.persistent.canonical(), \
                f"{domain.name}: {label} changes the XML without any edit"
        window.close()
    assert seen == set(MY_LISTS)


def test_labels_identify_the_devices(qtbot, all_devices):
    window = open_details(qtbot, all_devices, "all-devices")
    qtbot.waitUntil(lambda: "NVIDIA" in window.page(HostdevPage, 0).label(), timeout=5000)
    labels = [window.page_list.label(r) for r in range(window.page_list.count())]
    for expected in ("Serial 1 (pty)", "Serial 2 (tcp)", "Parallel 1 (file)", "Console 1 (pty)",
                     "Channel org.qemu.guest_agent.0", "Channel com.redhat.spice.0",
                     "PCI 0000:41:00.0 NVIDIA Corporation AD102 [GeForce RTX 4090]",
                     "USB 1050:0407 Yubico.com YubiKey OTP+FIDO+CCID", "SCSI scsi_host0 0:0:0",
                     "Controller USB 0 (qemu-xhci)", "Controller SCSI 0 (virtio-scsi)",
                     "Controller PCI 1 (pcie-root-port)",
                     "Filesystem /srv/share → share", "Watchdog (i6300esb)", "TPM 2.0 (tpm-crb)", "RNG /dev/urandom",
                     "Memory balloon (virtio)", "vsock (CID 3)", "Panic notifier (isa)", "Smartcard (passthrough)",
                     "USB redirector 2 (tcp localhost:4000)", "Shared memory shmem0", "IOMMU (intel)"):
        assert expected in labels, (expected, labels)
    page = window.page(HostdevPage, 0)
    assert page.identity["product"].text() == "AD102 [GeForce RTX 4090]"
    assert page.identity["node"].text() == "pci_0000_41_00_0"
    assert window.page(HostdevPage, 1).identity["vendor"].text() == "Yubico.com"
    assert window.page(HostdevPage, 3).identity["vendor"].text() == "Not found on this host"


def test_watchdog_action_is_applied(qtbot, all_devices):
    window = open_details(qtbot, all_devices, "all-devices")
    page = window.page(WatchdogPage)
    choose(page.editors["action"], "poweroff")
    assert page.is_dirty()
    watchdog = apply(qtbot, window, page).devices.watchdogs[0]
    assert (watchdog.model, watchdog.action) == ("i6300esb", "poweroff")


def test_controller_model_is_applied_and_its_children_survive(qtbot, all_devices):
    window = open_details(qtbot, all_devices, "all-devices")
    scsi = next(p for p in (window.page(ControllerPage, i) for i in range(10)) if p and p._device.type == "scsi")
    assert "lsilogic" in scsi.editors["model"].values()
    choose(scsi.editors["model"], "lsilogic")
    controller = next(c for c in apply(qtbot, window, scsi).devices.controllers if c.type == "scsi")
    assert controller.model == "lsilogic" and controller.driver_queues == 2
    pci = next(p for p in (window.page(ControllerPage, i) for i in range(10)) if p and p._device.type == "pci")
    assert not pci.editors["model"].isEnabled()


def test_tpm_model_is_applied_and_the_backend_survives(qtbot, all_devices):
    window = open_details(qtbot, all_devices, "all-devices")
    page = window.page(TpmPage)
    assert not page.form.isRowVisible(page.editors["backend_device_path"])
    choose(page.editors["model"], "tpm-tis")
    tpm = apply(qtbot, window, page).devices.tpms[0]
    assert (tpm.model, tpm.backend_type, tpm.backend_version) == ("tpm-tis", "emulator", "2.0")


def test_filesystem_tag_and_readonly_are_applied(qtbot, all_devices):
    window = open_details(qtbot, all_devices, "all-devices")
    page = window.page(FilesystemPage, 1)
    assert page.editors["readonly"].isChecked()
    page.editors["target_dir"].setText("media")
    page.editors["target_dir"].textEdited.emit("media")
    page.editors["readonly"].setChecked(False)
    fs = apply(qtbot, window, page).devices.filesystems[1]
    assert (fs.target_dir, fs.readonly, fs.source_dir) == ("media", False, "/srv/data")
    assert (fs.driver_type, fs.accessmode) == ("path", "mapped")


def test_serial_type_change_writes_its_source_and_keeps_the_target(qtbot, all_devices):
    window = open_details(qtbot, all_devices, "all-devices")
    page = window.page(SerialPage, 0)
    assert not page.form.isRowVisible(page.editors["source_host"])
    choose(page.editors["type"], "tcp")
    assert page.form.isRowVisible(page.editors["source_host"])
    assert page.validate() == "Port: must be filled in." or "Port" in page.validate()
    page.editors["source_host"].setText("127.0.0.1")
    page.editors["source_service"].setText("4556")
    choose(page.editors["source_mode"], "bind")
    serial = apply(qtbot, window, page).devices.serials[0]
    assert (serial.type, serial.source_host, serial.source_service, serial.source_mode) == (
        "tcp", "127.0.0.1", "4556", "bind")
    assert (serial.target_type, serial.target_model_name) == ("isa-serial", "isa-serial")
    page = window.page(SerialPage, 1)  # and back: the tcp source no longer applies and goes
    choose(page.editors["type"], "unix")
    page.editors["source_path"].setText("/tmp/serial.sock")
    serial = apply(qtbot, window, page).devices.serials[1]
    assert (serial.type, serial.source_path, serial.source_host, serial.protocol_type) == (
        "unix", "/tmp/serial.sock", None, None)


def test_virtiofs_without_shared_memory_is_explained_and_enabled(qtbot, all_devices):
    window = open_details(qtbot, all_devices, "all-devices")
    assert window.config.persistent.memory_backing.access_mode is None
    loaded_virtiofs = window.page(FilesystemPage, 0)
    assert loaded_virtiofs.form.isRowVisible(loaded_virtiofs.shared_memory_note)
    assert "not shared" in loaded_virtiofs.shared_memory_note.text()
    assert not loaded_virtiofs.is_dirty()
    page = window.page(FilesystemPage, 1)
    assert not page.form.isRowVisible(page.shared_memory_note)
    choose(page.editors["driver_type"], "virtiofs")
    assert page.form.isRowVisible(page.shared_memory_note)
    assert page.enable_shared_memory.isChecked()
    assert not page.form.isRowVisible(page.editors["accessmode"])
    config = apply(qtbot, window, page)
    assert (config.memory_backing.access_mode, config.memory_backing.source_type) == ("shared", "memfd")
    fs = config.devices.filesystems[1]
    assert fs.driver_type == "virtiofs" and fs.accessmode in (None, "passthrough")
    page = window.page(FilesystemPage, 0)
    assert not page.form.isRowVisible(page.shared_memory_note)


def test_values_the_page_does_not_know_are_kept(qtbot):
    combo = ChoiceCombo([("a", "A")], none_text="Default")
    combo.set_value("zz-future-model")
    assert combo.value() == "zz-future-model" and combo.values() == [None, "a", "zz-future-model"]
    combo.set_value(None)
    assert combo.value() is None
    combo.set_value("a")
    changes = []
    combo.currentIndexChanged.connect(changes.append)
    combo.set_choices([("b", "B"), ("a", "A")])  # the host's list, arriving after the page was loaded
    assert combo.value() == "a" and not changes
    strict = ChoiceCombo([("a", "A")])
    strict.set_value(None)
    assert strict.value() is None
    spin = OptionalSpin(1, 10, "Off")
    spin.set_optional_value(0)
    assert spin.optional_value() == 0
    spin.set_optional_value(500)
    assert spin.optional_value() == 500
    spin.set_optional_value(None)
    assert spin.optional_value() is None


def test_memballoon_stats_period_is_a_live_change(qtbot, all_devices):
    window = open_details(qtbot, all_devices, "all-devices")
    page = window.page(MemballoonPage)
    page.editors["stats_period"].setValue(5)
    changes = page.write(window.config.edit())
    assert [c.description for c in changes] == ["Set the memory statistics period to 5 s"]
    assert not page.needs_restart
    balloon = apply(qtbot, window, page).devices.memballoons[0]
    assert (balloon.stats_period, balloon.autodeflate) == (5, True)


def test_vsock_cid_auto_drops_the_fixed_address(qtbot, all_devices):
    window = open_details(qtbot, all_devices, "all-devices")
    page = window.page(VsockPage)
    assert page.editors["cid_address"].optional_value() == 3
    page.editors["cid_auto"].setChecked(True)
    assert not page.form.isRowVisible(page.editors["cid_address"])
    vsock = apply(qtbot, window, page).devices.vsocks[0]
    assert (vsock.cid_auto, vsock.cid_address) == (True, None)


SHOTS = [("serial", SerialPage, 0), ("console", ConsolePage, 0), ("channel", ChannelPage, 0),
         ("parallel", ParallelPage, 0), ("hostdev", HostdevPage, 0), ("controller", ControllerPage, 0),
         ("watchdog", WatchdogPage, 0), ("rng", RngPage, 0), ("tpm", TpmPage, 0), ("panic", PanicPage, 0),
         ("filesystem", FilesystemPage, 0), ("smartcard", SmartcardPage, 0), ("redirdev", RedirdevPage, 1),
         ("memballoon", MemballoonPage, 0), ("vsock", VsockPage, 0)]


def test_screenshots(qtbot, all_devices):
    """One picture per page for the docs, at the documented window size."""
    window = open_details(qtbot, all_devices, "all-devices")
    window.resize(960, 640)
    qtbot.waitUntil(lambda: "NVIDIA" in window.page(HostdevPage, 0).identity["vendor"].text(), timeout=5000)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for name, cls, index in SHOTS:
        page = window.page(cls, index)
        assert page is not None, name
        window.show_page(page)
        qtbot.wait(10)
        assert window.grab().save(str(SCREENSHOTS / f"details-{name}.png"))


def test_a_change_to_a_running_vm_waits_for_the_next_shutdown(qtbot, tmp_path):
    xml = (DATA / "all-devices.xml").read_text().replace("<domain type='test'>", (
        "<domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>"), 1).replace(
        "</devices>", "</devices><test:runstate>1</test:runstate>", 1)
    connection = open_connection(qtbot, write_host(tmp_path, xml, NODE_DEVICES))
    try:
        window = open_details(qtbot, connection, "all-devices")
        assert window.config.active
        page = window.page(WatchdogPage)
        choose(page.editors["action"], "pause")
        apply(qtbot, window, page)
        page = window.page(WatchdogPage)
        assert page.note.isVisible() and "next shutdown" in page.note.text()
        balloon = window.page(MemballoonPage)
        balloon.editors["stats_period"].setValue(3)
        assert len(balloon.write(window.config.edit())) == 1 and not balloon.needs_restart
        balloon.editors["autodeflate"].setChecked(False)
        balloon.write(window.config.edit())
        assert balloon.needs_restart
        qtbot.waitUntil(lambda: not worker._running, timeout=10000)
    finally:
        connection.shutdown()

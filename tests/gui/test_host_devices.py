"""The Host Details Host Devices tab on the demo host and on a test-driver host written here: the tree (PCI by IOMMU
group with their mdev types, USB, SCSI, network, storage, mediated devices), each device's facts in plain words,
the VMs whose <hostdev> refers to it, the confirmation of detach/reattach/reset (Cancel changes nothing, going on
shows libvirt's answer), and the tree following node device lifecycle events."""

from __future__ import annotations

import uuid as uuidlib
from pathlib import Path

import pytest
from details_harness import open_connection, open_host_details
from pictures import save_picture
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication, QMessageBox
from testhosts import RUNNING, SHUTOFF

from virtdesk import xmlconf
from virtdesk.gui.host_details.device_facts import facts
from virtdesk.gui.host_details.device_tree_model import DeviceColumn, DeviceTreeModel
from virtdesk.gui.host_details.devices_page import DevicesPage
from virtdesk.model.device_users import map_users
from virtdesk.model.log import event_log

pytestmark = pytest.mark.gui
MDEV_UUID = "4b20d080-1b54-4048-85b3-a6a62d165c01"


def pci(name: str, bus: int, function: int, product: str, vendor: str, group: int | None, members: int = 1,
        extra: str = "", device_class: str = "0x030000") -> str:
    addresses = "".join(f"<address domain='0x0000' bus='0x{bus:02x}' slot='0x00' function='0x{f}'/>"
                        for f in range(members))
    iommu = f"<iommuGroup number='{group}'>{addresses}</iommuGroup>" if group is not None else ""
    return (f"<device><name>{name}</name><parent>computer</parent><capability type='pci'>"
            f"<class>{device_class}</class><domain>0</domain><bus>{bus}</bus><slot>0</slot>"
            f"<function>{function}</function><product id='0x1bb3'>{product}</product>"
            f"<vendor id='0x10de'>{vendor}</vendor>{extra}{iommu}</capability></device>")


MDEV_TYPES = ("<capability type='mdev_types'>"
              "<type id='nvidia-63'><name>GRID P4-1Q</name><deviceAPI>vfio-pci</deviceAPI>"
              "<availableInstances>7</availableInstances></type>"
              "<type id='nvidia-64'><name>GRID P4-2Q</name><deviceAPI>vfio-pci</deviceAPI>"
              "<availableInstances>2</availableInstances></type></capability>")
DEVICES = (
    "<device><name>computer</name><capability type='system'><product>Test Box 9000</product>"
    "<hardware><uuid>30373237-3132-4d32-3230-313233343536</uuid></hardware></capability></device>"
    + pci("pci_0000_05_00_0", 5, 0, "GP104GL [Tesla P4]", "NVIDIA Corporation", 30, 2, MDEV_TYPES)
    + pci("pci_0000_05_00_1", 5, 1, "GP104 Audio", "NVIDIA Corporation", 30, 2, device_class="0x040300")
    + pci("pci_0000_06_00_0", 6, 0, "I350 Gigabit", "Intel Corporation", None, device_class="0x020000")
    + f"<device><name>mdev_{MDEV_UUID.replace('-', '_')}</name><parent>pci_0000_05_00_0</parent>"
    f"<capability type='mdev'><type id='nvidia-63'/><uuid>{MDEV_UUID}</uuid><iommuGroup number='31'/>"
    "</capability></device>"
    + "".join(f"<device><name>usb_2_{n}</name><parent>computer</parent><capability type='usb_device'><bus>2</bus>"
              f"<device>{n}</device><product id='0x5583'>Ultra Fit</product><vendor id='0x0781'>SanDisk Corp.</vendor>"
              "</capability></device>" for n in (3, 4))
    + "<device><name>scsi_host11</name><parent>computer</parent><capability type='scsi_host'><host>11</host>"
    "<unique_id>11</unique_id><capability type='fc_host'><wwnn>2000000012341234</wwnn><wwpn>1000000012341234</wwpn>"
    "<fabric_wwn>2000000043214321</fabric_wwn></capability><capability type='vport_ops'><max_vports>127</max_vports>"
    "<vports>0</vports></capability></capability></device>"
    + "<device><name>scsi_2_0_0_0</name><parent>computer</parent><capability type='scsi'><host>2</host><bus>0</bus>"
    "<target>0</target><lun>0</lun><type>disk</type></capability></device>"
    + "<device><name>net_eth1_52_54_00_aa_bb_cc</name><parent>pci_0000_06_00_0</parent><capability type='net'>"
    "<interface>eth1</interface><address>52:54:00:aa:bb:cc</address><link speed='1000' state='up'/>"
    "<capability type='80203'/></capability></device>"
    + "<device><name>block_sdb_WD_1234</name><parent>scsi_2_0_0_0</parent><capability type='storage'>"
    "<block>/dev/sdb</block><drive_type>disk</drive_type><model>WDC WD40EFRX</model><serial>WD-1234</serial>"
    "<size>4000787030016</size></capability></device>"
)


def vm(name: str, devices: str, state: int = SHUTOFF) -> str:
    return (f"<domain type='test'><name>{name}</name><uuid>{uuidlib.uuid4()}</uuid><memory unit='MiB'>512</memory>"
            f"<vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os><devices>{devices}</devices>"
            f"<test:runstate>{state}</test:runstate></domain>")


def pci_hostdev(bus: int, function: int) -> str:
    return (f"<hostdev mode='subsystem' type='pci' managed='yes'><source><address domain='0x0000' bus='0x{bus:02x}' "
            f"slot='0x00' function='0x{function}'/></source></hostdev>")


VMS = (
    vm("gpu-vm", pci_hostdev(5, 0) + pci_hostdev(5, 1), RUNNING)
    + vm("vgpu-vm", f"<hostdev mode='subsystem' type='mdev' model='vfio-pci'><source><address uuid='{MDEV_UUID}'/>"
                    "</source></hostdev>")
    + vm("stick-by-id", "<hostdev mode='subsystem' type='usb'><source><vendor id='0x0781'/><product id='0x5583'/>"
                        "</source></hostdev>")
    + vm("stick-by-address", "<hostdev mode='subsystem' type='usb'><source><address bus='2' device='4'/></source>"
                             "</hostdev>")
    + vm("scsi-vm", "<hostdev mode='subsystem' type='scsi'><source><adapter name='scsi_host2'/>"
                    "<address bus='0' target='0' unit='0'/></source></hostdev>")
    + vm("sriov-vm", "<interface type='hostdev' managed='yes'><source><address type='pci' domain='0x0000' "
                     "bus='0x06' slot='0x00' function='0x0'/></source></interface>")
    + vm("plain-vm", "")
)


def write_device_host(directory: Path) -> str:
    path = directory / "device-host.xml"
    path.write_text("<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>" + VMS + DEVICES + "</node>",
                    encoding="utf-8")
    return "test://" + str(path.resolve())


@pytest.fixture
def device_host(qtbot, tmp_path):
    connection = open_connection(qtbot, write_device_host(tmp_path))
    yield connection
    connection.shutdown()


def open_page(qtbot, connection) -> DevicesPage:
    page = DevicesPage(connection)
    qtbot.addWidget(page)
    page.resize(1000, 650)
    page.show()
    qtbot.waitUntil(lambda: not page.loading, timeout=20000)
    return page


def tree(model: DeviceTreeModel, parent: QModelIndex | None = None) -> list:
    """The tree as nested [name, description, driver, [children]] lists."""
    parent = parent or QModelIndex()
    rows = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        rows.append([model.index(row, c, parent).data() for c in DeviceColumn] + [tree(model, index)])
    return rows


def names(rows: list) -> dict[str, list]:
    return {row[0]: row for row in rows}


def select(qtbot, page: DevicesPage, name: str) -> None:
    assert page.select_device(name), name
    qtbot.waitUntil(lambda: page.selected_device() is not None and page.selected_device().name == name, timeout=5000)


def shown(page: DevicesPage) -> dict[str, str]:
    return dict(page.shown_facts)


# -- the demo host ------------------------------------------------------------------------------------------------
def test_the_demo_hosts_devices_in_the_host_details_window(qtbot, demo_connection):
    window = open_host_details(qtbot, demo_connection, interval_ms=100)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[:2] == ["Overview", "Storage"]
    assert {"Host Devices", "Interfaces", "Secrets", "Network Filters"} <= set(titles)
    page = window.devices
    window.tabs.setCurrentWidget(page)
    top = names(tree(page.devices))
    assert list(top) == ["PCI devices", "USB devices", "SCSI devices", "Network interfaces", "Storage",
                         "Mediated devices", "Other devices"]
    groups = names(top["PCI devices"][3])
    assert list(groups) == ["IOMMU group 2", "IOMMU group 5", "IOMMU group 9", "IOMMU group 17", "IOMMU group 28"]
    assert [row[0] for row in groups["IOMMU group 2"][3][0][3]] == ["i915-GVTg_V5_4", "i915-GVTg_V5_8"]
    assert [row[0] for row in top["Mediated devices"][3]] == ["mdev_4b20d080_1b54_4048_85b3_a6a62d165c01"]
    gpu_group = groups["IOMMU group 28"]
    assert gpu_group[1] == "2 device(s)"
    assert [row[:2] for row in gpu_group[3]] == [
        ["pci_0000_41_00_0", "AD102 [GeForce RTX 4090] — NVIDIA Corporation"],
        ["pci_0000_41_00_1", "AD102 High Definition Audio Controller — NVIDIA Corporation"]]
    assert [row[0] for row in top["USB devices"][3]] == ["usb_1_4", "usb_1_6"]

    select(qtbot, page, "pci_0000_41_00_0")
    assert shown(page)["PCI address"] == "0000:41:00.0"
    assert shown(page)["Vendor"] == "NVIDIA Corporation (ID 10de)"
    assert shown(page)["Class"] == "Display controller (0x030000)"
    assert shown(page)["IOMMU group"] == "28, shared with 0000:41:00.1"
    assert "0000:41:00.0" in page.facts_label.text() and "IOMMU group" in page.facts_label.text()
    assert page.used_by_label.text() == "Used by: gpu-workstation"
    assert xmlconf.load(page.xml.text()).name == "pci_0000_41_00_0"
    assert page.xml.edit.isReadOnly()
    assert page.detach_button.isEnabled() and page.reset_button.isEnabled()
    select(qtbot, page, "usb_1_6")  # the YubiKey, given to gpu-workstation by vendor and product
    assert page.used_by_label.text() == "Used by: gpu-workstation"
    assert shown(page)["USB bus and device"] == "bus 1, device 5"
    assert not page.detach_button.isEnabled() and not page.reset_button.isEnabled()  # PCI only
    select(qtbot, page, "usb_1_4")
    assert page.used_by_label.text() == "No VM uses it."
    window.resize(1100, 700)
    save_picture(window, "host-details-devices")


# -- a host written here: every kind of device and of reference -------------------------------------------------
def test_tree_groups_pci_by_iommu_group_with_mdev_types_and_every_other_kind(qtbot, device_host):
    page = open_page(qtbot, device_host)
    top = names(tree(page.devices))
    assert list(top) == ["PCI devices", "USB devices", "SCSI devices", "Network interfaces", "Storage",
                         "Mediated devices", "Other devices"]
    assert top["PCI devices"][1] == "3 device(s)"
    groups = names(top["PCI devices"][3])
    assert list(groups) == ["IOMMU group 30", "No IOMMU group"]
    gpu, audio = groups["IOMMU group 30"][3]
    assert gpu[:2] == ["pci_0000_05_00_0", "GP104GL [Tesla P4] — NVIDIA Corporation"]
    assert [row[:2] for row in gpu[3]] == [["nvidia-63", "GRID P4-1Q (nvidia-63, vfio-pci): 7 more can be created"],
                                           ["nvidia-64", "GRID P4-2Q (nvidia-64, vfio-pci): 2 more can be created"]]
    assert audio[0] == "pci_0000_05_00_1" and not audio[3]
    assert [row[0] for row in groups["No IOMMU group"][3]] == ["pci_0000_06_00_0"]
    assert [row[:2] for row in top["Mediated devices"][3]] == [[f"mdev_{MDEV_UUID.replace('-', '_')}", "GRID P4-1Q"]]
    assert [row[:2] for row in top["SCSI devices"][3]] == [["scsi_2_0_0_0", "disk 2:0:0:0"],
                                                           ["scsi_host11", "SCSI host 11"]]
    assert [row[:2] for row in top["Network interfaces"][3]] == [["net_eth1_52_54_00_aa_bb_cc",
                                                                 "eth1 52:54:00:aa:bb:cc"]]
    assert [row[:2] for row in top["Storage"][3]] == [["block_sdb_WD_1234", "WDC WD40EFRX /dev/sdb"]]

    gpu_group = page.devices.index(0, 0, page.devices.index(0, 0))
    page.tree.setCurrentIndex(gpu_group)
    assert shown(page)["0000:05:00.0"] == "GP104GL [Tesla P4] — NVIDIA Corporation (no driver)"
    assert "every device in it is detached from the host" in shown(page)["Passthrough"]
    assert page.used_by_label.text() == "Used by: gpu-vm"
    assert not page.detach_button.isEnabled()
    page.tree.setCurrentIndex(page.devices.index(0, 0, page.devices.index(0, 0, gpu_group)))  # nvidia-63
    assert shown(page)["Instances that can still be created"] == "7"
    assert shown(page)["Offered by"] == "pci_0000_05_00_0"
    assert "<type id=\"nvidia-63\">" in page.xml.text().replace("'", '"')


@pytest.mark.parametrize(("device", "users", "fact", "value"), [
    ("pci_0000_05_00_0", "gpu-vm", "Mediated device types", "GRID P4-1Q (nvidia-63, vfio-pci): 7 more can be "
     "created; GRID P4-2Q (nvidia-64, vfio-pci): 2 more can be created"),
    ("pci_0000_05_00_1", "gpu-vm", "Class", "Multimedia controller (0x040300)"),
    ("pci_0000_06_00_0", "sriov-vm", "IOMMU group", "none (the host reports no IOMMU group for it)"),
    (f"mdev_{MDEV_UUID.replace('-', '_')}", "vgpu-vm", "Mediated device type",
     "GRID P4-1Q (nvidia-63, vfio-pci): 7 more can be created"),
    ("usb_2_3", "stick-by-id", "Vendor", "SanDisk Corp. (ID 0781)"),
    ("usb_2_4", "stick-by-address, stick-by-id", "Product", "Ultra Fit (ID 5583)"),
    ("scsi_2_0_0_0", "scsi-vm", "SCSI address", "host 2, bus 0, target 0, unit 0"),
    ("net_eth1_52_54_00_aa_bb_cc", None, "Link", "up, 1000 Mbit/s"),
    ("block_sdb_WD_1234", None, "Size", "3.6 TiB"),
    ("computer", None, "Product", "Test Box 9000"),
])
def test_details_and_used_by_of_each_kind(qtbot, device_host, device, users, fact, value):
    page = open_page(qtbot, device_host)
    select(qtbot, page, device)
    assert shown(page)[fact] == value
    assert page.used_by_label.text() == (f"Used by: {users}" if users else "No VM uses it.")
    assert page.device_title.text().startswith(f"<b>{device}</b>")


def test_used_by_follows_the_vms(qtbot, device_host):
    page = open_page(qtbot, device_host)
    select(qtbot, page, "usb_2_4")
    assert page.used_by_label.text() == "Used by: stick-by-address, stick-by-id"
    task = device_host.call(lambda conn: conn.lookupByName("stick-by-id").undefine())
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    qtbot.waitUntil(lambda: page.used_by_label.text() == "Used by: stick-by-address", timeout=10000)
    task = device_host.call(lambda conn: conn.defineXML(
        vm("late-vm", pci_hostdev(6, 0)).replace("<test:runstate>5</test:runstate>", "")))
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    select(qtbot, page, "pci_0000_06_00_0")
    qtbot.waitUntil(lambda: page.used_by_label.text() == "Used by: late-vm, sriov-vm", timeout=10000)


def test_hostdev_references_that_name_no_device_of_the_host_are_ignored():
    users = map_users([
        ("odd", "<domain><devices><hostdev type='usb'><source/></hostdev><hostdev type='scsi'><source>"
                "<adapter name='weird'/><address bus='0' target='0' unit='0'/></source></hostdev>"
                "<interface type='network'><source network='default'/></interface></devices></domain>"),
        ("broken", "<domain"),
        ("empty", ""),
    ])
    assert users.by_key == {}


# -- the actions -------------------------------------------------------------------------------------------------
def message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_detach_asks_first_naming_device_driver_users_and_group_and_cancel_changes_nothing(qtbot, device_host):
    page = open_page(qtbot, device_host)
    select(qtbot, page, "pci_0000_05_00_0")
    logged: list = []
    event_log().added.connect(logged.append)
    box = page.detach()
    assert box is not None and box.isVisible()
    assert box.windowTitle() == "Detach a Device from the Host"
    assert box.text() == (
        "Detach pci_0000_05_00_0 (GP104GL [Tesla P4] — NVIDIA Corporation) from its current driver, none? The host "
        "can no longer use the device until it is reattached. These VMs use it: gpu-vm. A VM can be given it only "
        "when the other devices of IOMMU group 30 (0000:05:00.1) are detached too.")
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    assert box.defaultButton() is cancel and box.escapeButton() is cancel
    assert [b.text() for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole] == \
        ["Detach"]
    cancel.click()
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5000)
    qtbot.wait(100)
    assert page.outcome_label.text() == "" and not page._running
    assert not logged  # no call went to the host

    box = page.detach()
    detach = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    detach.click()
    qtbot.waitUntil(lambda: page.outcome_label.text().startswith("Could not detach pci_0000_05_00_0: "), timeout=10000)
    text = page.outcome_label.text()
    assert "this function is not supported by the connection driver: virNodeDeviceDettach" in text
    assert "libvirt error code 3" in text and page.outcome_label.styleSheet() == "color: #b00020"
    assert not page._running and page.detach_button.isEnabled()
    assert [entry.message for entry in logged] == ["Detaching the device pci_0000_05_00_0 from the host"]
    assert page.selected_device().name == "pci_0000_05_00_0"  # the devices were read again; the selection stays
    assert not message_boxes()


@pytest.mark.parametrize(("ask", "title", "start", "failed"), [
    ("reattach", "Reattach a Device to the Host",
     "Reattach pci_0000_06_00_0 (I350 Gigabit — Intel Corporation) to the host? It leaves its current driver, none,",
     "Could not reattach pci_0000_06_00_0: "),
    ("reset", "Reset a Device",
     "Reset pci_0000_06_00_0 (I350 Gigabit — Intel Corporation, driver none)? The device is reset at once",
     "Could not reset pci_0000_06_00_0: "),
])
def test_reattach_and_reset_ask_first_too(qtbot, device_host, ask, title, start, failed):
    page = open_page(qtbot, device_host)
    select(qtbot, page, "pci_0000_06_00_0")
    box = getattr(page, ask)()
    assert box.windowTitle() == title and box.text().startswith(start)
    assert box.text().endswith("These VMs use it: sriov-vm.")
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()
    qtbot.waitUntil(lambda: page.outcome_label.text().startswith(failed), timeout=10000)
    assert "not supported" in page.outcome_label.text()


def test_drivers_in_plain_words_and_the_actions_they_allow():
    def device(driver: str) -> xmlconf.NodeDevice:
        document = xmlconf.load(pci("pci_0000_05_00_0", 5, 0, "GP104GL", "NVIDIA", 30).replace(
            "<parent>", f"<driver><name>{driver}</name></driver><parent>"))
        assert isinstance(document, xmlconf.NodeDevice)
        return document

    assert dict(facts(device("vfio-pci")))["Driver"] == \
        "vfio-pci (detached from the host: ready to be passed through to a VM)"
    assert dict(facts(device("nvidia")))["Driver"] == "nvidia (in use by the host)"
    model = DeviceTreeModel()
    model.set_devices([device("vfio-pci")])
    gpu = model.device_index("pci_0000_05_00_0")
    assert model.index(gpu.row(), DeviceColumn.DRIVER, gpu.parent()).data() == "vfio-pci"


# -- following the host -------------------------------------------------------------------------------------------
def test_the_tree_follows_node_device_lifecycle_events(qtbot, device_host):
    page = open_page(qtbot, device_host)
    select(qtbot, page, "usb_2_3")
    vhba = ("<device><parent>scsi_host11</parent><capability type='scsi_host'><capability type='fc_host'>"
            "<wwnn>2001001b32a9da4e</wwnn><wwpn>2101001b32a9da4e</wwpn></capability></capability></device>")
    task = device_host.call(lambda conn: conn.nodeDeviceCreateXML(vhba, 0).name())
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    created = task.result
    qtbot.waitUntil(lambda: page.devices.device_index(created).isValid(), timeout=10000)
    assert created in [row[0] for row in names(tree(page.devices))["SCSI devices"][3]]
    assert page.selected_device().name == "usb_2_3"  # rebuilt around the selection
    task = device_host.call(lambda conn: conn.nodeDeviceLookupByName(created).destroy())
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    qtbot.waitUntil(lambda: not page.devices.device_index(created).isValid(), timeout=10000)

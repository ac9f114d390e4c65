"""Add Hardware and Remove on a running TCG guest of the rig's session libvirtd: a new raw volume in a dir pool
and a user-mode NIC are hotplugged (seen in the live XML) and saved, then unplugged and removed again."""

from __future__ import annotations

import libvirt
import pytest
from details_harness import open_connection, open_details
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from virtdesk import xmlconf
from virtdesk.gui.add_hardware.details_buttons import install_hardware_buttons
from virtdesk.gui.add_hardware.forms.network import NetworkForm
from virtdesk.gui.add_hardware.forms.storage import StorageForm
from virtdesk.gui.add_hardware.remove_dialog import RemoveHardwareDialog
from virtdesk.gui.add_hardware.wizard import AddHardwareDialog
from virtdesk.gui.details.page import DevicePage
from virtdesk.model.domain_config import ApplyResult

pytestmark = pytest.mark.integration

BUS = "usb"  # usb-storage unplugs at once; a PCI disk waits for a guest OS (SeaBIOS never answers)


def live(dom: libvirt.virDomain) -> xmlconf.Domain:
    return xmlconf.load(dom.XMLDesc(0))


def saved(dom: libvirt.virDomain) -> xmlconf.Domain:
    return xmlconf.load(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))


def add(qtbot, window, choose) -> None:
    dialog = AddHardwareDialog(window.config, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.forms), timeout=20000)
    choose(dialog)
    reloads: list[bool] = []
    window.config.loaded.connect(lambda: reloads.append(True))
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible() or (not dialog.busy and bool(dialog.message.text())),
                    timeout=30000)
    assert dialog.result() == AddHardwareDialog.DialogCode.Accepted, dialog.message.text()
    qtbot.waitUntil(lambda: bool(reloads), timeout=20000)


def remove(qtbot, window, dom: libvirt.virDomain, list_name: str) -> ApplyResult:
    # Reloads triggered by the hotplug events can arrive out of order (reported to the lead): wait until the
    # window holds the daemon's current config, else the apply is rightly refused as a conflict.
    qtbot.waitUntil(lambda: window.config.persistent.canonical() == saved(dom).canonical(), timeout=20000)
    page = next(s.page for s in window.slots if isinstance(s.page, DevicePage) and s.page.list_name == list_name)
    window.show_page(page)
    qtbot.mouseClick(window.findChild(QPushButton, "remove-hardware"), Qt.MouseButton.LeftButton)
    dialog = window.findChildren(RemoveHardwareDialog)[-1]
    reloads: list[bool] = []
    window.config.loaded.connect(lambda: reloads.append(True))
    results: list[ApplyResult] = []
    dialog.removed.connect(results.append)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible() or (not dialog.busy and bool(dialog.message.text())),
                    timeout=30000)
    assert not dialog.message.text()
    qtbot.waitUntil(lambda: bool(reloads), timeout=20000)
    result = results[0]
    assert not result.live_failed and len(result.live_done) == 1
    return result


def test_hotplug_a_new_disk_and_a_user_nic_then_unplug_both(qtbot, session_conn, session_daemon, session_tmp,
                                                             tcg_guest):
    pool = session_conn.storagePoolDefineXML(xmlconf.build_pool(f"pool-{tcg_guest.name()}", "dir",
                                                                str(session_tmp)).to_xml())
    pool.create()
    connection = open_connection(qtbot, session_daemon.uri)
    try:
        window = open_details(qtbot, connection, tcg_guest.name())
        install_hardware_buttons(window)

        def new_disk(dialog: AddHardwareDialog) -> None:
            form = dialog.form(StorageForm)
            dialog.show_form(form)
            form.pool_combo.setCurrentIndex(form.pool_combo.findData(pool.name()))
            form.format_combo.setCurrentIndex(form.format_combo.findData("raw"))
            form.unit_combo.setCurrentText("MiB")
            form.size_spin.setValue(16)
            form.bus_combo.setCurrentIndex(form.bus_combo.findData(BUS))

        add(qtbot, window, new_disk)
        volume = pool.storageVolLookupByName(f"{tcg_guest.name()}.raw")
        assert volume.info()[1] == 16 * 1024 ** 2
        path = volume.path()
        assert [d.source_file for d in live(tcg_guest).devices.disks] == [path]
        assert [d.source_file for d in saved(tcg_guest).devices.disks] == [path]

        def user_nic(dialog: AddHardwareDialog) -> None:
            form = dialog.form(NetworkForm)
            dialog.show_form(form)
            form.type_combo.setCurrentIndex(form.type_combo.findData("user"))

        add(qtbot, window, user_nic)
        nics = live(tcg_guest).devices.interfaces
        assert [n.type for n in nics] == ["user"]
        assert [n.mac_address for n in saved(tcg_guest).devices.interfaces] == [nics[0].mac_address]

        remove(qtbot, window, tcg_guest, "disks")
        qtbot.waitUntil(lambda: not live(tcg_guest).devices.disks, timeout=20000)
        assert not saved(tcg_guest).devices.disks
        assert pool.storageVolLookupByName(f"{tcg_guest.name()}.raw").path() == path  # the image is kept
        remove(qtbot, window, tcg_guest, "interfaces")  # the unplug is asked for; SeaBIOS never completes a PCI one
        assert not saved(tcg_guest).devices.interfaces
        assert tcg_guest.isActive()
        window.close()
    finally:
        connection.shutdown()


def test_unplug_a_nic_from_a_running_linux_guest(qtbot, session_daemon, linux_guest):
    """A Linux guest completes the PCI unplug: the NIC leaves the live XML too."""
    dom, _console = linux_guest
    connection = open_connection(qtbot, session_daemon.uri)
    try:
        window = open_details(qtbot, connection, dom.name())
        install_hardware_buttons(window)
        assert [n.type for n in live(dom).devices.interfaces] == ["user"]
        remove(qtbot, window, dom, "interfaces")
        assert not saved(dom).devices.interfaces
        qtbot.waitUntil(lambda: not live(dom).devices.interfaces, timeout=30000)
        window.close()
    finally:
        connection.shutdown()

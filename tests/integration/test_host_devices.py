"""The Host Details Host Devices, Interfaces, Secrets and Network Filters tabs on the rig's real daemons: the host's
own devices with their drivers and a VM that names one in its <hostdev>, a detach that is cancelled (the device
keeps its driver) and actions on a device the host lacks (libvirt's message in the window); secrets with a value
shown only on request and a private one that libvirt will not give out; the daemon's interfaces; network filters
on the system daemon (the session daemon has none)."""

from __future__ import annotations

import contextlib
from pathlib import Path

import libvirt
import pytest
from details_harness import open_connection
from lxml import etree
from PySide6.QtWidgets import QMessageBox
from rig import guests

from virtdesk import xmlconf
from virtdesk.gui.host_details.device_facts import pci_address
from virtdesk.gui.host_details.devices_page import DevicesPage
from virtdesk.gui.host_details.host_objects_page import HostObjectsPage
from virtdesk.model import device_actions
from virtdesk.model.catalogue import Kind
from virtdesk.model.errors import describe
from virtdesk.model.log import event_log

pytestmark = pytest.mark.integration
MISSING = "pci_0000_99_1f_7"
SHIPPED_FILTERS = Path("/usr/share/libvirt/nwfilter")
SECRET_VALUE = b"s3cret passphrase"


def shown(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1000, 650)
    page.show()
    qtbot.waitUntil(lambda: not page.loading, timeout=30000)
    return page


def rows(page: HostObjectsPage) -> list[list[str]]:
    model = page.objects
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def destructive(box: QMessageBox):
    return next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)


# -- devices ---------------------------------------------------------------------------------------------------
def a_pci_device_with_a_driver(conn: libvirt.virConnect) -> xmlconf.NodeDevice:
    for device in conn.listAllDevices(libvirt.VIR_CONNECT_LIST_NODE_DEVICES_CAP_PCI_DEV):
        document = xmlconf.load(device.XMLDesc(0))
        if document.driver_name:
            return document
    pytest.skip("this machine has no PCI device with a host driver")


def test_the_hosts_devices_with_their_drivers_and_the_vm_that_names_one(qtbot, virtdesk_connection, session_conn):
    device = a_pci_device_with_a_driver(session_conn)
    cap = device.capability
    hostdev = (f"<hostdev mode='subsystem' type='pci' managed='yes'><source><address domain='{cap.domain or 0}' "
               f"bus='{cap.bus}' slot='{cap.slot}' function='{cap.function}'/></source></hostdev>")
    name = guests.unique_name("hd")
    session_conn.defineXML(guests.tcg_guest_xml(name).replace("<devices>", "<devices>" + hostdev))  # never started
    page = shown(qtbot, DevicesPage(virtdesk_connection))
    for listed in session_conn.listAllDevices():
        assert page.devices.device_index(listed.name()).isValid(), listed.name()
    assert page.select_device(device.name)
    index = page.tree.currentIndex()
    assert page.devices.index(index.row(), 2, index.parent()).data() == device.driver_name
    facts = dict(page.shown_facts)
    assert facts["PCI address"] == pci_address(cap)
    if device.driver_name not in device_actions.PASSTHROUGH_DRIVERS:
        assert facts["Driver"] == f"{device.driver_name} (in use by the host)"
        assert page.detach_button.isEnabled() and not page.reattach_button.isEnabled()
    group = index.parent().data()
    assert group == (f"IOMMU group {cap.iommu_group}" if cap.iommu_group is not None else "No IOMMU group")
    qtbot.waitUntil(lambda: page.used_by_label.text() == f"Used by: {name}", timeout=10000)

    box = page.detach()
    assert box.text().startswith(f"Detach {device.name} (") and f"from its current driver, {device.driver_name}?" \
        in box.text()
    assert "No VM uses it." not in box.text() and f"These VMs use it: {name}." in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.wait(300)
    assert page.outcome_label.text() == ""
    assert xmlconf.load(session_conn.nodeDeviceLookupByName(device.name).XMLDesc(0)).driver_name == \
        device.driver_name  # the host still drives it


@pytest.mark.parametrize("action", [device_actions.detach_device, device_actions.reattach_device,
                                    device_actions.reset_device], ids=["detach", "reattach", "reset"])
def test_an_action_on_a_device_the_host_lacks_fails_with_libvirts_message(qtbot, virtdesk_connection, action):
    task = action(virtdesk_connection, MISSING)
    qtbot.waitUntil(lambda: task.done, timeout=20000)
    assert describe(task.error) == (f"Node device not found: no node device with matching name '{MISSING}' "
                                    "(libvirt error code 53)")


def test_a_device_gone_since_the_list_was_read_shows_libvirts_message(qtbot, virtdesk_connection):
    page = shown(qtbot, DevicesPage(virtdesk_connection))
    gone = xmlconf.load(f"<device><name>{MISSING}</name><parent>computer</parent><capability type='pci'><domain>0"
                        "</domain><bus>153</bus><slot>31</slot><function>7</function></capability></device>")
    page.devices.set_devices([*page.feed.objects, gone])  # as listed a moment before it was unplugged
    assert page.select_device(MISSING)
    box = page.detach()
    destructive(box).click()
    qtbot.waitUntil(lambda: page.outcome_label.text().startswith(f"Could not detach {MISSING}: "), timeout=20000)
    assert f"no node device with matching name '{MISSING}'" in page.outcome_label.text()
    qtbot.waitUntil(lambda: not page.devices.device_index(MISSING).isValid(), timeout=20000)  # read again


# -- secrets -----------------------------------------------------------------------------------------------------
@pytest.fixture
def secrets(session_conn):
    defined: list[libvirt.virSecret] = []

    def define(xml: str, value: bytes | None = None) -> libvirt.virSecret:
        secret = session_conn.secretDefineXML(xml)
        defined.append(secret)
        if value is not None:
            secret.setValue(value)
        return secret

    yield define
    for secret in defined:
        with contextlib.suppress(libvirt.libvirtError):
            secret.undefine()


def test_secrets_with_a_value_shown_only_on_request(qtbot, virtdesk_connection, secrets, caplog):
    volume = f"/var/tmp/{guests.unique_name('vol')}.img"
    tls = guests.unique_name("tls")
    public = secrets(f"<secret ephemeral='no' private='no'><usage type='volume'><volume>{volume}</volume></usage>"
                     "</secret>", SECRET_VALUE)
    private = secrets(f"<secret ephemeral='no' private='yes'><usage type='tls'><name>{tls}</name></usage></secret>",
                      b"never shown")
    logged: list = []
    event_log().added.connect(logged.append)
    page = shown(qtbot, HostObjectsPage(virtdesk_connection, Kind.SECRETS))
    by_uuid = {row[2]: row for row in rows(page)}
    assert by_uuid[public.UUIDString()] == ["volume", volume, public.UUIDString(), "No", "No"]
    assert by_uuid[private.UUIDString()] == ["tls", tls, private.UUIDString(), "No", "Yes"]

    assert page.select(public.UUIDString())
    assert not page.value_field.isVisible() and "s3cret" not in page.xml.text()
    page.show_value_button.click()
    qtbot.waitUntil(page.value_field.isVisible, timeout=10000)
    assert page.value_field.text() == SECRET_VALUE.decode() and page.value_field.isReadOnly()
    assert page.show_value_button.text() == "Hide &Value"

    assert page.select(private.UUIDString())  # another selection hides the value again
    assert not page.value_field.isVisible() and page.value_field.text() == ""
    page.show_value_button.click()
    assert page.value_note.text() == "Reading the value of the secret…"
    qtbot.waitUntil(lambda: page.value_note.text() != "Reading the value of the secret…", timeout=10000)
    assert page.value_note.text() == ("The secret is private: libvirt never gives its value out (Invalid secret: "
                                      "secret is private (libvirt error code 65)).")
    assert not page.value_field.isVisible()

    assert page.select(public.UUIDString())
    page.show_value_button.click()
    qtbot.waitUntil(page.value_field.isVisible, timeout=10000)
    page.show_value_button.click()  # Hide Value
    assert not page.value_field.isVisible() and page.value_field.text() == ""
    everything_logged = " ".join(f"{e.message} {e.detail}" for e in logged) + caplog.text
    assert "s3cret" not in everything_logged and "never shown" not in everything_logged

    late = secrets(f"<secret ephemeral='yes' private='no'><usage type='tls'><name>{tls}-2</name></usage></secret>")
    qtbot.waitUntil(lambda: late.UUIDString() in [row[2] for row in rows(page)], timeout=10000)  # by its event
    assert next(row for row in rows(page) if row[2] == late.UUIDString())[3] == "Yes"
    assert page.selected().uuid == public.UUIDString()


# -- interfaces ----------------------------------------------------------------------------------------------------
def test_the_interfaces_the_daemon_reports(qtbot, virtdesk_connection, session_conn):
    expected = sorted([interface.name(), interface.MACString(), "Active" if interface.isActive() else "Inactive",
                       etree.fromstring(interface.XMLDesc(0).encode()).get("type")]
                      for interface in session_conn.listAllInterfaces())
    assert expected, "a Linux host has at least its loopback interface"
    page = shown(qtbot, HostObjectsPage(virtdesk_connection, Kind.INTERFACES))
    assert rows(page) == expected
    assert page.select(expected[-1][0])
    assert f"name='{expected[-1][0]}'" in page.xml.text()


# -- network filters -------------------------------------------------------------------------------------------------
@pytest.fixture
def system_connection(qtbot, system_daemon):
    connection = open_connection(qtbot, system_daemon.uri)
    yield connection
    connection.shutdown()


def test_network_filters_of_the_system_daemon(qtbot, system_daemon, system_connection):
    conn = libvirt.open(system_daemon.uri)
    defined: list[libvirt.virNWFilter] = []
    try:
        # the rig's daemon starts with an empty /etc/libvirt: give it the filters libvirt ships, as a package would
        present = {f.name() for f in conn.listAllNWFilters()}
        for path in sorted(SHIPPED_FILTERS.glob("*.xml")):
            if etree.parse(str(path)).getroot().get("name") not in present:
                defined.append(conn.nwfilterDefineXML(path.read_text()))
        expected = sorted([f.name(), f.UUIDString(), etree.fromstring(f.XMLDesc(0).encode()).get("chain", "")]
                          for f in conn.listAllNWFilters())
        assert "clean-traffic" in [row[0] for row in expected]
        page = shown(qtbot, HostObjectsPage(system_connection, Kind.NWFILTERS))
        assert rows(page) == expected
        assert next(row for row in rows(page) if row[0] == "clean-traffic")[2] == "root"
        assert page.select("clean-traffic")
        assert "<filterref filter='no-mac-spoofing'/>" in page.xml.text()

        name = guests.unique_name("flt")
        defined.append(conn.nwfilterDefineXML(f"<filter name='{name}' chain='ipv4'><rule action='drop' "
                                              "direction='in' priority='500'><ip protocol='udp'/></rule></filter>"))
        qtbot.wait(200)
        assert name not in [row[0] for row in rows(page)]  # filters send no events
        page.refresh_button.click()
        qtbot.waitUntil(lambda: name in [row[0] for row in rows(page)], timeout=10000)
        assert next(row for row in rows(page) if row[0] == name)[2] == "ipv4"
        assert page.selected().name == "clean-traffic"
    finally:
        for nwfilter in reversed(defined):
            with contextlib.suppress(libvirt.libvirtError):
                nwfilter.undefine()
        conn.close()

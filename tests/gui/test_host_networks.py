"""The Host Details Virtual Networks tab on the demo host and on a test-driver host the tests write with a network of
every mode: the list's columns, start/stop/autostart/delete (naming the VMs using a network), the saved definition
edited as XML with libvirt's answer on error, and DHCP leases where the driver does not report them."""

from __future__ import annotations

import uuid as uuidlib
from pathlib import Path

import pytest
from details_harness import open_connection, open_host_details
from pictures import save_picture
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from testhosts import RUNNING, SHUTOFF

from virtdesk.gui.host_details.add_network_wizard import AddNetworkWizard
from virtdesk.gui.host_details.network_list_model import NetworkColumn
from virtdesk.model.network_actions import NetworkKind, network_facts
from virtdesk.model.network_users import map_network_users

pytestmark = pytest.mark.gui
NOT_REPORTED = "DHCP leases: not reported by this host"

NETWORKS = {
    "lab": "<forward mode='nat'/><bridge name='virbr10'/><ip address='10.20.0.1' prefix='24'><dhcp>"
           "<range start='10.20.0.100' end='10.20.0.200'/></dhcp></ip><ip family='ipv6' address='fd00:20::1' "
           "prefix='64'><dhcp><range start='fd00:20::100' end='fd00:20::1ff'/></dhcp></ip>",
    "routed": "<forward mode='route' dev='eth1'/><bridge name='virbr11'/><ip address='10.30.0.1' "
              "netmask='255.255.255.0'/>",
    "isolated": "<bridge name='virbr12'/><ip address='10.40.0.1' prefix='24'><dhcp><range start='10.40.0.10' "
                "end='10.40.0.20'/><range start='10.40.0.30' end='10.40.0.40'/></dhcp></ip>",
    "open": "<forward mode='open'/><bridge name='virbr13'/><ip address='10.50.0.1' prefix='24'/>",
    "hostbr": "<forward mode='bridge'/><bridge name='br0'/>",
    "ovs": "<forward mode='bridge'/><bridge name='ovsbr0'/><virtualport type='openvswitch'/>",
    "mv-bridge": "<forward mode='bridge'><interface dev='eth2'/></forward>",
    "mv-vepa": "<forward mode='vepa'><interface dev='eth3'/></forward>",
    "mv-private": "<forward mode='private'><interface dev='eth4'/></forward>",
    "mv-pass": "<forward mode='passthrough'><interface dev='eth5'/></forward>",
    "sriov": "<forward mode='hostdev' managed='yes'><pf dev='eth6'/></forward>",
}
EXPECTED = {  # name: [kind, bridge or device, IPv4 subnet, IPv4 DHCP, IPv6 subnet, IPv6 DHCP, used by]
    "hostbr": ["Host bridge", "br0", "", "", "", "", ""],
    "isolated": ["Isolated", "virbr12", "10.40.0.1/24", "10.40.0.10 – 10.40.0.20, 10.40.0.30 – 10.40.0.40", "", "",
                 "db"],
    "lab": ["NAT", "virbr10", "10.20.0.1/24", "10.20.0.100 – 10.20.0.200", "fd00:20::1/64",
            "fd00:20::100 – fd00:20::1ff", "db, web"],
    "mv-bridge": ["Macvtap (bridge)", "eth2", "", "", "", "", ""],
    "mv-pass": ["Macvtap (passthrough)", "eth5", "", "", "", "", ""],
    "mv-private": ["Macvtap (private)", "eth4", "", "", "", "", ""],
    "mv-vepa": ["Macvtap (VEPA)", "eth3", "", "", "", "", ""],
    "open": ["Open", "virbr13", "10.50.0.1/24", "", "", "", ""],
    "ovs": ["Open vSwitch bridge", "ovsbr0", "", "", "", "", ""],
    "routed": ["Routed", "virbr11", "10.30.0.1/24", "", "", "", ""],
    "sriov": ["SR-IOV VF pool", "eth6", "", "", "", "", "batch"],
}


def network_vm(name: str, state: int, *networks: str) -> str:
    nics = "".join(f"<interface type='network'><source network='{net}'/></interface>" for net in networks)
    return (f"<domain type='test'><name>{name}</name><uuid>{uuidlib.uuid4()}</uuid><memory unit='MiB'>256</memory>"
            f"<vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os><devices>{nics}</devices>"
            f"<test:runstate>{state}</test:runstate></domain>")


def write_network_host(directory: Path) -> str:
    path = directory / "network-host.xml"
    networks = "".join(f"<network><name>{name}</name>{body}</network>" for name, body in NETWORKS.items())
    path.write_text(
        "<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>"
        "<cpu><nodes>1</nodes><sockets>1</sockets><cores>2</cores><threads>1</threads><active>2</active>"
        "<mhz>2000</mhz><model>x86_64</model></cpu><memory>4194304</memory>"
        + network_vm("web", RUNNING, "lab") + network_vm("db", SHUTOFF, "lab", "isolated", "lab")
        + network_vm("batch", SHUTOFF, "sriov") + networks + "</node>", encoding="utf-8")
    return "test://" + str(path.resolve())


@pytest.fixture
def network_host(qtbot, tmp_path):
    connection = open_connection(qtbot, write_network_host(tmp_path))
    yield connection
    connection.shutdown()


def open_page(qtbot, connection):
    window = open_host_details(qtbot, connection, "networks")
    return window, window.networks


def rows(page) -> dict[str, list[str]]:
    model = page.networks
    return {model.index(row, 0).data(): [model.index(row, column).data() for column in NetworkColumn][1:]
            for row in range(model.rowCount())}


def select(qtbot, page, name: str) -> None:
    assert page.select_network(name), name
    qtbot.waitUntil(lambda: not page.loading and page.xml.text() != "", timeout=10000)


def host_says(qtbot, connection, fn):
    task = connection.call(fn)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert task.error is None, task.error
    return task.result


# -- the model pieces -------------------------------------------------------------------------------------------
def test_kinds_and_users_from_the_xml():
    kinds = {name: network_facts(f"<network><name>{name}</name>{body}</network>").kind
             for name, body in NETWORKS.items()}
    assert set(kinds.values()) == set(NetworkKind)
    assert network_facts("<network><forward mode='nat'/><ip address='10.0.0.1' netmask='255.255.0.0'/></network>"
                         ).subnets[0].text == "10.0.0.1/16"
    future = network_facts("<network><forward mode='someday'/></network>")
    assert future.kind is None and future.kind_label == "someday"
    users = map_network_users([
        ("a", "<domain><devices><interface type='network'><source network='lab'/></interface>"
              "<interface type='bridge'><source bridge='lab'/></interface></devices></domain>"),
        ("b", "<domain><devices><interface type='network'><source network='lab'/></interface>"
              "<interface type='network'><source network='other'/></interface></devices></domain>"),
        ("broken", "<domain"), ("empty", ""),
    ])
    assert users == {"lab": ["a", "b"], "other": ["b"]}


# -- the demo host --------------------------------------------------------------------------------------------------
def test_networks_of_the_demo_host(qtbot, demo_connection):
    window, page = open_page(qtbot, demo_connection)
    assert window.tabs.tabText(window.tabs.indexOf(page)) == "Virtual Networks"
    shown = rows(page)
    assert list(shown) == ["default", "host-bridge", "isolated-lab", "macvtap-eno2", "ovs-trunk", "routed-dmz",
                           "sriov-x550"]
    assert shown["macvtap-eno2"][2:4] == ["Macvtap (bridge)", "eno2"]
    assert shown["sriov-x550"][2:4] == ["SR-IOV VF pool", "eno1"]
    assert shown["default"][:6] == ["Active", "Off", "NAT", "virbr0", "192.168.122.1/24",
                                    "192.168.122.2 – 192.168.122.254"]
    assert shown["routed-dmz"][2:8] == ["Routed", "virbr2", "172.16.20.1/24", "", "fd00:dead:beef:20::1/64", ""]
    assert shown["ovs-trunk"][2:4] == ["Open vSwitch bridge", "ovsbr0"]
    assert shown["host-bridge"][-1] == "backup-appliance, db-primary, db-replica, gpu-workstation"
    assert "k8s-node-1" in shown["ovs-trunk"][-1] and "router-vm" in shown["isolated-lab"][-1]
    select(qtbot, page, "default")
    assert page.leases_note.text() == NOT_REPORTED and page.leases.rowCount() == 0
    assert page._leases_timer.isActive() and page._leases_timer.interval() == 30_000  # a slow read while shown
    window.tabs.setCurrentWidget(window.storage)
    assert not page._leases_timer.isActive()
    window.tabs.setCurrentWidget(page)
    assert page._leases_timer.isActive()
    assert "<name>default</name>" in page.xml.text() and "192.168.122.11" in page.xml.text()
    assert page.stop_button.isEnabled() and not page.start_button.isEnabled() and page.delete_button.isEnabled()
    window.resize(1100, 700)
    save_picture(window, "host-details-networks")


# -- every mode -------------------------------------------------------------------------------------------------------
def test_the_list_shows_every_mode(qtbot, network_host):
    _window, page = open_page(qtbot, network_host)
    qtbot.waitUntil(lambda: rows(page)["lab"][-1] == "db, web", timeout=5000)
    shown = rows(page)
    assert {name: row[2:] for name, row in shown.items()} == EXPECTED
    assert all(row[:2] == ["Active", "Off"] for row in shown.values())
    tooltip = page.networks.index(page.networks.network_row("lab"), NetworkColumn.USED_BY).data(
        Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "db\nweb"
    select(qtbot, page, "mv-vepa")
    assert page.leases_note.text().startswith("libvirt runs no DHCP server on this network")
    assert not page.leases_refresh_button.isEnabled()


def test_stop_start_and_autostart(qtbot, network_host):
    _window, page = open_page(qtbot, network_host)
    select(qtbot, page, "lab")
    page.stop_button.click()
    qtbot.waitUntil(lambda: rows(page)["lab"][0] == "Inactive", timeout=10000)
    qtbot.waitUntil(lambda: page.outcome.label.text() == "Stopped lab.", timeout=10000)
    assert page.leases_note.text() == "The network is not active: start it to see its DHCP leases."
    assert page.start_button.isEnabled() and not page.stop_button.isEnabled()
    assert not host_says(qtbot, network_host, lambda conn: conn.networkLookupByName("lab").isActive())

    page.start_button.click()
    qtbot.waitUntil(lambda: page.outcome.label.text() == "Started lab.", timeout=10000)
    qtbot.waitUntil(lambda: rows(page)["lab"][0] == "Active", timeout=10000)
    qtbot.waitUntil(lambda: page.leases_note.text() == NOT_REPORTED, timeout=10000)

    page.autostart_check.click()
    qtbot.waitUntil(lambda: rows(page)["lab"][1] == "On", timeout=10000)
    assert page.outcome.label.text() == "lab now starts with the host." and page.autostart_check.isChecked()
    assert host_says(qtbot, network_host, lambda conn: conn.networkLookupByName("lab").autostart()) == 1
    page.autostart_check.click()
    qtbot.waitUntil(lambda: rows(page)["lab"][1] == "Off", timeout=10000)
    assert page.outcome.label.text() == "lab no longer starts with the host."


def test_a_failed_action_shows_libvirts_error(qtbot, network_host):
    _window, page = open_page(qtbot, network_host)
    select(qtbot, page, "open")
    host_says(qtbot, network_host, lambda conn: conn.networkLookupByName("open").destroy())
    qtbot.waitUntil(page.start_button.isEnabled, timeout=5000)
    page.catalogue.networks_changed.disconnect(page.networks.update)  # the window still believes it stopped
    host_says(qtbot, network_host, lambda conn: conn.networkLookupByName("open").create())  # started elsewhere
    page.start_button.click()
    qtbot.waitUntil(lambda: "Could not start open" in page.outcome.label.text(), timeout=10000)
    text = page.outcome.label.text()
    assert "Network 'open' is already running" in text and "libvirt error code 55" in text
    assert page.outcome.label.styleSheet() == "color: #b00020" and not page.outcome.busy("open")


# -- delete ---------------------------------------------------------------------------------------------------------
def test_delete_names_the_vms_using_the_network_and_defaults_to_cancel(qtbot, network_host):
    _window, page = open_page(qtbot, network_host)
    select(qtbot, page, "lab")
    box = page.delete_network()
    assert box.objectName() == "confirm-delete-network"
    assert "Delete the network lab?" in box.text()
    assert "These VMs use it and lose their network connection: db, web." in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: nothing is deleted
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5000)
    qtbot.wait(100)
    assert "lab" in rows(page) and host_says(qtbot, network_host, lambda conn: conn.networkLookupByName("lab").name())

    box = page.delete_network()
    delete = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    delete.click()
    qtbot.waitUntil(lambda: "lab" not in rows(page), timeout=10000)
    qtbot.waitUntil(lambda: page.outcome.label.text() == "Deleted lab.", timeout=10000)
    assert "lab" not in host_says(qtbot, network_host, lambda conn: [n.name() for n in conn.listAllNetworks()])

    select(qtbot, page, "open")
    box = page.delete_network()
    assert "No VM uses it." in box.text()
    box.reject()


# -- the XML ----------------------------------------------------------------------------------------------------------
def test_edited_xml_is_saved_and_libvirts_refusal_keeps_the_text(qtbot, network_host):
    _window, page = open_page(qtbot, network_host)
    page.details_tabs.setCurrentIndex(1)
    select(qtbot, page, "isolated")
    host_says(qtbot, network_host, lambda conn: conn.networkLookupByName("isolated").destroy())
    qtbot.waitUntil(lambda: rows(page)["isolated"][0] == "Inactive", timeout=5000)
    qtbot.waitUntil(lambda: page.xml_note.text() == "The saved definition.", timeout=5000)
    assert not page.xml_apply_button.isEnabled()

    page.xml.edit.setPlainText(page.xml.text().replace("10.40.0.20", "10.40.0.25"))
    assert page.xml_apply_button.isEnabled() and page.xml_revert_button.isEnabled()
    page.xml_apply_button.click()
    qtbot.waitUntil(lambda: page.outcome.label.text() == "Saved the definition of isolated.", timeout=10000)
    assert "10.40.0.25" in host_says(qtbot, network_host, lambda conn: conn.networkLookupByName("isolated").XMLDesc())
    qtbot.waitUntil(lambda: rows(page)["isolated"][5].startswith("10.40.0.10 – 10.40.0.25"), timeout=5000)
    assert not page.xml.is_edited()

    refused = page.xml.text().replace("</network>", "<bogus/></network>")
    page.xml.edit.setPlainText(refused)
    page.xml_apply_button.click()
    qtbot.waitUntil(lambda: page.xml.message.text().startswith("Not saved: "), timeout=10000)
    message = page.xml.message.text()
    assert "Element network has extra content: bogus" in message and "libvirt error code 92" in message
    assert page.xml.text() == refused and page.xml.is_edited()  # the text stays as typed
    host_says(qtbot, network_host, lambda conn: conn.networkDefineXML("<network><name>elsewhere</name></network>"))
    qtbot.waitUntil(lambda: "elsewhere" in rows(page), timeout=5000)  # the list is rebuilt; the edits stay
    assert page.selected_network().name == "isolated" and page.xml.text() == refused

    page.xml.edit.setPlainText("<network><name>isolated</name>")
    page.apply_xml()
    assert page.xml.message.text().startswith("Line 1, column ")
    page.xml.edit.setPlainText("<pool><name>isolated</name></pool>")
    page.apply_xml()
    assert page.xml.message.text() == "The XML must be a <network> document."
    page.xml.edit.setPlainText(refused.replace("<name>isolated</name>", "<name>renamed</name>"))
    page.apply_xml()
    assert page.xml.message.text() == "The network's name cannot be changed here: keep <name>isolated</name>."
    network_uuid = page.selected_network().uuid
    page.xml.edit.setPlainText(refused.replace(network_uuid, "9f5c6a4e-0000-4000-8000-000000000001"))
    page.apply_xml()
    assert page.xml.message.text() == f"The network's UUID cannot be changed here: keep <uuid>{network_uuid}</uuid>."
    assert "bogus" not in host_says(qtbot, network_host, lambda conn: conn.networkLookupByName("isolated").XMLDesc())

    page.xml_revert_button.click()
    qtbot.waitUntil(lambda: "10.40.0.25" in page.xml.text() and not page.xml.is_edited(), timeout=5000)

    without_uuid = "\n".join(line for line in page.xml.text().splitlines() if "<uuid>" not in line)
    page.xml.edit.setPlainText(without_uuid.replace("10.40.0.25", "10.40.0.26"))  # the network's own UUID is kept
    page.xml_apply_button.click()
    qtbot.waitUntil(lambda: "10.40.0.26" in host_says(
        qtbot, network_host, lambda conn: conn.networkLookupByName("isolated").XMLDesc()), timeout=10000)
    assert len(host_says(qtbot, network_host, lambda conn: conn.listAllNetworks())) == len(NETWORKS) + 1


def test_the_add_network_button_opens_the_wizard(qtbot, network_host):
    _window, page = open_page(qtbot, network_host)
    page.add_button.click()
    wizards = page.findChildren(AddNetworkWizard)
    assert len(wizards) == 1 and wizards[0].isVisible()
    assert wizards[0].kind_page.name_edit.text() == "network"
    wizards[0].reject()

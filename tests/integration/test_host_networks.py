"""Virtual networks on the rig's system-mode libvirtd, made, watched and deleted through the Host Details window:
a NAT and an isolated network from the Add Network wizard run (their bridges appear in the rig's network
namespace), the leases list is empty and says so, then shows the lease a DHCP client on the NAT bridge got from the
network's own dnsmasq; deleting the networks removes their bridges. An SR-IOV pool over a device with no virtual
functions fails to start: the wizard removes it again unless the user keeps it, also when its window goes away with
the question open."""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Iterator

import libvirt
import pytest
from details_harness import open_connection, open_host_details
from PySide6.QtWidgets import QMessageBox
from rig.events import ensure_event_loop
from rig.system_daemon import SystemDaemon

from virtdesk.gui.host_details.add_network_wizard import AddNetworkWizard
from virtdesk.gui.host_details.lease_table_model import LeaseColumn
from virtdesk.gui.host_details.network_list_model import NetworkColumn
from virtdesk.gui.host_details.networks_page import NetworksPage
from virtdesk.gui.host_details.window import HostDetailsWindow
from virtdesk.model.network_actions import NetworkKind

pytestmark = pytest.mark.integration
CLIENT_MAC = "52:54:00:aa:00:01"


def in_rig_netns(system_daemon: SystemDaemon, *command: str, timeout: float = 30) -> subprocess.CompletedProcess:
    return subprocess.run(["nsenter", "-t", str(system_daemon.pid), "-n", *command], capture_output=True, text=True,
                          timeout=timeout)


@pytest.fixture
def host(qtbot, system_daemon: SystemDaemon) -> Iterator:
    """A virtdesk Connection to the system daemon; the networks a test adds are removed after it."""
    ensure_event_loop()
    conn = libvirt.open(system_daemon.uri)
    before = {n.name() for n in conn.listAllNetworks()}
    connection = open_connection(qtbot, system_daemon.uri)
    yield connection
    connection.shutdown()
    for network in conn.listAllNetworks():
        if network.name() not in before:
            with contextlib.suppress(libvirt.libvirtError):
                if network.isActive():
                    network.destroy()
                network.undefine()
    conn.close()


def open_window(qtbot, connection) -> HostDetailsWindow:
    return open_host_details(qtbot, connection, "networks")


def libvirt_networks(qtbot, connection) -> dict[str, bool]:
    """The host's networks as libvirt lists them: name -> active (one removed while being listed left out)."""
    def listed(conn: libvirt.virConnect) -> dict[str, bool]:
        found = {}
        for network in conn.listAllNetworks():
            with contextlib.suppress(libvirt.libvirtError):
                found[network.name()] = bool(network.isActive())
        return found

    task = connection.call(listed)
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert task.error is None, task.error
    return task.result


def run_wizard(qtbot, page: NetworksPage, name: str, kind: NetworkKind, *, bridge: str = "", subnet: str = "",
               device: str = "") -> AddNetworkWizard:
    """Fills the wizard on its way to the summary and clicks Finish."""
    wizard = page.add_network()
    qtbot.waitUntil(lambda: "Reading" not in wizard.kind_page.interfaces_note.text(), timeout=10000)
    wizard.kind_page.name_edit.setText(name)
    wizard.kind_page.set_kind(kind)
    wizard.kind_page.bridge_combo.setEditText(bridge)
    wizard.kind_page.device_combo.setEditText(device)
    if subnet:
        wizard.ipv4_page.subnet_edit.setText(subnet)
    while wizard.currentId() != wizard.SUMMARY:
        assert wizard.currentPage().isComplete(), wizard.problems
        wizard.next()
    assert wizard.summary_page.isComplete(), wizard.summary_page.schema_label.text()
    wizard.button(wizard.WizardButton.FinishButton).click()
    return wizard


def shown(page: NetworksPage, name: str) -> list[str]:
    model = page.networks
    row = model.network_row(name)
    return [model.index(row, column).data() for column in NetworkColumn] if row >= 0 else []


def test_nat_and_isolated_networks_from_the_wizard_run_serve_leases_and_go(qtbot, host, system_daemon):
    window = open_window(qtbot, host)
    page = window.networks
    made = {"vd-nat": (NetworkKind.NAT, "vdnat1", "10.214.1.1/24"),
            "vd-isolated": (NetworkKind.ISOLATED, "vdiso2", "10.214.2.1/24")}
    for name, (kind, bridge, subnet) in made.items():
        with qtbot.waitSignal(run_wizard(qtbot, page, name, kind, bridge=bridge, subnet=subnet).created,
                              timeout=30000):
            pass
        assert libvirt_networks(qtbot, host)[name] is True
        link = in_rig_netns(system_daemon, "ip", "-o", "link", "show", bridge)
        assert link.returncode == 0 and f": {bridge}:" in link.stdout, link.stderr
        qtbot.waitUntil(lambda: shown(page, name)[:5] == [name, "Active", "Off", kind.label, bridge],  # noqa: B023
                        timeout=10000)
        assert shown(page, name)[NetworkColumn.IPV4] == subnet
        qtbot.waitUntil(lambda: page.selected_network() is not None and page.selected_network().name == name,  # noqa: B023
                        timeout=10000)
        qtbot.waitUntil(lambda: page.leases_note.text() == "No DHCP leases.", timeout=10000)
        assert page.leases.rowCount() == 0 and page.leases_note.styleSheet() == ""

    # a DHCP client on a veth port of the NAT bridge asks the network's dnsmasq for an address
    assert page.select_network("vd-nat")
    for command in (("ip", "link", "add", "vdlease0", "type", "veth", "peer", "name", "vdlease1"),
                    ("ip", "link", "set", "vdlease1", "address", CLIENT_MAC),
                    ("ip", "link", "set", "vdlease0", "master", "vdnat1", "up"),
                    ("ip", "link", "set", "vdlease1", "up")):
        assert in_rig_netns(system_daemon, *command).returncode == 0, command
    try:
        client = in_rig_netns(system_daemon, "busybox", "udhcpc", "-i", "vdlease1", "-n", "-q", "-f", "-s", "/bin/true",
                              "-t", "20", "-T", "1", "-x", "hostname:leaseguest", timeout=40)
        assert client.returncode == 0, client.stdout + client.stderr
    finally:
        in_rig_netns(system_daemon, "ip", "link", "del", "vdlease0")
    page.leases_refresh_button.click()
    qtbot.waitUntil(lambda: page.leases.rowCount() == 1, timeout=10000)
    lease = [page.leases.index(0, column).data() for column in LeaseColumn]
    assert lease[LeaseColumn.MAC] == CLIENT_MAC and lease[LeaseColumn.HOSTNAME] == "leaseguest"
    assert lease[LeaseColumn.IP].startswith("10.214.1.") and lease[LeaseColumn.IP].endswith("/24")
    assert lease[LeaseColumn.EXPIRY] not in ("", "Never") and page.leases_note.text() == "1 lease(s)"

    for name, (_kind, bridge, _subnet) in made.items():
        assert page.select_network(name)
        box = page.delete_network()
        assert "No VM uses it." in box.text()
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()
        qtbot.waitUntil(lambda: not shown(page, name), timeout=15000)  # noqa: B023
        assert name not in libvirt_networks(qtbot, host)
        assert in_rig_netns(system_daemon, "ip", "link", "show", bridge).returncode != 0  # the bridge went with it


def test_a_network_that_does_not_start_is_removed_unless_kept(qtbot, host):
    window = open_window(qtbot, host)
    page = window.networks
    wizard = run_wizard(qtbot, page, "vd-sriov-gone", NetworkKind.HOSTDEV, device="vdnopf0")
    qtbot.waitUntil(lambda: wizard.start_question is not None, timeout=30000)
    box = wizard.start_question
    assert "The network vd-sriov-gone is defined, but it did not start" in box.text()
    assert "No usable Vf's present on SRIOV PF vdnopf0" in box.text()
    assert box.defaultButton().text() == "Remove It"
    box.defaultButton().click()
    error = wizard.summary_page.error_label_widget
    qtbot.waitUntil(lambda: error.isVisible(), timeout=15000)
    assert error.text().startswith("Not created: the network did not start: ") and "vdnopf0" in error.text()
    assert wizard.isVisible() and wizard.kind_page.device_combo.currentText() == "vdnopf0"
    assert "vd-sriov-gone" not in libvirt_networks(qtbot, host)

    wizard.back()  # an SR-IOV pool has no address pages: the summary follows the first page
    wizard.kind_page.name_edit.setText("vd-sriov-kept")
    wizard.next()
    wizard.button(wizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.start_question is not None, timeout=30000)
    with qtbot.waitSignal(wizard.created, timeout=15000) as created:  # the wizard closes with the network kept
        next(b for b in wizard.start_question.buttons() if b.text() == "Keep It Defined").click()
    assert created.args == ["vd-sriov-kept"]
    assert libvirt_networks(qtbot, host)["vd-sriov-kept"] is False
    qtbot.waitUntil(lambda: shown(page, "vd-sriov-kept")[1:4] == ["Inactive", "Off", "SR-IOV VF pool"],
                    timeout=10000)

    wizard = run_wizard(qtbot, page, "vd-sriov-abandoned", NetworkKind.HOSTDEV, device="vdnopf0")
    qtbot.waitUntil(lambda: wizard.start_question is not None, timeout=30000)
    wizard.deleteLater()  # its window goes away with the question unanswered: the default, removed
    qtbot.waitUntil(lambda: "vd-sriov-abandoned" not in libvirt_networks(qtbot, host), timeout=15000)

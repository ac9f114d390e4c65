"""The Add Network wizard on a test-driver host the tests write (a NAT network on 192.168.122.0/24, an IPv6 one, a
host bridge br0 and a device eth0): each mode's XML passes libvirt's schema and its parser and the network starts,
every reason a field cannot be used is shown beside it and holds the wizard back, Finish defines and starts the
network, and libvirt's refusal keeps the wizard open with what was typed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from details_harness import open_connection
from lxml import etree
from testhosts import write_host as write_plain_host

from virtdesk.gui.host_details.add_network_wizard import AddNetworkWizard, AddressPage
from virtdesk.model.network_actions import NetworkKind
from virtdesk.xmlconf.schema import validate

pytestmark = pytest.mark.gui
MAC = "52:54:00:00:00:01"


def write_host(directory: Path) -> str:
    path = directory / "wizard-host.xml"
    path.write_text(
        "<node><cpu><nodes>1</nodes><sockets>1</sockets><cores>2</cores><threads>1</threads><active>2</active>"
        "<mhz>2000</mhz><model>x86_64</model></cpu><memory>4194304</memory>"
        "<network><name>default</name><forward mode='nat'/><bridge name='virbr0'/>"
        "<ip address='192.168.122.1' netmask='255.255.255.0'/></network>"
        "<network><name>v6net</name><bridge name='virbr5'/><ip family='ipv6' address='fd00:1::1' prefix='64'/>"
        "</network>"
        "<interface type='bridge' name='br0'><start mode='onboot'/><bridge><interface type='ethernet' name='eth1'/>"
        "</bridge></interface>"
        "<interface type='ethernet' name='eth0'><start mode='onboot'/><mac address='52:54:00:aa:bb:cc'/>"
        "</interface></node>", encoding="utf-8")
    return "test://" + str(path.resolve())


@pytest.fixture
def host(qtbot, tmp_path):
    connection = open_connection(qtbot, write_host(tmp_path))
    yield connection
    connection.shutdown()


@pytest.fixture
def wizard(qtbot, host) -> AddNetworkWizard:
    found = AddNetworkWizard(host)
    qtbot.addWidget(found)
    found.show()
    qtbot.waitUntil(lambda: bool(found.devices.bridges), timeout=10000)
    return found


def host_networks(qtbot, connection) -> dict[str, tuple[bool, bool]]:
    task = connection.call(lambda conn: {n.name(): (bool(n.isActive()), bool(n.autostart()))
                                         for n in conn.listAllNetworks()})
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    return task.result


def to_summary(wizard: AddNetworkWizard) -> list[int]:
    """Next until the summary; the pages passed through."""
    passed = [wizard.currentId()]
    while wizard.currentId() != wizard.SUMMARY:
        assert wizard.currentPage().isComplete(), wizard.problems
        wizard.next()
        passed.append(wizard.currentId())
    return passed


def summary_xml(wizard: AddNetworkWizard) -> etree._Element:
    return etree.fromstring(wizard.summary_page.xml_view.toPlainText().encode())


# -- each mode --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", list(NetworkKind), ids=lambda k: k.value)
def test_each_mode_makes_xml_libvirt_accepts_and_starts(qtbot, host, wizard, kind):
    page = wizard.kind_page
    page.name_edit.setText(f"new-{kind.value}")
    page.set_kind(kind)
    if kind is NetworkKind.OVS:
        page.vlan_edit.setText("10, 20")
        page.portgroups.set_rows([["office", "10", "yes"], ["lab", "", ""]])
    if kind.has_addresses:
        wizard.ipv4_page.hosts.set_rows([[MAC, "web", "192.168.100.10"]])
        wizard.ipv6_page.enable_check.setChecked(True)
        wizard.ipv6_page.hosts.set_rows([["00:03:00:01:52:54:00:12:34:56", "web", "fd00:100::10"]])
        wizard.dns_page.domain_edit.setText("lab.internal")
        wizard.dns_page.dns.set_rows([["gateway", "192.168.100.1"], ["gateway6", "fd00:100::1"]])
        wizard.dns_page.forwarders_edit.setText("9.9.9.9, 2620:fe::fe")
    passed = to_summary(wizard)
    expected_pages = [wizard.KIND, wizard.IPV4, wizard.IPV6, wizard.DNS, wizard.SUMMARY] if kind.has_addresses \
        else [wizard.KIND, wizard.SUMMARY]
    assert passed == expected_pages
    text = wizard.summary_page.xml_view.toPlainText()
    assert validate(text) == [] and wizard.summary_page.schema_label.text() == "libvirt's schema accepts this network."
    assert wizard.summary_page.isComplete()
    xml = summary_xml(wizard)
    assert xml.findtext("name") == f"new-{kind.value}"
    assert xml.xpath("string(forward/@mode)") == (kind.forward_mode or "")
    if kind.has_addresses:
        assert xml.xpath("ip[not(@family)]/dhcp/range/@start") == ["192.168.100.128"]
        assert xml.xpath("ip[not(@family)]/dhcp/host/@mac") == [MAC]
        assert xml.xpath("ip[@family='ipv6']/@address") == ["fd00:100::1"]
        assert xml.xpath("ip[@family='ipv6']/dhcp/host/@id") == ["00:03:00:01:52:54:00:12:34:56"]
        assert xml.xpath("dns/host/hostname/text()") == ["gateway", "gateway6"]
        assert xml.xpath("dns/forwarder/@addr") == ["9.9.9.9", "2620:fe::fe"]
        assert xml.xpath("string(domain/@name)") == "lab.internal"
    else:
        assert not xml.xpath("ip | dns | domain")
    if kind.uses_host_bridge:
        assert xml.xpath("string(bridge/@name)") == "br0"  # the host's bridge, offered first
    if kind.uses_device:
        assert xml.xpath("forward/interface/@dev") == ["eth0"]
    if kind is NetworkKind.HOSTDEV:
        assert xml.xpath("forward/pf/@dev") == ["eth0"] and xml.xpath("string(forward/@managed)") == "yes"
    if kind is NetworkKind.OVS:
        assert xml.xpath("string(virtualport/@type)") == "openvswitch"
        assert xml.xpath("vlan[@trunk='yes']/tag/@id") == ["10", "20"]
        assert xml.xpath("portgroup/@name") == ["office", "lab"] and xml.xpath("portgroup[@default='yes']/@name") == [
            "office"]
        assert xml.xpath("portgroup[@name='office']/vlan/tag/@id") == ["10"]
    with qtbot.waitSignal(wizard.created, timeout=10000):
        wizard.accept()
    assert host_networks(qtbot, host)[f"new-{kind.value}"] == (True, False)  # libvirt's own parser took it too


def test_a_host_that_lists_no_interfaces_takes_typed_names(qtbot, tmp_path):
    connection = open_connection(qtbot, write_plain_host(tmp_path))
    try:
        wizard = AddNetworkWizard(connection)
        qtbot.addWidget(wizard)
        wizard.show()
        note = wizard.kind_page.interfaces_note
        qtbot.waitUntil(lambda: "Reading" not in note.text(), timeout=10000)
        assert note.text() == "The host lists no interfaces: type the name."
        wizard.kind_page.set_kind(NetworkKind.BRIDGE)
        assert wizard.kind_page.bridge_combo.count() == 0 and wizard.problems == {
            "bridge": "Give the host bridge to connect to"}
        wizard.kind_page.bridge_combo.setEditText("br7")
        assert wizard.problems == {}
        to_summary(wizard)
        assert summary_xml(wizard).xpath("string(bridge/@name)") == "br7"
    finally:
        connection.shutdown()


def test_the_suggested_range_follows_the_subnet_until_it_is_edited(wizard):
    page: AddressPage = wizard.ipv4_page
    assert page.subnet_edit.text() == "192.168.100.1/24"  # 192.168.122.0/24 is the default network's
    assert page.ranges.rows() == [["192.168.100.128", "192.168.100.254"]]
    page.subnet_edit.setText("10.8.0.1/16")
    assert page.ranges.rows() == [["10.8.128.0", "10.8.255.254"]]
    page.ranges.set_rows([["10.8.0.10", "10.8.0.20"]])
    page.subnet_edit.setText("10.8.0.1/24")
    assert page.ranges.rows() == [["10.8.0.10", "10.8.0.20"]]
    wizard.ipv6_page.enable_check.setChecked(True)
    assert wizard.ipv6_page.subnet_edit.text() == "fd00:100::1/64"
    assert wizard.ipv6_page.ranges.rows() == [["fd00:100::100", "fd00:100::1ff"]]


# -- every reason a field is refused --------------------------------------------------------------------------------
def kind(chosen: NetworkKind, then: Callable[[AddNetworkWizard], None] = lambda w: None):
    def setup(wizard: AddNetworkWizard) -> None:
        wizard.kind_page.set_kind(chosen)
        then(wizard)
    return setup


def name(text: str):
    return lambda w: w.kind_page.name_edit.setText(text)


def bridge(text: str):
    return lambda w: w.kind_page.bridge_combo.setEditText(text)


def device(text: str):
    return lambda w: w.kind_page.device_combo.setEditText(text)


def portgroups(*rows: list[str]):
    return kind(NetworkKind.OVS, lambda w: w.kind_page.portgroups.set_rows(rows))


def subnet(text: str, version: int = 4):
    def setup(wizard: AddNetworkWizard) -> None:
        page = wizard.ipv4_page if version == 4 else wizard.ipv6_page
        page.enable_check.setChecked(True)
        page.subnet_edit.setText(text)
    return setup


def ranges(*rows: list[str]):
    return lambda w: w.ipv4_page.ranges.set_rows(rows)


def hosts(*rows: list[str], version: int = 4):
    def setup(wizard: AddNetworkWizard) -> None:
        page = wizard.ipv4_page if version == 4 else wizard.ipv6_page
        page.enable_check.setChecked(True)
        page.hosts.set_rows(rows)
    return setup


def both(*setups: Callable[[AddNetworkWizard], None]):
    def setup(wizard: AddNetworkWizard) -> None:
        for one in setups:
            one(wizard)
    return setup


V4_EXAMPLE = "as in 192.168.100.1/24"
REFUSED = [
    ("name-empty", name(""), "name", "Give the network a name"),
    ("name-chars", name("my net"), "name",
     "Use letters, digits and . _ + - only (starting with a letter, digit or _), at most 64"),
    ("name-taken", name("default"), "name", "The host already has a network named default"),
    ("bridge-taken", bridge("virbr0"), "bridge", "The network default already makes the bridge virbr0"),
    ("bridge-interface", bridge("eth0"), "bridge", "The host already has an interface named eth0"),
    ("bridge-name", bridge("bridge-name-too-long"), "bridge",
     "bridge-name-too-long is not an interface name (at most 15 letters, digits and . _ : -)"),
    ("host-bridge-missing", kind(NetworkKind.BRIDGE, bridge("")), "bridge", "Give the host bridge to connect to"),
    ("ovs-bridge-name", kind(NetworkKind.OVS, bridge("ovs br")), "bridge",
     "ovs br is not an interface name (at most 15 letters, digits and . _ : -)"),
    ("macvtap-device-missing", kind(NetworkKind.VEPA, device("")), "device",
     "Give the host device the guests attach to"),
    ("pf-missing", kind(NetworkKind.HOSTDEV, device("")), "device", "Give the SR-IOV physical function (PF) device"),
    ("forward-device-name", device("eth 0"), "device",
     "eth 0 is not an interface name (at most 15 letters, digits and . _ : -)"),
    ("vlan-tag", kind(NetworkKind.OVS, lambda w: w.kind_page.vlan_edit.setText("10, 5000")), "vlan_tags",
     "5000 is not a VLAN tag (a whole number from 0 to 4095)"),
    ("vlan-twice", kind(NetworkKind.OVS, lambda w: w.kind_page.vlan_edit.setText("10 10")), "vlan_tags",
     "A VLAN tag is given twice"),
    ("portgroup-no-name", portgroups(["", "10", ""]), "portgroups", "Port group 1: give it a name"),
    ("portgroup-name", portgroups(["a b", "", ""]), "portgroups",
     "Port group 1: use letters, digits and . _ - : only in its name"),
    ("portgroup-name-plus", portgroups(["0+", "", ""]), "portgroups",  # libvirt's schema refuses "+" there
     "Port group 1: use letters, digits and . _ - : only in its name"),
    ("portgroup-twice", portgroups(["a", "", ""], ["a", "", ""]), "portgroups",
     "Port group 2: a is also the name of port group 1"),
    ("portgroup-tag", portgroups(["a", "x", ""]), "portgroups",
     "Port group 1: x is not a VLAN tag (a whole number from 0 to 4095)"),
    ("portgroup-defaults", portgroups(["a", "", "yes"], ["b", "", "yes"]), "portgroups",
     "Only one port group can be the default"),
    ("subnet-empty", subnet(""), "ipv4.subnet",
     f"Give the subnet as the host's address and prefix length, {V4_EXAMPLE}"),
    ("subnet-no-prefix", subnet("192.168.100.1"), "ipv4.subnet", f"Give the prefix length too, {V4_EXAMPLE}"),
    ("subnet-not-an-address", subnet("192.168.300.1/24"), "ipv4.subnet",
     f"192.168.300.1/24 is not an IPv4 address with a prefix length, {V4_EXAMPLE}"),
    ("subnet-ipv6-as-ipv4", subnet("fd00::1/64"), "ipv4.subnet",
     f"fd00::1/64 is not an IPv4 address with a prefix length, {V4_EXAMPLE}"),
    ("subnet-too-small", subnet("10.0.0.1/31"), "ipv4.subnet",
     "The subnet 10.0.0.0/31 is too small: it has no room for guests"),
    ("subnet-own-address", subnet("10.0.0.0/24"), "ipv4.subnet",
     f"10.0.0.0 is the subnet's own address: give the host's address in it, {V4_EXAMPLE}"),
    ("subnet-broadcast", subnet("10.0.0.255/24"), "ipv4.subnet",
     f"10.0.0.255 is the subnet's broadcast address: give the host's address in it, {V4_EXAMPLE}"),
    ("subnet-overlap", subnet("192.168.0.1/16"), "ipv4.subnet",
     "192.168.0.0/16 overlaps 192.168.122.0/24, the subnet of the network default"),
    ("nat-needs-ipv4", lambda w: w.ipv4_page.enable_check.setChecked(False), "ipv4.subnet",
     "A NAT network needs an IPv4 subnet"),
    ("routed-needs-a-subnet", kind(NetworkKind.ROUTED, lambda w: w.ipv4_page.enable_check.setChecked(False)),
     "ipv4.subnet", "A routed network needs an IPv4 or IPv6 subnet"),
    ("range-incomplete", ranges(["192.168.100.10", ""]), "ipv4.ranges", "Range 1: give its first and last address"),
    ("range-not-an-address", ranges(["192.168.100.x", "192.168.100.20"]), "ipv4.ranges",
     "Range 1: 192.168.100.x is not an IPv4 address"),
    ("range-reversed", ranges(["192.168.100.50", "192.168.100.20"]), "ipv4.ranges",
     "Range 1: 192.168.100.20 comes before 192.168.100.50"),
    ("range-outside", ranges(["192.168.100.10", "192.168.101.20"]), "ipv4.ranges",
     "Range 1: 192.168.101.20 is not in the subnet 192.168.100.0/24"),
    ("range-broadcast", ranges(["192.168.100.10", "192.168.100.255"]), "ipv4.ranges",
     "Range 1: 192.168.100.255 is not a guest's address in 192.168.100.0/24"),
    ("range-starts-at-the-host", ranges(["192.168.100.1", "192.168.100.20"]), "ipv4.ranges",
     "Range 1: 192.168.100.1 is the host's own address in this subnet"),
    ("range-holds-the-host", both(subnet("192.168.100.50/24"), ranges(["192.168.100.10", "192.168.100.90"])),
     "ipv4.ranges", "Range 1: it holds the host's own address 192.168.100.50"),
    ("ranges-overlap", ranges(["192.168.100.10", "192.168.100.20"], ["192.168.100.15", "192.168.100.30"]),
     "ipv4.ranges", "Range 2: it overlaps range 1"),
    ("host-mac-missing", hosts(["", "web", "192.168.100.10"]), "ipv4.hosts", "Host 1: give the guest's MAC address"),
    ("host-mac", hosts(["52:54:00:12:34", "web", "192.168.100.10"]), "ipv4.hosts",
     "Host 1: 52:54:00:12:34 is not a MAC address (six pairs of hex digits, as in 52:54:00:12:34:56)"),
    ("host-mac-multicast", hosts(["01:00:5e:00:00:01", "web", "192.168.100.10"]), "ipv4.hosts",
     "Host 1: 01:00:5e:00:00:01 is a multicast address, which no guest can have"),
    ("host-name", hosts([MAC, "web_1", "192.168.100.10"]), "ipv4.hosts",
     "Host 1: web_1 is not a host name (letters, digits and hyphens)"),
    ("host-ip-missing", hosts([MAC, "web", ""]), "ipv4.hosts", "Host 1: give the address it gets"),
    ("host-ip-family", hosts([MAC, "web", "fd00::10"]), "ipv4.hosts", "Host 1: fd00::10 is not an IPv4 address"),
    ("host-ip-outside", hosts([MAC, "web", "10.0.0.5"]), "ipv4.hosts",
     "Host 1: 10.0.0.5 is not in the subnet 192.168.100.0/24"),
    ("host-ip-of-the-host", hosts([MAC, "web", "192.168.100.1"]), "ipv4.hosts",
     "Host 1: 192.168.100.1 is the host's own address in this subnet"),
    ("host-ip-in-a-range", hosts([MAC, "web", "192.168.100.200"]), "ipv4.hosts",
     "Host 1: 192.168.100.200 lies in DHCP range 1: give an address outside the ranges"),
    ("host-ip-twice", hosts([MAC, "a", "192.168.100.10"], ["52:54:00:00:00:02", "b", "192.168.100.10"]),
     "ipv4.hosts", "Host 2: 192.168.100.10 is also the address of host 1"),
    ("host-mac-twice", hosts([MAC, "a", "192.168.100.10"], [MAC, "b", "192.168.100.11"]), "ipv4.hosts",
     f"Host 2: {MAC} is also given to host 1"),
    ("host-name-twice", hosts([MAC, "web", "192.168.100.10"], ["52:54:00:00:00:02", "Web", "192.168.100.11"]),
     "ipv4.hosts", "Host 2: web is also the name of host 1"),
    ("ipv6-subnet-family", subnet("192.168.1.1/24", 6), "ipv6.subnet",
     "192.168.1.1/24 is not an IPv6 address with a prefix length, as in fd00:100::1/64"),
    ("ipv6-subnet-overlap", subnet("fd00:1::1/48", 6), "ipv6.subnet",
     "fd00:1::/48 overlaps fd00:1::/64, the subnet of the network v6net"),
    ("ipv6-host-unnamed", hosts(["", "", "fd00:100::10"], version=6), "ipv6.hosts",
     "Host 1: give the guest's name or DHCP unique id"),
    ("ipv6-host-duid", hosts(["zz:01", "", "fd00:100::10"], version=6), "ipv6.hosts",
     "Host 1: zz:01 is not a DHCP unique id (DUID), such as 00:03:00:01:52:54:00:12:34:56"),
    ("domain", lambda w: w.dns_page.domain_edit.setText("lab..internal"), "domain",
     "lab..internal is not a DNS domain (labels of letters, digits and hyphens separated by dots)"),
    ("dns-entry-incomplete", lambda w: w.dns_page.dns.set_rows([["gateway", ""]]), "dns_hosts",
     "Entry 1: give a host name and its address"),
    ("dns-entry-name", lambda w: w.dns_page.dns.set_rows([["-gw", "10.0.0.1"]]), "dns_hosts",
     "Entry 1: -gw is not a host name (letters, digits and hyphens)"),
    ("dns-entry-address", lambda w: w.dns_page.dns.set_rows([["gw", "10.0.0.300"]]), "dns_hosts",
     "Entry 1: 10.0.0.300 is not an IP address"),
    ("forwarder", lambda w: w.dns_page.forwarders_edit.setText("9.9.9.9, dns.example"), "forwarders",
     "dns.example is not an IP address"),
]


@pytest.mark.parametrize(("setup", "key", "message"), [pytest.param(*case[1:], id=case[0]) for case in REFUSED])
def test_every_refusal_is_shown_beside_its_field_and_holds_the_wizard(wizard, setup, key, message):
    assert wizard.problems == {}  # what the wizard suggests is valid
    setup(wizard)
    assert wizard.problems == {key: message}
    page = next(p for p in wizard.pages if key in p.error_labels)
    label = page.error_labels[key]
    assert label.text() == message and not label.isHidden() and label.styleSheet() == "color: #b00020"
    assert not page.isComplete()
    assert all(p.isComplete() for p in wizard.pages if p is not page and p is not wizard.summary_page)


def test_next_waits_for_a_valid_field_and_the_summary_for_every_page(qtbot, wizard):
    next_button = wizard.button(wizard.WizardButton.NextButton)
    wizard.kind_page.name_edit.setText("")
    assert not next_button.isEnabled() and wizard.kind_page.error_labels["name"].isVisible()
    wizard.kind_page.name_edit.setText("office")
    assert next_button.isEnabled() and not wizard.kind_page.error_labels["name"].isVisible()
    wizard.next()
    wizard.ipv4_page.ranges.set_rows([["192.168.100.50", "192.168.100.20"]])
    assert not next_button.isEnabled()
    wizard.ipv4_page.ranges.set_rows([["192.168.100.20", "192.168.100.50"]])
    to_summary(wizard)
    finish = wizard.button(wizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    wizard.back()
    wizard.back()
    wizard.back()
    wizard.ipv4_page.subnet_edit.setText("192.168.122.7/24")  # the default network's subnet
    assert wizard.currentId() == wizard.IPV4 and not next_button.isEnabled()


# -- finishing ------------------------------------------------------------------------------------------------------
def test_finish_defines_starts_and_autostarts_the_network(qtbot, host, wizard):
    wizard.kind_page.name_edit.setText("office")
    to_summary(wizard)
    wizard.summary_page.autostart_check.setChecked(True)
    with qtbot.waitSignal(wizard.created, timeout=10000) as created:
        wizard.button(wizard.WizardButton.FinishButton).click()
    assert created.args == ["office"]
    assert not wizard.isVisible()
    assert host_networks(qtbot, host)["office"] == (True, True)
    qtbot.waitUntil(lambda: "office" in {n.name for n in host.catalogue.networks.values()}, timeout=5000)


def test_the_new_network_is_selected_in_the_list(qtbot, host):
    from virtdesk.gui.host_details.networks_page import NetworksPage

    page = NetworksPage(host)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.loading, timeout=10000)
    wizard = page.add_network()
    qtbot.waitUntil(lambda: bool(wizard.devices.bridges), timeout=10000)
    wizard.kind_page.set_kind(NetworkKind.ISOLATED)
    to_summary(wizard)
    wizard.accept()
    qtbot.waitUntil(lambda: page.selected_network() is not None and page.selected_network().name == "network",
                    timeout=10000)
    assert page.outcome.label.text() == "Created network."


def test_libvirts_refusal_keeps_the_wizard_open_with_what_was_typed(qtbot, host, wizard):
    wizard.kind_page.name_edit.setText("taken-later")
    to_summary(wizard)
    host.catalogue.networks_changed.disconnect(wizard._host_changed)  # the wizard does not see the next network
    task = host.call(lambda conn: conn.networkDefineXML("<network><name>taken-later</name></network>"))
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    wizard.button(wizard.WizardButton.FinishButton).click()
    error = wizard.summary_page.error_label_widget
    qtbot.waitUntil(lambda: error.isVisible(), timeout=10000)
    assert error.text().startswith("Not created: ") and "network 'taken-later' already exists" in error.text()
    assert "libvirt error code" in error.text()
    assert wizard.isVisible() and wizard.currentId() == wizard.SUMMARY and not wizard.busy
    assert wizard.kind_page.name_edit.text() == "taken-later"
    assert wizard.button(wizard.WizardButton.FinishButton).isEnabled()
    assert host_networks(qtbot, host)["taken-later"] == (False, False)  # only the one made elsewhere


def test_cancel_is_refused_while_the_network_is_being_made(qtbot, host, wizard):
    to_summary(wizard)
    wizard.accept()
    assert wizard.busy and not wizard.button(wizard.WizardButton.CancelButton).isEnabled()
    wizard.reject()
    assert wizard.isVisible()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10000)

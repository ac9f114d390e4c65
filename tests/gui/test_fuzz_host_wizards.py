"""Bad input typed into the Host Details windows (issue 17): every field of the Add Network wizard, the Add Pool
wizard and the volume dialogs fed hostile, near-valid and valid text through its real widget. Each input is
either accepted, and then the XML the window would define passes libvirt's schema, or refused with the reason
beside the field and the window held back (Next or the action button disabled, a click on it doing nothing); no
exception escapes, and the host's definitions are the same after every test."""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from fuzz_harness import (
    FieldCase,
    Verdicts,
    assert_schema_valid,
    click,
    dns_name,
    field_inputs,
    fuzz,
    joined,
    number_text,
    shown,
    type_into,
    type_number,
    unchanged_host,
)
from hypothesis import strategies as st
from PySide6.QtWidgets import QAbstractButton, QWizard
from testhosts import write_host

from virtdesk.gui.host_details.add_network_wizard import AddNetworkWizard, AddressPage, DnsPage, KindPage
from virtdesk.gui.host_details.add_pool_wizard import AddPoolWizard
from virtdesk.gui.host_details.copy_volume_dialog import CopyVolumeDialog
from virtdesk.gui.host_details.create_volume_dialog import CreateVolumeDialog
from virtdesk.gui.host_details.resize_volume_dialog import ResizeVolumeDialog
from virtdesk.gui.host_details.volume_dialog import VolumeChangeDialog
from virtdesk.model import pool_creation, volume_actions
from virtdesk.model.network_actions import NetworkKind
from virtdesk.model.network_creation import build_network
from virtdesk.model.pool_creation import Field
from virtdesk.model.worker import Task
from virtdesk.xmlconf.schema import validate

pytestmark = pytest.mark.gui


@pytest.fixture
def host(qtbot, tmp_path):
    """A test-driver host with the NAT network default (192.168.122.0/24) and the pool default holding
    disk1.qcow2; its definitions must be the same after the test."""
    with unchanged_host(qtbot, write_host(tmp_path)) as connection:
        yield connection


def next_button(wizard: QWizard) -> QAbstractButton:
    return wizard.button(QWizard.WizardButton.NextButton)


def ipv4_in(network: str, first: int, last: int) -> st.SearchStrategy[str]:
    base = ipaddress.ip_network(network).network_address
    return st.integers(first, last).map(lambda n: str(base + n))


def mac() -> st.SearchStrategy[str]:
    return st.lists(st.integers(0, 255), min_size=6, max_size=6).map(
        lambda octets: ":".join(f"{o & 0xfe if i == 0 else o:02x}" for i, o in enumerate(octets)))


def hex_pairs(count: int) -> st.SearchStrategy[str]:
    return st.lists(st.integers(0, 255), min_size=count, max_size=count).map(lambda b: ":".join(f"{x:02x}" for x in b))


def ipv4_subnet() -> st.SearchStrategy[str]:
    """Host address/prefix in a subnet clear of the host's 192.168.122.0/24."""

    def make(address: int, prefix: int, offset: int) -> str:
        network = ipaddress.ip_network((address, prefix), strict=False)
        host = network.network_address + 1 + offset % (network.num_addresses - 2)
        return f"{host}/{prefix}"

    return st.builds(make, st.integers(0x0A000000, 0xDFFFFFFF), st.integers(8, 30), st.integers(0, 2**24)).filter(
        lambda text: not ipaddress.ip_interface(text).network.overlaps(ipaddress.ip_network("192.168.122.0/24")))


def near_subnet() -> st.SearchStrategy[str]:
    return st.builds(lambda a, b, c, d, prefix, sep: f"{a}.{b}.{c}.{d}{sep}{prefix}", st.integers(0, 256),
                     st.integers(0, 256), st.integers(0, 256), st.integers(0, 256), st.integers(-1, 33),
                     st.sampled_from(["/", "", " /", "\\"]))


def ipv6_subnet() -> st.SearchStrategy[str]:
    return st.builds(lambda high, prefix, low: f"fd{high:02x}:{low:x}::1/{prefix}", st.integers(0, 255),
                     st.integers(48, 124), st.integers(0, 0xFFFF))


# -- the Add Network wizard ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class NetworkField:
    """A field of the wizard: the page it is on, the mode that shows it, what is in the other fields, how text
    goes into it and where its reason shows."""

    case: FieldCase
    page: int
    type_text: Callable[[AddNetworkWizard, str], None]
    reason: Callable[[AddNetworkWizard], str]
    kind: NetworkKind = NetworkKind.NAT
    prepare: Callable[[AddNetworkWizard], None] = lambda _wizard: None


def cell(editor_of: Callable[[AddNetworkWizard], object], column: int) -> Callable[[AddNetworkWizard, str], None]:
    """Typing into a cell of a page's table (a row is there)."""

    def type_text(wizard: AddNetworkWizard, text: str) -> None:
        editor_of(wizard).table.item(0, column).setText(text)

    return type_text


def error(page_of: Callable[[AddNetworkWizard], object], key: str) -> Callable[[AddNetworkWizard], str]:
    """The reason shown beside the field of that key."""
    return lambda wizard: shown(page_of(wizard).error_labels[key])


def with_row(editor_of: Callable[[AddNetworkWizard], object], *values: str) -> Callable[[AddNetworkWizard], None]:
    return lambda wizard: editor_of(wizard).set_rows([list(values)])


def kind(wizard: AddNetworkWizard) -> KindPage:
    return wizard.kind_page


def ipv4(wizard: AddNetworkWizard) -> AddressPage:
    return wizard.ipv4_page


def ipv6(wizard: AddNetworkWizard) -> AddressPage:
    return wizard.ipv6_page


def dns(wizard: AddNetworkWizard) -> DnsPage:
    return wizard.dns_page


def host_interfaces(wizard: AddNetworkWizard) -> None:
    """The host bridge and device a mode without addresses of its own needs (the test host lists none)."""
    wizard.kind_page.bridge_combo.setEditText("br0")
    wizard.kind_page.device_combo.setEditText("eth0")


def with_portgroup(wizard: AddNetworkWizard) -> None:
    host_interfaces(wizard)
    wizard.kind_page.portgroups.set_rows([["office", "10", "yes"]])


def ipv6_on(wizard: AddNetworkWizard) -> None:
    wizard.ipv6_page.enable_check.setChecked(True)


def ipv6_host(wizard: AddNetworkWizard) -> None:
    ipv6_on(wizard)
    wizard.ipv6_page.hosts.set_rows([["00:03:00:01:52:54:00:12:34:56", "web", "fd00:100::10"]])


def network_fields() -> list[NetworkField]:
    device = st.from_regex(r"\A[a-z][a-z0-9_.-]{0,12}\Z").filter(lambda n: n not in ("virbr0",))
    vlan = st.integers(0, 4095).map(str)
    ipv4_host = with_row(lambda w: w.ipv4_page.hosts, "52:54:00:00:00:01", "web", "192.168.100.10")
    dns_host = with_row(lambda w: w.dns_page.dns, "gateway", "192.168.100.1")
    return [
        NetworkField(FieldCase("network name", field_inputs(st.from_regex(r"\A[A-Za-z0-9_][A-Za-z0-9_.+-]{0,30}\Z")
                                                            .filter(lambda n: n != "default"))),
                     AddNetworkWizard.KIND, lambda w, t: type_into(w.kind_page.name_edit, t),
                     error(kind, "name")),
        NetworkField(FieldCase("network bridge", field_inputs(device, st.from_regex(r"\A[a-z]{16,20}\Z"))),
                     AddNetworkWizard.KIND, lambda w, t: type_into(w.kind_page.bridge_combo.lineEdit(), t),
                     error(kind, "bridge")),
        NetworkField(FieldCase("network forward device", field_inputs(device)), AddNetworkWizard.KIND,
                     lambda w, t: type_into(w.kind_page.device_combo.lineEdit(), t),
                     error(kind, "device"), kind=NetworkKind.ROUTED),
        NetworkField(FieldCase("network macvtap device", field_inputs(device)), AddNetworkWizard.KIND,
                     lambda w, t: type_into(w.kind_page.device_combo.lineEdit(), t),
                     error(kind, "device"), kind=NetworkKind.MACVTAP_BRIDGE,
                     prepare=host_interfaces),
        NetworkField(FieldCase("network VLAN tags", field_inputs(
            joined(st.lists(vlan, min_size=1, max_size=4, unique=True)),
            joined(st.lists(st.integers(-2, 5000).map(str), min_size=1, max_size=3)))),
            AddNetworkWizard.KIND, lambda w, t: type_into(w.kind_page.vlan_edit, t),
            error(kind, "vlan_tags"), kind=NetworkKind.OVS, prepare=host_interfaces),
        NetworkField(FieldCase("network port group name", field_inputs(st.from_regex(r"\A[A-Za-z0-9_][\w.+-]{0,20}\Z",
                                                                                     ).filter(str.isascii))),
                     AddNetworkWizard.KIND, cell(lambda w: w.kind_page.portgroups, 0),
                     error(kind, "portgroups"), kind=NetworkKind.OVS,
                     prepare=with_portgroup),
        NetworkField(FieldCase("network port group VLAN", field_inputs(vlan | st.just(""))),
                     AddNetworkWizard.KIND, cell(lambda w: w.kind_page.portgroups, 1),
                     error(kind, "portgroups"), kind=NetworkKind.OVS,
                     prepare=with_portgroup),
        NetworkField(FieldCase("network MTU", number_text(), refusable=False, max_examples=100),
                     AddNetworkWizard.KIND, lambda w, t: type_number(w.kind_page.mtu_spin, t),
                     lambda _w: ""),
        NetworkField(FieldCase("network IPv4 subnet", field_inputs(ipv4_subnet(), near_subnet())),
                     AddNetworkWizard.IPV4, lambda w, t: type_into(w.ipv4_page.subnet_edit, t),
                     error(ipv4, "ipv4.subnet")),
        NetworkField(FieldCase("network IPv4 DHCP range start", field_inputs(
            ipv4_in("192.168.100.0/24", 2, 200), ipv4_in("192.168.100.0/23", 0, 511))),
            AddNetworkWizard.IPV4, cell(lambda w: w.ipv4_page.ranges, 0),
            error(ipv4, "ipv4.ranges")),
        NetworkField(FieldCase("network IPv4 DHCP range end", field_inputs(
            ipv4_in("192.168.100.0/24", 128, 254), ipv4_in("192.168.100.0/23", 0, 511))),
            AddNetworkWizard.IPV4, cell(lambda w: w.ipv4_page.ranges, 1),
            error(ipv4, "ipv4.ranges")),
        NetworkField(FieldCase("network IPv4 host MAC", field_inputs(mac(), st.builds(
            lambda m, sep, cut: m.replace(":", sep)[cut:], mac(), st.sampled_from(["-", ".", "", ":"]),
            st.integers(0, 3)))),
            AddNetworkWizard.IPV4, cell(lambda w: w.ipv4_page.hosts, 0),
            error(ipv4, "ipv4.hosts"), prepare=ipv4_host),
        NetworkField(FieldCase("network IPv4 host name", field_inputs(dns_name())), AddNetworkWizard.IPV4,
                     cell(lambda w: w.ipv4_page.hosts, 1), error(ipv4, "ipv4.hosts"),
                     prepare=ipv4_host),
        NetworkField(FieldCase("network IPv4 host address", field_inputs(
            ipv4_in("192.168.100.0/24", 2, 127), ipv4_in("192.168.100.0/23", 0, 511))), AddNetworkWizard.IPV4,
            cell(lambda w: w.ipv4_page.hosts, 2), error(ipv4, "ipv4.hosts"),
            prepare=ipv4_host),
        NetworkField(FieldCase("network IPv6 subnet", field_inputs(ipv6_subnet(), st.builds(
            lambda s, p: f"{s.split('/')[0]}/{p}", ipv6_subnet(), st.integers(-1, 130))),
            examples=("fd00:0::1/120", "fd00::123/64")),
            AddNetworkWizard.IPV6, lambda w, t: type_into(w.ipv6_page.subnet_edit, t),
            error(ipv6, "ipv6.subnet"), prepare=ipv6_on),
        NetworkField(FieldCase("network IPv6 host DUID", field_inputs(st.one_of(
            mac().map(lambda m: f"00:03:00:01:{m}"), hex_pairs(10).map(lambda h: f"00:01:00:01:{h}"),
            hex_pairs(16).map(lambda h: f"00:04:{h}"), hex_pairs(8).map(lambda h: f"00:02:{h}")))),
            AddNetworkWizard.IPV6, cell(lambda w: w.ipv6_page.hosts, 0),
            error(ipv6, "ipv6.hosts"), prepare=ipv6_host),
        NetworkField(FieldCase("network DNS domain", field_inputs(dns_name())), AddNetworkWizard.DNS,
                     lambda w, t: type_into(w.dns_page.domain_edit, t), error(dns, "domain")),
        NetworkField(FieldCase("network DNS host name", field_inputs(dns_name())), AddNetworkWizard.DNS,
                     cell(lambda w: w.dns_page.dns, 0), error(dns, "dns_hosts"),
                     prepare=dns_host),
        NetworkField(FieldCase("network DNS host address", field_inputs(
            st.ip_addresses().map(str))), AddNetworkWizard.DNS, cell(lambda w: w.dns_page.dns, 1),
            error(dns, "dns_hosts"), prepare=dns_host),
        NetworkField(FieldCase("network DNS forwarders", field_inputs(
            joined(st.lists(st.ip_addresses().map(str), min_size=1, max_size=3)))), AddNetworkWizard.DNS,
            lambda w, t: type_into(w.dns_page.forwarders_edit, t), error(dns, "forwarders")),
    ]


@pytest.mark.parametrize("field", network_fields(), ids=lambda f: f.case.name)
def test_network_wizard_fields(qtbot, host, field: NetworkField):
    wizard = AddNetworkWizard(host)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: "Reading" not in wizard.kind_page.interfaces_note.text(), timeout=10000)
    wizard.kind_page.set_kind(field.kind)
    field.prepare(wizard)
    while wizard.currentId() != field.page:
        assert wizard.currentPage().isComplete(), wizard.problems
        wizard.next()
    assert not wizard.problems, wizard.problems
    verdicts = Verdicts()
    page = wizard.currentId()

    def feed(text: str) -> None:
        field.type_text(wizard, text)
        held_back = not next_button(wizard).isEnabled()
        if verdicts.judge(field.case.name, field.reason(wizard), held_back):
            assert not wizard.problems, wizard.problems
            assert_schema_valid(build_network(wizard.plan()).to_xml(), validate)
        else:
            click(next_button(wizard))
            assert wizard.currentId() == page

    fuzz(field.case, feed)
    verdicts.check_shares(field.case)


# -- the Add Pool wizard ---------------------------------------------------------------------------------------
VALID_SOURCES = {  # what the other inputs of each type hold while one is fuzzed
    Field.HOST: "storage.example.com", Field.SOURCE_DIR: "/srv/exports", Field.DEVICES: "/dev/sdb",
    Field.SOURCE_NAME: "vg0", Field.TARGET_IQN: "iqn.2024-01.com.example:storage",
    Field.INITIATOR_IQN: "iqn.2024-01.com.example:client", Field.ADAPTER_NAME: "host0",
    Field.ADAPTER_PARENT: "", Field.WWNN: "20000000c9831b4b", Field.WWPN: "10000000c9831b4b",
    Field.MONITORS: "mon1.example.com:6789", Field.AUTH_USERNAME: "",
}
ABSOLUTE_PATH = st.lists(st.from_regex(r"\A[\w.+-]{1,12}\Z").filter(lambda p: p not in (".", "..")),
                         min_size=1, max_size=4).map(lambda parts: "/" + "/".join(parts))
HOST_NAME = st.one_of(dns_name(), st.ip_addresses().map(str))
IQN = st.builds(lambda year, month, domain, name: f"iqn.{year}-{month:02d}.{domain}" + (f":{name}" if name else ""),
                st.integers(1990, 2099), st.integers(1, 12), dns_name(), st.from_regex(r"\A[\w.:-]{0,12}\Z"))
MONITOR = st.builds(lambda host, port: f"{host}:{port}" if port else host,
                    st.one_of(dns_name(), st.ip_addresses(v=4).map(str),
                              st.ip_addresses(v=6).map(lambda a: f"[{a}]")), st.integers(0, 65535))


@dataclass(frozen=True)
class PoolField:
    case: FieldCase
    pool_type: str
    field: Field


POOL_FIELDS = [
    PoolField(FieldCase("pool target path", field_inputs(ABSOLUTE_PATH), examples=("/\x08", "/\n0")),
              "dir", Field.TARGET_PATH),
    PoolField(FieldCase("pool mount point", field_inputs(ABSOLUTE_PATH)), "netfs", Field.TARGET_PATH),
    PoolField(FieldCase("pool source host", field_inputs(HOST_NAME)), "netfs", Field.HOST),
    PoolField(FieldCase("pool export path", field_inputs(ABSOLUTE_PATH)), "netfs", Field.SOURCE_DIR),
    PoolField(FieldCase("pool source device", field_inputs(ABSOLUTE_PATH)), "fs", Field.DEVICES),
    PoolField(FieldCase("pool physical volumes", field_inputs(joined(st.lists(ABSOLUTE_PATH, max_size=3)))),
              "logical", Field.DEVICES),
    PoolField(FieldCase("pool volume group", field_inputs(st.from_regex(r"\A[\w.+-]{1,20}\Z")), examples=("\x1b",)),
              "logical",
              Field.SOURCE_NAME),
    PoolField(FieldCase("pool iSCSI host", field_inputs(HOST_NAME)), "iscsi", Field.HOST),
    PoolField(FieldCase("pool iSCSI target IQN", field_inputs(IQN), examples=("iqn.2024-01.com.example:\x08",)),
              "iscsi", Field.TARGET_IQN),
    PoolField(FieldCase("pool iSCSI initiator IQN", field_inputs(IQN)), "iscsi-direct", Field.INITIATOR_IQN),
    PoolField(FieldCase("pool SCSI adapter", field_inputs(st.from_regex(r"\A(scsi_)?host[0-9]{1,3}\Z"))), "scsi",
              Field.ADAPTER_NAME),
    PoolField(FieldCase("pool Ceph monitors", field_inputs(joined(st.lists(MONITOR, min_size=1, max_size=3)))),
              "rbd", Field.MONITORS),
    PoolField(FieldCase("pool Ceph pool", field_inputs(st.from_regex(r"\A[\w.+-]{1,20}\Z"))), "rbd",
              Field.SOURCE_NAME),
    PoolField(FieldCase("pool Gluster subdirectory", field_inputs(ABSOLUTE_PATH | st.just(""))), "gluster",
              Field.SOURCE_DIR),
]


@pytest.fixture
def pool_wizard(qtbot, host) -> AddPoolWizard:
    wizard = AddPoolWizard(host)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.host_types is not None, timeout=10000)
    return wizard


def pool_xml_of(wizard: AddPoolWizard) -> str:
    return pool_creation.pool_xml(wizard.spec()).to_xml()


def test_pool_wizard_name(qtbot, pool_wizard):
    """The name on the first page; an accepted one goes on to the directory pool's page, whose target follows the
    name, and into the XML."""
    wizard, verdicts = pool_wizard, Verdicts()
    case = FieldCase("pool name", field_inputs(st.text(st.characters(categories=("L", "N")), min_size=1,
                                                       max_size=30) | st.from_regex(r"\A[\w.+-]{1,30}\Z")),
                     examples=("\x08",))

    def feed(text: str) -> None:
        type_into(wizard.type_page.name_edit, text)
        if verdicts.judge(case.name, shown(wizard.type_page.name_error), not next_button(wizard).isEnabled()):
            wizard.next()
            assert wizard.currentPage() is wizard.source_page and wizard.source_page.isComplete()
            assert_schema_valid(pool_xml_of(wizard), validate)
            wizard.back()
        else:
            click(next_button(wizard))
            assert wizard.currentPage() is wizard.type_page

    fuzz(case, feed)
    verdicts.check_shares(case)


@pytest.mark.parametrize("field", POOL_FIELDS, ids=lambda f: f.case.name)
def test_pool_wizard_sources(qtbot, pool_wizard, field: PoolField):
    wizard, verdicts = pool_wizard, Verdicts()
    wizard.type_page.name_edit.setText("fuzzpool")
    assert wizard.type_page.select_type(field.pool_type)
    wizard.next()
    page = wizard.source_page
    for f, text in VALID_SOURCES.items():
        page.edits[f].setText(text)
    assert page.isComplete(), pool_creation.problems(page.current_spec())

    def feed(text: str) -> None:
        type_into(page.edits[field.field], text)
        if verdicts.judge(field.case.name, shown(page.errors[field.field]), not next_button(wizard).isEnabled()):
            assert_schema_valid(pool_xml_of(wizard), validate)
        else:
            click(next_button(wizard))
            assert wizard.currentPage() is page

    fuzz(field.case, feed)
    verdicts.check_shares(field.case)


# -- the volume dialogs ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class VolumeField:
    """A field of a volume dialog: the dialog made on the pool default and its volume disk1.qcow2, how text goes
    into the field, where its reason shows and the volume XML the dialog would create (None: it creates none)."""

    case: FieldCase
    dialog: Callable[[object, object, object], VolumeChangeDialog]
    type_text: Callable[[VolumeChangeDialog, str], None]
    reasons: Callable[[VolumeChangeDialog], str]
    xml: Callable[[VolumeChangeDialog], str | None]


def new_volume(connection, pool, _volume) -> CreateVolumeDialog:
    return CreateVolumeDialog(connection, pool, {"disk1.qcow2"}, volume_actions.read_formats(connection, pool))


def clone(connection, _pool, volume) -> CopyVolumeDialog:
    return CopyVolumeDialog(connection, "default", volume, {"disk1.qcow2"})


def convert(connection, _pool, volume) -> CopyVolumeDialog:
    return CopyVolumeDialog(connection, "default", volume, {"disk1.qcow2"}, formats=["raw", "vmdk"])


def created_xml(dialog: CreateVolumeDialog) -> str:
    return volume_actions.new_volume_xml(dialog.name_edit.text(), dialog.capacity.kib() * 1024, dialog.fmt(),
                                          dialog.allocation.kib() * 1024)


def copied_xml(dialog: CopyVolumeDialog) -> str:
    fmt = dialog.fmt()
    return volume_actions.new_volume_xml(dialog.name_edit.text(), dialog.source.capacity,
                                          "qcow2" if fmt is None else fmt)


VOLUME_NAME = field_inputs(st.from_regex(r"\A[\w.+-]{1,40}\Z").filter(lambda n: n not in (".", "..", "disk1.qcow2"))
                           | st.text(st.characters(categories=("L", "N")), min_size=1, max_size=20))
VOLUME_FIELDS = [
    VolumeField(FieldCase("new volume name", VOLUME_NAME, examples=("\x08",)), new_volume,
                lambda d, t: type_into(d.name_edit, t),
                lambda d: shown(d.name_problem), created_xml),
    VolumeField(FieldCase("new volume capacity", number_text()), new_volume,
                lambda d, t: type_number(d.capacity.spin, t), lambda d: shown(d.capacity_problem), created_xml),
    VolumeField(FieldCase("new volume allocation", number_text()), new_volume,
                lambda d, t: type_number(d.allocation.spin, t), lambda d: shown(d.allocation_problem), created_xml),
    VolumeField(FieldCase("clone name", VOLUME_NAME, examples=("\x1f",)), clone, lambda d, t: type_into(d.name_edit, t),
                lambda d: shown(d.name_problem), copied_xml),
    VolumeField(FieldCase("converted volume name", VOLUME_NAME, examples=(". ",)), convert,
                lambda d, t: type_into(d.name_edit, t), lambda d: shown(d.name_problem), copied_xml),
    VolumeField(FieldCase("resized capacity", number_text()),
                lambda connection, _pool, volume: ResizeVolumeDialog(connection, "default", volume),
                lambda d, t: type_number(d.capacity.spin, t), lambda d: shown(d.capacity_problem), lambda _d: None),
]


@pytest.mark.parametrize("field", VOLUME_FIELDS, ids=lambda f: f.case.name)
def test_volume_dialogs(qtbot, host, field: VolumeField):
    catalogue = host.catalogue
    qtbot.waitUntil(lambda: any(p.name == "default" for p in catalogue.pools.values()), timeout=10000)
    ready: Task = catalogue.ready(volumes=True)
    qtbot.waitUntil(lambda: ready.done, timeout=10000)
    pool = next(p for p in catalogue.pools.values() if p.name == "default")
    volume = next(v for v in host.catalogue.volumes("default") if v.name == "disk1.qcow2")
    dialog = field.dialog(host, pool, volume)
    qtbot.addWidget(dialog)
    dialog.show()
    if isinstance(dialog, CreateVolumeDialog):
        qtbot.waitUntil(lambda: dialog._formats_read, timeout=10000)
    verdicts = Verdicts()

    def feed(text: str) -> None:
        field.type_text(dialog, text)
        if verdicts.judge(field.case.name, field.reasons(dialog), not dialog.action_button.isEnabled()):
            xml = field.xml(dialog)
            if xml is not None:
                assert_schema_valid(xml, validate)
            elif isinstance(dialog, ResizeVolumeDialog):
                assert dialog.new_capacity() > volume.capacity
        else:
            click(dialog.action_button)
            assert not dialog.busy and dialog.isVisible()

    fuzz(field.case, feed)
    verdicts.check_shares(field.case)

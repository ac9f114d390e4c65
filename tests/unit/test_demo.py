"""The demo host loads in the test driver with every object and state it promises; so do generated hosts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import libvirt
import pytest
from lxml import etree

from virtdesk import demo, large_host

pytestmark = pytest.mark.unit

EXPECTED_STATES = {
    "web-frontend-01": libvirt.VIR_DOMAIN_RUNNING,
    "web-frontend-02": libvirt.VIR_DOMAIN_RUNNING,
    "db-primary": libvirt.VIR_DOMAIN_RUNNING,
    "db-replica": libvirt.VIR_DOMAIN_PAUSED,
    "cache-db": libvirt.VIR_DOMAIN_RUNNING,
    "mail-server": libvirt.VIR_DOMAIN_SHUTOFF,
    "win11-desktop": libvirt.VIR_DOMAIN_SHUTOFF,
    "build-runner-arm64": libvirt.VIR_DOMAIN_RUNNING,
    "ubuntu-24.04-dev": libvirt.VIR_DOMAIN_RUNNING,
    "fedora-workstation": libvirt.VIR_DOMAIN_SHUTOFF,
    "k8s-node-1": libvirt.VIR_DOMAIN_RUNNING,
    "k8s-node-2": libvirt.VIR_DOMAIN_RUNNING,
    "k8s-node-3": libvirt.VIR_DOMAIN_CRASHED,
    "router-vm": libvirt.VIR_DOMAIN_RUNNING,
    "開発サーバー": libvirt.VIR_DOMAIN_PMSUSPENDED,
    "scratch-transient": libvirt.VIR_DOMAIN_RUNNING,
    "gpu-workstation": libvirt.VIR_DOMAIN_SHUTOFF,
    "backup-appliance": libvirt.VIR_DOMAIN_SHUTOFF,
}
EXPECTED_VOLUMES = {"default": 15, "vg-fast": 6, "nfs-isos": 4, "san-lun": 2, "sdb-partitions": 1}
EXPECTED_NETWORKS = {"default", "isolated-lab", "routed-dmz", "host-bridge", "ovs-trunk", "macvtap-eno2",
                     "sriov-x550"}
EXPECTED_SNAPSHOTS = {"db-primary": 3, "win11-desktop": 2, "ubuntu-24.04-dev": 1}
NODE_DEVICE_COUNT = 14
HOST_INTERFACE_COUNT = 3


@pytest.fixture(scope="module")
def conn() -> Iterator[libvirt.virConnect]:
    connection = libvirt.open(demo.demo_uri())
    yield connection
    connection.close()


def domain_tree(conn: libvirt.virConnect, name: str) -> etree._Element:
    return etree.fromstring(conn.lookupByName(name).XMLDesc().encode())


def test_demo_host_file_sits_in_resources() -> None:
    path = demo.demo_host_path()
    assert path.is_file()
    assert path.parent.name == "demo" and path.parent.parent.name == "resources"
    assert demo.demo_uri() == "test://" + str(path.resolve())


def test_host_hardware(conn: libvirt.virConnect) -> None:
    model, memory_mib, cpus, mhz, nodes, sockets, cores, threads = conn.getInfo()
    assert (model, memory_mib, cpus, mhz) == ("x86_64", 64 * 1024, 32, 2900)
    assert (nodes, sockets, cores, threads) == (2, 1, 8, 2)


def test_object_counts(conn: libvirt.virConnect) -> None:
    assert len(conn.listAllDomains()) == len(EXPECTED_STATES) >= 14
    assert {net.name() for net in conn.listAllNetworks()} == EXPECTED_NETWORKS
    assert {pool.name(): pool.numOfVolumes() for pool in conn.listAllStoragePools()} == EXPECTED_VOLUMES
    assert len(conn.listAllInterfaces()) == HOST_INTERFACE_COUNT
    assert len(conn.listAllDevices()) == NODE_DEVICE_COUNT


def assert_pools_not_overfull(conn: libvirt.virConnect) -> None:
    """The test driver fixes each pool at 100 GiB; more allocated volumes would show a negative free space."""
    for pool in conn.listAllStoragePools():
        _, capacity, allocation, available = pool.info()
        assert allocation + available == capacity and available > 0, pool.name()


def test_pools_have_room(conn: libvirt.virConnect) -> None:
    assert_pools_not_overfull(conn)


def test_each_domain_is_in_its_state(conn: libvirt.virConnect) -> None:
    states = {dom.name(): dom.state()[0] for dom in conn.listAllDomains()}
    assert states == EXPECTED_STATES
    assert set(states.values()) >= {
        libvirt.VIR_DOMAIN_RUNNING, libvirt.VIR_DOMAIN_PAUSED, libvirt.VIR_DOMAIN_SHUTOFF,
        libvirt.VIR_DOMAIN_CRASHED, libvirt.VIR_DOMAIN_PMSUSPENDED,
    }


def test_only_the_transient_domain_is_not_persistent(conn: libvirt.virConnect) -> None:
    transient = {dom.name() for dom in conn.listAllDomains() if not dom.isPersistent()}
    assert transient == {"scratch-transient"}


def test_managed_save(conn: libvirt.virConnect) -> None:
    saved = {dom.name() for dom in conn.listAllDomains() if dom.hasManagedSaveImage()}
    assert saved == {"win11-desktop"}


def test_snapshots(conn: libvirt.virConnect) -> None:
    counts = {dom.name(): dom.snapshotNum() for dom in conn.listAllDomains() if dom.snapshotNum()}
    assert counts == EXPECTED_SNAPSHOTS
    db = conn.lookupByName("db-primary")
    current = db.snapshotCurrent()
    assert current.getName() == "after-pg16-upgrade"
    assert current.getParent().getName() == "before-pg16-upgrade"
    assert [snap.getName() for snap in db.listAllSnapshots(libvirt.VIR_DOMAIN_SNAPSHOT_LIST_ROOTS)] == [
        "fresh-install"
    ]


def test_japanese_name_and_title_survive(conn: libvirt.virConnect) -> None:
    tree = domain_tree(conn, "開発サーバー")
    assert tree.findtext("name") == "開発サーバー"
    assert tree.findtext("title") == "「開発サーバー」 東京チーム用"
    assert "東京オフィス" in tree.findtext("description")


def test_special_characters_in_title_survive(conn: libvirt.virConnect) -> None:
    dom = conn.lookupByName("cache-db")
    tree = etree.fromstring(dom.XMLDesc().encode())
    assert tree.findtext("title") == "db & cache <test> \"redis\" 'valkey'"
    assert dom.metadata(libvirt.VIR_DOMAIN_METADATA_TITLE, None) == tree.findtext("title")


def test_every_domain_has_title_and_description(conn: libvirt.virConnect) -> None:
    for dom in conn.listAllDomains():
        tree = etree.fromstring(dom.XMLDesc().encode())
        assert tree.findtext("title") and tree.findtext("description"), dom.name()


def test_devices_refer_to_objects_the_host_has(conn: libvirt.virConnect) -> None:
    volume_paths = {vol.path() for pool in conn.listAllStoragePools() for vol in pool.listAllVolumes()}
    pci_flag = libvirt.VIR_CONNECT_LIST_NODE_DEVICES_CAP_PCI_DEV
    pci_devices = {dev.name() for dev in conn.listAllDevices(pci_flag)}
    for dom in conn.listAllDomains():
        tree = etree.fromstring(dom.XMLDesc().encode())
        for source in tree.iterfind("devices/disk/source"):
            assert (source.get("file") or source.get("dev")) in volume_paths, dom.name()
        for source in tree.iterfind("devices/interface/source[@network]"):
            assert source.get("network") in EXPECTED_NETWORKS, dom.name()
        for address in tree.iterfind("devices/hostdev[@type='pci']/source/address"):
            bus, slot, function = (int(address.get(key), 16) for key in ("bus", "slot", "function"))
            assert f"pci_0000_{bus:02x}_{slot:02x}_{function:x}" in pci_devices, dom.name()


def test_hardware_variety(conn: libvirt.virConnect) -> None:
    trees = [etree.fromstring(dom.XMLDesc().encode()) for dom in conn.listAllDomains()]

    def values(xpath: str) -> set[str]:
        return {value for tree in trees for value in tree.xpath(xpath)}

    assert values("os/type/@arch") == {"x86_64", "aarch64"}
    assert {machine.split("-")[1] for machine in values("os/type/@machine") if machine.startswith("pc-")} == {
        "q35", "i440fx"
    }
    assert values("os/@firmware") == {"efi"} and values("os/loader/@type") == {"pflash"}
    assert values("devices/disk/target/@bus") >= {"virtio", "sata", "ide"}
    assert "cdrom" in values("devices/disk/@device")
    assert values("devices/graphics/@type") == {"vnc", "spice"}
    assert values("devices/hostdev/@type") == {"pci", "usb"}
    assert "org.qemu.guest_agent.0" in values("devices/channel/target/@name")
    vcpus = {int(tree.findtext("vcpu")) for tree in trees}
    memory_mib = {int(tree.findtext("memory")) // 1024 for tree in trees}
    assert (min(vcpus), max(vcpus), min(memory_mib), max(memory_mib)) == (1, 16, 512, 32 * 1024)


def test_network_forward_modes(conn: libvirt.virConnect) -> None:
    modes = {}
    for net in conn.listAllNetworks():
        tree = etree.fromstring(net.XMLDesc().encode())
        modes[net.name()] = tree.xpath("string(forward/@mode)") or "isolated"
    assert modes == {"default": "nat", "isolated-lab": "isolated", "routed-dmz": "route",
                     "host-bridge": "bridge", "ovs-trunk": "bridge", "macvtap-eno2": "bridge",
                     "sriov-x550": "hostdev"}
    ovs = etree.fromstring(conn.networkLookupByName("ovs-trunk").XMLDesc().encode())
    assert ovs.xpath("string(virtualport/@type)") == "openvswitch"


def test_uri_helpers() -> None:
    uri = demo.demo_uri()
    assert demo.resolve_uri("demo") == uri
    assert demo.resolve_uri("qemu:///system") == "qemu:///system"
    assert demo.is_demo_uri("demo") and demo.is_demo_uri(uri)
    assert demo.is_demo_uri("test://" + str(demo.demo_host_path().parent / ".." / "demo" / "host.xml"))
    assert not demo.is_demo_uri("test:///default")
    assert not demo.is_demo_uri("qemu:///system")
    assert not demo.is_demo_uri("test+unix:///tmp/other.xml?socket=/tmp/sock")


def states_of(uri: str) -> dict[str, tuple[int, bool]]:
    conn = libvirt.open(uri)
    try:
        return {dom.name(): (dom.state()[0], dom.hasManagedSaveImage() == 1) for dom in conn.listAllDomains()}
    finally:
        conn.close()


def test_generated_host_opens_with_every_vm(tmp_path: Path) -> None:
    uri = large_host.write_generated_host(tmp_path, 1000)
    assert uri.startswith("test:///") and not demo.is_demo_uri(uri)
    conn = libvirt.open(uri)
    try:
        names = sorted(dom.name() for dom in conn.listAllDomains())
        assert names == [f"vm-{i:05d}" for i in range(1, 1001)]
        assert conn.storagePoolLookupByName("default").numOfVolumes() == 1000
        trees = [etree.fromstring(dom.XMLDesc().encode()) for dom in conn.listAllDomains()[:50]]
        titles = [tree.findtext("title") for tree in trees]
        assert any(titles) and not all(titles)
        assert_pools_not_overfull(conn)
    finally:
        conn.close()


@pytest.mark.parametrize("share", [0.5, 0.2, 1.0])
def test_generated_states_follow_running_share(tmp_path: Path, share: float) -> None:
    states = states_of(large_host.write_generated_host(tmp_path, 200, running_share=share))
    counts = Counter(state for state, _ in states.values())
    assert counts[libvirt.VIR_DOMAIN_RUNNING] == round(200 * share)
    if share < 1.0:
        assert set(counts) == {
            libvirt.VIR_DOMAIN_RUNNING, libvirt.VIR_DOMAIN_PAUSED, libvirt.VIR_DOMAIN_SHUTOFF,
            libvirt.VIR_DOMAIN_CRASHED, libvirt.VIR_DOMAIN_PMSUSPENDED,
        }
        assert any(saved for _, saved in states.values())


def test_generator_is_deterministic_per_seed() -> None:
    assert large_host.generate_host_xml(50, seed=3) == large_host.generate_host_xml(50, seed=3)
    assert large_host.generate_host_xml(50, seed=3) != large_host.generate_host_xml(50, seed=4)


@pytest.mark.parametrize(("n_vms", "share"), [(-1, 0.5), (10, 1.5), (10, -0.1)])
def test_generator_rejects_bad_arguments(n_vms: int, share: float) -> None:
    with pytest.raises(ValueError):
        large_host.generate_host_xml(n_vms, running_share=share)

"""Inheritance along derives-from and clones, on a small db written for the test."""

from __future__ import annotations

import pytest
from unit.osinfo.dbtree import DbTree

from virtdesk.osinfo import Catalogue, OsEntry

pytestmark = pytest.mark.unit

GIB = 1024**3
NET = "http://pcisig.com/pci/1af4/1041"
BLOCK = "http://pcisig.com/pci/1af4/1042"
GPU = "http://pcisig.com/pci/1af4/1050"


def _devices(*links: str) -> str:
    return "<devices>" + "".join(links) + "</devices>"


def _link(device_id: str, supported: str | None = None) -> str:
    attr = "" if supported is None else f' supported="{supported}"'
    return f'<device id="{device_id}"{attr}/>'


@pytest.fixture
def family(db_tree: DbTree) -> Catalogue:
    db_tree.write_device("pcisig.com/pci-1af4-1041.d/class.xml", NET, "virtio1.0-net")
    db_tree.write_device("pcisig.com/pci-1af4-1042.d/class.xml", BLOCK, "virtio1.0-block", "block")
    db_tree.write_device("pcisig.com/pci-1af4-1050.d/class.xml", GPU, "virtio1.0-gpu", "video")
    db_tree.write_os("example.org/base.xml", db_tree.os(
        "base1", "Base 1",
        f'<resources arch="all"><minimum><n-cpus>1</n-cpus><ram>{GIB}</ram><storage>{8 * GIB}</storage>'
        f'</minimum><recommended><n-cpus>2</n-cpus><ram>{2 * GIB}</ram></recommended></resources>',
        f'<resources arch="aarch64"><minimum><n-cpus>2</n-cpus><ram>{3 * GIB}</ram></minimum></resources>',
        _devices(_link(NET), _link(BLOCK), _link(GPU)),
        '<firmware arch="x86_64" type="efi"/>',
    ))
    db_tree.write_os("example.org/child.xml", db_tree.os(
        "child2", "Child 2",
        '<derives-from id="http://example.org/base1"/>',
        f'<resources arch="all" inherit="true"><minimum><ram>{4 * GIB}</ram></minimum></resources>',
        _devices(_link(GPU, "false")),
        '<firmware arch="x86_64" type="efi" supported="false"/>',
    ))
    db_tree.write_os("example.org/grandchild.xml", db_tree.os(
        "grandchild3", "Grandchild 3",
        '<derives-from id="http://example.org/child2"/>',
        '<resources arch="all" inherit="true"/>',
        _devices(_link(GPU, "true")),
    ))
    db_tree.write_os("example.org/plain.xml", db_tree.os(
        "plain4", "Plain 4",
        '<derives-from id="http://example.org/base1"/>',
        f'<resources arch="all"><minimum><ram>{4 * GIB}</ram></minimum></resources>',
    ))
    db_tree.write_os("example.org/clone.xml", db_tree.os(
        "clone5", "Clone 5",
        '<clones id="http://example.org/base1"/>',
        '<resources arch="all" inherit="true"/>',
    ))
    return Catalogue([db_tree.root])


def _get(catalogue: Catalogue, short_id: str) -> OsEntry:
    entry = catalogue.get(short_id)
    assert entry is not None, short_id
    return entry


def test_inheriting_block_fills_only_missing_values(family: Catalogue) -> None:
    child = _get(family, "child2")
    minimum = child.minimum("x86_64")
    assert minimum.ram_mib == 4096  # its own value
    assert minimum.vcpus == 1 and minimum.storage_gib == 8.0  # inherited
    # No recommended block of its own, but inherit="true" stands for every kind.
    assert child.recommended().ram_mib == 2048
    assert child.recommended().vcpus == 2


def test_inheritance_reaches_grandparents(family: Catalogue) -> None:
    grandchild = _get(family, "grandchild3")
    assert grandchild.minimum().ram_mib == 4096  # nearest ancestor first: child2, not base1
    assert grandchild.minimum().storage_gib == 8.0  # from base1 through child2
    assert [entry.short_id for entry in grandchild.lineage()] == ["grandchild3", "child2", "base1"]


def test_block_without_inherit_stands_as_written(family: Catalogue) -> None:
    plain = _get(family, "plain4")
    assert plain.minimum().ram_mib == 4096
    assert plain.minimum().vcpus is None
    assert plain.recommended().is_empty


def test_per_arch_block_wins_over_all_and_only_for_its_arch(family: Catalogue) -> None:
    base = _get(family, "base1")
    assert base.minimum("aarch64").ram_mib == 3072
    assert base.minimum("aarch64").vcpus == 2
    assert base.minimum("aarch64").storage_gib == 8.0  # missing in the aarch64 block: the 'all' block
    assert base.minimum("x86_64").ram_mib == 1024


def test_clones_inherit_like_derivatives(family: Catalogue) -> None:
    clone = _get(family, "clone5")
    assert clone.minimum().ram_mib == 1024
    assert clone.supports_device("virtio1.0-gpu")
    assert clone.supports_efi()


def test_devices_are_inherited_withdrawn_and_restored(family: Catalogue) -> None:
    base, child, grandchild = (_get(family, s) for s in ("base1", "child2", "grandchild3"))
    assert {d.name for d in base.devices} == {"virtio1.0-net", "virtio1.0-block", "virtio1.0-gpu"}
    assert child.supports_virtio_net and child.supports_virtio_blk
    assert not child.supports_device("virtio1.0-gpu")
    assert grandchild.supports_device("virtio1.0-gpu")
    assert grandchild.supports_virtio1


def test_nearest_firmware_statement_wins(family: Catalogue) -> None:
    assert _get(family, "base1").supports_efi("x86_64")
    assert not _get(family, "child2").supports_efi("x86_64")
    assert not _get(family, "grandchild3").supports_efi("x86_64")
    assert not _get(family, "base1").supports_efi("aarch64")


def test_unknown_device_keeps_its_id(db_tree: DbTree) -> None:
    db_tree.write_os("x/a.xml", db_tree.os("a1", "A", _devices(_link("http://example.org/dev/1"))))
    entry = _get(Catalogue([db_tree.root]), "a1")
    assert [device.id for device in entry.devices] == ["http://example.org/dev/1"]
    assert entry.devices[0].name is None


def test_device_described_over_several_files(db_tree: DbTree) -> None:
    db_tree.write_device("pcisig.com/pci-1af4-1041.d/class.xml", NET, "virtio1.0-net")
    db_tree.write("device/pcisig.com/pci-1af4-1041.d/vendor.xml",
                  f'<libosinfo><device id="{NET}"><vendor-id>1af4</vendor-id><vendor>Red Hat</vendor>'
                  "</device></libosinfo>")
    device = Catalogue([db_tree.root]).device(NET)
    assert device is not None
    assert (device.name, device.device_class, device.vendor_id, device.vendor) == (
        "virtio1.0-net", "net", "1af4", "Red Hat")


def test_derivation_cycle_does_not_hang(db_tree: DbTree) -> None:
    db_tree.write_os("x/cycle.xml",
                     db_tree.os("c1", "C1", '<derives-from id="http://example.org/c2"/>',
                                '<resources arch="all" inherit="true"/>'),
                     db_tree.os("c2", "C2", '<derives-from id="http://example.org/c1"/>',
                                f'<resources arch="all"><minimum><ram>{GIB}</ram></minimum></resources>'))
    c1 = _get(Catalogue([db_tree.root]), "c1")
    assert [entry.short_id for entry in c1.lineage()] == ["c1", "c2"]
    assert c1.minimum().ram_mib == 1024


@pytest.mark.parametrize(("firmware", "expected"), [
    ('<firmware arch="x86_64" type="efi"><feature name="secure-boot" supported="true"/></firmware>', True),
    ('<firmware arch="x86_64" type="efi"><feature name="secure-boot" supported="false"/></firmware>', False),
    ('<firmware arch="x86_64" type="efi"/>', None),
    ('<firmware arch="x86_64" type="efi" supported="false"/>', False),
    ("", None),
])
def test_secure_boot_where_the_db_says(db_tree: DbTree, firmware: str, expected: bool | None) -> None:
    db_tree.write_os("x/sb.xml", db_tree.os("sb1", "SB", firmware))
    assert _get(Catalogue([db_tree.root]), "sb1").supports_secure_boot("x86_64") is expected

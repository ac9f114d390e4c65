"""Builders: golden files, libvirt's RelaxNG schemas, and the test driver's own parser accepting them.

Set XMLCONF_REGENERATE=1 to rewrite the golden files after an intended change (then review the diff).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import libvirt
import pytest
from unit.xmlconf.xmlconf_support import GOLDEN, schema_errors

from virtdesk.xmlconf import (
    DiskSpec,
    DomainSpec,
    NicSpec,
    XMLConfError,
    build_disk,
    build_domain,
    build_interface,
    build_network,
    build_pool,
    build_volume,
)
from virtdesk.xmlconf.element import XMLElement

pytestmark = pytest.mark.unit

DOMAINS: dict[str, DomainSpec] = {
    "domain-q35-efi-secure": DomainSpec(
        "win11",
        memory_mib=4096,
        vcpus=4,
        uefi=True,
        secure_boot=True,
        disks=[DiskSpec("/var/lib/libvirt/images/win11.qcow2")],
        cdrom="/srv/iso/win11.iso",
        virtio=False,
    ),
    "domain-q35-virtio-spice": DomainSpec(
        "debian12",
        disks=[DiskSpec("/var/lib/libvirt/images/debian12.qcow2"), DiskSpec("/dev/sdb")],
        cdrom="/srv/iso/debian.iso",
        nics=[NicSpec(), NicSpec("bridge", "br0", openvswitch=True)],
    ),
    "domain-pc-bios-vnc-tcg": DomainSpec(
        "legacy",
        memory_mib=512,
        vcpus=1,
        q35=False,
        virtio=False,
        domain_type="qemu",
        graphics="vnc",
        disks=[DiskSpec("disk.img", pool="default", format="raw")],
        nics=[NicSpec("user", None)],
    ),
    "domain-headless-efi": DomainSpec(
        "server",
        firmware="efi",
        graphics=None,
        nics=[NicSpec("direct", "eth0", source_mode="bridge")],
        disks=[DiskSpec("/srv/a.qcow2", bus="scsi", cache="none", boot_order=None)],
    ),
    "domain-aarch64": DomainSpec("arm", arch="aarch64", domain_type="qemu", uefi=True, graphics=None, disks=[]),
}

OTHERS: dict[str, Callable[[], XMLElement]] = {
    "network-nat": lambda: build_network("nat-net", ipv4="192.168.150.1/24", domain_name="lan", mtu=9000),
    "network-isolated": lambda: build_network("isolated", None, ipv4="10.0.9.1/28", bridge="virbr9"),
    "network-routed": lambda: build_network("routed", "route", forward_dev="eth1", ipv4="10.1.0.1/16", dhcp=False),
    "network-bridge": lambda: build_network("host-bridge", "bridge", bridge="br0"),
    "network-passthrough": lambda: build_network("sriov", "passthrough", forward_dev="eth3"),
    "pool-dir": lambda: build_pool("images", "dir", "/var/lib/libvirt/images"),
    "pool-netfs": lambda: build_pool(
        "nfs", "netfs", "/mnt/nfs", source_host="nas", source_dir="/export", source_format="nfs"
    ),
    "pool-logical": lambda: build_pool("vg", "logical", "/dev/vg0", source_name="vg0", source_device="/dev/sdb1"),
    "pool-iscsi": lambda: build_pool(
        "iscsi", "iscsi", "/dev/disk/by-path", source_host="san", source_device="iqn.2024-01.org.example:disk"
    ),
    "pool-rbd": lambda: build_pool("ceph", "rbd", source_host="mon1", source_name="rbdpool"),
    "volume-qcow2": lambda: build_volume("disk.qcow2", 20 * 1024**3),
    "volume-raw-allocated": lambda: build_volume("disk.img", 10**9, "raw", allocation_bytes=10**9),
    "volume-overlay": lambda: build_volume("overlay.qcow2", 10 * 1024**3, backing_path="/images/base.qcow2"),
}

ALL: dict[str, Callable[[], XMLElement]] = {
    **{name: (lambda spec=spec: build_domain(spec)) for name, spec in DOMAINS.items()},
    **OTHERS,
}


@pytest.mark.parametrize("name", ALL)
def test_builder_matches_golden_file(name: str) -> None:
    text = ALL[name]().to_xml()
    golden = GOLDEN / f"{name}.xml"
    if os.environ.get("XMLCONF_REGENERATE"):
        golden.write_text(text)
    assert text == golden.read_text()


@pytest.mark.parametrize("name", ALL)
def test_builder_output_is_valid_for_libvirt_schema(name: str) -> None:
    assert schema_errors(ALL[name]()) is None


@pytest.fixture(scope="module")
def test_driver(tmp_path_factory: pytest.TempPathFactory) -> libvirt.virConnect:
    node = tmp_path_factory.mktemp("node") / "node.xml"
    node.write_text("<node/>")
    libvirt.registerErrorHandler(lambda *_: None, None)
    conn = libvirt.open(f"test://{node}")
    yield conn
    conn.close()


@pytest.mark.parametrize("name", DOMAINS)
def test_test_driver_defines_built_domains(name: str, test_driver: libvirt.virConnect, tmp_path: Path) -> None:
    dom = build_domain(DOMAINS[name])
    dom.type = "test"
    defined = test_driver.defineXML(dom.to_xml())
    try:
        assert defined.name() == DOMAINS[name].name
    finally:
        defined.undefine()


def test_disk_names_avoid_used_targets() -> None:
    assert build_disk(DiskSpec("/a.qcow2"), used_targets=["vda", "vdb"]).target_dev == "vdc"
    assert build_disk(DiskSpec("/a.iso", device="cdrom"), q35=False).target_bus == "ide"
    assert build_disk(DiskSpec("/a.iso", device="cdrom")).readonly is True


def test_interfaces_pick_models_from_support() -> None:
    assert build_interface(NicSpec()).model_type == "virtio"
    assert build_interface(NicSpec(), virtio=False).model_type == "e1000e"
    with pytest.raises(XMLConfError, match="bridge"):
        build_interface(NicSpec("bridge", None))


def test_builders_reject_impossible_requests() -> None:
    with pytest.raises(XMLConfError):
        build_domain(DomainSpec("x", memory_mib=0))
    with pytest.raises(XMLConfError, match="target path"):
        build_pool("p", "dir")
    with pytest.raises(XMLConfError, match="too small"):
        build_network("n", ipv4="10.0.0.1/31")

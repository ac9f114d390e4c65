"""A real session libvirtd accepts what the xmlconf builders produce, and its answers round-trip.

Uses the rig's ``session_daemon`` (its ``.uri``) and ``session_tmp`` (a directory in the daemon user's home).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import libvirt
import pytest
from lxml import etree

from virtdesk.xmlconf import (
    DiskSpec,
    DomainSpec,
    NicSpec,
    StorageVolume,
    build_domain,
    build_pool,
    build_volume,
    load,
)

pytestmark = pytest.mark.integration

SPECS = [
    DomainSpec(
        "q35-efi-secure",
        uefi=True,
        secure_boot=True,
        virtio=False,
        cdrom="/nonexistent/win.iso",
        disks=[DiskSpec("/nonexistent/win.qcow2")],
    ),
    DomainSpec(
        "q35-virtio-spice",
        disks=[DiskSpec("/nonexistent/a.qcow2")],
        cdrom="/nonexistent/d.iso",
        nics=[NicSpec("user", None)],
    ),
    DomainSpec(
        "pc-bios-vnc", q35=False, virtio=False, graphics="vnc", memory_mib=256, vcpus=1, nics=[NicSpec("user", None)]
    ),
    DomainSpec("headless", graphics=None, nics=[], disks=[DiskSpec("/nonexistent/s.qcow2", bus="scsi")]),
]


def c14n(text: str) -> bytes:
    return etree.tostring(etree.fromstring(text.encode()), method="c14n")


@pytest.fixture
def conn(session_daemon: Any) -> Iterator[libvirt.virConnect]:
    connection = libvirt.open(session_daemon.uri)
    yield connection
    connection.close()


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_daemon_defines_built_domain_and_its_xml_round_trips(conn: libvirt.virConnect, spec: DomainSpec) -> None:
    name = f"xmlconf-{spec.name}-{uuid.uuid4().hex[:6]}"
    dom = conn.defineXML(build_domain(replace(spec, name=name, domain_type="qemu")).to_xml())
    try:
        for flags in (0, libvirt.VIR_DOMAIN_XML_INACTIVE | libvirt.VIR_DOMAIN_XML_SECURE):
            text = dom.XMLDesc(flags)
            parsed = load(text)
            assert c14n(parsed.to_xml()) == c14n(text)
            assert parsed.name == name  # type: ignore[attr-defined]
            parsed.title = "edited by virtdesk"  # type: ignore[attr-defined]
            redefined = conn.defineXML(parsed.to_xml())
            assert redefined.metadata(libvirt.VIR_DOMAIN_METADATA_TITLE, None) == "edited by virtdesk"
    finally:
        dom.undefineFlags(libvirt.VIR_DOMAIN_UNDEFINE_NVRAM)


def test_daemon_defines_built_pool_and_volumes(conn: libvirt.virConnect, session_tmp: Path) -> None:
    target = session_tmp / f"xmlconf-pool-{uuid.uuid4().hex[:6]}"
    pool = conn.storagePoolDefineXML(build_pool(target.name, "dir", str(target)).to_xml())
    try:
        pool.build(0)
        pool.create(0)
        assert c14n(load(pool.XMLDesc()).to_xml()) == c14n(pool.XMLDesc())
        base = pool.createXML(build_volume("base.qcow2", 64 * 1024**2).to_xml(), 0)
        overlay = pool.createXML(build_volume("overlay.qcow2", 64 * 1024**2, backing_path=base.path()).to_xml(), 0)
        raw = pool.createXML(build_volume("raw.img", 1024**2, "raw").to_xml(), 0)
        for vol, fmt in ((base, "qcow2"), (overlay, "qcow2"), (raw, "raw")):
            parsed = load(vol.XMLDesc())
            assert isinstance(parsed, StorageVolume)
            assert parsed.target_format == fmt and parsed.capacity in (64 * 1024**2, 1024**2)
            assert c14n(parsed.to_xml()) == c14n(vol.XMLDesc())
        assert load(overlay.XMLDesc()).backing_store_path == base.path()  # type: ignore[attr-defined]
        for vol in (overlay, base, raw):
            vol.delete(0)
        pool.destroy()
        pool.delete(0)
    finally:
        if pool.isActive():
            pool.destroy()
        pool.undefine()

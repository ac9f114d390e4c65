"""ISO images written by virtdesk.model.iso_image, read back by real ISO tools: isoinfo (genisoimage), xorriso's
osirrox and blkid; and the header reader on images genisoimage wrote."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from rig import apt, errors
from rig.errors import Unavailable

from virtdesk.model.iso_image import (
    PVD_OFFSET,
    SECTOR,
    build_iso,
    parse_primary_descriptor,
    read_iso_header,
    read_iso_volume_id,
)

pytestmark = pytest.mark.unit

CLOUD_FILES = {"user-data": b"#cloud-config\nhostname: web01\n", "meta-data": b"instance-id: web01-1\n",
               "network-config": b"version: 2\nethernets: {}\n"}


def program(name: str, package: str) -> str:
    """The path of a tool of a Debian package, installed when missing (or the test skipped where it cannot be)."""
    try:
        apt.ensure(package)
    except Unavailable as exc:
        errors.missing_part(str(exc))
    return shutil.which(name) or errors.missing_part(f"{package} installs no {name}")


@pytest.fixture(scope="module")
def isoinfo() -> str:
    return program("isoinfo", "genisoimage")


@pytest.fixture(scope="module")
def osirrox() -> str:
    return program("osirrox", "xorriso")


@pytest.fixture(scope="module")
def blkid() -> str:
    return program("blkid", "util-linux")


def run(*command: str | Path) -> bytes:
    return subprocess.run([str(c) for c in command], capture_output=True, check=True, timeout=60).stdout


def write(path: Path, image: bytes) -> Path:
    path.write_bytes(image)
    return path


def extracted(osirrox: str, iso: Path, folder: Path) -> dict[str, bytes]:
    """Every file of the image, as osirrox restores it (Rock Ridge names)."""
    run(osirrox, "-indev", iso, "-extract", "/", folder)
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_the_cloud_init_names_survive_in_rock_ridge_and_in_joliet(isoinfo, tmp_path):
    iso = write(tmp_path / "seed.iso", build_iso(CLOUD_FILES, "cidata"))
    for tree in ("-R", "-J"):
        assert run(isoinfo, tree, "-f", "-i", iso).decode().split() == ["/meta-data", "/network-config",
                                                                          "/user-data"]
        for name, data in CLOUD_FILES.items():
            assert run(isoinfo, tree, "-i", iso, "-x", f"/{name}") == data


def test_rock_ridge_gives_read_only_posix_modes(isoinfo, tmp_path):
    iso = write(tmp_path / "seed.iso", build_iso(CLOUD_FILES, "cidata"))
    rows = [line.split() for line in run(isoinfo, "-R", "-l", "-i", iso).decode().splitlines()
            if line.startswith(("-", "d"))]
    assert {row[-1]: row[0] for row in rows} == {".": "dr-xr-xr-x", "..": "dr-xr-xr-x", "meta-data": "-r--r--r--",
                                                 "network-config": "-r--r--r--", "user-data": "-r--r--r--"}


def test_plain_iso9660_names_are_distinct_level_1_names(isoinfo, tmp_path):
    files = {"user-data": b"1", "user_data": b"2", "user-data.extension": b"3", "a.b.c": b"4"}
    iso = write(tmp_path / "names.iso", build_iso(files, "NAMES"))
    names = run(isoinfo, "-f", "-i", iso).decode().split()
    assert sorted(names) == sorted({"/A_B.C;1", "/USER_DAT.;1", "/USER_DA1.;1", "/USER_DAT.EXT;1"})
    rock_ridge = {name: run(isoinfo, "-R", "-i", iso, "-x", f"/{name}") for name in files}
    assert rock_ridge == files


def test_osirrox_restores_every_file_of_a_directory_that_spans_several_sectors(osirrox, tmp_path):
    files = {f"file-number-{n:03d}-with-a-long-name.txt": bytes([n]) * (n * 97) for n in range(150)}
    files |= {"empty": b"", "one-sector": b"x" * SECTOR, "a-sector-and-a-byte": b"y" * (SECTOR + 1)}
    iso = write(tmp_path / "many.iso", build_iso(files, "MANY"))
    assert extracted(osirrox, iso, tmp_path / "out") == files


def test_blkid_finds_the_iso9660_label(blkid, tmp_path):
    iso = write(tmp_path / "seed.iso", build_iso(CLOUD_FILES, "cidata"))
    probe = run(blkid, "-p", "-o", "export", iso).decode().splitlines()
    assert "TYPE=iso9660" in probe and "LABEL=cidata" in probe
    assert run(blkid, "-p", "-t", "LABEL=cidata", "-o", "device", iso).decode().strip() == str(iso)


def test_the_descriptors_name_the_volume_its_size_and_both_extensions(isoinfo, tmp_path):
    image = build_iso(CLOUD_FILES, "cidata")
    details = run(isoinfo, "-d", "-i", write(tmp_path / "seed.iso", image)).decode()
    assert "Volume id: cidata" in details
    assert f"Volume size is: {len(image) // SECTOR}" in details
    assert "Joliet with UCS level 3 found" in details and "Rock Ridge signatures version 1 found" in details


def test_the_path_tables_lead_to_the_root_directory(isoinfo, tmp_path):
    image = build_iso(CLOUD_FILES, "cidata")
    pvd = image[PVD_OFFSET:PVD_OFFSET + SECTOR]
    root_extent = int.from_bytes(pvd[158:162], "little")
    little, big = int.from_bytes(pvd[140:144], "little"), int.from_bytes(pvd[148:152], "big")
    assert image[little * SECTOR:little * SECTOR + 10] == bytes([1, 0]) + root_extent.to_bytes(4, "little") + \
        b"\1\0\0\0"
    assert image[big * SECTOR:big * SECTOR + 10] == bytes([1, 0]) + root_extent.to_bytes(4, "big") + b"\0\1\0\0"
    table = run(isoinfo, "-p", "-i", write(tmp_path / "seed.iso", image)).decode()
    assert f"Path table starts at block {little}, size 10" in table
    assert f"1:    1 {root_extent:x}" in table


def test_the_image_depends_only_on_its_input(isoinfo, tmp_path):
    assert build_iso(CLOUD_FILES, "cidata") == build_iso(dict(reversed(CLOUD_FILES.items())), "cidata")
    when = datetime(2024, 5, 17, 13, 45, 10, tzinfo=UTC)
    dated = build_iso(CLOUD_FILES, "cidata", timestamp=when)
    assert dated != build_iso(CLOUD_FILES, "cidata")
    listing = run(isoinfo, "-R", "-l", "-i", write(tmp_path / "dated.iso", dated)).decode()
    assert listing.count("May 17 2024") == 5


def test_names_and_labels_an_image_cannot_hold_are_refused():
    for name in ("", ".", "..", "a/b", "a\0b", "x" * 65, "what?", "a:b", "tab\there", "emoji-\U0001f600"):
        with pytest.raises(ValueError):
            build_iso({name: b""}, "OK")
    for label in ("", "x" * 33, "ünïcode", "line\nbreak"):
        with pytest.raises(ValueError):
            build_iso(CLOUD_FILES, label)


def test_the_header_of_an_image_genisoimage_wrote(isoinfo, tmp_path):
    genisoimage = program("genisoimage", "genisoimage")
    (tmp_path / "tree").mkdir()
    (tmp_path / "tree" / "README").write_text("hello\n")
    iso = tmp_path / "debian.iso"
    run(genisoimage, "-quiet", "-o", iso, "-V", "Debian 12.5.0 amd64 n", "-sysid", "LINUX", "-publisher",
        "Debian Project", "-A", "Debian GNU/Linux", "-r", "-J", tmp_path / "tree")
    header = read_iso_header(iso)
    assert (header.volume_id, header.system_id, header.publisher, header.application) == (
        "Debian 12.5.0 amd64 n", "LINUX", "Debian Project", "Debian GNU/Linux")
    assert read_iso_volume_id(iso.read_bytes()) == read_iso_volume_id(str(iso)) == "Debian 12.5.0 amd64 n"


def test_the_header_of_virtdesks_own_image_and_of_something_else(tmp_path):
    header = read_iso_header(build_iso(CLOUD_FILES, "cidata"))
    assert (header.volume_id, header.system_id, header.publisher, header.application) == (
        "cidata", None, None, "VIRTDESK")
    for not_iso in (b"", b"\0" * 40000, write(tmp_path / "text", b"not an image\n" * 4000)):
        with pytest.raises(ValueError):
            read_iso_header(not_iso)


def test_a_primary_descriptor_alone_gives_the_header_with_the_architecture_asked_for():
    image = build_iso(CLOUD_FILES, "DISTRO-5-aarch64")
    header = parse_primary_descriptor(image[PVD_OFFSET:PVD_OFFSET + SECTOR], "aarch64")
    assert header is not None and (header.volume_id, header.arch) == ("DISTRO-5-aarch64", "aarch64")
    joliet = image[PVD_OFFSET + SECTOR:PVD_OFFSET + 2 * SECTOR]
    assert parse_primary_descriptor(joliet) is None and parse_primary_descriptor(b"\1CD001\1") is None

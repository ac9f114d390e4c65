"""The catalogue against the distribution's real osinfo-db (Debian 12's osinfo-db 0.20221130)."""

from __future__ import annotations

from datetime import date

import pytest

from virtdesk.osinfo import Catalogue, IsoHeader

pytestmark = pytest.mark.unit


def test_windows_11_header_resources_and_firmware(system_catalogue: Catalogue) -> None:
    win11 = system_catalogue.get("win11")
    assert win11 is not None
    assert win11.name == "Microsoft Windows 11"
    assert (win11.vendor, win11.family, win11.distro, win11.version) == (
        "Microsoft Corporation", "winnt", "win", "11.0")
    assert win11.release_date == date(2021, 10, 5)
    assert [parent.short_id for parent in win11.derives_from] == ["win10"]
    minimum = win11.minimum("x86_64")
    assert (minimum.ram_mib, minimum.vcpus, minimum.storage_gib) == (4096, 2, 64.0)
    assert win11.supports_efi("x86_64")
    assert not win11.supports_bios("x86_64")
    assert win11.supports_bios("i686")


def test_windows_11_identified_from_its_iso(system_catalogue: Catalogue) -> None:
    found = system_catalogue.identify_media(
        "CCCOMA_X64FRE_EN-US_DV9", publisher="MICROSOFT CORPORATION", arch="x86_64")
    assert found[0].short_id == "win11"


def test_debian_11_aliases_resources_and_arch_fallback(system_catalogue: Catalogue) -> None:
    debian11 = system_catalogue.get("debian11")
    assert debian11 is not None
    assert system_catalogue.get("debianbullseye") is debian11
    assert system_catalogue.get("http://debian.org/debian/11") is debian11
    assert debian11.codename == "bullseye"
    # Only an arch="all" block exists: every architecture falls back to it.
    for arch in ("x86_64", "aarch64"):
        assert debian11.minimum(arch).ram_mib == 1024
        assert debian11.recommended(arch).storage_gib == 20.0


def test_debian_11_inherits_virtio_from_debian_10(system_catalogue: Catalogue) -> None:
    debian11 = system_catalogue.get("debian11")
    assert debian11 is not None
    own_names = {system_catalogue.device(link.device_id).name for link in debian11.details.device_links}
    assert "virtio-net" not in own_names  # stated by an ancestor only
    assert debian11.supports_virtio_net
    assert debian11.supports_virtio_blk
    assert debian11.supports_virtio1
    assert debian11.supports_device("virtio1.0-fs")


def test_debian_11_media_trees_and_cloud_images(system_catalogue: Catalogue) -> None:
    matches = system_catalogue.match_media(IsoHeader("Debian 11.5.0 amd64 n", arch="x86_64"))
    assert matches[0].os.short_id == "debian11"
    assert matches[0].media.arch == "x86_64"
    assert matches[0].media.url is not None and matches[0].media.url.endswith("amd64-netinst.iso")
    debian11 = matches[0].os
    assert any(tree.arch == "x86_64" and tree.url and "installer-amd64" in tree.url for tree in debian11.trees)
    assert any(image.format == "qcow2" and image.cloud_init and image.arch == "x86_64" for image in debian11.images)


def test_ubuntu_22_04_withdraws_virtio_gpu_and_linux2022_restores_it(system_catalogue: Catalogue) -> None:
    ubuntu = system_catalogue.get("ubuntu22.04")
    generic_linux = system_catalogue.get("linux2022")
    assert ubuntu is not None and generic_linux is not None
    assert system_catalogue.get("ubuntujammy") is ubuntu
    assert not ubuntu.supports_device("virtio1.0-gpu")
    assert generic_linux.supports_device("virtio1.0-gpu")
    assert generic_linux.supports_virtio_net


def test_linux2022_inherits_resources_from_ubuntu(system_catalogue: Catalogue) -> None:
    generic_linux = system_catalogue.get("linux2022")
    assert generic_linux is not None
    assert generic_linux.details.resource_specs("minimum")[0].ram_bytes is None  # it states nothing itself
    assert generic_linux.minimum().ram_mib == 2048
    assert generic_linux.recommended().ram_mib == 4096
    assert generic_linux.recommended().storage_gib == 25.0
    assert generic_linux.eol_date == date(2027, 1, 1)
    assert not generic_linux.is_eol(date(2026, 12, 31))
    assert generic_linux.is_eol(date(2027, 1, 2))


def test_ubuntu_22_04_identified_from_server_and_desktop_isos(system_catalogue: Catalogue) -> None:
    assert system_catalogue.identify_media("Ubuntu 22.04.1 LTS amd64")[0].short_id == "ubuntu22.04"
    assert system_catalogue.identify_media("Ubuntu-Server 22.04 LTS amd64")[0].short_id == "ubuntu22.04"


def test_rhel_9_per_arch_resources(system_catalogue: Catalogue) -> None:
    rhel = system_catalogue.get("rhel9.0")
    assert rhel is not None
    assert rhel.minimum("x86_64").ram_mib == 1536
    assert rhel.minimum("x86_64").vcpus == 1  # from the arch="all" block
    assert rhel.minimum("ppc64le").ram_mib == 2048
    assert rhel.maximum("x86_64").vcpus == 768
    assert rhel.resources("network-install", "x86_64").ram_mib == 3072
    assert rhel.supports_efi("x86_64")


@pytest.mark.parametrize(("volume_id", "short_id"), [
    ("RHEL-9-0-0-BaseOS-x86_64", "rhel9.0"),
    ("RHEL-9-1-0-BaseOS-x86_64", "rhel9.1"),
    ("Fedora-WS-Live-37-1-7", "fedora37"),
    ("Fedora-S-dvd-x86_64-37", "fedora37"),
])
def test_identify_distribution_isos(system_catalogue: Catalogue, volume_id: str, short_id: str) -> None:
    assert system_catalogue.identify_media(volume_id, system_id="LINUX", arch="x86_64")[0].short_id == short_id


def test_fedora_entries(system_catalogue: Catalogue) -> None:
    fedora = system_catalogue.get("fedora37")
    assert fedora is not None
    assert fedora.distro == "fedora"
    assert fedora.derives_from[0].short_id == "fedora36"
    assert fedora.minimum().ram_mib == 1024
    assert fedora.supports_virtio_net and fedora.supports_efi()
    fedoras = [entry for entry in system_catalogue.all() if entry.distro == "fedora"]
    assert len(fedoras) > 30


def test_generic_fallbacks(system_catalogue: Catalogue) -> None:
    generic = system_catalogue.get("generic")
    assert generic is not None
    assert generic.minimum().is_empty
    assert generic.media == ()
    assert system_catalogue.search("generic")[0] is generic
    for short_id in ("linux2016", "linux2018", "linux2020", "linux2022", "unknown"):
        assert system_catalogue.get(short_id) is not None, short_id


def test_search_ranks_exact_short_id_first(system_catalogue: Catalogue) -> None:
    assert system_catalogue.search("win10")[0].short_id == "win10"
    assert system_catalogue.search("ubuntu 22.04")[0].short_id == "ubuntu22.04"


def test_search_as_the_user_types(system_catalogue: Catalogue) -> None:
    today = date(2026, 11, 22)
    assert system_catalogue.search("ubu 22", today=today)[0].short_id == "ubuntu22.04"
    deb = system_catalogue.search("deb", today=today)
    assert deb and all(entry.distro == "debian" for entry in deb)
    debian_1 = [entry.short_id for entry in system_catalogue.search("debian 1", today=today)]
    assert debian_1[:2] == ["debian11", "debian10"]
    win = system_catalogue.search("win", limit=5, today=today)
    assert len(win) == 5
    assert win[0].short_id == "win11"  # the newest not-EOL Windows
    assert not any(entry.is_eol(today) for entry in win)


def test_search_puts_eol_releases_last(system_catalogue: Catalogue) -> None:
    today = date(2026, 11, 22)
    results = system_catalogue.search("ubuntu", limit=500, today=today)
    eol_flags = [entry.is_eol(today) for entry in results]
    assert eol_flags == sorted(eol_flags)
    assert True in eol_flags and False in eol_flags


def test_search_without_match(system_catalogue: Catalogue) -> None:
    assert system_catalogue.search("no such system qqq") == []


def test_unknown_volume_id_identifies_nothing(system_catalogue: Catalogue) -> None:
    assert system_catalogue.identify_media("MY_HOME_MADE_DISC") == []
    assert system_catalogue.identify_media("   ") == []

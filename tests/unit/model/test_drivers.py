"""Which drivers this machine's libvirt can open locally, and which TLS client file is missing: on trees of files
the tests lay out as a machine would have them."""

from __future__ import annotations

from pathlib import Path

import pytest

from virtdesk.model.drivers import TlsFiles, local_drivers

pytestmark = pytest.mark.unit

MODULES = Path("usr/lib/x86_64-linux-gnu/libvirt/connection-driver")


def lay_out(root: Path, *files: str) -> Path:
    for name in files:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()
    return root


def test_debian_with_only_the_qemu_driver(tmp_path: Path) -> None:
    root = lay_out(tmp_path, "usr/sbin/libvirtd", str(MODULES / "libvirt_driver_qemu.so"),
                   str(MODULES / "libvirt_driver_network.so"))
    missing = local_drivers(root, platform="linux")
    assert missing["qemu"] == "" and missing["test"] == ""
    assert "libvirt_driver_libxl.so" in missing["xen"] and "libvirt-daemon-driver-xen" in missing["xen"]
    assert "libvirt_driver_lxc.so" in missing["lxc"] and "libvirt-daemon-driver-lxc" in missing["lxc"]
    assert "/proc/vz" in missing["openvz"]
    assert "FreeBSD" in missing["bhyve"]


def test_a_module_without_a_daemon_to_load_it(tmp_path: Path) -> None:
    root = lay_out(tmp_path, str(MODULES / "libvirt_driver_qemu.so"))
    assert "libvirtd or virtqemud" in local_drivers(root, platform="linux")["qemu"]


@pytest.mark.parametrize("daemon", ["usr/sbin/virtqemud", "usr/bin/libvirtd"])
def test_the_modular_daemon_or_another_prefix_will_do(tmp_path: Path, daemon: str) -> None:
    root = lay_out(tmp_path, daemon, "usr/lib64/libvirt/connection-driver/libvirt_driver_qemu.so")
    assert local_drivers(root, platform="linux")["qemu"] == ""


def test_xen_needs_a_xen_kernel_and_openvz_an_openvz_one(tmp_path: Path) -> None:
    root = lay_out(tmp_path, "usr/sbin/libvirtd", str(MODULES / "libvirt_driver_libxl.so"))
    assert "/proc/xen/capabilities" in local_drivers(root, platform="linux")["xen"]
    lay_out(root, "proc/xen/capabilities", "proc/vz")
    missing = local_drivers(root, platform="linux")
    assert missing["xen"] == "" and missing["openvz"] == ""


def test_bhyve_on_freebsd(tmp_path: Path) -> None:
    root = lay_out(tmp_path, "usr/sbin/virtbhyved", "usr/local/lib/libvirt/connection-driver/libvirt_driver_bhyve.so")
    assert local_drivers(root, platform="freebsd14")["bhyve"] == ""


def test_this_machine_always_has_the_test_driver_and_never_bhyve() -> None:
    missing = local_drivers()
    assert missing["test"] == "" and missing["bhyve"] != ""


SYSTEM = ("CA/cacert.pem", "libvirt/clientcert.pem", "libvirt/private/clientkey.pem")
USER = ("cacert.pem", "clientcert.pem", "clientkey.pem")


def tls(tmp_path: Path, system: tuple[str, ...] = (), user: tuple[str, ...] = (), privileged: bool = True) -> TlsFiles:
    return TlsFiles(pki=lay_out(tmp_path / "pki", *system), user_pki=lay_out(tmp_path / "user", *user),
                    privileged=privileged)


@pytest.mark.parametrize("absent", SYSTEM)
def test_root_uses_the_system_files_and_is_told_the_missing_one(tmp_path: Path, absent: str) -> None:
    files = tls(tmp_path, tuple(name for name in SYSTEM if name != absent), user=USER)
    assert files.missing() == str(tmp_path / "pki" / absent)


def test_root_with_every_system_file(tmp_path: Path) -> None:
    assert tls(tmp_path, SYSTEM).missing() == ""


def test_a_user_with_their_own_files_needs_none_of_the_system_ones(tmp_path: Path) -> None:
    assert tls(tmp_path, user=USER, privileged=False).missing() == ""


def test_a_user_falls_back_to_the_system_ca_and_pair(tmp_path: Path) -> None:
    files = tls(tmp_path, ("CA/cacert.pem", "libvirt/clientcert.pem", "libvirt/private/clientkey.pem"),
                user=("clientcert.pem",), privileged=False)
    assert files.missing() == ""  # the user's certificate lacks its key: the system pair is used


def test_a_user_is_told_both_places(tmp_path: Path) -> None:
    files = tls(tmp_path, ("CA/cacert.pem",), user=("clientkey.pem",), privileged=False)
    assert files.missing() == f"{tmp_path / 'pki/libvirt/clientcert.pem'} (or {tmp_path / 'user/clientcert.pem'})"


def test_a_pkipath_holds_everything(tmp_path: Path) -> None:
    files = tls(tmp_path, SYSTEM)
    directory = lay_out(tmp_path / "mine", "cacert.pem", "clientcert.pem")
    assert files.missing(str(directory)) == str(directory / "clientkey.pem")

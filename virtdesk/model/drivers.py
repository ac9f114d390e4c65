"""What this machine's libvirt can open by itself: which hypervisor drivers are installed (and why one is not),
and which TLS client certificate is missing. Both read the disk: run them on a worker (model/worker.py).

A remote host decides for itself what it offers; these checks are about local connections and the local side
of a TLS link.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

MONOLITHIC_DAEMON = "libvirtd"
_DAEMON_DIRS = ("usr/sbin", "usr/bin", "usr/local/sbin")
_MODULE_DIRS = ("usr/lib/*/libvirt/connection-driver", "usr/lib*/libvirt/connection-driver",
                "usr/local/lib*/libvirt/connection-driver")


@dataclass(frozen=True)
class _Driver:
    module: str = ""  # its libvirt_driver_*.so, loaded by a daemon ("" = inside libvirt itself)
    daemon: str = ""  # the modular daemon that serves it, besides libvirtd
    package: str = ""  # the Debian package with the module
    kernel_file: str = ""  # what the running kernel shows when it can run this hypervisor
    platform: str = ""  # the only sys.platform it runs on


_DRIVERS = {
    "qemu": _Driver("libvirt_driver_qemu.so", "virtqemud", "libvirt-daemon-driver-qemu"),
    "xen": _Driver("libvirt_driver_libxl.so", "virtxend", "libvirt-daemon-driver-xen",
                   kernel_file="proc/xen/capabilities"),
    "lxc": _Driver("libvirt_driver_lxc.so", "virtlxcd", "libvirt-daemon-driver-lxc"),
    "vbox": _Driver("libvirt_driver_vbox.so", "virtvboxd", "libvirt-daemon-driver-vbox"),
    "ch": _Driver("libvirt_driver_ch.so", "virtchd"),
    "openvz": _Driver(kernel_file="proc/vz"),
    "bhyve": _Driver("libvirt_driver_bhyve.so", "virtbhyved", platform="freebsd"),
    "test": _Driver(),
}


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


def _missing_reason(driver: _Driver, root: Path, module_dirs: list[Path], platform: str) -> str:
    if driver.platform and not platform.startswith(driver.platform):
        return _tr("it runs on FreeBSD only; connect to a FreeBSD host over the network.")
    if driver.module:
        if not any((directory / driver.module).exists() for directory in module_dirs):
            if driver.package:
                return _tr("libvirt's {module} is not installed (Debian package {package}).").format(
                    module=driver.module, package=driver.package)
            return _tr("libvirt's {module} is not installed.").format(module=driver.module)
        daemons = (MONOLITHIC_DAEMON, driver.daemon)
        if not any((root / directory / daemon).exists() for directory in _DAEMON_DIRS for daemon in daemons):
            return _tr("no libvirt daemon to run it is installed (libvirtd or {daemon}).").format(
                daemon=driver.daemon)
    if driver.kernel_file and not (root / driver.kernel_file).exists():
        return _tr("this machine's kernel cannot run it (there is no /{file}).").format(file=driver.kernel_file)
    return ""


def local_drivers(root: Path = Path("/"), platform: str = sys.platform) -> dict[str, str]:
    """{URI scheme: why libvirt here cannot open it locally} for every driver virtdesk offers; "" when it can.

    A driver in a daemon needs its module and a daemon to load it (libvirtd or the driver's own one); the
    in-library ones (test, OpenVZ) need only what the hypervisor itself needs from the kernel.
    """
    module_dirs = sorted({path for pattern in _MODULE_DIRS for path in root.glob(pattern)})
    return {scheme: _missing_reason(driver, root, module_dirs, platform) for scheme, driver in _DRIVERS.items()}


@dataclass(frozen=True)
class TlsFiles:
    """Where libvirt looks for its TLS client files (`pki`: /etc/pki; `user_pki`: ~/.pki/libvirt, used by any user
    but root); `missing()` names the first one that is not there."""

    pki: Path = Path("/etc/pki")
    user_pki: Path = field(default_factory=lambda: Path.home() / ".pki" / "libvirt")
    privileged: bool = field(default_factory=lambda: os.geteuid() == 0)

    def missing(self, pkipath: str = "") -> str:
        """The first missing one of the CA certificate, the client certificate and its key ("" when none is),
        as libvirt 9 looks for them: all in `pkipath` when the URI names one; else, for a user other than root,
        the CA certificate and the certificate-and-key pair each from ~/.pki/libvirt when there, else /etc/pki."""
        if pkipath:
            directory = Path(pkipath)
            return _first_missing([directory / "cacert.pem", directory / "clientcert.pem",
                                   directory / "clientkey.pem"])
        system_ca = self.pki / "CA" / "cacert.pem"
        system_pair = [self.pki / "libvirt" / "clientcert.pem", self.pki / "libvirt" / "private" / "clientkey.pem"]
        if self.privileged:
            return _first_missing([system_ca, *system_pair])
        user_ca = self.user_pki / "cacert.pem"
        user_pair = [self.user_pki / "clientcert.pem", self.user_pki / "clientkey.pem"]
        ca = user_ca if user_ca.exists() else system_ca
        pair = user_pair if all(path.exists() for path in user_pair) else system_pair
        for path, user_path in zip([ca, *pair], [user_ca, *user_pair], strict=True):
            if not path.exists():
                return _tr("{path} (or {user_path})").format(path=path, user_path=user_path)
        return ""


def _first_missing(paths: list[Path]) -> str:
    return next((str(path) for path in paths if not path.exists()), "")

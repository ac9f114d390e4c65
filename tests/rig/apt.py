"""Installs the Debian packages a rig part needs, only when dpkg says they are missing."""

from __future__ import annotations

import os
import subprocess
import threading

from rig.errors import Unavailable

_lock = threading.Lock()
_updated = False


def missing(packages: tuple[str, ...] | list[str]) -> list[str]:
    """The packages of the list that dpkg does not report as installed."""
    absent = []
    for package in packages:
        status = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True, check=False
        ).stdout
        if "install ok installed" not in status:
            absent.append(package)
    return absent


def _apt_get(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    return subprocess.run(
        ["apt-get", "-o", "DPkg::Lock::Timeout=300", *args],
        capture_output=True, text=True, env=env, check=False,
    )


def ensure(*packages: str) -> None:
    """Installs those of ``packages`` that are missing (``apt-get update`` once, if the install lacks lists)."""
    global _updated
    with _lock:
        todo = missing(packages)
        if not todo:
            return
        if os.geteuid() != 0:
            raise Unavailable(f"packages {' '.join(todo)} are missing and only root can install them")
        install = ("install", "-y", "-q", "--no-install-recommends", *todo)
        result = _apt_get(*install)
        if result.returncode != 0 and not _updated:
            _updated = True
            _apt_get("update", "-q")
            result = _apt_get(*install)
        if result.returncode != 0:
            raise Unavailable(f"apt-get could not install {' '.join(todo)}:\n{result.stderr[-2000:]}")

"""Installs the Debian packages a rig part needs, only when dpkg says they are missing.

The install goes through ``scripts/setup packages``, which keeps the packages' services (libvirtd, sshd, ...) from
being started on the machine by their maintainer scripts.
"""

from __future__ import annotations

import os
import subprocess
import threading
from pathlib import Path

from rig.errors import Unavailable

SETUP = Path(__file__).resolve().parents[2] / "scripts" / "setup"
_lock = threading.Lock()


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


def ensure(*packages: str) -> None:
    """Installs those of ``packages`` that are missing."""
    with _lock:
        todo = missing(packages)
        if not todo:
            return
        if os.geteuid() != 0:
            raise Unavailable(f"packages {' '.join(todo)} are missing and only root can install them")
        result = subprocess.run([str(SETUP), "packages", *todo], capture_output=True, text=True, check=False)
        if still := missing(todo):
            raise Unavailable(f"could not install {' '.join(still)}:\n{(result.stdout + result.stderr)[-2000:]}")

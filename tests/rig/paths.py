"""Where the rig keeps its files: everything it creates lives under RIG_DIR (or VIRTDESK_RIG_DIR)."""

from __future__ import annotations

import os
from pathlib import Path

RIG_DIR = Path(os.environ.get("VIRTDESK_RIG_DIR", "/var/tmp/virtdesk-rig"))
PID_DIR = RIG_DIR / "pids"
LOG_DIR = RIG_DIR / "logs"
HOME_DIR = RIG_DIR / "home"
GUEST_DIR = RIG_DIR / "guest"
SSHD_DIR = RIG_DIR / "sshd"
SYSTEM_DIR = RIG_DIR / "system"


def rig_dir(path: Path, mode: int = 0o755) -> Path:
    """Creates a directory of the rig (and its parents) with the given mode; returns it."""
    path.mkdir(parents=True, exist_ok=True)
    path.chmod(mode)
    return path

"""Public keys for the known-hosts tests, made by ssh-keygen (OpenSSH's own tool) in the test's directory."""

from __future__ import annotations

import base64
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture
def new_key(tmp_path: Path) -> Callable[[str], tuple[str, bytes]]:
    """Makes a host key of the given type; returns (key type, public blob)."""
    made = []

    def make(key_type: str = "ed25519") -> tuple[str, bytes]:
        path = tmp_path / f"key{len(made)}"
        subprocess.run(["ssh-keygen", "-q", "-t", key_type, "-N", "", "-f", str(path)], check=True)
        made.append(path)
        name, encoded = path.with_suffix(".pub").read_text().split()[:2]
        return name, base64.b64decode(encoded)

    return make

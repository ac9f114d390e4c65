"""The real program on a qemu+ssh URI to the rig's sshd, non-interactively (`--screenshot`): a known host opens
through virtdesk's own SSH and shows its VMs; an unknown host fails naming the fingerprint; a changed key fails
saying so. Nobody is asked, nothing hangs, the exit status says it, and no traceback reaches the user."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from remote_harness import other_host_key, rig_uri
from rig.session_daemon import SessionDaemon
from rig.sshd import Sshd

pytestmark = pytest.mark.integration


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    (home / ".ssh").mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local" / "share"), QT_QPA_PLATFORM="offscreen")
    env.pop("SSH_AUTH_SOCK", None)
    return subprocess.run([sys.executable, "-m", "virtdesk", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_a_known_host_opens_through_virtdesks_ssh(sshd: Sshd, session_daemon: SessionDaemon,
                                                  tcg_guest, tmp_path: Path) -> None:
    (tmp_path / "home" / ".ssh").mkdir(parents=True)
    (tmp_path / "home" / ".ssh" / "known_hosts").write_text(sshd.known_hosts_path.read_text())
    out = tmp_path / "manager.png"
    result = run(tmp_path, "--connect", rig_uri(sshd), "--screenshot", str(out))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert not QImage(str(out)).isNull()


def test_an_unknown_host_fails_naming_its_fingerprint(sshd: Sshd, tmp_path: Path) -> None:
    result = run(tmp_path, "--connect", rig_uri(sshd), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 1
    assert "is not known" in result.stderr and sshd.host_key_fingerprint in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "home" / ".local" / "share" / "virtdesk" / "known_hosts").exists()


def test_a_changed_host_key_fails_saying_so(sshd: Sshd, tmp_path: Path) -> None:
    own = tmp_path / "home" / ".local" / "share" / "virtdesk" / "known_hosts"
    own.parent.mkdir(parents=True)
    own.write_text(other_host_key(sshd, tmp_path))
    result = run(tmp_path, "--connect", rig_uri(sshd), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 1
    assert "has changed" in result.stderr and sshd.host_key_fingerprint in result.stderr
    assert "Traceback" not in result.stderr

"""The rig sshd's host key under virtdesk's policy: asked about once and remembered, refused without anyone to ask,
refused when changed (with or without anyone to ask) until the old key is removed; ~/.ssh is only read."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from rig.sshd import Sshd

from virtdesk.remote.errors import HostKeyChanged, HostKeyRejected, HostKeyUnknown
from virtdesk.remote.hostkeys import HostKeyQuestion, KnownHosts
from virtdesk.remote.known_hosts import entry_line, lookup_name
from virtdesk.remote.registry import SessionRegistry
from virtdesk.remote.settings import SshSettings
from virtdesk.remote.uri import SshUri

pytestmark = pytest.mark.integration


def asker(answer: bool) -> tuple[list[HostKeyQuestion], Callable[[HostKeyQuestion], bool]]:
    """A host-key callback giving answer, and the list of what it was asked."""
    asked: list[HostKeyQuestion] = []
    return asked, lambda question: asked.append(question) or answer


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    """(a stand-in for ~/.ssh/known_hosts, virtdesk's own known-hosts file)."""
    (tmp_path / "ssh").mkdir()
    return tmp_path / "ssh" / "known_hosts", tmp_path / "data" / "virtdesk" / "known_hosts"


def connect(sshd: Sshd, files: tuple[Path, Path], ask: Callable[[HostKeyQuestion], bool] | None) -> SessionRegistry:
    """Logs in with a fresh registry (a new connection each time); returns it, to be closed by the caller."""
    registry = SessionRegistry()
    settings = SshSettings(ask_host_key=ask, ssh_dir=files[0].parent, agent_socket=None,
                           known_hosts=KnownHosts(files[1], [files[0]]))
    uri = SshUri(driver="qemu", host=sshd.host, port=sshd.port, user=sshd.key_user, keyfile=str(sshd.key_path))
    registry.acquire_for(uri, settings)
    return registry


def other_key(tmp_path: Path) -> tuple[str, bytes]:
    path = tmp_path / "impostor"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(path)], check=True)
    key_type, encoded = path.with_suffix(".pub").read_text().split()[:2]
    return key_type, base64.b64decode(encoded)


def test_an_accepted_host_key_is_remembered_and_not_asked_about_again(sshd: Sshd, files: tuple[Path, Path]) -> None:
    asked, ask = asker(True)
    connect(sshd, files, ask).close_all()
    assert asked == [HostKeyQuestion(sshd.host, sshd.port, "ssh-ed25519", sshd.host_key_fingerprint)]
    assert lookup_name(sshd.host, sshd.port) in files[1].read_text()
    assert not files[0].exists()
    connect(sshd, files, ask).close_all()
    connect(sshd, files, None).close_all()
    assert len(asked) == 1


def test_a_rejected_host_key_is_not_remembered(sshd: Sshd, files: tuple[Path, Path]) -> None:
    with pytest.raises(HostKeyRejected):
        connect(sshd, files, asker(False)[1])
    assert not files[1].exists()


def test_without_anyone_to_ask_an_unknown_host_fails_with_its_fingerprint(
    sshd: Sshd, files: tuple[Path, Path]
) -> None:
    with pytest.raises(HostKeyUnknown, match=re.escape(sshd.host_key_fingerprint)):
        connect(sshd, files, None)
    assert not files[1].exists()


def test_a_hashed_entry_in_the_users_known_hosts_is_trusted(sshd: Sshd, files: tuple[Path, Path]) -> None:
    shutil.copy(sshd.known_hosts_path, files[0])
    subprocess.run(["ssh-keygen", "-H", "-f", str(files[0])], check=True, capture_output=True)
    before = files[0].read_bytes()
    asked, ask = asker(False)
    connect(sshd, files, ask).close_all()
    assert asked == []
    assert files[0].read_bytes() == before
    assert not files[1].exists()


@pytest.mark.parametrize("interactive", [True, False], ids=["interactive", "non-interactive"])
def test_a_changed_host_key_is_refused_until_the_old_one_is_removed(
    sshd: Sshd, files: tuple[Path, Path], tmp_path: Path, interactive: bool
) -> None:
    asked, ask = asker(True) if interactive else ([], None)
    old = other_key(tmp_path)
    KnownHosts(files[1], []).remember(sshd.host, sshd.port, *old)
    with pytest.raises(HostKeyChanged) as failure:
        connect(sshd, files, ask)
    message = str(failure.value)
    assert "host key" in message and "changed" in message
    assert sshd.host_key_fingerprint in message and failure.value.old_fingerprints[0].split()[1] in message
    assert asked == []
    result = KnownHosts(files[1], [files[0]]).forget(sshd.host, sshd.port)
    assert [entry.blob for entry in result.removed] == [old[1]] and result.elsewhere == ()
    asked, ask = asker(True)
    connect(sshd, files, ask).close_all()
    assert len(asked) == 1


def test_a_changed_key_in_the_users_file_is_named_by_forget_and_not_touched(
    sshd: Sshd, files: tuple[Path, Path], tmp_path: Path
) -> None:
    files[0].write_text(entry_line(lookup_name(sshd.host, sshd.port), *other_key(tmp_path)))
    before = files[0].read_bytes()
    result = KnownHosts(files[1], [files[0]]).forget(sshd.host, sshd.port)
    assert result.removed == () and [entry.path for entry in result.elsewhere] == [files[0]]
    with pytest.raises(HostKeyChanged):
        connect(sshd, files, asker(True)[1])
    assert files[0].read_bytes() == before

"""The host-key policy: known keys pass, unknown ones are asked about (or refused with their fingerprint), changed
ones are always refused naming both fingerprints, and only forget() clears the way; ~/.ssh is never written."""

from __future__ import annotations

import re
import stat
import subprocess
from pathlib import Path

import pytest

from virtdesk.remote.errors import HostKeyChanged, HostKeyRejected, HostKeyRevoked, HostKeyUnknown
from virtdesk.remote.hostkeys import HostKeyQuestion, KnownHosts, default_own_file
from virtdesk.remote.known_hosts import REVOKED, entry_line, fingerprint

pytestmark = pytest.mark.unit


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    """(a stand-in for ~/.ssh/known_hosts, virtdesk's own file in a directory yet to be made)."""
    return tmp_path / "ssh" / "known_hosts", tmp_path / "data" / "virtdesk" / "known_hosts"


@pytest.fixture
def hosts(files: tuple[Path, Path]) -> KnownHosts:
    return KnownHosts(own_file=files[1], user_files=[files[0]])


class Asker:
    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.questions: list[HostKeyQuestion] = []

    def __call__(self, question: HostKeyQuestion) -> bool:
        self.questions.append(question)
        return self.answer


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def test_the_own_file_defaults_to_the_xdg_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_own_file() == tmp_path / "virtdesk" / "known_hosts"


def test_a_key_in_the_users_file_passes_without_a_question(hosts, files, new_key) -> None:
    key = new_key()
    _write(files[0], entry_line("[h]:2222", *key))
    asker = Asker(False)
    hosts.verify("h", 2222, *key, asker)
    assert asker.questions == []


def test_a_hashed_key_in_the_users_file_passes(hosts, files, new_key) -> None:
    key = new_key()
    _write(files[0], entry_line("h", *key))
    subprocess.run(["ssh-keygen", "-H", "-f", str(files[0])], check=True, capture_output=True)
    hosts.verify("h", 22, *key, None)
    with pytest.raises(HostKeyUnknown):
        hosts.verify("h", 2222, *key, None)


def test_an_accepted_key_is_saved_in_virtdesks_file_and_not_asked_about_again(hosts, files, new_key) -> None:
    key = new_key()
    asker = Asker(True)
    hosts.verify("h", 2222, *key, asker)
    assert asker.questions == [HostKeyQuestion("h", 2222, key[0], fingerprint(key[1]))]
    assert asker.questions[0].type_label == "ED25519"
    hosts.verify("h", 2222, *key, asker)
    assert len(asker.questions) == 1
    assert files[1].read_text() == entry_line("[h]:2222", *key)
    assert stat.S_IMODE(files[1].stat().st_mode) == 0o600
    assert stat.S_IMODE(files[1].parent.stat().st_mode) == 0o700
    assert not files[0].exists()


def test_a_refused_key_is_not_saved(hosts, files, new_key) -> None:
    key = new_key()
    with pytest.raises(HostKeyRejected, match=re.escape(fingerprint(key[1]))):
        hosts.verify("h", 22, *key, Asker(False))
    assert not files[1].exists()


def test_without_anyone_to_ask_an_unknown_key_fails_naming_its_fingerprint(hosts, files, new_key) -> None:
    key = new_key()
    with pytest.raises(HostKeyUnknown) as failure:
        hosts.verify("h", 2222, *key, None)
    assert fingerprint(key[1]) in str(failure.value)
    assert "ED25519" in str(failure.value) and "2222" in str(failure.value)
    assert not files[1].exists()


@pytest.mark.parametrize("in_users_file", [True, False])
def test_a_changed_key_is_refused_without_a_question_naming_both_fingerprints(
    hosts, files, new_key, in_users_file: bool
) -> None:
    old, new = new_key(), new_key()
    _write(files[0] if in_users_file else files[1], entry_line("[h]:2222", *old))
    asker = Asker(True)
    for ask in (asker, None):
        with pytest.raises(HostKeyChanged) as failure:
            hosts.verify("h", 2222, *new, ask)
        message = str(failure.value)
        assert "changed" in message
        assert fingerprint(old[1]) in message and fingerprint(new[1]) in message
        assert failure.value.old_fingerprints and failure.value.fingerprint == fingerprint(new[1])
    assert asker.questions == []


def test_a_key_of_another_type_than_the_known_one_is_asked_about(hosts, files, new_key) -> None:
    _write(files[1], entry_line("h", *new_key("ecdsa")))
    key = new_key("ed25519")
    asker = Asker(True)
    hosts.verify("h", 22, *key, asker)
    assert len(asker.questions) == 1
    assert hosts.key_types("h", 22) == ["ecdsa-sha2-nistp256", "ssh-ed25519"]


def test_forget_removes_the_hosts_keys_from_virtdesks_file_only(hosts, files, new_key) -> None:
    old, new, other = new_key(), new_key(), new_key()
    _write(files[1], "# mine\n" + entry_line("[h]:2222", *old) + entry_line("other", *other))
    result = hosts.forget("h", 2222)
    assert [entry.blob for entry in result.removed] == [old[1]]
    assert result.elsewhere == ()
    assert files[1].read_text() == "# mine\n" + entry_line("other", *other)
    assert stat.S_IMODE(files[1].stat().st_mode) == 0o600
    asker = Asker(True)
    hosts.verify("h", 2222, *new, asker)
    assert len(asker.questions) == 1


def test_forget_names_the_keys_it_may_not_remove_and_leaves_the_users_file_alone(hosts, files, new_key) -> None:
    old, new = new_key(), new_key()
    _write(files[0], entry_line("[h]:2222", *old))
    subprocess.run(["ssh-keygen", "-H", "-f", str(files[0])], check=True, capture_output=True)
    before = files[0].read_bytes()
    result = hosts.forget("h", 2222)
    assert result.removed == ()
    assert [entry.blob for entry in result.elsewhere] == [old[1]]
    assert result.elsewhere[0].path == files[0]
    assert files[0].read_bytes() == before
    with pytest.raises(HostKeyChanged):
        hosts.verify("h", 2222, *new, Asker(True))


def test_a_revoked_key_is_refused_even_when_it_is_also_known(hosts, files, new_key) -> None:
    key = new_key()
    _write(files[0], f"{REVOKED} " + entry_line("*", *key))
    _write(files[1], entry_line("h", *key))
    with pytest.raises(HostKeyRevoked, match="revoked"):
        hosts.verify("h", 22, *key, Asker(True))
    assert hosts.forget("h", 22).removed and f"{REVOKED}" in files[0].read_text()

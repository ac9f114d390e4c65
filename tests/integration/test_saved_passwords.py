"""Saved passwords against a real Secret Service (the rig's gnome-keyring-daemon on its own D-Bus session bus):
they round-trip, land in no file in readable form, and without a Secret Service nothing is saved anywhere."""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path

import keyring
import pytest
import secretstorage
from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring
from rig.keyring import KEYRING_DIR, SecretService, SessionBus
from rig.paths import LOG_DIR

from virtdesk.model.saved_passwords import SERVICE, SavedPasswordError, SavedPasswords

pytestmark = pytest.mark.integration

NO_SECRET_SERVICE = "no Secret Service is running (install and unlock GNOME Keyring or KWallet)"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A HOME and XDG directories of this test only, where a file backend would write."""
    for variable, sub in (("HOME", "home"), ("XDG_CONFIG_HOME", "home/.config"),
                          ("XDG_DATA_HOME", "home/.local/share"), ("XDG_CACHE_HOME", "home/.cache")):
        (tmp_path / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(variable, str(tmp_path / sub))
    return tmp_path / "home"


@pytest.fixture
def on_keyring(secret_service: SecretService, home: Path, monkeypatch: pytest.MonkeyPatch) -> SecretService:
    for variable, value in secret_service.environment.items():
        monkeypatch.setenv(variable, value)
    return secret_service


@pytest.fixture
def keyring_choice() -> Iterator[None]:
    """The backend keyring chose (or was given) is restored after the test."""
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


@pytest.fixture
def forced_plaintext(home: Path, keyring_choice: None) -> PlaintextKeyring:
    """keyring told to use keyrings.alt's plaintext file (as a keyringrc or PYTHON_KEYRING_BACKEND would)."""
    plaintext = PlaintextKeyring()
    keyring.set_keyring(plaintext)
    return plaintext


def files_holding(secret: str, *roots: Path) -> list[str]:
    """The files under roots whose bytes contain the secret (as UTF-8 or UTF-16)."""
    needles = [secret.encode(), secret.encode("utf-16-le")]
    found = []
    for root in roots:
        for directory, _, names in os.walk(root):
            for name in names:
                path = Path(directory, name)
                try:
                    data = path.read_bytes()
                except OSError:
                    continue
                if any(needle in data for needle in needles):
                    found.append(str(path))
    return found


def where_a_secret_could_land(home: Path) -> list[Path]:
    roots = [home, KEYRING_DIR, LOG_DIR]
    roots += [Path(os.environ[v]) for v in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")]
    return roots


def keyring_items(service: SecretService) -> list[dict[str, str]]:
    """The attributes of every item of the daemon's default collection, read through the Secret Service itself."""
    assert os.environ["DBUS_SESSION_BUS_ADDRESS"] == service.environment["DBUS_SESSION_BUS_ADDRESS"]
    with closing(secretstorage.dbus_init()) as bus:
        return [item.get_attributes() for item in secretstorage.get_default_collection(bus).get_all_items()]


def test_a_password_round_trips_through_the_keyring(on_keyring: SecretService, home: Path,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    passwords = SavedPasswords()
    target, secret = "alice@example.test:2222", f"pw-{secrets.token_urlsafe(16)}"
    assert passwords.availability() == (True, "")
    assert passwords.lookup(target) is None
    passwords.store(target, secret)
    assert passwords.lookup(target) == secret
    assert {"service": SERVICE, "username": target}.items() <= next(
        item for item in keyring_items(on_keyring) if item.get("username") == target).items()
    assert on_keyring.keyrings_dir.joinpath("login.keyring").exists()
    assert files_holding(secret, *where_a_secret_could_land(home)) == []

    replaced = f"pw-{secrets.token_urlsafe(16)}"
    passwords.store(target, replaced)
    assert passwords.lookup(target) == replaced
    assert [item for item in keyring_items(on_keyring) if item.get("username") == target] != []
    passwords.forget(target)
    assert passwords.lookup(target) is None
    assert all(item.get("username") != target for item in keyring_items(on_keyring))
    passwords.forget(target)  # forgetting what is not there is no error
    assert all(secret not in r.getMessage() and replaced not in r.getMessage() for r in caplog.records)


def test_a_passphrase_is_kept_apart_from_a_login(on_keyring: SecretService) -> None:
    passwords = SavedPasswords()
    key_file, login = "/home/alice/.ssh/id_ed25519", "alice@example.test:22"
    passwords.store(key_file, "the passphrase")
    passwords.store(login, "the password")
    try:
        assert (passwords.lookup(key_file), passwords.lookup(login)) == ("the passphrase", "the password")
        passwords.forget(key_file)
        assert (passwords.lookup(key_file), passwords.lookup(login)) == (None, "the password")
    finally:
        passwords.forget(key_file)
        passwords.forget(login)


def test_worker_threads_use_it_at_once(on_keyring: SecretService) -> None:
    passwords = SavedPasswords()
    targets = {f"user{n}@example.test:22": f"pw-{n}-{secrets.token_urlsafe(8)}" for n in range(8)}

    def round_trip(target: str) -> str | None:
        passwords.store(target, targets[target])
        found = passwords.lookup(target)
        passwords.forget(target)
        return found

    with ThreadPoolExecutor(max_workers=4) as workers:
        assert dict(zip(targets, workers.map(round_trip, targets), strict=True)) == targets
    assert all(passwords.lookup(target) is None for target in targets)


def test_a_plaintext_backend_keyring_was_told_to_use_is_passed_over(
        on_keyring: SecretService, forced_plaintext: PlaintextKeyring, home: Path) -> None:
    passwords = SavedPasswords()
    target, secret = "bob@example.test:22", f"pw-{secrets.token_urlsafe(16)}"
    assert passwords.availability() == (True, "")
    passwords.store(target, secret)
    try:
        assert passwords.lookup(target) == secret
        assert any(item.get("username") == target for item in keyring_items(on_keyring))
        assert not Path(forced_plaintext.file_path).exists()
        assert files_holding(secret, *where_a_secret_could_land(home)) == []
    finally:
        passwords.forget(target)


def test_a_locked_keyring_refuses_without_telling_the_secret(on_keyring: SecretService,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    """With no prompter to unlock it (as when the user dismisses the prompt), the keyring stays locked."""
    passwords = SavedPasswords()
    passwords.store("carol@example.test:22", "kept before the lock")
    with closing(secretstorage.dbus_init()) as bus:
        secretstorage.get_default_collection(bus).lock()
    secret = f"pw-{secrets.token_urlsafe(16)}"
    try:
        with pytest.raises(SavedPasswordError, match="did not save the password") as raised:
            passwords.store("carol@example.test:22", secret)
        assert secret not in str(raised.value)
        assert raised.value.__context__ is None and raised.value.__cause__ is None
        with pytest.raises(SavedPasswordError, match="could not be read"):
            passwords.lookup("carol@example.test:22")
        assert all(secret not in record.getMessage() for record in caplog.records)
    finally:
        on_keyring.start()  # a new daemon with a new, unlocked keyring for the tests after this one
    assert passwords.lookup("carol@example.test:22") is None


def test_on_a_bus_without_a_secret_service_nothing_is_saved(
        bare_session_bus: SessionBus, home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bare_session_bus.address)
    passwords = SavedPasswords()
    secret = f"pw-{secrets.token_urlsafe(16)}"
    assert passwords.availability() == (False, NO_SECRET_SERVICE)
    with pytest.raises(SavedPasswordError, match="cannot be saved: no Secret Service") as raised:
        passwords.store("dave@example.test:22", secret)
    assert secret not in str(raised.value)
    assert passwords.lookup("dave@example.test:22") is None
    passwords.forget("dave@example.test:22")
    assert not bare_session_bus.has_owner("org.freedesktop.secrets")  # nothing was started on demand
    assert files_holding(secret, *where_a_secret_could_land(home)) == []


def test_a_bus_that_went_away_leaves_the_box_disabled(tmp_path: Path, home: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus-here'}")
    assert SavedPasswords().availability() == (False, NO_SECRET_SERVICE)


def test_the_keyring_daemon_starting_later_is_used(secret_service: SecretService, bare_session_bus: SessionBus,
                                                   home: Path, monkeypatch: pytest.MonkeyPatch,
                                                   keyring_choice: None) -> None:
    """keyring picks its backend once, at its start: where it found none then (its fail backend), a Secret Service
    that appears later is still found."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bare_session_bus.address)
    keyring.set_keyring(fail.Keyring())
    passwords = SavedPasswords()
    assert passwords.availability()[0] is False
    for variable, value in secret_service.environment.items():
        monkeypatch.setenv(variable, value)
    assert passwords.availability() == (True, "")

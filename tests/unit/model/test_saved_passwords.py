"""Saved passwords where there is no Secret Service: no file backend of keyring is ever used in its place, and the
reasons the "Remember password" box shows when it is disabled."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null
from keyrings.alt.file import PlaintextKeyring

from virtdesk.model.saved_passwords import SavedPasswordError, SavedPasswords

pytestmark = pytest.mark.unit

NO_SECRET_SERVICE = "no Secret Service is running (install and unlock GNOME Keyring or KWallet)"
SECRET = "unit-test-secret-5f2c"


@pytest.fixture(autouse=True)
def no_session_bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """No D-Bus session bus, a HOME and XDG directories of the test's own, and keyring's choice restored after."""
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    for variable, sub in (("HOME", "home"), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                          ("XDG_CACHE_HOME", "cache"), ("XDG_RUNTIME_DIR", "run")):
        (tmp_path / sub).mkdir()
        monkeypatch.setenv(variable, str(tmp_path / sub))
    before = keyring.get_keyring()
    yield tmp_path
    keyring.set_keyring(before)


def files_under(root: Path) -> list[str]:
    return sorted(str(Path(d, n).relative_to(root)) for d, _, names in os.walk(root) for n in names)


def test_without_a_session_bus_the_box_is_disabled_with_the_reason() -> None:
    assert SavedPasswords().availability() == (False, NO_SECRET_SERVICE)


@pytest.mark.parametrize("backend", [PlaintextKeyring, fail.Keyring])
def test_no_file_backend_is_used_in_place_of_the_desktop_keyring(backend: type, no_session_bus: Path) -> None:
    keyring.set_keyring(backend())
    passwords = SavedPasswords()
    assert passwords.availability() == (False, NO_SECRET_SERVICE)
    with pytest.raises(SavedPasswordError, match="cannot be saved: no Secret Service") as raised:
        passwords.store("alice@example.test:22", SECRET)
    assert SECRET not in str(raised.value)
    assert passwords.lookup("alice@example.test:22") is None
    passwords.forget("alice@example.test:22")
    assert files_under(no_session_bus) == []


def test_a_keyring_that_was_turned_off_stays_off() -> None:
    keyring.set_keyring(null.Keyring())
    assert SavedPasswords().availability() == (
        False, "saving passwords is turned off in the keyring configuration")


def test_without_the_keyring_module_the_reason_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)  # what `import keyring` meets where it is not installed
    passwords = SavedPasswords()
    assert passwords.availability() == (False, "the python keyring module is not installed")
    with pytest.raises(SavedPasswordError, match="the python keyring module is not installed"):
        passwords.store("alice@example.test:22", SECRET)
    assert passwords.lookup("alice@example.test:22") is None


@pytest.mark.parametrize(("target", "secret", "message"), [
    ("", SECRET, "needs a target"),
    ("alice@example.test:22", "", "An empty password is not saved"),
])
def test_what_cannot_be_saved_is_refused_first(target: str, secret: str, message: str) -> None:
    with pytest.raises(SavedPasswordError, match=message):
        SavedPasswords().store(target, secret)

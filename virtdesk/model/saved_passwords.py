"""Passwords and passphrases the user asked virtdesk to remember, kept in the desktop keyring and never in a file.

The keyring is the Secret Service (GNOME Keyring, KWallet's Secret Service, KeePassXC...) on Linux, KWallet over
its own D-Bus interface, the macOS Keychain or the Windows Credential Locker, through the python ``keyring``
module. keyring's other backends (keyrings.alt's plaintext and encrypted files, keyrings.cryptfile, any other
third-party one) are never used, even when keyring picked one or was told to (its configuration, PYTHON_KEYRING_BACKEND,
keyring.set_keyring): virtdesk then still looks for the desktop keyring, and without one it saves nothing. keyring's
null backend (``keyring --disable``) turns saving off.

Key scheme: every entry has the service ``virtdesk`` and as its user name the target, exactly as given:
``user@host:port`` for an SSH login password, the key file's path for a key's passphrase. On the Secret Service
that is an item labelled "Password for 'TARGET' on 'virtdesk'" with the attributes ``service=virtdesk`` and
``username=TARGET`` (keyring's own scheme, so ``keyring get virtdesk TARGET`` finds it too).

Every call blocks (a D-Bus round trip, perhaps an unlock prompt of the desktop): call them on a worker, never on the
GUI thread. The keyring is looked for again on each call, so one that starts or is unlocked later is used then.
No secret ever appears in a log line or an exception's text.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

logger = logging.getLogger("virtdesk.saved_passwords")

SERVICE = "virtdesk"

# The backends that keep secrets in the desktop's own keyring, by module and class name.
_DESKTOP_BACKENDS = {
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.Windows.WinVaultKeyring",
}
# Those looked for besides what keyring chose, on this platform, best first.
_PROBED = {
    "darwin": ("keyring.backends.macOS.Keyring",),
    "win32": ("keyring.backends.Windows.WinVaultKeyring",),
}.get(sys.platform, ("keyring.backends.SecretService.Keyring", "keyring.backends.kwallet.DBusKeyring",
                     "keyring.backends.libsecret.Keyring"))
# What keyring picks when it found no backend, or several (which it then tries in turn, file backends too).
_CHOSEN_FOR_NONE = {"keyring.backends.fail.Keyring", "keyring.backends.chainer.ChainerBackend"}
_TURNED_OFF = "keyring.backends.null.Keyring"  # what `keyring --disable` configures


class SavedPasswordError(Exception):
    """The keyring could not do what was asked; the message says why (and never holds the secret)."""


def _name(backend: object) -> str:
    kind = type(backend)
    return f"{kind.__module__}.{kind.__qualname__}"


def _backend_class(name: str) -> type[KeyringBackend] | None:
    module, _, cls = name.rpartition(".")
    try:
        return getattr(importlib.import_module(module), cls)
    except Exception:  # noqa: BLE001 - a backend that does not even import here is one this machine lacks
        return None


class SavedPasswords:
    """The keyring entries of virtdesk: one secret per target (``user@host:port`` or a key file's path)."""

    def availability(self) -> tuple[bool, str]:
        """(True, "") when secrets can be kept in a desktop keyring now, else (False, the reason to show)."""
        backend, reason = self._backend()
        return backend is not None, reason

    def lookup(self, target: str) -> str | None:
        """The secret kept for ``target``; None when there is none or no desktop keyring to ask.

        Raises SavedPasswordError when the keyring is there but fails (e.g. stays locked)."""
        key = _checked(target)
        backend, _ = self._backend()
        if backend is None:
            return None
        try:
            return backend.get_password(SERVICE, key)
        except Exception as error:  # noqa: BLE001 - any failure of the keyring is reported the same way
            if type(error).__name__ == "ItemNotFoundException":
                return None  # deleted between the Secret Service's search and its read: there is none now
            failure = _failure(QCoreApplication.translate(
                "SavedPasswords", "The desktop keyring could not be read"), error)
        raise failure

    def store(self, target: str, secret: str) -> None:
        """Keeps ``secret`` for ``target`` in the desktop keyring (replacing an earlier one).

        Raises SavedPasswordError, saying why, when there is no desktop keyring or it refuses."""
        key = _checked(target)
        if not secret:
            raise SavedPasswordError(QCoreApplication.translate("SavedPasswords", "An empty password is not saved"))
        backend, reason = self._backend()
        if backend is None:
            raise SavedPasswordError(QCoreApplication.translate(
                "SavedPasswords", "The password cannot be saved: {reason}").format(reason=reason))
        try:
            backend.set_password(SERVICE, key, secret)
            return
        except Exception as error:  # noqa: BLE001 - as in lookup
            failure = _failure(QCoreApplication.translate(
                "SavedPasswords", "The desktop keyring did not save the password"), error, secret)
        raise failure

    def forget(self, target: str) -> None:
        """Removes the secret kept for ``target``; nothing happens when there is none or no desktop keyring.

        Raises SavedPasswordError when the keyring is there but fails."""
        key = _checked(target)
        backend, _ = self._backend()
        if backend is None:
            return
        from keyring.errors import PasswordDeleteError

        try:
            backend.delete_password(SERVICE, key)
            return
        except PasswordDeleteError:  # there was none
            return
        except Exception as error:  # noqa: BLE001 - as in lookup
            failure = _failure(QCoreApplication.translate(
                "SavedPasswords", "The desktop keyring could not remove the password"), error)
        raise failure

    def _backend(self) -> tuple[KeyringBackend | None, str]:
        """The desktop keyring backend to use now, or None and the reason there is none."""
        try:
            import keyring
        except ImportError:
            return None, QCoreApplication.translate("SavedPasswords", "the python keyring module is not installed")
        configured = keyring.get_keyring()
        chosen = _name(configured)
        if chosen == _TURNED_OFF:
            return None, QCoreApplication.translate(
                "SavedPasswords", "saving passwords is turned off in the keyring configuration")
        if chosen not in _DESKTOP_BACKENDS | _CHOSEN_FOR_NONE:
            logger.info("not using the keyring backend %s: only the desktop keyring is used", chosen)
        # keyring chose once, at its start; the desktop keyring may have come up (or gone) since: look again
        desktop = [configured] if chosen in _DESKTOP_BACKENDS else []
        desktop += [cls() for name in _PROBED if name != chosen and (cls := _backend_class(name)) is not None]
        problems = []
        for candidate in desktop:
            try:
                type(candidate).priority  # noqa: B018 - the property probes the service (a D-Bus call)
            except Exception as error:  # noqa: BLE001 - each backend says "not here" in its own way
                problems.append(f"{_name(candidate)}: {error}")
                continue
            return candidate, ""
        logger.info("no desktop keyring: %s", "; ".join(problems) or "no backend for this platform")
        return None, self._missing_reason()

    @staticmethod
    def _missing_reason() -> str:
        if sys.platform in ("darwin", "win32"):
            return QCoreApplication.translate("SavedPasswords", "the system keychain cannot be reached")
        if importlib.util.find_spec("secretstorage") is None:
            return QCoreApplication.translate("SavedPasswords", "the python SecretStorage module is not installed")
        return QCoreApplication.translate(
            "SavedPasswords", "no Secret Service is running (install and unlock GNOME Keyring or KWallet)")


def _checked(target: str) -> str:
    if not target:
        raise SavedPasswordError(QCoreApplication.translate(
            "SavedPasswords", "A saved password needs a target (user@host:port or a key file)"))
    return target


def _failure(what: str, error: BaseException, secret: str | None = None) -> SavedPasswordError:
    """SavedPasswordError for a keyring failure, its detail without the secret (built outside the except
    block, so the original exception, which may hold it, is not chained)."""
    detail = str(error) or type(error).__name__
    if secret:
        detail = detail.replace(secret, "***")
    logger.warning("%s: %s: %s", what, type(error).__name__, detail)
    return SavedPasswordError(f"{what}: {detail}")

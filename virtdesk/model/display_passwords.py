"""VNC display passwords the user asked virtdesk to remember, in the desktop keyring (virtdesk/model/saved_passwords.py)
under the target ``vnc:`` + the connection's URI + ``/`` + the VM's UUID. Each call runs on the keyring's own worker
(a keyring may block on an unlock prompt) and reports through a Task."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from virtdesk.model.saved_passwords import SavedPasswords
from virtdesk.model.worker import Task, submit

if TYPE_CHECKING:
    from virtdesk.model.domain import Domain

_executor: ThreadPoolExecutor | None = None


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


def _keyring() -> ThreadPoolExecutor:
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="display-keyring")
    return _executor


def target(domain: Domain) -> str:
    """The keyring entry's target for the VM's display."""
    return f"vnc:{domain.connection.uri}/{domain.uuid}"


def availability() -> Task:
    """The task's result: (True, "") when a password can be remembered now, else (False, the reason)."""
    return submit(_keyring(), lambda: SavedPasswords().availability(),
                  description=_tr("Looking for the desktop keyring"))


def saved(domain: Domain) -> Task:
    """The task's result: the display password remembered for the VM, or None."""
    return submit(_keyring(), SavedPasswords().lookup, target(domain),
                  description=_tr("Reading the remembered password of the display of {name}").format(
                      name=domain.name))


def remember(domain: Domain, password: str) -> Task:
    return submit(_keyring(), SavedPasswords().store, target(domain), password,
                  description=_tr("Remembering the password of the display of {name}").format(name=domain.name))


def forget(domain: Domain) -> Task:
    return submit(_keyring(), SavedPasswords().forget, target(domain),
                  description=_tr("Forgetting the password of the display of {name}").format(name=domain.name))

"""virtdesk's own SSH for the connections: one login per host, shared by the host's libvirt connections, console
forwards and file browsing; the questions a login asks (host keys, passwords, passphrases) go to the GUI's dialogs
as signals, or fail with a message when nobody can be asked (a non-interactive run).

Everything here that connects is blocking and runs on the connection's workers; the GUI only answers Replies.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from virtdesk.model.log_file import keep_out_of_logs
from virtdesk.model.worker import Task, call_in_gui, file_executor, submit
from virtdesk.remote.hostkeys import HostKeyQuestion
from virtdesk.remote.prompts import Question, QuestionKind, Reply

if TYPE_CHECKING:
    from virtdesk.model.saved_passwords import SavedPasswords
    from virtdesk.remote.hostkeys import ForgetResult, KnownHosts
    from virtdesk.remote.registry import SessionRegistry
    from virtdesk.remote.session import Session
    from virtdesk.remote.settings import SshSettings
    from virtdesk.remote.tunnel import LibvirtTunnel
    from virtdesk.remote.uri import SshUri

logger = logging.getLogger("virtdesk.model.remote_hosts")
QUESTION_TIMEOUT_S = 600.0
_REMEMBERED = (QuestionKind.PASSWORD, QuestionKind.PASSPHRASE)


@dataclass(frozen=True)
class LoginQuestion:
    """A login's question as a dialog shows it: whether its answer may be kept in the keyring, and why not."""

    question: Question
    can_remember: bool = False
    why_not_remember: str = ""


@dataclass(frozen=True)
class LoginAnswer:
    text: str
    remember: bool = False

    def __repr__(self) -> str:
        return f"LoginAnswer(remember={self.remember})"


@dataclass(frozen=True)
class HostKeyChange:
    """A host that offered a different key than the one on record (the connection was refused)."""

    host: str
    port: int
    key_type: str
    fingerprint: str
    old: tuple[str, ...]


@dataclass(frozen=True)
class ForgottenKeys:
    """How many keys virtdesk's file lost, and where other files (the user's own, which virtdesk never edits)
    still hold a key for the host ("PATH line N")."""

    removed: int
    elsewhere: tuple[str, ...]


def host_key_change(exc: BaseException | None) -> HostKeyChange | None:
    """What changed, when exc is a refusal for a changed host key."""
    from virtdesk.remote.errors import HostKeyChanged

    if not isinstance(exc, HostKeyChanged):
        return None
    return HostKeyChange(exc.host, exc.port, exc.key_type, exc.fingerprint, exc.old_fingerprints)


class RemoteHosts(QObject):
    """The SSH side of the program. `host_key_asked(HostKeyQuestion, Reply[bool])` and
    `login_asked(LoginQuestion, Reply[LoginAnswer])` are emitted on the GUI thread; whoever shows the question
    answers (or cancels) the Reply once."""

    host_key_asked = Signal(object, object)
    login_asked = Signal(object, object)

    def __init__(self, interactive: bool = True, known_hosts: KnownHosts | None = None,
                 ssh_dir: Path | None = None, passwords: SavedPasswords | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interactive = interactive
        self._passwords = passwords
        self._known_hosts = known_hosts
        self._ssh_dir = ssh_dir
        self._to_remember: dict[str, str] = {}
        self._lock = threading.Lock()
        self._registry: SessionRegistry | None = None
        self._settings: SshSettings | None = None

    @property
    def passwords(self) -> SavedPasswords:
        """The keyring, loaded when a login first asks for a password."""
        if self._passwords is None:
            from virtdesk.model.saved_passwords import SavedPasswords

            self._passwords = SavedPasswords()
        return self._passwords

    def _ssh(self) -> tuple[SshSettings, SessionRegistry]:
        """The settings and the session registry, made on first use (paramiko loads only for remote hosts)."""
        with self._lock:
            if self._settings is None or self._registry is None:
                from virtdesk.remote.hostkeys import KnownHosts
                from virtdesk.remote.registry import SessionRegistry
                from virtdesk.remote.settings import SshSettings

                options: dict[str, Any] = {"known_hosts": self._known_hosts or KnownHosts()}
                if self._ssh_dir is not None:
                    options["ssh_dir"] = self._ssh_dir
                if self.interactive:
                    options.update(prompt=self._ask_login, ask_host_key=self._ask_host_key)
                self._settings = SshSettings(**options)
                self._registry = SessionRegistry()
            return self._settings, self._registry

    # -- blocking: call these on a worker

    def open_tunnel(self, uri: SshUri) -> LibvirtTunnel:
        """Logs in (or shares the host's open session) and starts a libvirt tunnel for uri."""
        from virtdesk.remote.tunnel import open_tunnel

        tunnel = open_tunnel(uri, *self._ssh())
        self._keep_remembered()
        return tunnel

    def session(self, uri: SshUri) -> Session:
        """The host's session, retained: the caller releases it."""
        settings, registry = self._ssh()
        session = registry.acquire_for(uri, settings)
        self._keep_remembered()
        return session

    def sessions(self) -> list[Session]:
        """The SSH sessions open now."""
        return self._registry.sessions() if self._registry is not None else []

    def forget_host_key(self, host: str, port: int) -> ForgetResult:
        """Removes the host's keys from virtdesk's known-hosts file (the user asked for it). Blocking."""
        return self._ssh()[0].hosts.forget(host, port)

    def forget_changed_key(self, change: HostKeyChange) -> Task:
        """forget_host_key on a worker; the task's result is a ForgottenKeys."""
        def forget() -> ForgottenKeys:
            result = self.forget_host_key(change.host, change.port)
            return ForgottenKeys(len(result.removed), tuple(entry.where for entry in result.elsewhere))

        return submit(file_executor(), forget, description=f"forget host key {change.host}")

    def close_all(self) -> None:
        if self._registry is not None:
            self._registry.close_all()

    # -- the questions, on the connecting worker

    def _ask_host_key(self, question: HostKeyQuestion) -> bool:
        reply: Reply[bool] = Reply()
        call_in_gui(lambda: self.host_key_asked.emit(question, reply))
        return bool(reply.wait(QUESTION_TIMEOUT_S))

    def _ask_login(self, question: Question) -> str | None:
        remembered = question.kind in _REMEMBERED
        if remembered and question.attempt == 1:
            saved = self._saved(question.target)
            if saved is not None:
                keep_out_of_logs(saved)
                return saved
        can_remember, why_not = self.passwords.availability() if remembered else (False, "")
        reply: Reply[LoginAnswer] = Reply()
        asked = LoginQuestion(question, can_remember, why_not)
        call_in_gui(lambda: self.login_asked.emit(asked, reply))
        answer = reply.wait(QUESTION_TIMEOUT_S)
        if answer is None:
            return None
        with self._lock:
            if answer.remember and can_remember:
                self._to_remember[question.target] = answer.text
            else:
                self._to_remember.pop(question.target, None)
        if remembered and question.attempt > 1 and not answer.remember:
            self._forget_saved(question.target)
        if not question.echo:
            keep_out_of_logs(answer.text)
        return answer.text

    def _saved(self, target: str) -> str | None:
        try:
            return self.passwords.lookup(target)
        except Exception as error:  # noqa: BLE001 - a keyring that fails is only a keyring not used
            logger.warning("the keyring could not be read for %s: %s", target, type(error).__name__)
            return None

    def _forget_saved(self, target: str) -> None:
        """The saved answer (if any) was refused: it is not offered again."""
        try:
            self.passwords.forget(target)
        except Exception as error:  # noqa: BLE001 - as in _saved
            logger.warning("the keyring could not forget the password for %s: %s", target, type(error).__name__)

    def _keep_remembered(self) -> None:
        """Stores the answers the user asked to remember, once the login they were for succeeded."""
        with self._lock:
            answers, self._to_remember = self._to_remember, {}
        for target, secret in answers.items():
            try:
                self.passwords.store(target, secret)
            except Exception as error:  # noqa: BLE001 - the login worked; only the keeping failed
                logger.warning("the keyring did not keep the password for %s: %s", target, type(error).__name__)


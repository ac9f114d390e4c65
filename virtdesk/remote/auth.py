"""Logging in on a paramiko Transport, the way OpenSSH goes about it: public keys (the agent's, then key files:
the URI's `keyfile`, IdentityFile, or the default ~/.ssh/id_ed25519, id_ecdsa, id_rsa), keyboard-interactive, then
password, each only as far as the server accepts it, and multi-step logins (partial success) followed through.

Every question (passphrase, password, the server's keyboard-interactive prompts) goes to one `Prompt`, called on the
thread that logs in. Answers are used once and never logged, kept or put into a message.
"""

from __future__ import annotations

import base64
import logging
import queue
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import paramiko

from virtdesk.remote.destination import Destination
from virtdesk.remote.errors import N_, AuthenticationCancelled, AuthenticationFailed, Phrase
from virtdesk.remote.known_hosts import display_type, fingerprint
from virtdesk.remote.prompts import Prompt, Question, QuestionKind, Reply

METHODS = ("publickey", "keyboard-interactive", "password")
Attempt = Callable[[], list[str]]
"""One try of a method: [] when logged in, the methods still wanted after a partial success."""
ATTEMPTS = 3
logger = logging.getLogger("virtdesk.remote.auth")


class _AgentAt(paramiko.agent.AgentSSH):
    """The SSH agent listening on a given socket (paramiko's Agent only knows $SSH_AUTH_SOCK)."""

    def __init__(self, path: str) -> None:
        super().__init__()
        connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        connection.settimeout(10)
        try:
            connection.connect(path)
        except OSError:
            connection.close()
            raise
        self._connect(connection)

    def close(self) -> None:
        self._close()


def _unusable(path: Path, error: Exception) -> Phrase:
    return Phrase(N_("The key file {path} cannot be used: {error}."), path=path, error=str(error))


def _public_blob(path: Path) -> bytes | None:
    """The public key next to a private key file (`KEY.pub`), if there is one."""
    try:
        return base64.b64decode(path.with_name(path.name + ".pub").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None


class Login:
    """One login attempt for a Destination on a Transport whose host key has been checked."""

    def __init__(self, transport: paramiko.Transport, destination: Destination, prompt: Prompt | None,
                 timeout: float = 30.0) -> None:
        self.transport = transport
        self.destination = destination
        self.prompt = prompt
        self.timeout = timeout
        self.tried: list[str] = []
        self.succeeded: list[str] = []
        self.notes: list[str] = []
        self._offered: set[bytes] = set()
        self._agent: _AgentAt | None = None

    def run(self) -> str:
        """Returns what logged in (e.g. `key file ~/.ssh/id_ed25519`, `password`) once logged in;
        AuthenticationFailed or AuthenticationCancelled otherwise."""
        user = self.destination.user
        try:
            self.transport.auth_none(user)
            return "none"
        except paramiko.BadAuthenticationType as refusal:
            allowed = list(refusal.allowed_types)
        except paramiko.AuthenticationException:
            allowed = list(METHODS)
        try:
            self._run(allowed)
            return " + ".join(self.succeeded)
        finally:
            if self._agent is not None:
                self._agent.close()

    def _run(self, allowed: list[str]) -> None:
        done: set[str] = set()
        while True:
            method = next((m for m in METHODS if m in allowed and m not in done), None)
            if method is None:
                raise AuthenticationFailed(self.destination.label, self.tried, allowed, self.notes)
            done.add(method)
            remaining = self._method(method, allowed)
            if remaining is not None:
                self.succeeded.append(self.tried[-1])
            if remaining == []:
                logger.info("logged in to %s by %s", self.destination.label, method)
                return
            if remaining:
                logger.info("%s accepted %s; it asks for more: %s", self.destination.label, method, remaining)
                allowed, done = remaining, set()
            if not self.transport.is_active():
                self.notes.append(Phrase(N_("The server closed the connection.")))
                raise AuthenticationFailed(self.destination.label, self.tried, allowed, self.notes)

    def _method(self, method: str, allowed: list[str]) -> list[str] | None:
        """[] when logged in, the methods still wanted after a partial success, None when the method failed."""
        attempts = {"publickey": self._publickey, "keyboard-interactive": self._keyboard_interactive,
                    "password": self._password}[method]()
        for attempt in attempts:
            try:
                return attempt()
            except paramiko.BadAuthenticationType as refusal:
                allowed[:] = refusal.allowed_types
                if method not in allowed:
                    return None
            except paramiko.AuthenticationException:
                if not self.transport.is_active():
                    return None
        return None

    def _ask(self, question: Question) -> str | None:
        return None if self.prompt is None else self.prompt(question)

    def _publickey(self) -> Iterator[Attempt]:
        for label, key in self._keys():
            self._offered.add(key.asbytes())
            self.tried.append(label)
            yield lambda key=key: self.transport.auth_publickey(self.destination.user, key)

    def _keys(self) -> Iterator[tuple[str, paramiko.PKey]]:
        """Agent keys (those of the identity files first), then the identity files' keys not offered yet."""
        files = list(self.destination.identity_files)
        wanted = {blob for blob in map(_public_blob, files) if blob}
        agent_keys = sorted(self._agent_keys(), key=lambda key: key.asbytes() not in wanted)
        for key in agent_keys:
            if not self.destination.identities_only or key.asbytes() in wanted:
                yield Phrase(N_("agent key {key_type} {fingerprint}"), key_type=display_type(key.get_name()),
                             fingerprint=fingerprint(key.asbytes())), key
        for path in files:
            if _public_blob(path) in self._offered:
                continue
            key = self._load(path)
            if key is not None and key.asbytes() not in self._offered:
                yield Phrase(N_("key file {path}"), path=path), key

    def _agent_keys(self) -> tuple[paramiko.AgentKey, ...]:
        if self._agent is None:
            path = self.destination.agent_socket
            if not path:
                return ()
            try:
                self._agent = _AgentAt(path)
            except (OSError, paramiko.SSHException) as error:
                self.notes.append(Phrase(N_("The SSH agent at {path} did not answer ({error})."), path=path,
                                         error=str(error)))
                return ()
        return self._agent.get_keys()

    def _load(self, path: Path) -> paramiko.PKey | None:
        if not path.exists():
            if path.name not in ("id_ed25519", "id_ecdsa", "id_rsa"):
                self.notes.append(Phrase(N_("The key file {path} does not exist."), path=path))
            return None
        passphrase: str | None = None
        for attempt in range(ATTEMPTS + 1):
            try:
                return paramiko.PKey.from_path(path, None if passphrase is None else passphrase.encode())
            except (paramiko.PasswordRequiredException, TypeError) as error:
                # cryptography's loaders raise TypeError for a missing passphrase.
                if passphrase is not None:
                    self.notes.append(_unusable(path, error))
                    return None
            except (paramiko.SSHException, ValueError, OSError) as error:
                if passphrase is None:
                    self.notes.append(_unusable(path, error))
                    return None
            if attempt == ATTEMPTS:
                break
            passphrase = self._ask(Question(QuestionKind.PASSPHRASE, str(path), f"Passphrase for the key {path}",
                                            attempt=attempt + 1))
            if passphrase is None:
                self.notes.append(Phrase(N_("The key file {path} needs its passphrase, which was not given."),
                                         path=path))
                return None
        self.notes.append(Phrase(N_("The passphrase for {path} was wrong {count} times."), path=path, count=ATTEMPTS))
        return None

    def _password(self) -> Iterator[Attempt]:
        if self.prompt is None:
            self.notes.append(Phrase(N_("A password login needs someone to type the password.")))
            return
        self.tried.append("password")
        for attempt in range(1, ATTEMPTS + 1):
            password = self._ask(Question(QuestionKind.PASSWORD, self.destination.label,
                                          f"Password for {self.destination.label}", attempt=attempt))
            if password is None:
                raise AuthenticationCancelled(self.destination.label)
            yield lambda password=password: self.transport.auth_password(self.destination.user, password,
                                                                         fallback=False)

    def _keyboard_interactive(self) -> Iterator[Attempt]:
        if self.prompt is None:
            self.notes.append(Phrase(N_("A keyboard-interactive login needs someone to answer the server's "
                                        "questions.")))
            return
        self.tried.append("keyboard-interactive")
        yield self._interactive_round

    def _interactive_round(self) -> list[str]:
        """The server's questions arrive on paramiko's thread; they are asked here, on the login's thread."""
        questions: queue.Queue[tuple[str, list[tuple[str, bool]], Reply[list[str]]]] = queue.Queue()

        def handler(title: str, instructions: str, fields: list[tuple[str, bool]]) -> list[str]:
            if not fields:
                return []
            reply: Reply[list[str]] = Reply()
            questions.put((instructions or title, fields, reply))
            answers = reply.wait()
            return answers if answers is not None else [""] * len(fields)

        finished = threading.Event()
        self.transport.auth_handler = auth = paramiko.AuthHandler(self.transport)
        auth.auth_interactive(self.destination.user, handler, finished, "")
        deadline, attempt = time.monotonic() + self.timeout, 0
        while not finished.is_set() and self.transport.is_active() and time.monotonic() < deadline:
            try:
                instructions, fields, reply = questions.get(timeout=0.1)
            except queue.Empty:
                continue
            attempt += 1
            answers = []
            for text, echo in fields:
                answer = self._ask(Question(QuestionKind.KEYBOARD_INTERACTIVE, self.destination.label, text, echo,
                                            instructions, attempt))
                if answer is None:
                    reply.cancel()
                    raise AuthenticationCancelled(self.destination.label)
                answers.append(answer)
            reply.answer(answers)
            deadline = time.monotonic() + self.timeout
        return auth.wait_for_response(finished)


def authenticate(transport: paramiko.Transport, destination: Destination, prompt: Prompt | None,
                 timeout: float = 30.0) -> str:
    """Logs in as destination.user and returns what logged in; AuthenticationFailed (naming what was tried) or
    AuthenticationCancelled."""
    return Login(transport, destination, prompt, timeout).run()

"""Keyboard-interactive and multi-step logins, against a real SSH server: paramiko's own server side on loopback
(the rig's sshd runs without PAM, so it offers neither)."""

from __future__ import annotations

import base64
import socket
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import paramiko
import pytest

from virtdesk.remote.errors import AuthenticationCancelled
from virtdesk.remote.hostkeys import KnownHosts
from virtdesk.remote.prompts import Question, QuestionKind
from virtdesk.remote.registry import SessionRegistry
from virtdesk.remote.settings import SshSettings
from virtdesk.remote.uri import SshUri

pytestmark = pytest.mark.integration
ANSWERS = {"Password: ": "hunter2", "Code from your token: ": "123456"}


class Server(paramiko.ServerInterface):
    """Asks two questions by keyboard-interactive; or, with `key`, wants that key and then a password."""

    def __init__(self, key: bytes | None = None) -> None:
        self.key = key
        self.key_accepted = False

    def get_allowed_auths(self, username: str) -> str:
        if self.key is None:
            return "keyboard-interactive"
        return "password" if self.key_accepted else "publickey"

    def check_auth_interactive(self, username: str, submethods: str) -> paramiko.InteractiveQuery:
        return paramiko.InteractiveQuery("login", "Answer both", *((text, "Code" in text) for text in ANSWERS))

    def check_auth_interactive_response(self, responses: list[str]) -> int:
        return paramiko.AUTH_SUCCESSFUL if list(responses) == list(ANSWERS.values()) else paramiko.AUTH_FAILED

    def check_auth_publickey(self, username: str, key: paramiko.PKey) -> int:
        if key.asbytes() != self.key:
            return paramiko.AUTH_FAILED
        self.key_accepted = True
        return paramiko.AUTH_PARTIALLY_SUCCESSFUL

    def check_auth_password(self, username: str, password: str) -> int:
        accepted = self.key_accepted and password == ANSWERS["Password: "]
        return paramiko.AUTH_SUCCESSFUL if accepted else paramiko.AUTH_FAILED


@pytest.fixture
def host_key() -> paramiko.PKey:
    return paramiko.ECDSAKey.generate()


def serve(interface: Server, host_key: paramiko.PKey) -> Iterator[int]:
    listener = socket.create_server(("127.0.0.1", 0))
    transports: list[paramiko.Transport] = []

    def accept() -> None:
        try:
            connection, _ = listener.accept()
        except OSError:
            return
        transport = paramiko.Transport(connection)
        transport.add_server_key(host_key)
        transports.append(transport)
        transport.start_server(server=interface)

    threading.Thread(target=accept, daemon=True).start()
    yield listener.getsockname()[1]
    listener.close()
    for transport in transports:
        transport.close()


@pytest.fixture
def questions_server(host_key: paramiko.PKey) -> Iterator[int]:
    yield from serve(Server(), host_key)


class Answers:
    def __init__(self, cancel: bool = False) -> None:
        self.cancel = cancel
        self.asked: list[tuple[Question, threading.Thread]] = []

    def __call__(self, question: Question) -> str | None:
        self.asked.append((question, threading.current_thread()))
        if self.cancel:
            return None
        return ANSWERS["Password: "] if question.kind is QuestionKind.PASSWORD else ANSWERS.get(question.text, "")


def settings(tmp_path: Path, host_key: paramiko.PKey, port: int, prompt: Answers) -> SshSettings:
    hosts = KnownHosts(tmp_path / "own", [])
    hosts.remember("127.0.0.1", port, host_key.get_name(), host_key.asbytes())
    return SshSettings(prompt=prompt, ssh_dir=tmp_path / "ssh", known_hosts=hosts, agent_socket=None,
                       keepalive_interval=60)


def test_the_servers_questions_are_asked_on_the_logging_in_thread(
    tmp_path: Path, host_key: paramiko.PKey, questions_server: int
) -> None:
    prompt = Answers()
    registry = SessionRegistry()
    session = registry.acquire_for(SshUri(driver="qemu", host="127.0.0.1", port=questions_server, user="me"),
                                   settings(tmp_path, host_key, questions_server, prompt))
    try:
        assert session.logged_in_by == "keyboard-interactive"
        assert [(q.kind, q.text, q.echo, q.instructions) for q, _ in prompt.asked] == [
            (QuestionKind.KEYBOARD_INTERACTIVE, "Password: ", False, "Answer both"),
            (QuestionKind.KEYBOARD_INTERACTIVE, "Code from your token: ", True, "Answer both")]
        assert {thread for _, thread in prompt.asked} == {threading.current_thread()}
    finally:
        registry.close_all()


def test_cancelling_a_question_cancels_the_login(tmp_path: Path, host_key: paramiko.PKey,
                                                 questions_server: int) -> None:
    registry = SessionRegistry()
    with pytest.raises(AuthenticationCancelled):
        registry.acquire_for(SshUri(driver="qemu", host="127.0.0.1", port=questions_server, user="me"),
                             settings(tmp_path, host_key, questions_server, Answers(cancel=True)))
    assert registry.sessions() == []


def test_a_key_and_then_a_password_log_in_step_by_step(tmp_path: Path, host_key: paramiko.PKey) -> None:
    key = tmp_path / "id"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True)
    blob = base64.b64decode(key.with_suffix(".pub").read_text().split()[1])
    for port in serve(Server(key=blob), host_key):
        prompt = Answers()
        registry = SessionRegistry()
        session = registry.acquire_for(SshUri(driver="qemu", host="127.0.0.1", port=port, user="me",
                                              keyfile=str(key)), settings(tmp_path, host_key, port, prompt))
        assert session.logged_in_by == f"key file {key} + password"
        assert [q.kind for q, _ in prompt.asked] == [QuestionKind.PASSWORD]
        registry.close_all()

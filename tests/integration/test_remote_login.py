"""Logging in to the rig's real sshd with virtdesk's SSH: key files (given, default, from ~/.ssh/config, encrypted),
a real ssh-agent, passwords; jump hosts; and each way a connection fails with its own error."""

from __future__ import annotations

import base64
import contextlib
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from rig.sshd import Sshd, free_port

from virtdesk.remote.errors import (
    AuthenticationCancelled,
    AuthenticationFailed,
    ConnectionRefused,
    ConnectTimeout,
    HostNotFound,
    SshConfigError,
    SshProtocolError,
)
from virtdesk.remote.hostkeys import KnownHosts
from virtdesk.remote.prompts import Question, QuestionKind
from virtdesk.remote.registry import SessionRegistry
from virtdesk.remote.session import Session
from virtdesk.remote.settings import SshSettings
from virtdesk.remote.uri import SshUri

pytestmark = pytest.mark.integration
PASSPHRASE = "correct horse battery"


class Answers:
    """A prompt that answers from a list (None: cancel) and records the questions."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.questions: list[Question] = []

    def __call__(self, question: Question) -> str | None:
        self.questions.append(question)
        return self.answers.pop(0)


@pytest.fixture
def ssh_dir(tmp_path: Path) -> Path:
    """An empty stand-in for ~/.ssh."""
    path = tmp_path / "ssh"
    path.mkdir(mode=0o700)
    return path


@pytest.fixture
def registry() -> Iterator[SessionRegistry]:
    sessions = SessionRegistry()
    yield sessions
    sessions.close_all()


def settings_for(sshd: Sshd, ssh_dir: Path, **changes) -> SshSettings:
    """Settings that know the rig's host key, with no agent unless given."""
    hosts = KnownHosts(ssh_dir.parent / "own_known_hosts", [sshd.known_hosts_path])
    return SshSettings(ssh_dir=ssh_dir, **{"agent_socket": None, "known_hosts": hosts, **changes})


def login(sshd: Sshd, registry: SessionRegistry, settings: SshSettings, user: str | None = None,
          keyfile: Path | None = None, host: str | None = None) -> Session:
    uri = SshUri(driver="qemu", host=host or sshd.host, port=None if host else sshd.port, path="/session",
                 user=user or sshd.key_user, keyfile=str(keyfile) if keyfile else None)
    return registry.acquire_for(uri, settings)


def whoami(session: Session) -> str:
    result = session.run("id -un")
    assert result.status == 0, result.stderr
    return result.stdout.strip()


def _keygen(path: Path, passphrase: str = "") -> Path:
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", passphrase, "-f", str(path)], check=True)
    return path


def test_a_key_file_named_in_the_uri_logs_in(sshd: Sshd, ssh_dir: Path, registry: SessionRegistry) -> None:
    session = login(sshd, registry, settings_for(sshd, ssh_dir), keyfile=sshd.key_path)
    assert whoami(session) == sshd.key_user
    assert session.logged_in_by == f"key file {sshd.key_path}"


def test_logins_to_one_host_at_the_same_time_make_one_session(
    sshd: Sshd, ssh_dir: Path, registry: SessionRegistry
) -> None:
    before = sshd.connection_pids()
    got: list[Session] = []
    workers = [threading.Thread(target=lambda: got.append(login(sshd, registry, settings_for(sshd, ssh_dir),
                                                                keyfile=sshd.key_path))) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert len(got) == 4 and len({id(session) for session in got}) == 1
    assert len(sshd.connection_pids() - before) == 1
    for session in got[:3]:
        session.release()
    assert got[0].alive
    got[3].release()
    assert not got[0].alive and registry.sessions() == []


def test_a_default_key_in_ssh_dir_logs_in(sshd: Sshd, ssh_dir: Path, registry: SessionRegistry) -> None:
    (ssh_dir / "id_rsa").write_bytes(sshd.key_path.read_bytes())
    (ssh_dir / "id_rsa").chmod(0o600)
    session = login(sshd, registry, settings_for(sshd, ssh_dir))
    assert session.logged_in_by == f"key file {ssh_dir / 'id_rsa'}"


def test_without_any_key_a_non_interactive_login_fails_saying_what_it_tried(
    sshd: Sshd, ssh_dir: Path, registry: SessionRegistry
) -> None:
    stranger = _keygen(ssh_dir / "id_ed25519")
    with pytest.raises(AuthenticationFailed) as failure:
        login(sshd, registry, settings_for(sshd, ssh_dir))
    assert f"key file {stranger}" in str(failure.value)
    assert "publickey" in str(failure.value)
    assert registry.sessions() == []


def test_an_encrypted_key_asks_its_passphrase_again_when_wrong(
    sshd: Sshd, ssh_dir: Path, registry: SessionRegistry
) -> None:
    key = _keygen(ssh_dir / "locked", PASSPHRASE)
    prompt = Answers("wrong guess", PASSPHRASE)
    with sshd.authorized(key.with_suffix(".pub").read_text()):
        session = login(sshd, registry, settings_for(sshd, ssh_dir, prompt=prompt), keyfile=key)
    assert whoami(session) == sshd.key_user
    assert [(q.kind, q.target, q.attempt) for q in prompt.questions] == [
        (QuestionKind.PASSPHRASE, str(key), 1), (QuestionKind.PASSPHRASE, str(key), 2)]


def test_an_encrypted_key_without_a_passphrase_is_skipped_with_a_note(
    sshd: Sshd, ssh_dir: Path, registry: SessionRegistry
) -> None:
    key = _keygen(ssh_dir / "locked", PASSPHRASE)
    with sshd.authorized(key.with_suffix(".pub").read_text()), pytest.raises(AuthenticationFailed) as failure:
        login(sshd, registry, settings_for(sshd, ssh_dir, prompt=Answers(None)), keyfile=key)
    assert "needs its passphrase" in str(failure.value)


def test_a_password_logs_in_after_a_wrong_one(sshd: Sshd, ssh_dir: Path, registry: SessionRegistry) -> None:
    prompt = Answers("not it", sshd.password)
    session = login(sshd, registry, settings_for(sshd, ssh_dir, prompt=prompt), user=sshd.password_user)
    assert whoami(session) == sshd.password_user
    assert session.logged_in_by == "password"
    target = f"{sshd.password_user}@{sshd.host}:{sshd.port}"
    assert [(q.kind, q.target, q.attempt, q.echo) for q in prompt.questions] == [
        (QuestionKind.PASSWORD, target, 1, False), (QuestionKind.PASSWORD, target, 2, False)]


def test_cancelling_the_password_cancels_the_login(sshd: Sshd, ssh_dir: Path, registry: SessionRegistry) -> None:
    with pytest.raises(AuthenticationCancelled):
        login(sshd, registry, settings_for(sshd, ssh_dir, prompt=Answers(None)), user=sshd.password_user)


def test_a_password_login_without_anyone_to_ask_fails_clearly(
    sshd: Sshd, ssh_dir: Path, registry: SessionRegistry
) -> None:
    with pytest.raises(AuthenticationFailed, match="needs someone to type the password"):
        login(sshd, registry, settings_for(sshd, ssh_dir), user=sshd.password_user)


@pytest.fixture
def agent(tmp_path: Path, sshd: Sshd) -> Iterator[str]:
    """A real ssh-agent holding the rig's client key; killed after the test."""
    path = tmp_path / "agent.sock"
    process = subprocess.Popen(["ssh-agent", "-D", "-a", str(path)], stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while not path.exists():
            assert process.poll() is None and time.monotonic() < deadline, "ssh-agent did not start"
            time.sleep(0.05)
        subprocess.run(["ssh-add", "-q", str(sshd.key_path)], env={"SSH_AUTH_SOCK": str(path)}, check=True,
                       capture_output=True)
        yield str(path)
    finally:
        process.kill()
        process.wait()


def test_the_agents_key_logs_in(sshd: Sshd, ssh_dir: Path, registry: SessionRegistry, agent: str) -> None:
    session = login(sshd, registry, settings_for(sshd, ssh_dir, agent_socket=agent))
    assert whoami(session) == sshd.key_user
    assert session.logged_in_by.startswith("agent key ED25519 SHA256:")


def test_identities_only_keeps_the_agent_to_the_named_key(
    sshd: Sshd, ssh_dir: Path, registry: SessionRegistry, agent: str
) -> None:
    other = _keygen(ssh_dir / "other")
    (ssh_dir / "config").write_text(f"Host rig\n    HostName {sshd.host}\n    Port {sshd.port}\n"
                                    f"    IdentityFile {other}\n    IdentitiesOnly yes\n")
    with pytest.raises(AuthenticationFailed) as failure:
        login(sshd, registry, settings_for(sshd, ssh_dir, agent_socket=agent), host="rig")
    assert "agent key" not in str(failure.value)


def test_an_alias_from_ssh_config_gives_host_port_user_and_key(
    sshd: Sshd, ssh_dir: Path, registry: SessionRegistry
) -> None:
    (ssh_dir / "config").write_text(f"Host rig\n    HostName {sshd.host}\n    Port {sshd.port}\n"
                                    f"    User {sshd.key_user}\n    IdentityFile {sshd.key_path}\n")
    uri = SshUri(driver="qemu", host="rig", path="/session")
    session = registry.acquire_for(uri, settings_for(sshd, ssh_dir))
    assert session.destination.key == (sshd.key_user, sshd.host, sshd.port)
    assert whoami(session) == sshd.key_user


def test_a_proxyjump_host_carries_the_session(sshd: Sshd, ssh_dir: Path, registry: SessionRegistry) -> None:
    (ssh_dir / "config").write_text(
        f"Host inner\n    HostName localhost\n    Port {sshd.port}\n"
        f"    ProxyJump {sshd.key_user}@{sshd.host}:{sshd.port}\nHost *\n    IdentityFile {sshd.key_path}\n")
    hosts = KnownHosts(ssh_dir / "own", [sshd.known_hosts_path])
    hosts.remember("localhost", sshd.port, *_rig_host_key(sshd))
    settings = settings_for(sshd, ssh_dir, known_hosts=hosts)
    session = registry.acquire_for(SshUri(driver="qemu", host="inner", user=sshd.key_user), settings)
    assert whoami(session) == sshd.key_user
    assert sorted(s.destination.host for s in registry.sessions()) == ["127.0.0.1", "localhost"]
    session.release()
    assert registry.sessions() == []


def _rig_host_key(sshd: Sshd) -> tuple[str, bytes]:
    _names, key_type, encoded = sshd.known_hosts_path.read_text().split()
    return key_type, base64.b64decode(encoded)


def test_a_proxycommand_in_ssh_config_is_refused_before_connecting(
    sshd: Sshd, ssh_dir: Path, registry: SessionRegistry
) -> None:
    (ssh_dir / "config").write_text("Host rig\n    ProxyCommand nc %h %p\n")
    with pytest.raises(SshConfigError, match="ProxyCommand"):
        registry.acquire_for(SshUri(driver="qemu", host="rig"), settings_for(sshd, ssh_dir))


def test_a_port_without_a_server_is_connection_refused(sshd: Sshd, ssh_dir: Path, registry: SessionRegistry) -> None:
    port = free_port()
    with pytest.raises(ConnectionRefused, match=f"port {port}"):
        registry.acquire_for(SshUri(driver="qemu", host="127.0.0.1", port=port), settings_for(sshd, ssh_dir))


def test_an_unknown_host_name_is_a_dns_failure(sshd: Sshd, ssh_dir: Path, registry: SessionRegistry) -> None:
    with pytest.raises(HostNotFound, match="no-such-host.invalid"):
        registry.acquire_for(SshUri(driver="qemu", host="no-such-host.invalid"), settings_for(sshd, ssh_dir))


@pytest.fixture
def silent_server() -> Iterator[tuple[int, list[bytes]]]:
    """A TCP server that accepts, says what the test put in its list and hangs up (or, with nothing to say, stays
    silent)."""
    server = socket.create_server(("127.0.0.1", 0))
    says: list[bytes] = []
    accepted: list[socket.socket] = []

    def serve() -> None:
        while True:
            try:
                connection, _ = server.accept()
            except OSError:
                return
            accepted.append(connection)
            if says:
                with contextlib.suppress(OSError):
                    connection.sendall(b"".join(says))
                connection.close()

    threading.Thread(target=serve, daemon=True).start()
    yield server.getsockname()[1], says
    server.close()
    for connection in accepted:
        connection.close()


def test_a_server_that_never_answers_times_out(sshd: Sshd, ssh_dir: Path, registry: SessionRegistry,
                                               silent_server: tuple[int, list[bytes]]) -> None:
    started = time.monotonic()
    with pytest.raises(ConnectTimeout, match="within 1 seconds"):
        registry.acquire_for(SshUri(driver="qemu", host="127.0.0.1", port=silent_server[0]),
                             settings_for(sshd, ssh_dir, connect_timeout=1.0))
    assert time.monotonic() - started < 10


def test_a_server_that_is_not_ssh_is_a_protocol_error(sshd: Sshd, ssh_dir: Path, registry: SessionRegistry,
                                                      silent_server: tuple[int, list[bytes]]) -> None:
    silent_server[1].append(b"HTTP/1.1 400 Bad Request\r\n\r\n")
    with pytest.raises(SshProtocolError, match="handshake"):
        registry.acquire_for(SshUri(driver="qemu", host="127.0.0.1", port=silent_server[0]),
                             settings_for(sshd, ssh_dir, connect_timeout=2.0))

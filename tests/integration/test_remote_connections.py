"""virtdesk's Connection over its own SSH, against the rig's real sshd and session daemon: the VM list and lifecycle
through the tunnel under the user's qemu+ssh URI, one login for two connections to one host, host keys asked
through RemoteHosts' signal (accepted, remembered; changed: refused until the old key is removed; nobody to ask:
refused naming the fingerprint), a password remembered in the real keyring, the system ssh as a choice, and a link
that dies (sshd processes killed, or frozen) shown within 15 s and reconnected."""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from pathlib import Path

import libvirt
import pytest
from remote_harness import other_host_key, remote_hosts, rig_uri
from rig import guests
from rig.procs import descendants, signal_all
from rig.session_daemon import SessionDaemon
from rig.sshd import Sshd

from virtdesk.model.actions import ACTIONS
from virtdesk.model.connection import Connection, ConnectionState
from virtdesk.model.domain import DomainState
from virtdesk.model.remote_hosts import LoginAnswer, LoginQuestion, RemoteHosts, host_key_change
from virtdesk.model.saved_passwords import SavedPasswords
from virtdesk.remote.hostkeys import KnownHosts
from virtdesk.remote.known_hosts import lookup_name
from virtdesk.remote.uri import SshUri

pytestmark = pytest.mark.integration
NOTICED_WITHIN = 15.0


@pytest.fixture
def remote(sshd: Sshd, tmp_path: Path) -> Iterator[RemoteHosts]:
    hosts = remote_hosts(sshd, tmp_path)
    yield hosts
    hosts.close_all()


def opened(qtbot, connection: Connection, state: ConnectionState = ConnectionState.ACTIVE) -> Connection:
    connection.open()
    qtbot.waitUntil(lambda: connection.state is not ConnectionState.CONNECTING, timeout=30000)
    assert connection.state is state, connection.error
    if state is ConnectionState.ACTIVE:
        qtbot.waitUntil(lambda: connection.loaded, timeout=20000)
    return connection


@pytest.fixture
def connection(qtbot, sshd: Sshd, session_daemon: SessionDaemon, remote: RemoteHosts) -> Iterator[Connection]:
    made = Connection(rig_uri(sshd), remote=remote)
    yield made
    made.shutdown()


def ssh_programs_of_this_process() -> list[str]:
    """The ssh programs libvirt would spawn (children of this process)."""
    import os

    found = []
    for pid in descendants({os.getpid()}) - {os.getpid()}:
        try:
            found.append(Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[0].decode())
        except OSError:
            continue
    return [program for program in found if Path(program).name == "ssh"]


def test_the_vm_list_and_lifecycle_go_through_virtdesks_tunnel(qtbot, connection: Connection,
                                                                session_conn: libvirt.virConnect) -> None:
    name = guests.unique_name("ssh")
    defined = session_conn.defineXML(guests.tcg_guest_xml(name))
    try:
        opened(qtbot, connection)
        assert connection.uri.startswith("qemu+ssh://") and connection.label == "QEMU/KVM user session: 127.0.0.1"
        assert ssh_programs_of_this_process() == []
        assert {d.name for d in connection.domains.values()} == {d.name() for d in session_conn.listAllDomains()}
        domain = connection.find_domain(name)
        assert domain is not None and domain.state is DomainState.SHUTOFF
        ACTIONS["run"].start(domain)
        qtbot.waitUntil(lambda: domain.state is DomainState.RUNNING, timeout=20000)
        assert session_conn.lookupByName(name).isActive()
        ACTIONS["destroy"].start(domain)
        qtbot.waitUntil(lambda: domain.state is DomainState.SHUTOFF, timeout=20000)
        assert not session_conn.lookupByName(name).isActive()
    finally:
        guests.remove(defined)


def test_two_connections_to_one_host_log_in_once(qtbot, sshd: Sshd, session_daemon: SessionDaemon,
                                                  remote: RemoteHosts) -> None:
    before = sshd.connection_pids()
    first = Connection(rig_uri(sshd), remote=remote)
    second = Connection(rig_uri(sshd, "&name=qemu:///session"), remote=remote)
    try:
        opened(qtbot, first)
        opened(qtbot, second)
        assert len(remote.sessions()) == 1
        assert len(sshd.connection_pids() - before) == 1
        assert set(first.domains) == set(second.domains)
        first.close()
        qtbot.waitUntil(lambda: len(sshd.connection_pids() - before) == 1, timeout=5000)
        assert remote.sessions()[0].alive and second.is_active
    finally:
        first.shutdown()
        second.shutdown()
    qtbot.waitUntil(lambda: remote.sessions() == [], timeout=10000)


def test_an_unknown_host_key_is_asked_about_once_and_remembered(qtbot, sshd: Sshd, session_daemon: SessionDaemon,
                                                                tmp_path: Path) -> None:
    remote = remote_hosts(sshd, tmp_path, trusted=False)
    asked = []

    def answer(question, reply) -> None:
        asked.append(question)
        reply.answer(True)

    remote.host_key_asked.connect(answer)
    connection = Connection(rig_uri(sshd), remote=remote)
    try:
        opened(qtbot, connection)
        assert [(q.host, q.port, q.fingerprint) for q in asked] == [(sshd.host, sshd.port, sshd.host_key_fingerprint)]
        assert lookup_name(sshd.host, sshd.port) in (tmp_path / "own_known_hosts").read_text()
        connection.close()
        remote.close_all()
        opened(qtbot, connection)
        assert len(asked) == 1
    finally:
        connection.shutdown()
        remote.close_all()


def test_a_refused_host_key_fails_and_is_not_retried(qtbot, sshd: Sshd, tmp_path: Path) -> None:
    remote = remote_hosts(sshd, tmp_path, trusted=False)
    remote.host_key_asked.connect(lambda _question, reply: reply.answer(False))
    connection = Connection(rig_uri(sshd), remote=remote, autoconnect=True)
    try:
        opened(qtbot, connection, ConnectionState.ERROR)
        assert "was not accepted" in connection.error and sshd.host_key_fingerprint in connection.error
        assert not connection.reconnecting
        assert not (tmp_path / "own_known_hosts").exists()
    finally:
        connection.shutdown()


@pytest.mark.parametrize("interactive", [True, False])
def test_a_changed_host_key_is_refused_until_the_old_key_is_removed(qtbot, sshd: Sshd, session_daemon: SessionDaemon,
                                                                    tmp_path: Path, interactive: bool) -> None:
    own = tmp_path / "own_known_hosts"
    own.write_text(other_host_key(sshd, tmp_path))
    remote = remote_hosts(sshd, tmp_path, trusted=False, interactive=interactive)
    asked = []
    remote.host_key_asked.connect(lambda question, reply: (asked.append(question), reply.answer(True)))
    connection = Connection(rig_uri(sshd), remote=remote, autoconnect=True)
    try:
        opened(qtbot, connection, ConnectionState.ERROR)
        assert "host key of 127.0.0.1" in connection.error and "has changed" in connection.error
        assert sshd.host_key_fingerprint in connection.error
        change = host_key_change(connection.failure)
        assert change is not None and change.fingerprint == sshd.host_key_fingerprint
        assert not connection.reconnecting and asked == []
        forgotten = remote.forget_changed_key(change)
        qtbot.waitUntil(lambda: forgotten.done, timeout=5000)
        assert forgotten.error is None and forgotten.result.removed == 1 and forgotten.result.elsewhere == ()
        if interactive:
            opened(qtbot, connection)
            assert [q.fingerprint for q in asked] == [sshd.host_key_fingerprint]
        else:
            opened(qtbot, connection, ConnectionState.ERROR)
            assert "is not known" in connection.error and sshd.host_key_fingerprint in connection.error
    finally:
        connection.shutdown()
        remote.close_all()


class LinkKiller:
    def __init__(self, sshd: Sshd) -> None:
        self.sshd = sshd
        self.before = sshd.connection_pids()
        self.serving: set[int] = set()

    def find(self) -> None:
        self.serving = descendants(self.sshd.connection_pids() - self.before)
        assert len(self.serving) >= 3, "sshd [priv], the user's sshd and virt-ssh-helper"


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGSTOP])
def test_a_dead_link_is_shown_within_15_seconds_and_reconnected(qtbot, sshd: Sshd, connection: Connection,
                                                                 how: signal.Signals) -> None:
    killer = LinkKiller(sshd)
    opened(qtbot, connection)
    killer.find()
    started = time.monotonic()
    signal_all(killer.serving, how)
    try:
        qtbot.waitUntil(lambda: connection.state is not ConnectionState.ACTIVE, timeout=int(NOTICED_WITHIN * 1000))
        noticed = time.monotonic() - started
        assert noticed < NOTICED_WITHIN
        assert connection.error.startswith("Connection lost: the host "), connection.error
        assert connection.reconnecting or connection.state is ConnectionState.CONNECTING
        qtbot.waitUntil(lambda: connection.is_active and connection.loaded, timeout=30000)
    finally:
        signal_all(killer.serving, signal.SIGCONT)


def test_the_system_ssh_stays_available_as_a_choice(qtbot, sshd: Sshd, session_daemon: SessionDaemon,
                                                     remote: RemoteHosts) -> None:
    connection = Connection(rig_uri(sshd, "&no_verify=1"), remote=remote, system_ssh=True)
    try:
        opened(qtbot, connection)
        assert ssh_programs_of_this_process() != []
        assert remote.sessions() == []
    finally:
        connection.shutdown()


def test_a_remembered_password_is_kept_in_the_keyring_and_used_next_time(
        qtbot, sshd: Sshd, secret_service, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for variable, value in secret_service.environment.items():
        monkeypatch.setenv(variable, value)
    passwords = SavedPasswords()
    target = f"{sshd.password_user}@{sshd.host}:{sshd.port}"
    passwords.forget(target)
    remote = RemoteHosts(ssh_dir=tmp_path / "ssh", passwords=passwords,
                         known_hosts=KnownHosts(tmp_path / "own", [sshd.known_hosts_path]))
    asked: list[LoginQuestion] = []

    def answer(question: LoginQuestion, reply) -> None:
        asked.append(question)
        reply.answer(LoginAnswer(sshd.password, remember=True))

    remote.login_asked.connect(answer)
    uri = SshUri(driver="qemu", host=sshd.host, port=sshd.port, user=sshd.password_user)
    connection = Connection(str(uri), remote=remote)
    try:
        whoami = connection.run_on_ssh(lambda session: session.run("id -un").stdout.strip())
        qtbot.waitUntil(lambda: whoami.done, timeout=30000)
        assert whoami.error is None and whoami.result == sshd.password_user
        assert [(q.question.target, q.can_remember) for q in asked] == [(target, True)]
        assert passwords.lookup(target) == sshd.password
        remote.close_all()
        again = connection.run_on_ssh(lambda session: session.logged_in_by)
        qtbot.waitUntil(lambda: again.done, timeout=30000)
        assert again.error is None and again.result == "password"
        assert len(asked) == 1, "the saved password was used without asking"
    finally:
        connection.shutdown()
        remote.close_all()
        passwords.forget(target)

"""After password logins to the rig's sshd (a wrong password, then the right one, and a login that fails) and a login
with an encrypted key (a wrong passphrase, then the right one), no password or passphrase is in any log record,
exception text, environment, command line of any process, or file under the config, data and cache directories; and
the same for a connection that logs in with a password through the program's own question path."""

from __future__ import annotations

import logging
import os
import secrets
import subprocess
import traceback
from pathlib import Path

import pytest
from rig.sshd import Sshd

from virtdesk.model.connection import ConnectionState
from virtdesk.model.connections import ConnectionList
from virtdesk.model.log import event_log
from virtdesk.model.remote_hosts import LoginAnswer, LoginQuestion, RemoteHosts, Reply
from virtdesk.remote.errors import AuthenticationFailed
from virtdesk.remote.hostkeys import KnownHosts
from virtdesk.remote.prompts import Question
from virtdesk.remote.registry import SessionRegistry
from virtdesk.remote.settings import SshSettings
from virtdesk.remote.uri import SshUri

pytestmark = pytest.mark.integration


def _everything_a_password_could_leak_into(caplog: pytest.LogCaptureFixture, errors: list[BaseException]) -> str:
    places = [caplog.text, *(f"{r.getMessage()} {r.args!r} {r.__dict__!r}" for r in caplog.records)]
    places += ["".join(traceback.format_exception(error)) + repr(error) for error in errors]
    places += [f"{key}={value}" for key, value in os.environ.items()]
    for proc in Path("/proc").iterdir():
        for name in ("cmdline", "environ"):
            try:
                places.append((proc / name).read_bytes().decode(errors="replace"))
            except OSError:
                continue
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        for file in Path(os.environ[variable]).rglob("*"):
            if file.is_file():
                places.append(file.read_bytes().decode(errors="replace"))
    return "\n".join(places)


def test_no_password_or_passphrase_is_left_anywhere(sshd: Sshd, tmp_path: Path,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    wrong, passphrase = secrets.token_urlsafe(12), secrets.token_urlsafe(12)
    key = tmp_path / "locked"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", passphrase, "-f", str(key)], check=True)
    answers = [wrong, sshd.password]

    def prompt(question: Question) -> str:
        return answers.pop(0) if answers else wrong

    data_files = Path(os.environ["XDG_DATA_HOME"]) / "virtdesk" / "known_hosts"
    settings = SshSettings(prompt=prompt, ask_host_key=lambda question: True, ssh_dir=tmp_path / "ssh",
                           agent_socket=None)
    uri = SshUri(driver="qemu", host=sshd.host, port=sshd.port, user=sshd.password_user, path="/session")
    registry = SessionRegistry()
    errors: list[BaseException] = []
    try:
        session = registry.acquire_for(uri, settings)
        assert session.run("id -un").stdout.strip() == sshd.password_user
        session.release()
        with pytest.raises(AuthenticationFailed) as failure:
            registry.acquire_for(uri, settings)
        errors.append(failure.value)
        answers[:] = [wrong, passphrase]
        with sshd.authorized(key.with_suffix(".pub").read_text()):
            by_key = SshUri(driver="qemu", host=sshd.host, port=sshd.port, user=sshd.key_user, keyfile=str(key))
            assert registry.acquire_for(by_key, settings).logged_in_by == f"key file {key}"
    finally:
        registry.close_all()
    assert data_files.exists(), "virtdesk's known-hosts file was written under the data dir"
    assert any("password" in record.getMessage() for record in caplog.records)
    leaks = _everything_a_password_could_leak_into(caplog, errors)
    for secret in (sshd.password, wrong, passphrase):
        assert secret not in leaks


def test_a_password_login_of_a_connection_leaves_the_password_nowhere(qtbot, sshd: Sshd, tmp_path: Path,
                                                                      caplog: pytest.LogCaptureFixture) -> None:
    """Through the program's own path: RemoteHosts asks the GUI side (a wrong password, then the right one), the
    Connection opens, fails or not, and is saved in the settings; then the log window's entries, the log records,
    the settings file, every environment and command line, and the files under the data dirs are searched."""
    caplog.set_level(logging.DEBUG)
    wrong = secrets.token_urlsafe(12)
    answers = [wrong, sshd.password]
    remote = RemoteHosts(ssh_dir=tmp_path / "ssh",
                         known_hosts=KnownHosts(tmp_path / "own", [sshd.known_hosts_path]))
    asked = []

    def answer(asked_question: LoginQuestion, reply: Reply[LoginAnswer]) -> None:
        asked.append(asked_question.question.attempt)
        reply.answer(LoginAnswer(answers.pop(0) if answers else wrong))

    remote.login_asked.connect(answer)
    connections = ConnectionList(remote=remote)
    connection = connections.add(f"qemu+ssh://{sshd.password_user}@{sshd.host}:{sshd.port}/session")
    try:
        connection.open()
        qtbot.waitUntil(lambda: connection.state is not ConnectionState.CONNECTING, timeout=30000)
        assert asked == [1, 2]
        assert [s.destination.user for s in remote.sessions()] in ([sshd.password_user], [])
    finally:
        connections.shutdown()
        remote.close_all()
    entries = [f"{e.source} {e.message} {e.detail}" for e in event_log().entries]
    leaks = _everything_a_password_could_leak_into(caplog, [connection.failure] if connection.failure else [])
    leaks += "\n".join(entries) + "\n" + connection.error
    for secret in (sshd.password, wrong):
        assert secret not in leaks

"""After password logins to the rig's sshd (a wrong password, then the right one, and a login that fails) and a login
with an encrypted key (a wrong passphrase, then the right one), no password or passphrase is in any log record,
exception text, environment, command line of any process, or file under the config, data and cache directories."""

from __future__ import annotations

import logging
import os
import secrets
import subprocess
import traceback
from pathlib import Path

import pytest
from rig.sshd import Sshd

from virtdesk.remote.errors import AuthenticationFailed
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

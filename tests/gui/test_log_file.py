"""The log file under the XDG state folder: where it is, what the event log writes into it (an unexpected error's
traceback too), its rotation, no password in it after a password login, and `--debug`, which adds debugging detail
to it and to stderr, as the real program run from the command line."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from manager_harness import ManagerHarness
from PySide6.QtCore import QTimer
from testhosts import domain_xml, write_host

from virtdesk.app import _excepthook
from virtdesk.model.auth import AuthRequest
from virtdesk.model.connection import Connection, ConnectionState
from virtdesk.model.log import event_log
from virtdesk.model.log_file import (
    BACKUP_COUNT,
    HIDDEN,
    MAX_BYTES,
    LogOutputs,
    log_path,
    redacted,
    start_logging,
    state_dir,
)

pytestmark = pytest.mark.gui
PASSWORD = "Tr0ub4dor-and-3"


@pytest.fixture
def outputs(tmp_path: Path) -> Iterator[LogOutputs]:
    """The log going to tmp_path/state/virtdesk/virtdesk.log as the program sends it (with --debug)."""
    started = start_logging(debug=True, path=tmp_path / "state" / "virtdesk" / "virtdesk.log")
    yield started
    started.stop()
    logging.getLogger().setLevel(logging.WARNING)


def written(outputs: LogOutputs) -> str:
    outputs.stop()  # what is queued is written first
    return outputs.path.read_text(encoding="utf-8")


def test_the_file_is_in_the_xdg_state_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert log_path() == tmp_path / "state" / "virtdesk" / "virtdesk.log"
    monkeypatch.setenv("XDG_STATE_HOME", "relative/state")  # the XDG spec: ignored
    assert state_dir() == Path.home() / ".local" / "state" / "virtdesk"
    monkeypatch.delenv("XDG_STATE_HOME")
    assert log_path() == Path.home() / ".local" / "state" / "virtdesk" / "virtdesk.log"


def test_event_log_entries_and_an_unexpected_errors_traceback_are_written(qapp, outputs):
    event_log().info("Demo host", "Connected to demo")
    event_log().error("Test: host1", "Could not start vm-1", "libvirt error code 55")
    try:
        raise RuntimeError("a bug in a slot")
    except RuntimeError as error:
        _excepthook(type(error), error, error.__traceback__)
    text = written(outputs)
    assert "INFO Demo host: Connected to demo" in text
    assert "ERROR Test: host1: Could not start vm-1 (libvirt error code 55)" in text
    assert "Unexpected error: a bug in a slot" in text
    assert "Traceback (most recent call last)" in text and 'raise RuntimeError("a bug in a slot")' in text
    assert text.count("a bug in a slot") == 3  # once from the event log (message, traceback), not twice
    assert oct(outputs.path.parent.stat().st_mode & 0o777) == "0o700"


def test_the_file_is_rotated_at_a_mebibyte_keeping_five(qapp, outputs):
    line = "x" * 1000
    for _ in range(7 * MAX_BYTES // len(line)):
        event_log().info("rotation", line)
    written(outputs)
    folder = outputs.path.parent
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["virtdesk.log"] + [f"virtdesk.log.{n}" for n in range(1, BACKUP_COUNT + 1)]
    assert all((folder / name).stat().st_size <= MAX_BYTES for name in names)


def test_no_password_reaches_the_file_after_a_password_login(qtbot, tmp_path, outputs):
    uri = write_host(tmp_path, domain_xml("guarded"), auth=f"<auth><user password='{PASSWORD}'>alice</user></auth>")
    asked: list[AuthRequest] = []

    def authenticate(request: AuthRequest) -> None:
        asked.append(request)
        password = "wrong-Pa55word" if len(asked) == 1 else PASSWORD
        request.answer([password if credential.secret else "alice" for credential in request.credentials])

    connection = Connection(uri, authenticator=authenticate)
    connection.open()
    qtbot.waitUntil(lambda: connection.state is ConnectionState.ACTIVE, timeout=10000)
    assert len(asked) == 2  # the test driver asks again after the wrong password
    # what could carry it: a message quoting it, a domain's XML with a display password, a URI with one
    event_log().error("guarded", f"libvirt said: bad credentials {PASSWORD}")
    logging.getLogger("virtdesk.test").debug("<graphics type='vnc' passwd='vnc-Secret-9'/> from "
                                             "qemu+tcp://alice:uri-Secret-7@host/system?password=q-Secret-5")
    connection.shutdown()
    text = written(outputs)
    for secret in (PASSWORD, "wrong-Pa55word", "vnc-Secret-9", "uri-Secret-7", "q-Secret-5"):
        assert secret not in text
    assert f"bad credentials {HIDDEN}" in text and f"passwd='{HIDDEN}'" in text
    assert f"alice:{HIDDEN}@host" in text and f"password={HIDDEN}" in text


def test_redaction_keeps_what_is_not_a_password():
    text = "qemu+ssh://alice@host:2222/system?keyfile=/k <disk><source file='/a:b@c'/></disk>"
    assert redacted(text) == text


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "state"),
               QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "virtdesk", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_debug_adds_detail_to_stderr_and_the_file(tmp_path):
    log = tmp_path / "state" / "virtdesk" / "virtdesk.log"
    quiet = run(tmp_path, "--connect", "demo", "--screenshot", str(tmp_path / "a.png"))
    assert quiet.returncode == 0, quiet.stderr
    assert " DEBUG " not in quiet.stderr and " DEBUG " not in (log.read_text() if log.exists() else "")
    debug = run(tmp_path, "--connect", "demo", "--screenshot", str(tmp_path / "b.png"), "--debug")
    assert debug.returncode == 0, debug.stderr
    assert "DEBUG started as" in debug.stderr and f"log file {log}" in debug.stderr
    assert "DEBUG started as" in log.read_text()
    help_text = "".join(run(tmp_path, "--help").stdout.split())  # argparse wraps long words too
    assert "".join(f"--debug log debugging detail to stderr and to the log file ({log})".split()) in help_text


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_shown_as_one_sentence_and_written_with_its_traceback(qtbot, outputs,
                                                                                      monkeypatch):
    """The program's guard (sys.excepthook, as virtdesk installs it) catches what a slot raises: the manager's
    status bar says it in one line, the log file keeps the traceback, and the program goes on."""
    monkeypatch.setattr(sys, "excepthook", _excepthook)
    harness = ManagerHarness(qtbot)
    try:
        def broken_slot() -> None:
            raise ValueError("a deliberate fault in a slot")

        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: "deliberate" in harness.window.error_label.full_text(), timeout=5000)
        shown = harness.window.error_label.full_text()
        assert shown == "virtdesk: Unexpected error: a deliberate fault in a slot" and "\n" not in shown
        assert harness.window.isVisible()
        text = written(outputs)
        assert "Traceback (most recent call last)" in text and 'raise ValueError("a deliberate fault' in text
    finally:
        harness.close()

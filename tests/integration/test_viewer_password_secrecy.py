"""A VNC password never leaves virtdesk but through the viewer's standard input: a running guest of the rig's session
libvirtd with a display password is shown in the embedded console and opened in the real external viewer
(Debian's remote-viewer, installed on demand, on the rig's Xvfb). While the viewer shows the VM, the command line
and the environment of every process below the test process, virtdesk's log file (written at debug level) and
every file under the XDG folders (settings, data, cache, state) are read: the password is in none of them."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
from logging import getLogger
from pathlib import Path

import pytest
from integration.test_display_passwords import PASSWORD, guest, passwords  # noqa: F401 - guest is a fixture
from integration.test_vnc_console import console_of, listed
from rig import apt
from rig.errors import Unavailable, missing_part
from rig.procs import descendants
from rig.xvfb import Xvfb

from virtdesk.console.viewer_launcher import REMOTE_VIEWER
from virtdesk.model.log_file import start_logging

pytestmark = pytest.mark.integration
XDG_FOLDERS = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")


def process_texts(pid: int) -> dict[str, bytes]:
    """The command line and the environment of the process (empty once it is gone)."""
    texts = {}
    for part in ("cmdline", "environ"):
        with contextlib.suppress(OSError):
            texts[f"/proc/{pid} ({Path(f'/proc/{pid}/comm').read_text().strip()}) {part}"] = Path(
                f"/proc/{pid}/{part}").read_bytes()
    return texts


def files_under(folders: list[Path]) -> dict[str, bytes]:
    found = {}
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                found[str(path)] = path.read_bytes()
    return found


def viewer_windows(xvfb: Xvfb, name: str) -> list[str]:
    done = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name], capture_output=True, text=True,
                          env=dict(os.environ, DISPLAY=xvfb.display), timeout=10, check=False)
    return done.stdout.split()


def answers(xvfb: Xvfb) -> bool:
    """The X server accepts a client (xdotool asks it for its screen's size)."""
    done = subprocess.run(["xdotool", "getdisplaygeometry"], capture_output=True, text=True,
                          env=dict(os.environ, DISPLAY=xvfb.display), timeout=10, check=False)
    return done.returncode == 0


def test_the_password_is_in_no_argument_environment_log_or_settings_file(
        qtbot, monkeypatch, virtdesk_connection, session_conn, guest, xvfb):  # noqa: F811 - fixture
    try:
        apt.ensure("virt-viewer")
    except Unavailable as exc:
        missing_part(str(exc))
    assert passwords(guest, 0) == [PASSWORD]
    secret = PASSWORD.encode()
    monkeypatch.setenv("DISPLAY", xvfb.display)
    qtbot.waitUntil(lambda: answers(xvfb), timeout=15000)  # the X server takes clients before the viewer starts
    logging = start_logging(debug=True)
    viewer = None
    try:
        listed(qtbot, virtdesk_connection, guest.name())
        view = console_of(qtbot, virtdesk_connection, guest.name())  # the embedded console logged in with it
        task = view.open_external_viewer()
        qtbot.waitUntil(lambda: any(bool(process_texts(pid).get(f"/proc/{pid} ({REMOTE_VIEWER}) cmdline"))
                                    for pid in descendants({os.getpid()})) or task.done, timeout=30000)
        assert not task.done, (task.error, "X server answers" if answers(xvfb) else "X server gone")
        viewer = next(pid for pid in descendants({os.getpid()}) if process_texts(pid).get(
            f"/proc/{pid} ({REMOTE_VIEWER}) cmdline"))
        qtbot.waitUntil(lambda: bool(viewer_windows(xvfb, guest.name())) or task.done, timeout=30000)
        assert not task.done, task.error  # it shows the VM (a refused password would end it or ask for one)
        qtbot.wait(2000)
        assert not task.done, task.error
        children = descendants({os.getpid()}) - {os.getpid()}
        read: dict[str, bytes] = {}
        for pid in children:
            read.update(process_texts(pid))
        assert f"/proc/{viewer} ({REMOTE_VIEWER}) environ" in read
        getLogger("virtdesk").info("viewer secrecy check: reading what the viewer's start left")
        logging.stop()
        folders = [Path(os.environ[variable]) for variable in XDG_FOLDERS]
        files = files_under(folders)
        assert logging.path in [Path(name) for name in files] and files[str(logging.path)]
        read.update(files)
        holding = sorted(where for where, text in read.items() if secret in text)
        assert holding == []
        print(f"\nread {len(children)} child processes (cmdline, environ) and {len(files)} files: "
              f"no password; viewer window(s) {viewer_windows(xvfb, guest.name())}")
    finally:
        logging.stop()
        if viewer is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(viewer, signal.SIGTERM)
            qtbot.waitUntil(lambda: task.done, timeout=15000)

"""The external viewer launcher against fake viewers first on PATH that record their command line and standard
input: remote-viewer gets the connection file (with the password) on stdin and nothing secret in argv; its exit
code and error output fail the launch; virt-viewer alone gets the connection and the VM; no viewer at all names
the package to install."""

from __future__ import annotations

import configparser
import os
from pathlib import Path

import pytest
from details_harness import open_connection
from fake_viewer import fake
from PySide6.QtWidgets import QMessageBox
from testhosts import write_host

from virtdesk.console.viewer_launcher import ViewerFailed, ViewerMissing, launch_viewer
from virtdesk.model.console_transport import ConsoleUnreachable
from virtdesk.model.viewer_file import Display, connection_file

pytestmark = pytest.mark.gui

PASSWORD = "Viewer-Secret-42"


def vm(name: str, state: int, graphics: str) -> str:
    return (f"<domain type='test'><name>{name}</name><memory unit='MiB'>256</memory>"
            f"<os><type arch='x86_64'>hvm</type></os><devices>{graphics}</devices>"
            f"<test:runstate>{state}</test:runstate></domain>")


@pytest.fixture
def host(qtbot, tmp_path):
    vnc = (f"<graphics type='vnc' port='5907' autoport='no' passwd='{PASSWORD}'>"
           "<listen type='address' address='0.0.0.0'/></graphics>")
    spice = "<graphics type='spice' port='5931' autoport='no'><listen type='address' address='192.0.2.7'/></graphics>"
    connection = open_connection(qtbot, write_host(tmp_path, vm("vnc-vm", 1, vnc), vm("spice-vm", 1, spice),
                                                   vm("stopped-vm", 5, vnc), vm("headless", 1, "")))
    yield connection
    connection.shutdown()


def launched(qtbot, host, name: str):
    task = launch_viewer(host, host.find_domain(name))
    qtbot.waitUntil(lambda: task.done, timeout=15000)
    return task


def records(record: Path) -> tuple[list[str], configparser.ConfigParser, str]:
    argv = record.with_suffix(".argv").read_text().splitlines()
    stdin = record.with_suffix(".stdin").read_text()
    parsed = configparser.ConfigParser(interpolation=None)
    parsed.read_string(stdin)
    return argv, parsed, stdin


def test_remote_viewer_reads_the_connection_file_and_password_from_stdin_only(qtbot, host, tmp_path, monkeypatch):
    record = fake(tmp_path / "bin", "remote-viewer")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    (tmp_path / "tmp").mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    task = launched(qtbot, host, "vnc-vm")
    assert task.error is None, task.error
    argv, vv, stdin = records(record)
    assert argv == ["-"]
    assert dict(vv["virt-viewer"]) == {"type": "vnc", "host": "127.0.0.1", "port": "5907", "title": "vnc-vm",
                                       "delete-this-file": "1", "password": PASSWORD}
    assert PASSWORD in stdin and not any(PASSWORD in argument for argument in argv)
    written = {path.name for path in tmp_path.rglob("*") if path.is_file() and PASSWORD in path.read_text()}
    assert written == {"host.xml", "remote-viewer-record.stdin"}  # the test host's own file and the fake's record
    assert list((tmp_path / "tmp").iterdir()) == []


def test_a_spice_display_without_a_password_goes_to_its_listen_address(qtbot, host, tmp_path, monkeypatch):
    record = fake(tmp_path / "bin", "remote-viewer")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    assert launched(qtbot, host, "spice-vm").error is None
    _argv, vv, _stdin = records(record)
    assert (vv["virt-viewer"]["type"], vv["virt-viewer"]["host"], vv["virt-viewer"]["port"]) == (
        "spice", "192.0.2.7", "5931")
    assert "password" not in vv["virt-viewer"]


def test_the_viewers_exit_code_and_error_output_fail_the_launch(qtbot, host, tmp_path, monkeypatch):
    fake(tmp_path / "bin", "remote-viewer", status=3)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    error = launched(qtbot, host, "vnc-vm").error
    assert isinstance(error, ViewerFailed) and error.exit_code == 3
    assert str(error) == "remote-viewer ended with exit code 3.\nremote-viewer: could not connect to the display"
    assert PASSWORD not in str(error)


def test_virt_viewer_alone_is_given_the_connection_and_the_vm(qtbot, host, tmp_path, monkeypatch):
    record = fake(tmp_path / "bin", "virt-viewer")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    assert launched(qtbot, host, "vnc-vm").error is None
    assert record.with_suffix(".argv").read_text().splitlines() == [
        "--connect", host.uri, host.find_domain("vnc-vm").uuid]
    assert record.with_suffix(".stdin").read_text() == ""


def test_without_a_viewer_the_package_to_install_is_named(qtbot, host, tmp_path, monkeypatch):
    (tmp_path / "empty").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    error = launched(qtbot, host, "vnc-vm").error
    assert isinstance(error, ViewerMissing)
    assert "remote-viewer" in str(error) and "virt-viewer" in str(error) and "Fedora" in str(error)


@pytest.mark.parametrize(("name", "message"), [("stopped-vm", "The VM is not running."),
                                                ("headless", "This VM has no VNC or SPICE display.")])
def test_a_vm_without_a_display_to_show_fails_with_the_reason(qtbot, host, tmp_path, monkeypatch, name, message):
    fake(tmp_path / "bin", "remote-viewer")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    error = launched(qtbot, host, name).error
    assert isinstance(error, ConsoleUnreachable) and str(error) == message
    assert not (tmp_path / "remote-viewer-record.argv").exists()


def test_the_connection_file_keeps_to_one_line_per_key():
    text = connection_file(Display("vnc", "127.0.0.1", 5900, "evil\nhost=attacker", "pass\nword")).decode()
    assert text.splitlines() == ["[virt-viewer]", "type=vnc", "host=127.0.0.1", "port=5900",
                                 "title=evil host=attacker", "delete-this-file=1", "password=pass word"]
    assert "pass" not in repr(Display("vnc", "h", 1, "t", "pass"))
    assert os.sep not in text


@pytest.fixture
def external_first(monkeypatch, tmp_path):
    """Preferences → Consoles set to the external viewer; the test host's VMs as if their display could be reached."""
    from virtdesk.gui import console_choice, console_window
    from virtdesk.model.preferences import Preferences

    preferences = Preferences()
    preferences.console_external = True
    monkeypatch.setattr(console_choice, "_preferences", [preferences])
    monkeypatch.setattr(console_window, "display_problem", lambda _connection, _config: "")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))


def console_of(qtbot, host, name: str):  # noqa: ANN201 - the ConsoleView
    from virtdesk.gui.console_window import show_console_window

    window = show_console_window(host.find_domain(name))
    qtbot.addWidget(window)
    return window.view


def test_with_the_external_viewer_preferred_a_console_opens_it_and_can_show_the_display_here(
        qtbot, host, tmp_path, external_first):
    record = fake(tmp_path / "bin", "remote-viewer")
    view = console_of(qtbot, host, "vnc-vm")
    qtbot.waitUntil(lambda: record.with_suffix(".stdin").exists(), timeout=15000)
    assert "opens in the external viewer" in view.message.text() and view.show_here_button.isVisible()
    assert view.session is None  # no display of its own meanwhile
    view.show_here_button.click()
    assert view.session is not None and not view.show_here_button.isVisible()


def test_a_viewer_that_fails_leaves_the_display_shown_here(qtbot, host, tmp_path, external_first):
    fake(tmp_path / "bin", "remote-viewer", status=3)
    view = console_of(qtbot, host, "vnc-vm")
    qtbot.waitUntil(lambda: view.session is not None, timeout=15000)
    assert view.findChild(QMessageBox, "viewer-failed") is not None

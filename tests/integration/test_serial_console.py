"""The serial console widget on the rig's real Linux guest: it shows what the guest prints from its start, runs a
command typed into it, says so when the VM stops (and opens again when it runs), and when another client holds or
takes the console, and a closed console is freed at once and closed on the host; the same over virtdesk's SSH to
the rig's sshd, where the external viewer launcher also reaches a VM's display through the SSH forward (a fake
remote-viewer reads the RFB banner through it)."""

from __future__ import annotations

import contextlib
import re
import socket
import stat
import sys
import weakref
from collections.abc import Iterator
from pathlib import Path

import libvirt
import pytest
from freeing import left_behind
from PySide6.QtCore import Qt
from remote_harness import remote_hosts, rig_uri
from rig import guests
from rig.console import SerialConsole as RigConsole
from rig.initramfs import READY_LINE

from virtdesk.console.serial_widget import SerialConsole
from virtdesk.console.viewer_launcher import launch_viewer
from virtdesk.model.connection import Connection, ConnectionState
from virtdesk.model.serial_stream import ConsoleEnd

pytestmark = pytest.mark.integration
VIRTIO_CONSOLE = "<console type='pty'><target type='virtio' port='1'/></console>"


def shown(console: SerialConsole) -> str:
    return "\n".join(console.terminal.text_lines())


def open_widget(qtbot, connection: Connection, name: str) -> SerialConsole:
    qtbot.waitUntil(lambda: connection.find_domain(name) is not None
                    and connection.find_domain(name).is_active, timeout=10000)
    console = SerialConsole(connection, connection.find_domain(name))
    qtbot.addWidget(console)
    console.resize(800, 500)
    console.show()
    return console


def run_typed(qtbot, console: SerialConsole) -> None:
    """Types `echo hi-$RANDOM` and Enter into the terminal and waits for the guest's answer."""
    console.terminal.setFocus()
    qtbot.keyClicks(console.terminal, "echo hi-$RANDOM")
    qtbot.keyClick(console.terminal, "\r")
    qtbot.waitUntil(lambda: any(re.fullmatch(r"hi-\d+", line) for line in console.terminal.text_lines()),
                    timeout=20000)


def at_prompt(qtbot, console: SerialConsole, prompt: str = "guest#") -> None:
    """Presses Enter until the guest's shell answers with its prompt: the fixtures wait for the guest's ready line,
    printed just before the shell starts, and what is typed before the shell reads the terminal is lost."""
    def prompts() -> int:
        return sum(prompt in line for line in console.terminal.text_lines())

    for _ in range(20):
        before = prompts()
        qtbot.keyClick(console.terminal, "\r")
        with contextlib.suppress(qtbot.TimeoutError):
            qtbot.waitUntil(lambda before=before: prompts() > before, timeout=1000)
            return
    raise AssertionError(f"no {prompt!r} after Enter; the console shows:\n{shown(console)}")


@pytest.fixture
def paused_guest(session_conn: libvirt.virConnect, session_daemon, linux_boot_files) -> Iterator[libvirt.virDomain]:
    """The Linux guest with a virtio console besides its serial port, started paused, so a console opened now sees
    its start."""
    name = guests.unique_name("ser")
    xml = guests.linux_guest_xml(name, linux_boot_files, session_daemon.runtime_dir / f"{name}.agent")
    domain = session_conn.defineXML(xml.replace("</devices>", VIRTIO_CONSOLE + "</devices>"))
    domain.createWithFlags(libvirt.VIR_DOMAIN_START_PAUSED)
    yield domain
    with contextlib.suppress(libvirt.libvirtError):
        guests.remove(domain)


def test_the_console_shows_the_start_runs_a_command_and_closes_when_the_vm_stops(qtbot, virtdesk_connection,
                                                                                paused_guest):
    console = open_widget(qtbot, virtdesk_connection, paused_guest.name())
    qtbot.waitUntil(lambda: console.stream is not None and console.stream.is_open, timeout=10000)
    assert console.chooser.isVisible()
    assert [console.chooser.itemText(i) for i in range(console.chooser.count())] == [
        "Serial port 1", "Text console 2 (virtio)"]
    paused_guest.resume()
    qtbot.waitUntil(lambda: READY_LINE in shown(console), timeout=90000)
    qtbot.waitUntil(lambda: "guest#" in shown(console), timeout=20000)
    run_typed(qtbot, console)

    console.chooser.setCurrentIndex(1)  # the virtio console: what the guest writes to /dev/hvc0
    qtbot.waitUntil(lambda: console.stream.is_open and console.stream.device_alias == "console1", timeout=10000)
    serial = RigConsole(paused_guest)
    try:
        serial.run("echo hvc-$((6*7)) > /dev/hvc0; echo wr''itten", "written")
    finally:
        serial.close()
    qtbot.waitUntil(lambda: "hvc-42" in console.terminal.text_lines(), timeout=10000)

    paused_guest.destroy()
    qtbot.waitUntil(lambda: console.reconnect_button.isVisible(), timeout=10000)
    assert console.stream.end is ConsoleEnd.STOPPED
    assert "stopped" in console.message.text()
    assert console.reconnect_button.text() == "Reconnect"

    paused_guest.create()  # running again: the console opens by itself
    qtbot.waitUntil(lambda: console.stream.is_open and console.reconnect_button.isHidden(), timeout=20000)


def test_a_closed_console_is_freed_and_closed_on_the_host(qtbot, virtdesk_connection, paused_guest):
    """By reference counting alone, as in the program: the open console (held by libvirt's event loop until its
    close on a worker) keeps neither its stream nor its terminal; the host lets the console open again at once."""
    def open_and_close() -> list[weakref.ref]:
        console = SerialConsole(virtdesk_connection, virtdesk_connection.find_domain(paused_guest.name()))
        console.show()
        qtbot.waitUntil(lambda: console.stream is not None and console.stream.is_open, timeout=10000)
        kept = [weakref.ref(console), weakref.ref(console.terminal), weakref.ref(console.stream)]
        console.close()
        console.deleteLater()
        return kept

    qtbot.waitUntil(lambda: virtdesk_connection.find_domain(paused_guest.name()) is not None, timeout=10000)
    alive = left_behind(qtbot, open_and_close, wait_ms=100)
    assert not alive, f"still in memory: {alive}"
    again = open_widget(qtbot, virtdesk_connection, paused_guest.name())  # not busy: the first one was closed
    qtbot.waitUntil(lambda: again.stream is not None and again.stream.is_open, timeout=10000)


@pytest.fixture
def over_ssh(qtbot, sshd, session_daemon, tmp_path: Path) -> Iterator[Connection]:
    """A virtdesk Connection to the rig's session daemon over virtdesk's SSH."""
    remote = remote_hosts(sshd, tmp_path)
    connection = Connection(rig_uri(sshd), remote=remote)
    connection.open()
    try:
        qtbot.waitUntil(lambda: connection.state is not ConnectionState.CONNECTING, timeout=20000)
        assert connection.is_active, connection.error
        qtbot.waitUntil(lambda: connection.loaded, timeout=20000)
        yield connection
    finally:
        connection.shutdown()
        remote.close_all()


def test_a_console_another_client_holds_is_taken_over_and_taken_back_over_ssh(qtbot, over_ssh, linux_guest):
    guest, rig_console = linux_guest  # the rig's own client holds the console
    console = open_widget(qtbot, over_ssh, guest.name())
    qtbot.waitUntil(lambda: console.reconnect_button.isVisible(), timeout=10000)
    assert console.stream.end is ConsoleEnd.BUSY, console.message.text()
    assert "Another client has this console open" in console.message.text()
    assert console.reconnect_button.text() == "Take Over the Console"

    qtbot.mouseClick(console.reconnect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: console.stream.is_open, timeout=10000)
    console.terminal.setFocus()
    at_prompt(qtbot, console)
    run_typed(qtbot, console)

    taker = RigConsole(guest)  # another client forces the console away
    try:
        qtbot.waitUntil(lambda: console.reconnect_button.isVisible(), timeout=10000)
        assert console.stream.end is ConsoleEnd.TAKEN
        assert "Another client took this console over" in console.message.text()
        assert console.reconnect_button.text() == "Take Over the Console"
    finally:
        taker.close()
    rig_console.close()


FAKE_VIEWER = """#!{python}
import configparser, socket, sys
vv = configparser.ConfigParser(interpolation=None)
vv.read_string(sys.stdin.read())
display = vv["virt-viewer"]
with socket.create_connection((display["host"], int(display["port"])), 10) as connection:
    banner = connection.recv(12).decode()
with open("{record}", "w") as record:
    record.write(f"{{display['host']}} {{display['port']}} {{banner}}")
"""


def test_the_external_viewer_reaches_the_display_through_the_ssh_forward(qtbot, over_ssh, tcg_guest, tmp_path,
                                                                        monkeypatch):
    viewer = tmp_path / "bin" / "remote-viewer"
    viewer.parent.mkdir()
    viewer.write_text(FAKE_VIEWER.format(python=sys.executable, record=tmp_path / "record"))
    viewer.chmod(viewer.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", str(viewer.parent))
    qtbot.waitUntil(lambda: over_ssh.find_domain(tcg_guest.name()) is not None, timeout=10000)
    task = launch_viewer(over_ssh, over_ssh.find_domain(tcg_guest.name()))
    qtbot.waitUntil(lambda: task.done, timeout=20000)
    assert task.error is None, task.error
    host, port, banner = (tmp_path / "record").read_text().split(" ", 2)
    guest_port = int(re.search(r"port='(\d+)'", tcg_guest.XMLDesc(0)).group(1))
    assert (host, banner) == ("127.0.0.1", "RFB 003.008\n") and int(port) != guest_port

    def forward_closed() -> bool:
        with socket.socket() as probe:
            return probe.connect_ex(("127.0.0.1", int(port))) != 0

    qtbot.waitUntil(forward_closed, timeout=5000)  # the forward ended with the viewer

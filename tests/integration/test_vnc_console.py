"""The console on the rig's real session daemon: the details window opens a running VM on its Console page, which
shows what libvirt's screenshot shows (SeaBIOS); keys typed in the display (as keysyms, and as scan codes the way
X11 gives them) reach the Linux guest's shell, read back over its serial console; the guest's screen changing its
size resizes the view; killing the VM shows the reason and a Reconnect, and the console comes back with it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator

import libvirt
import pytest
from details_harness import open_details
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import QApplication
from remote_harness import remote_hosts, rig_uri
from rig import guests, initramfs
from rig.console import SerialConsole

from virtdesk.console.vnc_widget import ScaleMode, VncWidget
from virtdesk.gui.console_window import ConsoleView, ConsoleWindow, session_of, show_console_window
from virtdesk.gui.details.pages.console_page import GraphicalConsolePage
from virtdesk.model.connection import Connection
from virtdesk.model.screenshot import grab
from virtdesk.model.vnc_session import SessionState

pytestmark = pytest.mark.integration

WAIT = 30000
MOST_PIXELS_APART = 0.005  # the text cursor blinks
DISPLAY = ("<graphics type='vnc' autoport='yes' listen='127.0.0.1'><listen type='address' address='127.0.0.1'/>"
           "</graphics><video><model type='vga'/></video>")


def listed(qtbot, connection, name: str):  # noqa: ANN201 - the model's Domain
    qtbot.waitUntil(lambda: connection.find_domain(name) is not None, timeout=10000)
    return connection.find_domain(name)


def console_of(qtbot, connection, name: str) -> ConsoleView:
    """The details window of the VM, on its Console page, showing the display."""
    window = open_details(qtbot, connection, name)
    page = window.page(GraphicalConsolePage)
    assert window.current_slot().page is page  # the first page of a running VM
    qtbot.waitUntil(lambda: page.view.stack.currentWidget() is page.view.display_holder, timeout=WAIT)
    return page.view


def screenshot(conn: libvirt.virConnect, domain: libvirt.virDomain) -> QImage:
    return grab(conn, domain.UUIDString()).convertToFormat(QImage.Format.Format_RGB32)


def apart(first: QImage, second: QImage) -> int:
    a, b = bytes(first.constBits()), bytes(second.constBits())
    return sum(a[n:n + 3] != b[n:n + 3] for n in range(0, len(a), 4))


def not_black(image: QImage) -> bool:
    pixels = bytes(image.constBits())
    return pixels.count(b"\0\0\0\xff") * 4 < len(pixels)


def shown(display: VncWidget) -> QImage:
    """What the widget paints, at 1:1, cut to the guest's screen."""
    display.set_scale_mode(ScaleMode.ORIGINAL)
    target = display.target_rect().toRect()
    return display.viewport().grab(target).toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_the_console_page_shows_what_libvirt_sees(qtbot, virtdesk_connection, session_conn, tcg_guest):
    listed(qtbot, virtdesk_connection, tcg_guest.name())
    view = console_of(qtbot, virtdesk_connection, tcg_guest.name())
    view.window().resize(1100, 800)
    assert view.session.route == "libvirt's display socket"
    deadline = time.monotonic() + 60
    difference = None
    while time.monotonic() < deadline:
        qtbot.wait(200)  # what changed reaches the widget
        theirs = screenshot(session_conn, tcg_guest)
        ours = shown(view.display)
        if ours.size() == theirs.size() and not_black(theirs):
            difference = apart(ours, theirs)
            if difference <= MOST_PIXELS_APART * theirs.width() * theirs.height():
                break
    else:
        pytest.fail(f"the widget never showed the screenshot: last {difference} pixels apart, "
                    f"{ours.size()} shown, {theirs.size()} in the screenshot")
    assert view.screenshot_action.isEnabled()


def test_the_view_follows_the_guests_screen_size(qtbot, virtdesk_connection, session_conn):
    name = guests.unique_name("vncsize")
    domain = session_conn.defineXML(guests.tcg_guest_xml(name))
    domain.createWithFlags(libvirt.VIR_DOMAIN_START_PAUSED)  # QEMU's screen before SeaBIOS sets its text mode
    listed(qtbot, virtdesk_connection, name)
    view = console_of(qtbot, virtdesk_connection, name)
    qtbot.waitUntil(lambda: not view.session.image.isNull(), timeout=WAIT)
    first = view.session.image.size()
    domain.resume()
    qtbot.waitUntil(lambda: view.session.image.size() != first, timeout=WAIT)
    qtbot.waitUntil(lambda: view.session.image.size() == screenshot(session_conn, domain).size(), timeout=WAIT)
    view.set_scale_mode(ScaleMode.ORIGINAL)
    assert view.display.target_rect().size().toSize() == view.session.image.size()


@pytest.fixture
def linux_with_display(session_conn, session_daemon, linux_boot_files) -> Iterator[tuple[libvirt.virDomain,
                                                                                         SerialConsole]]:
    name = guests.unique_name("vnclx")
    xml = guests.linux_guest_xml(name, linux_boot_files, session_daemon.runtime_dir / f"{name}.agent")
    domain = session_conn.defineXML(xml.replace("<devices>", "<devices>" + DISPLAY, 1))
    domain.createWithFlags(libvirt.VIR_DOMAIN_START_PAUSED)
    console = SerialConsole(domain)
    try:
        domain.resume()
        console.wait_for(initramfs.READY_LINE, timeout=90)
        yield domain, console
    finally:
        console.close()


X11_CODES = {"e": 18, "c": 46, "h": 35, "o": 24, "4": 5, "2": 3, "\n": 28}  # evdev codes; X adds 8


def test_keys_typed_in_the_display_reach_the_guests_shell(qtbot, virtdesk_connection, linux_with_display):
    domain, serial = linux_with_display
    listed(qtbot, virtdesk_connection, domain.name())
    window = show_console_window(virtdesk_connection.find_domain(domain.name()))
    qtbot.addWidget(window)
    view = window.view
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.display_holder, timeout=WAIT)
    display = view.display
    display.setFocus()
    mark = serial.mark()
    serial.send("read -r line </dev/tty1; echo GOT:$line:\n")
    time.sleep(1)
    qtbot.keyClicks(display, "Vnc-typed 42")
    qtbot.keyClick(display, Qt.Key.Key_Return)
    serial.wait_for("GOT:Vnc-typed 42:", timeout=30, since=mark)
    assert view.session.supports_scan_codes
    display.scan_codes_from_platform = True
    mark = serial.mark()
    serial.send("read -r line </dev/tty1; echo GOT:$line:\n")
    time.sleep(1)
    for character in "echo42\n":
        code = X11_CODES[character] + 8
        key = Qt.Key.Key_Return if character == "\n" else Qt.Key(ord(character.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(display, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, code, 0, 0,
                                                      character.strip()))
    serial.wait_for("GOT:echo42:", timeout=30, since=mark)


def test_killing_the_vm_says_why_and_starting_it_again_shows_the_display(qtbot, virtdesk_connection, session_conn,
                                                                        tcg_guest):
    domain = listed(qtbot, virtdesk_connection, tcg_guest.name())
    view = console_of(qtbot, virtdesk_connection, tcg_guest.name())
    tcg_guest.destroy()
    qtbot.waitUntil(lambda: view.message.text().endswith("The VM is not running."), timeout=WAIT)
    assert view.stack.currentWidget() is view.message_page
    if view.message.text() != "The VM is not running.":  # the display's end was seen before the VM's state
        reason, _state = view.message.text().splitlines()
        assert "VNC server" in reason and view.reconnect_button.isVisible()
    tcg_guest.create()
    qtbot.waitUntil(lambda: domain.is_active, timeout=WAIT)
    if view.stack.currentWidget() is not view.display_holder:
        qtbot.mouseClick(view.reconnect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.display_holder, timeout=WAIT)
    assert session_of(domain).state is SessionState.CONNECTED


def open_console_window(qtbot, connection: Connection, name: str) -> ConsoleWindow:
    """Opens the connection, then the VM's console window, and waits for the display to show."""
    connection.open()
    qtbot.waitUntil(lambda: connection.loaded, timeout=WAIT)
    window = show_console_window(listed(qtbot, connection, name))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.view.stack.currentWidget() is window.view.display_holder, timeout=WAIT)
    return window


def test_over_virtdesks_ssh_the_console_goes_through_the_hosts_session(qtbot, sshd, session_daemon, tcg_guest,
                                                                      tmp_path):
    remote = remote_hosts(sshd, tmp_path)
    connection = Connection(rig_uri(sshd), remote=remote)
    try:
        window = open_console_window(qtbot, connection, tcg_guest.name())
        domain = window.view.domain
        assert window.view.session.route.startswith("SSH to")
        qtbot.waitUntil(lambda: window.view.session.frames_shown > 0, timeout=WAIT)
        assert not_black(window.view.session.image)
        window.close()
        qtbot.waitUntil(lambda: session_of(domain) is None, timeout=WAIT)
    finally:
        connection.shutdown()
        remote.close_all()


def test_the_command_line_opens_the_console_window(session_daemon, tcg_guest, tmp_path):
    out = tmp_path / "console.png"
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "virtdesk", "--connect", session_daemon.uri,
                             "--show-domain-console", tcg_guest.name(), "--screenshot", str(out)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out)).convertToFormat(QImage.Format.Format_RGB32)
    screen = bytes(image.constBits())
    assert image.width() >= 700 and screen.count(b"\0\0\0\xff") > 100_000  # SeaBIOS's black, not a message

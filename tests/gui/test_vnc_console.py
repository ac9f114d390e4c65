"""The console against the test RFB server (tests/rfb_server.py) over a real socket: the screen shown and scaled,
keys and the pointer reaching the server as the right messages, the guest resized to the window, the server's
pointer shape, fullscreen, screenshots, an error shown with its reason and a Reconnect that works, a password asked
for, no thread left when the window closes, one session for a page and its detached window; Tight's JPEG through Qt;
the demo host's VMs, which get a page saying there is no display and offer their other consoles, each saying why it
cannot open there, and a VM whose display is not VNC, offered its serial console and an external viewer; where a
display is reached from; a read-only connection, whose display's password is asked for. Also: the pointer of a VM
with a tablet (positions scaled to its screen) and of one without (grabbed, its movements sent, released with
Ctrl+Alt), the bar's Send Key pressing the keys with their scan codes (keysyms where the server takes none), floods
of full-screen updates at 1024x768 decoded without holding the event loop up, a fault of the client itself closing
the console with its reason, the traceback in the log, and an update read together with a new screen size handed to
the GUI thread as whole pieces only."""

from __future__ import annotations

import functools
import queue
import socket
import struct
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import libvirt
import pytest
import rfb_server as rs
from details_harness import open_connection, open_details
from fake_viewer import fake as fake_viewer
from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QImage, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from rig.loop_gaps import LoopGaps
from testhosts import write_host

from virtdesk import xmlconf
from virtdesk.console.rfb import RfbClient
from virtdesk.console.vnc_widget import ScaleMode, VncWidget, keysym_of, xt_scan_code
from virtdesk.gui import console_window
from virtdesk.gui.console_window import ConsoleView, ConsoleWindow, session_of, show_console_window
from virtdesk.gui.details.pages.console_page import GraphicalConsolePage
from virtdesk.model import console_transport, vnc_session
from virtdesk.model.console_transport import ConsoleUnreachable, Reached, display_problem, target_address
from virtdesk.model.vnc_session import GIL_SWITCH_SECONDS, SessionState, VncSession, decode_jpeg
from virtdesk.model.worker import submit

pytestmark = pytest.mark.gui

WIDTH, HEIGHT = 320, 200
PICTURE = rs.desktop(WIDTH, HEIGHT)
WAIT = 5000
KEY, POINTER, SET_DESKTOP_SIZE, QEMU_KEY = 4, 5, 251, 255


class Guest:
    """A test server's script: logs the client in, sends PICTURE, then records what the client says and sends
    what the test queues (`push`). It answers a SetDesktopSize with the new size and a black screen."""

    def __init__(self, *, password: str | None = None, greeting: bytes = b"") -> None:
        self.messages: list[tuple[int, tuple]] = []
        self.outbox: queue.Queue[bytes] = queue.Queue()
        self.stop = threading.Event()
        self.password = password
        self.greeting = greeting
        self.server = rs.RfbTestServer(self._script)

    def _script(self, peer: rs.Peer) -> None:
        security = (2,) if self.password else (1,)
        peer.handshake(size=(WIDTH, HEIGHT), security=security, password=self.password)
        peer.send(self.greeting or rs.update(rs.extended_desktop_size(WIDTH, HEIGHT), rs.extended_keys_supported(),
                                             rs.raw(PICTURE, 0, 0, WIDTH, HEIGHT)))
        peer.sock.settimeout(0.05)
        while not self.stop.is_set():
            while not self.outbox.empty():
                peer.send(self.outbox.get())
            try:
                kind, fields = peer.message()
            except TimeoutError:
                continue
            self.messages.append((kind, fields))
            if kind == SET_DESKTOP_SIZE:
                width, height = fields[0], fields[1]
                peer.send(rs.update(rs.extended_desktop_size(width, height, reason=1),
                                    rs.raw(rs.black(width, height), 0, 0, width, height)))

    def push(self, data: bytes) -> None:
        self.outbox.put(data)

    def of(self, kind: int) -> list[tuple]:
        return [fields for k, fields in list(self.messages) if k == kind]

    def __enter__(self) -> Guest:
        self.server.__enter__()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop.set()
        self.server.__exit__(*exc_info)


class Guests:
    """The servers a test starts; the opener connects to the newest."""

    def __init__(self) -> None:
        self.started: list[Guest] = []
        self.executor = ThreadPoolExecutor(1)

    def start(self, **options: object) -> Guest:
        guest = Guest(**options).__enter__()
        self.started.append(guest)
        return guest

    def opener(self, password: str | None):  # noqa: ANN201 - a Task
        port = self.started[-1].server.port
        return submit(self.executor, lambda: Reached(socket.create_connection(("127.0.0.1", port), 5), password,
                                                     "test"))


@pytest.fixture
def guests() -> Iterator[Guests]:
    started = Guests()
    yield started
    for guest in started.started:
        guest.stop.set()
    for guest in started.started:
        guest.__exit__(None, None, None)
    started.executor.shutdown()


@pytest.fixture
def view(qtbot, demo_connection, guests) -> Iterator[ConsoleView]:
    session = VncSession(guests.opener)
    shown = ConsoleView(demo_connection.find_domain("db-primary"), session)
    qtbot.addWidget(shown)
    shown.resize(700, 480)
    shown.show()
    yield shown
    session.close()


def connected(qtbot, view: ConsoleView) -> VncWidget:
    view.connect_display()
    return wait_connected(qtbot, view)


def wait_connected(qtbot, view: ConsoleView) -> VncWidget:
    qtbot.waitUntil(lambda: view.session.state is SessionState.CONNECTED and view.display.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: not view.session.image.isNull() and view.session.image.pixel(0, 0) != 0xff000000,
                    timeout=WAIT)
    return view.display


def pixel(picture: rs.Picture, x: int, y: int) -> int:
    blue, green, red = picture.pixels[(y * picture.width + x) * 4:(y * picture.width + x) * 4 + 3]
    return 0xff000000 | red << 16 | green << 8 | blue


def shown(display: VncWidget) -> QImage:
    return display.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_the_screen_is_shown_and_updates_follow(qtbot, view, guests):
    guests.start()
    display = connected(qtbot, view)
    display.set_scale_mode(ScaleMode.ORIGINAL)
    target = display.target_rect()
    x0, y0 = int(target.x()), int(target.y())
    qtbot.waitUntil(lambda: shown(display).pixel(x0 + 200, y0 + 150) == pixel(PICTURE, 200, 150), timeout=WAIT)
    for x, y in ((0, 0), (37, 120), (WIDTH - 1, HEIGHT - 1)):
        assert shown(display).pixel(x0 + x, y0 + y) == pixel(PICTURE, x, y), (x, y)
    red = rs.Picture(40, 30, rs.colour(0, 0, 255) * (40 * 30))
    guests.started[-1].push(rs.update(rs.raw(rs.paste(PICTURE, 10, 20, red), 10, 20, 40, 30)))
    qtbot.waitUntil(lambda: shown(display).pixel(x0 + 30, y0 + 35) == 0xffff0000, timeout=WAIT)
    assert shown(display).pixel(x0 + 60, y0 + 60) == pixel(PICTURE, 60, 60)


def test_scaling_fits_the_window_or_scrolls_at_original_size(qtbot, view, guests):
    guests.start()
    display = connected(qtbot, view)
    viewport = display.viewport().size()
    target = display.target_rect()
    assert target.width() / target.height() == pytest.approx(WIDTH / HEIGHT, rel=0.01)
    assert target.width() == viewport.width() or target.height() == viewport.height()
    centre = shown(display).pixel(int(target.center().x()), int(target.center().y()))
    assert centre == pixel(PICTURE, WIDTH // 2, HEIGHT // 2)
    view.resize(260, 200)
    view.set_scale_mode(ScaleMode.ORIGINAL)
    qtbot.waitUntil(lambda: display.horizontalScrollBar().isVisible(), timeout=WAIT)
    assert display.horizontalScrollBar().maximum() == WIDTH - display.viewport().width()
    display.horizontalScrollBar().setValue(display.horizontalScrollBar().maximum())
    assert display.target_rect().right() == pytest.approx(display.viewport().width())
    view.set_scale_mode(ScaleMode.FIT)
    assert not display.horizontalScrollBar().isVisible()


def test_the_guest_is_resized_to_the_window(qtbot, view, guests):
    guest = guests.start()
    connected(qtbot, view)
    assert view.scale_actions[ScaleMode.RESIZE_GUEST].isEnabled()
    view.resize(500, 380)
    view.scale_actions[ScaleMode.RESIZE_GUEST].trigger()
    size = view.display.viewport().size()
    qtbot.waitUntil(lambda: bool(guest.of(SET_DESKTOP_SIZE)), timeout=WAIT)
    assert guest.of(SET_DESKTOP_SIZE)[-1][:2] == (size.width(), size.height())
    qtbot.waitUntil(lambda: view.session.image.size() == size, timeout=WAIT)
    assert view.display.target_rect().size().toSize() == size


def key_event(kind: QEvent.Type, key: Qt.Key, text: str, scan: int = 0, virtual: int = 0) -> QKeyEvent:
    return QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, scan, virtual, 0, text)


def test_keys_and_the_pointer_reach_the_server(qtbot, view, guests):
    guest = guests.start()
    display = connected(qtbot, view)
    display.setFocus()
    qtbot.keyClicks(display, "a")
    qtbot.keyClick(display, Qt.Key.Key_Return)
    qtbot.keyClick(display, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: len(guest.of(KEY)) == 6, timeout=WAIT)
    assert guest.of(KEY) == [(1, 0x61), (0, 0x61), (1, 0xff0d), (0, 0xff0d), (1, 0xff09), (0, 0xff09)]
    display.scan_codes_from_platform = True  # as on X11: the X key code 38 is evdev 30, XT 0x1e ("a")
    QApplication.sendEvent(display, key_event(QEvent.Type.KeyPress, Qt.Key.Key_A, "a", 38, 0x61))
    QApplication.sendEvent(display, key_event(QEvent.Type.KeyRelease, Qt.Key.Key_A, "a", 38, 0x61))
    qtbot.waitUntil(lambda: len(guest.of(QEMU_KEY)) == 2, timeout=WAIT)
    assert guest.of(QEMU_KEY) == [(0, 1, 0x61, 0x1e), (0, 0, 0x61, 0x1e)]
    target = display.target_rect()
    point = QPoint(int(target.x() + target.width() * 0.25), int(target.y() + target.height() * 0.5))
    qtbot.mouseClick(display.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: len(guest.of(POINTER)) >= 2, timeout=WAIT)
    (down, x, y), (up, _x, _y) = guest.of(POINTER)[-2:]
    assert (down, up) == (1, 0)
    assert abs(x - WIDTH // 4) <= 1 and abs(y - HEIGHT // 2) <= 1


def test_key_tables():
    assert xt_scan_code(30) == 0x1e and xt_scan_code(111) == 0xd3 and xt_scan_code(103) == 0xc8
    assert xt_scan_code(0) is None and xt_scan_code(240) is None
    assert keysym_of(Qt.Key.Key_Escape, "\x1b", False) == 0xff1b
    assert keysym_of(Qt.Key.Key_F5, "", False) == 0xffc2
    assert keysym_of(Qt.Key.Key_C, "\x03", False) == ord("c")  # Ctrl+C
    assert keysym_of(Qt.Key.Key_unknown, "€", False) == 0x010020ac


def test_the_servers_pointer_shape_is_the_widgets_cursor(qtbot, view, guests):
    guest = guests.start()
    display = connected(qtbot, view)
    shape = rs.Picture(8, 8, rs.colour(0, 255, 0) * 64)
    guest.push(rs.update(rs.cursor(2, 3, shape, b"\xff" * 8)))
    qtbot.waitUntil(lambda: display.viewport().cursor().shape() == Qt.CursorShape.BitmapCursor, timeout=WAIT)
    assert display.viewport().cursor().hotSpot() == QPoint(2, 3)


def test_relative_pointer_grab_and_its_release_hint(qtbot, view, guests):
    guests.start()
    display = connected(qtbot, view)
    display.relative_pointer = True
    qtbot.mouseClick(display.viewport(), Qt.MouseButton.LeftButton, pos=display.viewport().rect().center())
    assert display.grabbed and display.hint.isVisible() and "Ctrl+Alt" in display.hint.text()
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    QApplication.sendEvent(display, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Alt, both))
    assert not display.grabbed and not display.hint.isVisible()


def test_fullscreen_and_back(qtbot, view, guests):
    guests.start()
    display = connected(qtbot, view)
    view.fullscreen_action.trigger()
    assert display.window() is not view.window() and display.window().isFullScreen()
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    QApplication.sendEvent(display, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_F, both, "f"))
    assert display.window() is view.window() and not view.fullscreen_action.isChecked()
    assert display.isVisible()


def test_a_screenshot_is_written_off_the_gui_thread(qtbot, view, guests, tmp_path):
    guests.start()
    connected(qtbot, view)
    path = tmp_path / "screen.png"
    task = view.ask_screenshot(str(path))
    qtbot.waitUntil(lambda: task.done, timeout=WAIT)
    assert task.error is None
    saved = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    assert saved.size() == view.session.image.size() and saved.pixel(37, 120) == pixel(PICTURE, 37, 120)


def test_an_error_shows_its_reason_and_reconnect_works(qtbot, view, guests):
    guests.start(greeting=b"\x63")  # a message of unknown type 99
    view.connect_display()
    qtbot.waitUntil(lambda: view.reconnect_button.isVisible(), timeout=WAIT)
    assert "unknown type 99" in view.message.text()
    assert view.stack.currentWidget() is view.message_page
    guests.start()
    qtbot.mouseClick(view.reconnect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.display_holder, timeout=WAIT)
    qtbot.waitUntil(lambda: view.session.image.pixel(37, 120) == pixel(PICTURE, 37, 120), timeout=WAIT)


def test_a_server_that_goes_away_is_reported(qtbot, view, guests):
    guest = guests.start()
    connected(qtbot, view)
    guest.stop.set()
    qtbot.waitUntil(lambda: view.reconnect_button.isVisible(), timeout=WAIT)
    assert view.message.text() == "The VNC server closed the connection."


def test_a_password_is_asked_for_when_none_is_known(qtbot, view, guests):
    guests.start(password="s3cret")
    view.connect_display()
    qtbot.waitUntil(lambda: view.password_edit.isVisible(), timeout=WAIT)
    assert "password" in view.message.text()
    assert view.remember_check.isVisible()  # remembering it: tests/integration/test_vnc_saved_password.py
    guests.start(password="s3cret")
    qtbot.keyClicks(view.password_edit, "s3cret")
    qtbot.mouseClick(view.log_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.session.state is SessionState.CONNECTED, timeout=WAIT)
    assert view.password_edit.text() == ""


@pytest.fixture
def reachable_demo(monkeypatch, guests) -> Callable[[], None]:
    """The demo host's VMs as if they had a display: the test server's."""
    monkeypatch.setattr(console_window, "display_problem", lambda _connection, _config: "")
    monkeypatch.setattr(console_window, "open_display", lambda _connection, _domain, password:
                        guests.opener(password))


def vnc_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "vnc-session" and t.is_alive()]


def test_closing_the_window_mid_session_leaves_no_thread(qtbot, demo_connection, guests, reachable_demo):
    before = sys.getswitchinterval()
    guest = guests.start()
    domain = demo_connection.find_domain("db-primary")
    window = show_console_window(domain)
    qtbot.waitUntil(lambda: session_of(domain) is not None and session_of(domain).state is SessionState.CONNECTED,
                    timeout=WAIT)
    assert vnc_threads()
    assert sys.getswitchinterval() == GIL_SWITCH_SECONDS < before  # the decoder hands the lock over quickly
    guest.push(rs.update(rs.raw(PICTURE, 0, 0, WIDTH, HEIGHT)))
    window.close()
    qtbot.waitUntil(lambda: not vnc_threads() and session_of(domain) is None, timeout=WAIT)
    assert sys.getswitchinterval() == before  # set back once no session runs


def test_detach_moves_the_console_into_its_own_window_and_back(qtbot, demo_connection, guests, reachable_demo):
    guests.start()
    domain = demo_connection.find_domain("db-primary")
    holder = QWidget()
    qtbot.addWidget(holder)
    view = ConsoleView(domain, parent=holder)
    view.show_config(None)
    holder.show()
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.display_holder, timeout=WAIT)
    window = view.detach()
    assert view.bring_back_button.isVisible() and window.isVisible()
    qtbot.waitUntil(lambda: window.view.stack.currentWidget() is window.view.display_holder, timeout=WAIT)
    assert len(vnc_threads()) == 1  # one session for both
    qtbot.mouseClick(view.bring_back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.display_holder, timeout=WAIT)
    assert session_of(domain).state is SessionState.CONNECTED


def test_the_demo_hosts_vms_say_they_have_no_display(qtbot, demo_connection, tmp_path, monkeypatch):
    fake_viewer(tmp_path / "bin", "remote-viewer")  # a viewer is there: the display is what is missing
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    window = open_details(qtbot, demo_connection, "db-primary")
    page = window.page(GraphicalConsolePage)
    assert page is not None and window.current_slot().page is not page
    assert "test driver" in page.view.message.text()
    assert page.view.stack.currentWidget() is page.view.message_page
    assert not page.view.reconnect_button.isVisible() and not page.view.screenshot_action.isEnabled()
    assert session_of(window.domain) is None
    window.show_page(page)
    view = page.view  # its other consoles are offered, and say why they cannot open either
    assert view.serial_button.isVisible() and view.viewer_button.isVisible()
    view.serial_button.click()
    qtbot.waitUntil(lambda: any("could not be opened" in label.text() and "libvirt error code 3" in label.text()
                                for label in view.serial_console.findChildren(QLabel) if label.isVisible()),
                    timeout=WAIT)
    view.stack.setCurrentWidget(view.message_page)
    view.viewer_button.click()
    qtbot.waitUntil(lambda: view.findChild(QMessageBox, "viewer-failed") is not None, timeout=WAIT)
    assert view.findChild(QMessageBox, "viewer-failed").text() == "The VM's display has no TCP port for a viewer " \
                                                                  "to connect to."


READ_ONLY_VM = ("<domain type='test'><name>read-only</name><memory unit='MiB'>256</memory><os><type>hvm</type></os>"
                "<devices><graphics type='vnc' port='5999' autoport='no' listen='127.0.0.1' passwd='s3cret'/>"
                "</devices><test:runstate>1</test:runstate></domain>")


def test_a_read_only_connection_shows_the_display_with_the_password_asked_for(qtbot, tmp_path, guests, monkeypatch):
    """libvirt refuses a read-only connection the configuration with its passwords (VIR_DOMAIN_XML_SECURE): the
    console reads it without them, and the display's password comes from the keyring or the user."""
    opened = libvirt.openAuth
    monkeypatch.setattr(libvirt, "openAuth", lambda uri, auth, flags=0: opened(uri, auth,
                                                                             flags | libvirt.VIR_CONNECT_RO))
    monkeypatch.setattr(console_transport, "has_display_servers", lambda _uri: True)
    monkeypatch.setattr(console_transport, "_tcp", lambda _host, _port: socket.create_connection(
        ("127.0.0.1", guests.started[-1].server.port), 5))  # the display at 127.0.0.1:5999 is the test server
    connection = open_connection(qtbot, write_host(tmp_path, READ_ONLY_VM))
    try:
        refused = connection.call(lambda conn: conn.lookupByName("read-only").XMLDesc(libvirt.VIR_DOMAIN_XML_SECURE),
                                  quiet=True)
        qtbot.waitUntil(lambda: refused.done, timeout=WAIT)
        assert isinstance(refused.error, libvirt.libvirtError)
        assert refused.error.get_error_code() == libvirt.VIR_ERR_OPERATION_DENIED
        guests.start(password="s3cret")
        window = ConsoleWindow(connection.find_domain("read-only"))
        qtbot.addWidget(window)
        window.show()
        view = window.view
        qtbot.waitUntil(lambda: view.password_edit.isVisible(), timeout=WAIT)  # none known, none in the keyring
        assert window.config.persistent is not None and window.config.protected_graphics is None
        guests.start(password="s3cret")
        qtbot.keyClicks(view.password_edit, "s3cret")
        qtbot.mouseClick(view.log_in_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.session.state is SessionState.CONNECTED, timeout=WAIT)
        window.close()
        window.deleteLater()
        qtbot.waitUntil(lambda: session_of(connection.find_domain("read-only")) is None, timeout=WAIT)
    finally:
        connection.shutdown()


def test_tights_jpeg_pictures_are_decoded_by_qt():
    picture = QImage(16, 8, QImage.Format.Format_RGB32)
    picture.fill(0xff3060c0)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert picture.save(buffer, "JPEG", 95)
    pixels = decode_jpeg(bytes(data), 16, 8)
    assert len(pixels) == 16 * 8 * 4
    blue, green, red = pixels[:3]
    assert abs(red - 0x30) < 8 and abs(green - 0x60) < 8 and abs(blue - 0xc0) < 8
    with pytest.raises(ValueError):
        decode_jpeg(bytes(data), 17, 8)
    with pytest.raises(ValueError):
        decode_jpeg(b"not a picture", 16, 8)


def test_a_full_screen_grey_jpeg_picture_is_converted_without_reading_freed_memory():
    """A grey JPEG decodes to an 8-bit picture: the converted 32-bit copy must outlive the read of its pixels."""
    picture = QImage(1024, 768, QImage.Format.Format_Grayscale8)
    picture.fill(0x80)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert picture.save(buffer, "JPEG", 95)
    assert QImage.fromData(bytes(data), "JPEG").format() != QImage.Format.Format_RGB32
    for _ in range(3):
        pixels = decode_jpeg(bytes(data), 1024, 768)
        assert len(pixels) == 1024 * 768 * 4
        assert all(abs(value - 0x80) < 4 for value in pixels[-4:-1])


def test_a_vm_without_a_vnc_display_is_offered_its_other_consoles(qtbot, demo_connection, monkeypatch):
    monkeypatch.setattr(console_transport, "has_display_servers", lambda _uri: True)
    window = open_details(qtbot, demo_connection, "db-primary")  # its display is SPICE
    window.show_page(window.page(GraphicalConsolePage))
    view = window.page(GraphicalConsolePage).view
    assert "SPICE" in view.message.text() and not view.reconnect_button.isVisible()
    assert view.viewer_button.isVisible() and view.serial_button.isVisible()
    qtbot.mouseClick(view.serial_button, Qt.MouseButton.LeftButton)
    assert view.stack.currentWidget() is view.serial_console


def graphics(xml: str) -> xmlconf.Graphics:
    return xmlconf.load(f"<domain><devices>{xml}</devices></domain>").devices.graphics[0]


def test_the_address_a_display_is_reached_at():
    wildcard = graphics("<graphics type='vnc' port='5901' listen='0.0.0.0'/>")
    loopback = graphics("<graphics type='vnc' port='5901'><listen type='address' address='127.0.0.1'/></graphics>")
    public = graphics("<graphics type='vnc' port='5901' listen='192.0.2.7'/>")
    assert target_address(wildcard, as_host_sees_it=True, host="far") == "127.0.0.1"
    assert target_address(wildcard, as_host_sees_it=False, host="far") == "far"
    assert target_address(loopback, as_host_sees_it=True, host="far") == "127.0.0.1"
    assert target_address(public, as_host_sees_it=False, host="far") == "192.0.2.7"
    with pytest.raises(ConsoleUnreachable, match="only over SSH"):
        target_address(loopback, as_host_sees_it=False, host="far")


def test_what_stands_in_for_a_missing_display():
    class Host:
        uri = "qemu:///system"

    def problem(devices: str) -> str:
        return display_problem(Host(), xmlconf.load(f"<domain><devices>{devices}</devices></domain>"))

    assert problem("<graphics type='vnc'/>") == ""
    assert "SPICE" in problem("<graphics type='spice'/>")
    assert "no graphical display" in problem("")
    Host.uri = "test:///default"
    assert "test driver" in problem("<graphics type='vnc'/>")


def test_the_consoles_menu_switches_between_the_display_and_a_text_console(qtbot, demo_connection, monkeypatch):
    monkeypatch.setattr(console_transport, "has_display_servers", lambda _uri: True)
    window = open_details(qtbot, demo_connection, "db-primary")
    window.show_page(window.page(GraphicalConsolePage))
    view = window.page(GraphicalConsolePage).view

    def choices() -> dict[str, QAction]:
        view.consoles_menu.aboutToShow.emit()
        return {action.text(): action for action in view.consoles_menu.actions()}

    shown_first = choices()
    assert list(shown_first) == ["Graphical Display", "Text Console"]  # the demo host is no QEMU: no monitor
    assert shown_first["Graphical Display"].isChecked() and shown_first["Text Console"].isEnabled()
    shown_first["Text Console"].trigger()
    assert view.stack.currentWidget() is view.serial_console
    assert choices()["Text Console"].isChecked()
    choices()["Graphical Display"].trigger()
    assert view.stack.currentWidget() is view.message_page and "SPICE" in view.message.text()


def vm_with(inputs: str) -> xmlconf.Domain:
    return xmlconf.load(f"<domain type='kvm'><name>db-primary</name><devices><graphics type='vnc'/>{inputs}"
                        "</devices></domain>")


def move(display: VncWidget, point: QPointF, buttons: Qt.MouseButton = Qt.MouseButton.NoButton,
         kind: QEvent.Type = QEvent.Type.MouseMove, button: Qt.MouseButton = Qt.MouseButton.NoButton) -> None:
    QApplication.sendEvent(display.viewport(), QMouseEvent(kind, point, display.viewport().mapToGlobal(point),
                                                           button, buttons, Qt.KeyboardModifier.NoModifier))


def pointer_after(qtbot, guest: Guest, count: int) -> tuple:
    """The pointer message the server got after `count` of them."""
    qtbot.waitUntil(lambda: len(guest.of(POINTER)) > count, timeout=WAIT)
    return guest.of(POINTER)[count]


def test_a_vm_with_a_tablet_gets_positions_scaled_to_its_screen(qtbot, view, guests, reachable_demo):
    guest = guests.start()
    view.show_config(vm_with("<input type='tablet' bus='usb'/><input type='mouse' bus='ps2'/>"))
    display = wait_connected(qtbot, view)
    assert not display.relative_pointer
    target = display.target_rect()
    assert target.width() / WIDTH > 1.5  # fitted: a pixel of the window is not one of the guest's
    sent = len(guest.of(POINTER))
    move(display, QPointF(target.x() + target.width() * 0.75, target.y() + target.height() * 0.25))
    buttons, x, y = pointer_after(qtbot, guest, sent)
    assert buttons == 0 and abs(x - WIDTH * 3 // 4) <= 1 and abs(y - HEIGHT // 4) <= 1
    point = QPointF(target.right() - 1, target.bottom() - 1)
    move(display, point, Qt.MouseButton.LeftButton, QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton)
    assert pointer_after(qtbot, guest, sent + 1) == (1, WIDTH - 1, HEIGHT - 1)
    assert not display.grabbed and display.hint.isHidden()


def test_a_vm_without_a_tablet_grabs_the_pointer_and_gets_its_movements(qtbot, view, guests, reachable_demo):
    guest = guests.start()
    view.show_config(vm_with("<input type='mouse' bus='ps2'/>"))
    display = wait_connected(qtbot, view)
    assert display.relative_pointer
    grabs: list[bool] = []
    display.grab_changed.connect(grabs.append)
    centre = QPointF(display.viewport().rect().center())
    sent = len(guest.of(POINTER))
    qtbot.mouseClick(display.viewport(), Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert display.grabbed and grabs == [True]
    assert display.hint.isVisible() and display.hint.text() == "Press Ctrl+Alt to release the pointer"
    assert display.viewport().cursor().shape() == Qt.CursorShape.BlankCursor
    # The pointer is put back in the middle after each move: each event's distance from there is a movement of
    # the guest's pointer, which starts in the middle of its screen and stops at its edges.
    for offset, expected in (((12, -7), (WIDTH // 2 + 12, HEIGHT // 2 - 7)),
                             ((-40, 20), (WIDTH // 2 - 28, HEIGHT // 2 + 13)),
                             ((1000, 1000), (WIDTH - 1, HEIGHT - 1))):
        move(display, centre + QPointF(*offset))
        assert pointer_after(qtbot, guest, sent) == (0, *expected)  # the grabbing click itself sent nothing
        sent += 1
    move(display, centre, Qt.MouseButton.LeftButton, QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton)
    move(display, centre + QPointF(-5, 0), Qt.MouseButton.LeftButton)
    assert pointer_after(qtbot, guest, sent) == (1, WIDTH - 6, HEIGHT - 1)  # a press where it is: a zero move
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    QApplication.sendEvent(display, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Alt, both))
    assert not display.grabbed and grabs == [True, False]
    assert display.hint.isHidden() and display.viewport().cursor().shape() != Qt.CursorShape.BlankCursor


CTRL_ALT_DELETE = [(0xffe3, 0x1d), (0xffe9, 0x38), (0xffff, 0xd3)]


@pytest.mark.parametrize(("label", "keys"), [
    ("Ctrl+Alt+Delete", CTRL_ALT_DELETE),
    ("Ctrl+Alt+F2", [(0xffe3, 0x1d), (0xffe9, 0x38), (0xffbf, 0x3c)]),
    ("Alt+SysRq+S", [(0xffe9, 0x38), (0xff15, 0xb7), (ord("s"), 0x1f)]),
])
def test_send_key_presses_the_keys_with_their_scan_codes(qtbot, view, guests, label, keys):
    guest = guests.start()
    connected(qtbot, view)
    next(action for action in view.send_key_menu.actions() if action.text() == label).trigger()
    expected = [(0, 1, keysym, code) for keysym, code in keys] + [(0, 0, keysym, code) for keysym, code in keys[::-1]]
    qtbot.waitUntil(lambda: len(guest.of(QEMU_KEY)) >= len(expected), timeout=WAIT)
    assert guest.of(QEMU_KEY) == expected and guest.of(KEY) == []


def test_send_key_sends_keysyms_where_the_server_takes_no_scan_codes(qtbot, view, guests):
    guest = guests.start(greeting=rs.update(rs.extended_desktop_size(WIDTH, HEIGHT),
                                            rs.raw(PICTURE, 0, 0, WIDTH, HEIGHT)))
    connected(qtbot, view)
    assert not view.session.supports_scan_codes
    next(action for action in view.send_key_menu.actions() if action.text() == "Ctrl+Alt+Delete").trigger()
    expected = [(1, keysym) for keysym, _code in CTRL_ALT_DELETE] + [(0, k) for k, _c in CTRL_ALT_DELETE[::-1]]
    qtbot.waitUntil(lambda: len(guest.of(KEY)) >= len(expected), timeout=WAIT)
    assert guest.of(KEY) == expected and guest.of(QEMU_KEY) == []


FLOOD_SIZE = (1024, 768)
FLOOD_SECONDS = 3.0
FLOOD_RATE = 60  # updates a second at most, twice what QEMU sends (one every 30 ms), as the client asks for them
LARGEST_GAP_MS = 100  # as tests/integration/test_daemon_faults.py allows a frozen host


@functools.cache
def flood_updates(encoding: str) -> tuple[list[rs.Picture], list[bytes]]:
    """Pictures and their updates: the first update, then the others taking turns. Tight's gradient filter is
    the slowest to decode (pixel by pixel in Python, most of a second a screen here): two pictures of it."""
    name, _space, how = encoding.partition(" ")
    pictures = [rs.desktop(*FLOOD_SIZE, seed=seed) for seed in range(2 if how else 3)]
    return pictures, rs.encoded_frames(name, pictures, how or "auto")


@pytest.mark.parametrize("encoding", ["ZRLE", "Tight", "Tight gradient"])
def test_a_flood_of_full_screen_updates_never_holds_the_event_loop_up(qtbot, encoding, capsys):
    pictures, updates = flood_updates(encoding)
    sent: list[int] = []  # the picture of each update sent

    def flood(peer: rs.Peer) -> None:
        peer.handshake(size=FLOOD_SIZE)
        peer.send(updates[0])
        sent.append(0)
        start = time.monotonic()
        while time.monotonic() < start + FLOOD_SECONDS:
            peer.request()
            time.sleep(max(0.0, start + len(sent) / FLOOD_RATE - time.monotonic()))
            picture = 1 + len(sent) % (len(updates) - 1)
            peer.send(updates[picture])
            sent.append(picture)

    executor = ThreadPoolExecutor(1)
    with rs.RfbTestServer(flood) as server:
        session = VncSession(lambda password: submit(executor, lambda: Reached(
            socket.create_connection(("127.0.0.1", server.port), 5), password, "test")))
        display = VncWidget(session)
        qtbot.addWidget(display)
        display.resize(700, 480)
        display.show()
        gaps = LoopGaps()
        gaps.start()
        try:
            session.open()
            qtbot.waitUntil(lambda: session.state is SessionState.CLOSED, timeout=int(FLOOD_SECONDS * 1000) + 20000)
        finally:
            gaps.stop()
    executor.shutdown()
    with capsys.disabled():
        print(f"\n[vnc flood] {encoding} {FLOOD_SIZE[0]}x{FLOOD_SIZE[1]}: {len(sent)} full-screen updates decoded "
              f"in {FLOOD_SECONDS:.0f} s, {session.frames_shown} frames shown, largest event-loop gap "
              f"{gaps.largest_ms:.0f} ms")
    assert session.error == "The VNC server closed the connection."
    assert len(sent) >= 3 and session.frames_shown >= 2
    last = pictures[sent[-1]]
    for x, y in ((0, 0), (FLOOD_SIZE[0] // 3, FLOOD_SIZE[1] // 2), (FLOOD_SIZE[0] - 1, FLOOD_SIZE[1] - 1)):
        assert session.image.pixel(x, y) == pixel(last, x, y), (x, y)
    assert gaps.largest_ms < LARGEST_GAP_MS


def test_an_unexpected_failure_closes_the_console_with_its_reason(qtbot, view, guests, monkeypatch, caplog):
    """Every malformed message the server may send is an RfbError with its own message; what is left for the
    catch-all is a fault of virtdesk's own: here the session's JPEG decoder breaks on a real Tight JPEG
    rectangle."""
    def broken_decoder(_data: bytes, _width: int, _height: int) -> bytes:
        raise RuntimeError("the decoder broke")

    monkeypatch.setattr(vnc_session, "decode_jpeg", broken_decoder)
    guest = guests.start()
    connected(qtbot, view)
    guest.push(rs.update(rs.TightEncoder().rect(PICTURE, 0, 0, 32, 16, how="jpeg")))
    qtbot.waitUntil(lambda: view.reconnect_button.isVisible(), timeout=WAIT)
    assert view.message.text() == "The VNC session failed unexpectedly: RuntimeError: the decoder broke."
    assert view.stack.currentWidget() is view.message_page and not view.password_edit.isVisible()
    failures = [record for record in caplog.records if record.name == "virtdesk.console.rfb"]
    assert [record.exc_info[0] for record in failures] == [RuntimeError]
    assert "Traceback" in caplog.text and "broken_decoder" in caplog.text
    qtbot.waitUntil(lambda: not view.session.thread_alive, timeout=WAIT)
    guests.start()
    qtbot.mouseClick(view.reconnect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.display_holder, timeout=WAIT)
    qtbot.waitUntil(lambda: view.session.image.pixel(37, 120) == pixel(PICTURE, 37, 120), timeout=WAIT)


def test_updates_read_with_a_new_screen_size_queue_only_pieces_of_the_screen_they_are_copied_from():
    """The client hands over the events of one read together, after decoding all of it: an update followed by
    one that changes the screen's size is copied out of the new, smaller framebuffer. A GUI thread that takes the
    queue at once (the worst case of the race) must still get only whole pieces."""
    client = RfbClient()
    server_init = struct.pack(">HH", WIDTH, HEIGHT) + bytes(16) + rs.Peer.text("test screen")
    read = (b"RFB 003.008\n" + bytes([1, 1]) + struct.pack(">I", 0) + server_init
            + rs.update(rs.raw(PICTURE, 0, 0, WIDTH, HEIGHT)) + rs.update(rs.extended_desktop_size(100, 80))
            + rs.update(rs.raw(rs.black(100, 80), 0, 0, 100, 80)))
    ours, theirs = socket.socketpair()
    taken: list = []
    line = vnc_session._Line(ours, client, lambda: taken.extend(line.take()))
    try:
        for event in client.receive(read):
            line._event(event)
    finally:
        ours.close()
        theirs.close()
    patches = [item for item in taken if isinstance(item, vnc_session._Patch)]
    assert patches and all(len(patch.pixels) == patch.rect.width() * patch.rect.height() * 4 for patch in patches)
    assert all(patch.rect.right() < 100 and patch.rect.bottom() < 80 for patch in patches)  # the new screen's

"""virtdesk's RFB client against QEMU's own VNC server: the rig's TCG guest boots to SeaBIOS, and the client's
framebuffer, in each encoding QEMU and virtdesk share, shows what libvirt's screenshot of the guest shows; so it
does for the Linux guest's text console painted in colours (SeaBIOS has only grey, which hides a swap of red and
blue). Also: the client reaches the display through the socket libvirt hands out (openGraphicsFD), logs in with
a VNC password (and is refused with a wrong one), and QEMU takes its keys with scan codes."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator

import libvirt
import pytest
from PySide6.QtGui import QImage
from rig import guests
from rig.console import SerialConsole

from virtdesk import xmlconf
from virtdesk.console.rfb import RAW, TIGHT, ZRLE, Closed, Event, Ready, RfbClient, Updated
from virtdesk.console.rfb_errors import AuthenticationFailed, PasswordRequired
from virtdesk.console.rfb_session import run_session
from virtdesk.model.screenshot import grab

pytestmark = pytest.mark.integration

PASSWORD = "rfb-pw1"
SECONDS = 60.0
MOST_PIXELS_APART = 0.005  # the text cursor blinks


class Viewer:
    """A client running over a transport on a thread, as the console widget will run it."""

    def __init__(self, transport: socket.socket, client: RfbClient) -> None:
        self.client = client
        self.events: list[Event] = []
        self._changed = threading.Condition()
        self._stop = threading.Event()
        self._transport = transport
        self._thread = threading.Thread(target=run_session, args=(transport, client, self._record, self._stop),
                                        daemon=True)
        self._thread.start()

    def _record(self, event: Event) -> None:
        with self._changed:
            self.events.append(event)
            self._changed.notify_all()

    def wait_for(self, done: Callable[[], bool], timeout: float = SECONDS) -> None:
        with self._changed:
            assert self._changed.wait_for(lambda: done() or self.closed is not None, timeout), self.events[-3:]
        assert done(), self.events[-3:]

    @property
    def closed(self) -> Closed | None:
        return next((event for event in self.events if isinstance(event, Closed)), None)

    def screen(self) -> bytes:
        with self.client.framebuffer_lock:
            return bytes(self.client.framebuffer.pixels)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(10)
        self._transport.close()
        assert not self._thread.is_alive()


def vnc_port(domain: libvirt.virDomain) -> int:
    return xmlconf.load(domain.XMLDesc(0)).devices.graphics[0].port


@pytest.fixture
def viewers() -> Iterator[list[Viewer]]:
    started: list[Viewer] = []
    yield started
    for viewer in started:
        viewer.close()


def view(viewers: list[Viewer], transport: socket.socket, client: RfbClient) -> Viewer:
    viewers.append(Viewer(transport, client))
    return viewers[-1]


def screenshot(conn: libvirt.virConnect, domain: libvirt.virDomain) -> tuple[int, int, bytes]:
    """(width, height, pixels) of libvirt's screenshot of the guest, as B, G, R, 0xFF like the framebuffer."""
    image = grab(conn, domain.UUIDString()).convertToFormat(QImage.Format.Format_RGB32)
    assert image.bytesPerLine() == image.width() * 4
    return image.width(), image.height(), bytes(image.constBits())


def pixels_apart(first: bytes, second: bytes) -> int:
    return sum(first[n:n + 4] != second[n:n + 4] for n in range(0, len(first), 4))


def not_black(bgrx: bytes) -> bool:
    return bgrx.count(b"\0\0\0\xff") * 4 < len(bgrx)


def shows_what_libvirt_sees(conn: libvirt.virConnect, domain: libvirt.virDomain, viewer: Viewer) -> None:
    """Waits until the framebuffer and a screenshot (the same before and after it) differ in few pixels."""
    deadline = time.monotonic() + SECONDS
    apart = None
    while time.monotonic() < deadline:
        before = screenshot(conn, domain)
        framebuffer = viewer.client.framebuffer
        ours = (framebuffer.width, framebuffer.height, viewer.screen())
        if screenshot(conn, domain) == before and ours[:2] == before[:2] and not_black(viewer.screen()):
            apart = pixels_apart(ours[2], before[2])
            if apart <= MOST_PIXELS_APART * before[0] * before[1]:
                return
        time.sleep(0.5)
    pytest.fail(f"the framebuffer never matched the screenshot; last {apart} pixels apart, {viewer.events[-3:]}")


@pytest.mark.parametrize("encoding", [RAW, ZRLE, TIGHT], ids=["Raw", "ZRLE", "Tight"])
def test_the_guests_screen_is_what_libvirt_sees(session_conn, tcg_guest, viewers, encoding):
    transport = socket.create_connection(("127.0.0.1", vnc_port(tcg_guest)), 10)
    viewer = view(viewers, transport, RfbClient(encodings=(encoding,)))
    viewer.wait_for(lambda: any(isinstance(event, Ready) for event in viewer.events))
    viewer.wait_for(lambda: any(isinstance(event, Updated) for event in viewer.events) and not_black(viewer.screen()))
    shows_what_libvirt_sees(session_conn, tcg_guest, viewer)
    assert viewer.closed is None
    assert viewer.client.supports_extended_keys
    viewer.client.key_event(0xff0d, True, scancode=0x1c)
    viewer.client.key_event(0xff0d, False, scancode=0x1c)
    assert viewer.client.supports_resize
    assert viewer.client.set_desktop_size(800, 600)  # the VGA text screen keeps its size; QEMU says so
    viewer.client.pointer_event(10, 10, 1)
    time.sleep(1)
    assert viewer.closed is None
    framebuffer = viewer.client.framebuffer
    assert (framebuffer.width, framebuffer.height) in {(800, 600), screenshot(session_conn, tcg_guest)[:2]}


def test_the_socket_libvirt_hands_out_carries_the_session(session_conn, tcg_guest, viewers):
    descriptor = tcg_guest.openGraphicsFD(0, libvirt.VIR_DOMAIN_OPEN_GRAPHICS_SKIPAUTH)
    viewer = view(viewers, socket.socket(fileno=descriptor), RfbClient())
    viewer.wait_for(lambda: any(isinstance(event, Updated) for event in viewer.events) and not_black(viewer.screen()))
    shows_what_libvirt_sees(session_conn, tcg_guest, viewer)


@pytest.fixture
def guarded_guest(session_conn: libvirt.virConnect) -> libvirt.virDomain:
    return guests.define_and_start(session_conn, guests.tcg_guest_xml(guests.unique_name("rfbpw"),
                                                                     vnc_password=PASSWORD))


@pytest.mark.parametrize(("password", "error"), [(PASSWORD, None), ("wrong", AuthenticationFailed),
                                                 (None, PasswordRequired)])
def test_a_vnc_password(guarded_guest, viewers, password, error):
    transport = socket.create_connection(("127.0.0.1", vnc_port(guarded_guest)), 10)
    viewer = view(viewers, transport, RfbClient(password))
    if error is None:
        viewer.wait_for(lambda: any(isinstance(event, Updated) for event in viewer.events))
        assert viewer.client.version == "3.8"
    else:
        viewer.wait_for(lambda: viewer.closed is not None)
        assert isinstance(viewer.closed.error, error), viewer.closed


DISPLAY = ("<graphics type='vnc' autoport='yes' listen='127.0.0.1'><listen type='address' address='127.0.0.1'/>"
           "</graphics><video><model type='vga'/></video>")
PAINT = ("printf '\\033[2J\\033[H\\033[1;33;41m  yellow on red  \\033[0;32;44m green on blue "
         "\\033[45m%60s\\033[0m\\n\\033[46;30m%40s\\033[0m' '' '' > /dev/tty0; echo PAINTED")


@pytest.fixture
def linux_on_screen(session_conn, session_daemon, linux_boot_files) -> Iterator[libvirt.virDomain]:
    """The rig's Linux guest with a VNC display, its text console painted in colours from its serial shell."""
    name = guests.unique_name("rfbl")
    xml = guests.linux_guest_xml(name, linux_boot_files, session_daemon.runtime_dir / f"{name}.agent")
    domain = guests.define_and_start(session_conn, xml.replace("<devices>", "<devices>" + DISPLAY, 1))
    console = SerialConsole(domain)
    try:
        deadline = time.monotonic() + 120
        while "RFB-42" not in console.text:
            assert time.monotonic() < deadline, console.text[-2000:]
            console.send("echo RFB-$((6 * 7))\n")
            time.sleep(1)
        deadline = time.monotonic() + SECONDS
        while True:  # painted again if the guest's own messages scrolled it away before libvirt saw it
            console.run(PAINT, "PAINTED")
            shown = time.monotonic() + 5
            while not painted(found := colours(screenshot(session_conn, domain)[2])) and time.monotonic() < shown:
                time.sleep(0.5)
            if painted(found):
                break
            assert time.monotonic() < deadline, f"never painted in red and blue: {sorted(found)[:8]}"
        yield domain
    finally:
        console.close()


def colours(bgrx: bytes) -> set[bytes]:
    return {bgrx[n:n + 3] for n in range(0, len(bgrx), 4)}


def painted(found: set[bytes]) -> bool:
    return (any(red > 0x80 > 0x40 > blue for blue, _green, red in found)
            and any(blue > 0x80 > 0x40 > red for blue, _green, red in found))


def test_a_coloured_screen_in_each_encoding(session_conn, linux_on_screen, viewers):
    for encoding in (RAW, ZRLE, TIGHT):
        transport = socket.create_connection(("127.0.0.1", vnc_port(linux_on_screen)), 10)
        viewer = view(viewers, transport, RfbClient(encodings=(encoding,)))
        viewer.wait_for(lambda v=viewer: any(isinstance(event, Updated) for event in v.events))
        shows_what_libvirt_sees(session_conn, linux_on_screen, viewer)

"""The client side of the RFB (VNC) protocol, versions 3.3, 3.7 and 3.8 (RFC 6143), without Qt, libvirt or I/O.

``RfbClient`` is fed what the server sent (``receive(data)``, any piece at a time; ``end_of_data()`` when the
server closed its side) and gives back events; what it has to say to the server waits in ``outgoing()``. The
screen is ``client.framebuffer``: 4 bytes a pixel, B, G, R, 0xFF (QImage.Format_RGB32), which the updates are
decoded into while ``framebuffer_lock`` is held. Input (keys, pointer, clipboard, a new screen size) may be given
from any thread. virtdesk/console/rfb_session.py runs a client over a socket on a worker thread.

It logs in without security or with a VNC password, asks for its pixel format (32-bit true colour, little endian,
red at bit 16) and the encodings Raw, CopyRect, ZRLE and Tight (JPEG only when given a decoder), with the
pseudo-encodings DesktopSize, ExtendedDesktopSize, Cursor, LastRect and QEMU's extended key event (keys sent with
their scan code, so the guest's keyboard layout applies). QEMU's audio is never asked for. Whatever the server
sends that does not follow the protocol raises an RfbError (virtdesk/console/rfb_errors.py); after one, the
client takes nothing more.
"""

from __future__ import annotations

import re
import struct
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

from virtdesk.console.rfb_auth import challenge_response
from virtdesk.console.rfb_errors import (
    AuthenticationFailed,
    BadGreeting,
    NoCommonSecurity,
    PasswordRequired,
    RfbError,
    ServerRefused,
    TooLarge,
    Truncated,
    UnknownEncoding,
    UnknownMessage,
    UnsupportedVersion,
)
from virtdesk.console.rfb_framebuffer import Framebuffer
from virtdesk.console.rfb_pixels import cursor_image, make_opaque
from virtdesk.console.rfb_reads import U8, U32, Reads, read, read_number
from virtdesk.console.rfb_tight import JpegDecoder, TightDecoder
from virtdesk.console.rfb_zrle import ZrleDecoder
from virtdesk.remote.errors import N_, Phrase

RAW, COPY_RECT, TIGHT, ZRLE = 0, 1, 7, 16
CURSOR, DESKTOP_SIZE, LAST_RECT, EXTENDED_DESKTOP_SIZE = -239, -223, -224, -308
QEMU_EXTENDED_KEY = -258
JPEG_QUALITY_0, COMPRESSION_LEVEL_0 = -32, -256
PIXEL_ENCODINGS = (TIGHT, ZRLE, COPY_RECT, RAW)
"""The default, in the order of preference."""

SECURITY_NONE, SECURITY_VNC = 1, 2
MAX_LENGTH = 64 * 1024 * 1024
MAX_CURSOR_SIDE = 1024
PIXEL_FORMAT = struct.pack(">BBBBHHHBBB3x", 32, 24, 0, 1, 255, 255, 255, 16, 8, 0)
"""bits a pixel, depth, big endian, true colour, red/green/blue maximum and shift."""

_GREETING = re.compile(rb"RFB (\d{3})\.(\d{3})\n")
_SERVER_INIT = struct.Struct(">HH16sI")
_UPDATE = struct.Struct(">BH")
_RECT = struct.Struct(">HHHHi")
_POSITION = struct.Struct(">HH")
_SCREENS = struct.Struct(">B3x")
_COLOUR_MAP = struct.Struct(">BHH")
_CUT_TEXT = struct.Struct(">3xI")


class Rect(NamedTuple):
    x: int
    y: int
    w: int
    h: int


@dataclass(frozen=True)
class Ready:
    """The login is done; the screen is width x height pixels (black until the first update)."""

    width: int
    height: int
    name: str


@dataclass(frozen=True)
class Updated:
    """One update from the server is in the framebuffer: these rectangles changed."""

    rects: tuple[Rect, ...]


@dataclass(frozen=True)
class Resized:
    """The screen has a new size; ``client.framebuffer`` is a new, black one."""

    width: int
    height: int


@dataclass(frozen=True)
class CursorShape:
    """The pointer's picture: width*height pixels B, G, R, A (QImage.Format_ARGB32); 0x0 for no pointer."""

    width: int
    height: int
    hot_x: int
    hot_y: int
    pixels: bytes


@dataclass(frozen=True)
class Bell:
    pass


@dataclass(frozen=True)
class CutText:
    """The server's clipboard text."""

    text: str


@dataclass(frozen=True)
class Closed:
    """The session ended: error None when the server closed it between messages or the caller stopped it."""

    error: RfbError | None


Event = Ready | Updated | Resized | CursorShape | Bell | CutText | Closed


def _check_length(what: str, length: int) -> None:
    if length > MAX_LENGTH:
        raise TooLarge(what, length, MAX_LENGTH)


class RfbClient:
    """One session with a VNC server, from the greeting on; see the module's description."""

    def __init__(self, password: str | None = None, *, shared: bool = True,
                 encodings: Iterable[int] = PIXEL_ENCODINGS, jpeg: JpegDecoder | None = None,
                 jpeg_quality: int = 7, compression_level: int | None = None, cursor: bool = True) -> None:
        """password: for VNC authentication (its first 8 bytes count). encodings: the pixel encodings to offer,
        most wanted first. jpeg: a decoder for Tight's JPEG pictures, which are asked for (at jpeg_quality, 0 to
        9) only when given. compression_level: Tight's zlib level, 0 to 9 (None: the server's choice). cursor:
        whether the server is to send the pointer's shape (CursorShape) instead of drawing it."""
        self._password = password
        self._shared = shared
        self._encodings = self._encodings_asked(tuple(encodings), jpeg is not None, jpeg_quality,
                                                compression_level, cursor)
        self.framebuffer: Framebuffer | None = None
        self.framebuffer_lock = threading.Lock()
        self.name = ""
        self.version = ""
        self.supports_resize = False
        self.supports_extended_keys = False
        self._screen = (0, 0)
        self._buffer = bytearray()
        self._events: list[Event] = []
        self._changed: list[Rect] = []
        self._during: str | None = Phrase(N_("the greeting"))
        self._failure: RfbError | None = None
        self._output = bytearray()
        self._output_lock = threading.Lock()
        self._on_output: Callable[[], None] | None = None
        self._zrle = ZrleDecoder()
        self._tight = TightDecoder(jpeg)
        self._decoders: dict[int, Callable[[int, int, int, int], Reads[bool]]] = {
            RAW: self._raw, COPY_RECT: self._copy_rect, ZRLE: self._zrle_rect, TIGHT: self._tight_rect,
            DESKTOP_SIZE: self._desktop_size, EXTENDED_DESKTOP_SIZE: self._extended_desktop_size,
            CURSOR: self._cursor, QEMU_EXTENDED_KEY: self._extended_keys}
        self._steps = self._session()
        self._need = next(self._steps)

    @staticmethod
    def _encodings_asked(pixel: tuple[int, ...], jpeg: bool, quality: int, compression: int | None,
                         cursor: bool) -> tuple[int, ...]:
        unknown = set(pixel) - set(PIXEL_ENCODINGS)
        if unknown or not pixel:
            raise ValueError(f"encodings {sorted(unknown)} are not decoded")
        if not 0 <= quality <= 9 or compression is not None and not 0 <= compression <= 9:
            raise ValueError("JPEG quality and compression level go from 0 to 9")
        extra = [JPEG_QUALITY_0 + quality] if jpeg else []
        extra += [] if compression is None else [COMPRESSION_LEVEL_0 + compression]
        extra += [CURSOR] if cursor else []
        return (*pixel, *extra, EXTENDED_DESKTOP_SIZE, DESKTOP_SIZE, LAST_RECT, QEMU_EXTENDED_KEY)

    @property
    def ready(self) -> bool:
        return self.framebuffer is not None

    @property
    def idle(self) -> bool:
        """Whether the client waits for the server's next message with no part of one received (a server may be
        silent then for as long as its screen does not change)."""
        return self._during is None and not self._buffer

    @property
    def during(self) -> str:
        """What the client is in the middle of receiving (a Phrase), for messages."""
        return self._during or Phrase(N_("a message"))

    def receive(self, data: bytes) -> list[Event]:
        """Takes bytes from the server; returns the events they complete. Raises RfbError when they break the
        protocol (and again on every later call)."""
        if self._failure is not None:
            raise self._failure
        self._buffer += data
        try:
            with self.framebuffer_lock:
                while len(self._buffer) >= self._need:
                    if len(self._buffer) == self._need:
                        chunk, self._buffer = self._buffer, bytearray()
                    else:
                        chunk = self._buffer[:self._need]
                        del self._buffer[:self._need]
                    self._need = self._steps.send(chunk)
        except RfbError as error:
            self._failure = error
            raise
        events = self._events.copy()
        self._events.clear()
        return events

    def end_of_data(self) -> None:
        """The server closed its side. Raises Truncated unless that came between two messages."""
        if self._failure is not None:
            raise self._failure
        if not self.idle:
            self._failure = Truncated(self.during)
            raise self._failure

    def outgoing(self) -> bytes:
        """What is to be sent to the server, taken away (any thread)."""
        with self._output_lock:
            data = bytes(self._output)
            self._output.clear()
        return data

    def set_output_listener(self, listener: Callable[[], None] | None) -> None:
        """listener() is called (on the thread that gave the input) whenever there is something to send."""
        self._on_output = listener

    # Input, from any thread; ignored before the login is done.

    def request_update(self, incremental: bool = True) -> None:
        framebuffer = self.framebuffer
        if framebuffer is not None:
            self._send(struct.pack(">BBHHHH", 3, incremental, 0, 0, framebuffer.width, framebuffer.height))

    def key_event(self, keysym: int, down: bool, scancode: int | None = None) -> None:
        """A key pressed or released. scancode: its XT scan code as QEMU numbers them (0xE0-prefixed codes with
        the high bit set), sent where the server takes QEMU's extended key event."""
        if not self.ready:
            return
        if scancode is not None and self.supports_extended_keys:
            self._send(struct.pack(">BBHII", 255, 0, down, keysym, scancode))
        else:
            self._send(struct.pack(">BBxxI", 4, down, keysym))

    def pointer_event(self, x: int, y: int, buttons: int) -> None:
        """The pointer at x, y (clamped to the screen) with buttons (bit 0 left, 1 middle, 2 right, 3/4 wheel)."""
        framebuffer = self.framebuffer
        if framebuffer is not None:
            x, y = min(max(x, 0), framebuffer.width - 1), min(max(y, 0), framebuffer.height - 1)
            self._send(struct.pack(">BBHH", 5, buttons & 0xff, x, y))

    def cut_text(self, text: str) -> None:
        """The client's clipboard text (Latin-1 in RFB: other characters become '?')."""
        if self.ready:
            data = text.encode("latin-1", errors="replace")
            self._send(struct.pack(">BxxxI", 6, len(data)) + data)

    def set_desktop_size(self, width: int, height: int) -> bool:
        """Asks the server to change the screen's size (the answer is a Resized event); False where it cannot."""
        if not (self.supports_resize and 0 < width <= 16384 and 0 < height <= 16384):
            return False
        screen_id, flags = self._screen
        self._send(struct.pack(">BxHHBx", 251, width, height, 1)
                   + struct.pack(">IHHHHI", screen_id, 0, 0, width, height, flags))
        return True

    def _send(self, data: bytes) -> None:
        with self._output_lock:
            self._output += data
        listener = self._on_output
        if listener is not None:
            listener()

    # What the server sends, step by step (see rfb_reads).

    def _session(self) -> Reads[None]:
        yield from self._handshake()
        messages = {0: (self._update, Phrase(N_("a screen update"))),
                    1: (self._colour_map, Phrase(N_("a colour map"))),
                    2: (self._bell, Phrase(N_("a message"))),
                    3: (self._server_cut_text, Phrase(N_("the server's clipboard text")))}
        while True:
            self._during = None
            kind = yield from read_number(U8)
            if kind not in messages:
                raise UnknownMessage(kind)
            step, self._during = messages[kind]
            yield from step()

    def _handshake(self) -> Reads[None]:
        greeting = bytes((yield 12))
        match = _GREETING.fullmatch(greeting)
        if match is None:
            raise BadGreeting(greeting)
        major, minor = int(match[1]), int(match[2])
        if major != 3 or minor < 3:
            raise UnsupportedVersion(f"{major}.{minor}")
        minor = 8 if minor >= 8 else 7 if minor == 7 else 3
        self.version = f"3.{minor}"
        self._send(b"RFB 003.%03d\n" % minor)
        self._during = Phrase(N_("the login"))
        security = yield from (self._choose_security() if minor >= 7 else read_number(U32))
        if security == 0:
            raise ServerRefused((yield from self._text(Phrase(N_("the reason for refusing")))))
        if security not in (SECURITY_NONE, SECURITY_VNC):
            raise NoCommonSecurity((security,))
        if security == SECURITY_VNC:
            if self._password is None:
                raise PasswordRequired()
            self._send(challenge_response(self._password, bytes((yield 16))))
        if (security == SECURITY_VNC or minor == 8) and (yield from read_number(U32)) != 0:
            reason = (yield from self._text(Phrase(N_("the reason for refusing")))) if minor == 8 else ""
            raise AuthenticationFailed(reason)
        self._send(bytes([self._shared]))
        self._during = Phrase(N_("the description of the screen"))
        width, height, _format, name_length = yield from read(_SERVER_INIT)
        self.name = yield from self._text(Phrase(N_("the name of the screen")), name_length)
        self.framebuffer = Framebuffer(width, height)
        self._send(struct.pack(">Bxxx", 0) + PIXEL_FORMAT
                   + struct.pack(f">BxH{len(self._encodings)}i", 2, len(self._encodings), *self._encodings))
        self.request_update(incremental=False)
        self._events.append(Ready(width, height, self.name))

    def _choose_security(self) -> Reads[int]:
        """3.7 and later: the server lists its types (none: it refuses, and 0 is returned), the client picks."""
        count = yield from read_number(U8)
        if count == 0:
            return 0
        offered = tuple((yield count))
        choice = next((kind for kind in (SECURITY_NONE, SECURITY_VNC) if kind in offered), None)
        if choice is None:
            raise NoCommonSecurity(offered)
        self._send(bytes([choice]))
        return choice

    @staticmethod
    def _text(what: str, length: int | None = None) -> Reads[str]:
        """A string of the given length, or of the length (u32) in front of it."""
        if length is None:
            length = yield from read_number(U32)
        _check_length(what, length)
        return bytes((yield length)).decode("utf-8", errors="replace")

    def _update(self) -> Reads[None]:
        _padding, count = yield from read(_UPDATE)
        self._changed = []
        for _ in range(count):
            x, y, w, h, encoding = yield from read(_RECT)
            if encoding == LAST_RECT:
                break
            decoder = self._decoders.get(encoding)
            if decoder is None:
                raise UnknownEncoding(encoding)
            if (yield from decoder(x, y, w, h)):
                self._changed.append(Rect(x, y, w, h))
        if self._changed:
            self._events.append(Updated(tuple(self._changed)))
        self.request_update()

    def _screen_area(self, x: int, y: int, w: int, h: int) -> Framebuffer:
        """The framebuffer, once the rectangle is known to lie within it."""
        assert self.framebuffer is not None
        self.framebuffer.check(x, y, w, h)
        return self.framebuffer

    def _raw(self, x: int, y: int, w: int, h: int) -> Reads[bool]:
        framebuffer = self._screen_area(x, y, w, h)
        framebuffer.put(x, y, w, h, make_opaque((yield w * h * 4)))
        return True

    def _copy_rect(self, x: int, y: int, w: int, h: int) -> Reads[bool]:
        framebuffer = self._screen_area(x, y, w, h)
        source_x, source_y = yield from read(_POSITION)
        framebuffer.check(source_x, source_y, w, h)
        framebuffer.copy(source_x, source_y, x, y, w, h)
        return True

    def _zrle_rect(self, x: int, y: int, w: int, h: int) -> Reads[bool]:
        framebuffer = self._screen_area(x, y, w, h)
        length = yield from read_number(U32)
        _check_length(Phrase(N_("a ZRLE rectangle")), length)
        self._zrle.decode(framebuffer, x, y, w, h, (yield length))
        return True

    def _tight_rect(self, x: int, y: int, w: int, h: int) -> Reads[bool]:
        yield from self._tight.rect(self._screen_area(x, y, w, h), x, y, w, h)
        return True

    def _resize(self, width: int, height: int) -> None:
        assert self.framebuffer is not None
        if (width, height) != (self.framebuffer.width, self.framebuffer.height):
            self.framebuffer = Framebuffer(width, height)
            self._changed = []
            self._events.append(Resized(width, height))

    def _desktop_size(self, _x: int, _y: int, w: int, h: int) -> Reads[bool]:
        yield from ()
        self._resize(w, h)
        return False

    def _extended_desktop_size(self, _reason: int, _status: int, w: int, h: int) -> Reads[bool]:
        """The screen's size and its monitors; after a SetDesktopSize (reason 1) the status says whether it was
        done, and the size is the one the screen has either way."""
        count = yield from read_number(_SCREENS)
        screens = yield count * 16
        if count:
            self._screen = struct.unpack_from(">I8xI", screens)
        self.supports_resize = True
        self._resize(w, h)
        return False

    def _cursor(self, hot_x: int, hot_y: int, w: int, h: int) -> Reads[bool]:
        if w > MAX_CURSOR_SIDE or h > MAX_CURSOR_SIDE:
            raise TooLarge(Phrase(N_("a pointer picture")), w * h * 4, MAX_CURSOR_SIDE * MAX_CURSOR_SIDE * 4)
        pixels = yield w * h * 4
        mask = yield (w + 7) // 8 * h
        self._events.append(CursorShape(w, h, hot_x, hot_y, cursor_image(pixels, mask, w, h)))
        return False

    def _extended_keys(self, _x: int, _y: int, _w: int, _h: int) -> Reads[bool]:
        yield from ()
        self.supports_extended_keys = True
        return False

    def _colour_map(self) -> Reads[None]:
        """SetColourMapEntries: meaningless for a true-colour pixel format, read and dropped."""
        _padding, _first, count = yield from read(_COLOUR_MAP)
        yield count * 6

    def _bell(self) -> Reads[None]:
        yield from ()
        self._events.append(Bell())

    def _server_cut_text(self) -> Reads[None]:
        length = yield from read_number(_CUT_TEXT)
        _check_length(Phrase(N_("clipboard text")), length)
        self._events.append(CutText(bytes((yield length)).decode("latin-1")))

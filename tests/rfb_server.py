"""A small RFB (VNC) server for the console tests and bench/rfb_decode.py.

It listens on 127.0.0.1 (a free port) and runs a script for the connection on its own thread: the script logs the
client in (``Peer.handshake``: RFB 3.3, 3.7 or 3.8, security None or VNC Authentication) and sends screen updates
built here from known pictures in Raw, CopyRect, ZRLE and Tight, pseudo-rectangles, or any bytes at all.
The encoders follow RFC 6143 and the Tight specification and share no code with virtdesk's client.

Pictures are B, G, R, 0xFF bytes, row after row: what the client's framebuffer holds after the update.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import random
import socket
import struct
import threading
import time
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives.ciphers import Cipher, modes

from virtdesk.console.rfb import Closed, Event, RfbClient, Updated
from virtdesk.console.rfb_session import run_session

RAW, COPY_RECT, TIGHT, ZRLE = 0, 1, 7, 16
CURSOR, DESKTOP_SIZE, LAST_RECT, EXTENDED_DESKTOP_SIZE, QEMU_EXTENDED_KEY = -239, -223, -224, -308, -258
FAKE_JPEG = b"\xff\xd8not-really-a-jpeg:"
SECONDS = 5.0
TIGHT_STRIP = (256, 64)


class Picture(NamedTuple):
    width: int
    height: int
    pixels: bytes

    def crop(self, x: int, y: int, w: int, h: int) -> bytes:
        stride = self.width * 4
        return b"".join(self.pixels[row * stride + x * 4:row * stride + (x + w) * 4] for row in range(y, y + h))

    def pixel_list(self, x: int, y: int, w: int, h: int) -> list[bytes]:
        area = self.crop(x, y, w, h)
        return [area[i:i + 4] for i in range(0, len(area), 4)]


def black(width: int, height: int) -> Picture:
    return Picture(width, height, b"\0\0\0\xff" * (width * height))


def colour(blue: int, green: int, red: int) -> bytes:
    return bytes((blue, green, red, 0xff))


# Pictures

def noise(width: int, height: int, seed: int = 1) -> Picture:
    """Every pixel a random colour."""
    data = bytearray(random.Random(seed).randbytes(width * height * 4))
    data[3::4] = b"\xff" * (width * height)
    return Picture(width, height, bytes(data))


def stripes(width: int, height: int, colours: int, seed: int = 1, longest: int = 40) -> Picture:
    """Runs of 1 to `longest` pixels, each in one of `colours` colours."""
    rng = random.Random(seed)
    palette = [colour(rng.randrange(256), rng.randrange(256), rng.randrange(256)) for _ in range(colours)]
    rows = []
    for _ in range(height):
        row = bytearray()
        while len(row) < width * 4:
            row += rng.choice(palette) * rng.randint(1, longest)
        rows.append(bytes(row[:width * 4]))
    return Picture(width, height, b"".join(rows))


def smooth(width: int, height: int) -> Picture:
    """Colours that change a little from pixel to pixel."""
    return Picture(width, height, b"".join(colour(x * 255 // max(width - 1, 1), y * 255 // max(height - 1, 1),
                                                 (x + y) % 256) for y in range(height) for x in range(width)))


def desktop(width: int, height: int, seed: int = 1) -> Picture:
    """Like a desktop: a plain background, windows with text (runs of few colours), a photo and a gradient."""
    rng = random.Random(seed)
    picture = Picture(width, height, colour(90, 60, 40) * (width * height))
    for _window in range(4):
        w, h = rng.randint(width // 5, width // 2), rng.randint(height // 5, height // 2)
        x, y = rng.randrange(width - w), rng.randrange(height - h)
        picture = paste(picture, x, y, Picture(w, h, colour(240, 240, 240) * (w * h)))
        picture = paste(picture, x + 4, y + 20, stripes(w - 8, h - 24, 3, seed=rng.randrange(1000), longest=6))
    picture = paste(picture, width // 8, height // 2, noise(width // 4, height // 4, seed=seed))
    return paste(picture, width * 5 // 8, height // 8, smooth(width // 4, height // 4))


# What the server sends

def rect_header(x: int, y: int, w: int, h: int, encoding: int) -> bytes:
    return struct.pack(">HHHHi", x, y, w, h, encoding)


def update(*rects: bytes, count: int | None = None) -> bytes:
    """A FramebufferUpdate of the rectangles (count: what it claims to hold, 0xFFFF with a LastRect)."""
    return struct.pack(">BxH", 0, len(rects) if count is None else count) + b"".join(rects)


def raw(picture: Picture, x: int, y: int, w: int, h: int) -> bytes:
    """The rectangle's pixels with their fourth byte 0 (it is padding, which servers fill with anything)."""
    pixels = bytearray(picture.crop(x, y, w, h))
    pixels[3::4] = bytes(w * h)
    return rect_header(x, y, w, h, RAW) + pixels


def copy_rect(x: int, y: int, w: int, h: int, source_x: int, source_y: int) -> bytes:
    return rect_header(x, y, w, h, COPY_RECT) + struct.pack(">HH", source_x, source_y)


def desktop_size(width: int, height: int) -> bytes:
    return rect_header(0, 0, width, height, DESKTOP_SIZE)


def extended_desktop_size(width: int, height: int, reason: int = 0, status: int = 0,
                          screens: Sequence[tuple[int, int]] = ((7, 0),)) -> bytes:
    """screens: (id, flags) of each monitor; each covers the whole screen here."""
    return (rect_header(reason, status, width, height, EXTENDED_DESKTOP_SIZE) + struct.pack(">B3x", len(screens))
            + b"".join(struct.pack(">IHHHHI", ident, 0, 0, width, height, flags) for ident, flags in screens))


def cursor(hot_x: int, hot_y: int, picture: Picture, mask: bytes) -> bytes:
    return rect_header(hot_x, hot_y, picture.width, picture.height, CURSOR) + picture.pixels + mask


def last_rect() -> bytes:
    return rect_header(0, 0, 0, 0, LAST_RECT)


def extended_keys_supported() -> bytes:
    return rect_header(0, 0, 0, 0, QEMU_EXTENDED_KEY)


def colour_map(first: int, colours: Sequence[tuple[int, int, int]]) -> bytes:
    return struct.pack(">BxHH", 1, first, len(colours)) + b"".join(struct.pack(">HHH", *c) for c in colours)


def bell() -> bytes:
    return b"\x02"


def server_cut_text(text: str) -> bytes:
    data = text.encode("latin-1")
    return struct.pack(">BxxxI", 3, len(data)) + data


def _run_length(length: int) -> bytes:
    """ZRLE's run length: length - 1 as bytes of 255 and a last one below 255."""
    rest = length - 1
    return b"\xff" * (rest // 255) + bytes([rest % 255])


def _packed(indices: Sequence[int], bits: int, width: int) -> bytes:
    """Indices of `bits` bits, most significant first, each row padded to a byte."""
    out = b""
    for start in range(0, len(indices), width):
        text = "".join(format(index, f"0{bits}b") for index in indices[start:start + width])
        text += "0" * (-len(text) % 8)
        out += int(text, 2).to_bytes(len(text) // 8, "big")
    return out


class ZrleEncoder:
    """One zlib stream for the session. mode: the tile type to use where it can ("raw", "solid", "packed",
    "rle", "palette-rle"), or "auto" for the shortest."""

    def __init__(self, mode: str = "auto", flush: int = zlib.Z_SYNC_FLUSH) -> None:
        self.mode = mode
        self._flush = flush
        self._stream = zlib.compressobj()

    def rect(self, picture: Picture, x: int, y: int, w: int, h: int) -> bytes:
        tiles = b"".join(self.tile(picture.pixel_list(tile_x, tile_y, min(64, x + w - tile_x),
                                                      min(64, y + h - tile_y)), min(64, x + w - tile_x))
                         for tile_y in range(y, y + h, 64) for tile_x in range(x, x + w, 64))
        compressed = self._stream.compress(tiles) + self._stream.flush(self._flush)
        return rect_header(x, y, w, h, ZRLE) + struct.pack(">I", len(compressed)) + compressed

    def tile(self, pixels: list[bytes], width: int) -> bytes:
        cpixels = [pixel[:3] for pixel in pixels]
        palette = list(dict.fromkeys(cpixels))
        index = {cpixel: i for i, cpixel in enumerate(palette)}
        runs = [(cpixel, len(list(group))) for cpixel, group in itertools.groupby(cpixels)]
        ways = {"raw": b"\x00" + b"".join(cpixels),
                "rle": b"\x80" + b"".join(cpixel + _run_length(length) for cpixel, length in runs)}
        if len(palette) == 1:
            ways["solid"] = b"\x01" + palette[0]
        if 2 <= len(palette) <= 16:
            bits = 1 if len(palette) == 2 else 2 if len(palette) <= 4 else 4
            ways["packed"] = bytes([len(palette)]) + b"".join(palette) + _packed(
                [index[cpixel] for cpixel in cpixels], bits, width)
        if 2 <= len(palette) <= 127:
            ways["palette-rle"] = bytes([128 + len(palette)]) + b"".join(palette) + b"".join(
                bytes([index[cpixel]]) if length == 1 else bytes([index[cpixel] | 0x80]) + _run_length(length)
                for cpixel, length in runs)
        if self.mode in ways:
            return ways[self.mode]
        return min(ways.values(), key=len)


def compact_length(length: int) -> bytes:
    """Tight's length: 7 bits a byte with a continuation bit, a third byte of 8 bits."""
    out = bytearray()
    for shift in (0, 7):
        more = length >> (shift + 7)
        out.append((length >> shift) & 0x7f | (0x80 if more else 0))
        if not more:
            return bytes(out)
    return bytes(out) + bytes([length >> 14])


def _gradient_residuals(rgb: list[tuple[int, int, int]], width: int) -> bytes:
    def at(i: int, j: int, c: int) -> int:
        return rgb[j * width + i][c] if i >= 0 and j >= 0 else 0

    out = bytearray()
    for n, value in enumerate(rgb):
        i, j = n % width, n // width
        for c in range(3):
            prediction = max(0, min(255, at(i - 1, j, c) + at(i, j - 1, c) - at(i - 1, j - 1, c)))
            out.append((value[c] - prediction) % 256)
    return bytes(out)


class TightEncoder:
    """Four zlib streams for the session. how: "fill" (the first pixel's colour), "jpeg" (FAKE_JPEG and the
    pixels, for a test decoder), basic compression with "copy", "copy-filter" (the copy filter named),
    "palette" or "gradient", or "auto": fill, palette or copy by the number of colours (on streams 0, 1, 2)."""

    def __init__(self, flush: int = zlib.Z_SYNC_FLUSH) -> None:
        self._flush = flush
        self._streams = [zlib.compressobj() for _ in range(4)]

    def rect(self, picture: Picture, x: int, y: int, w: int, h: int, how: str = "copy", stream: int = 0,
             reset: int = 0) -> bytes:
        for n in range(4):
            if reset & (1 << n):
                self._streams[n] = zlib.compressobj()
        pixels = picture.pixel_list(x, y, w, h)
        rgb = [(pixel[2], pixel[1], pixel[0]) for pixel in pixels]
        head = rect_header(x, y, w, h, TIGHT)
        if how == "auto":
            colours = len(set(rgb))
            how, stream = ("fill", 0) if colours == 1 else ("palette", 1) if colours <= 16 else ("copy", 2)
        if how == "fill":
            return head + bytes([0x80 | reset, *rgb[0]])
        if how == "jpeg":
            payload = FAKE_JPEG + picture.crop(x, y, w, h)
            return head + bytes([0x90 | reset]) + compact_length(len(payload)) + payload
        control = stream << 4 | reset
        if how == "copy":
            body, data = b"", bytes(itertools.chain.from_iterable(rgb))
        elif how == "copy-filter":
            body, data = b"\x00", bytes(itertools.chain.from_iterable(rgb))
        elif how == "palette":
            palette = list(dict.fromkeys(rgb))
            index = {value: i for i, value in enumerate(palette)}
            indices = [index[value] for value in rgb]
            body = bytes([1, len(palette) - 1, *itertools.chain.from_iterable(palette)])
            data = _packed(indices, 1, w) if len(palette) == 2 else bytes(indices)
        elif how == "gradient":
            body, data = b"\x02", _gradient_residuals(rgb, w)
        else:
            raise ValueError(how)
        if body:
            control |= 0x40
        if len(data) < 12:
            return head + bytes([control]) + body + data
        compressed = self._streams[stream].compress(data) + self._streams[stream].flush(self._flush)
        return head + bytes([control]) + body + compact_length(len(compressed)) + compressed


def encoded_frames(encoding: str, pictures: list[Picture], tight_how: str = "auto") -> list[bytes]:
    """One full-screen FramebufferUpdate a picture in "Raw", "ZRLE" (the shortest tile type for each tile) or
    "Tight" (by default fill, palette or zlib-compressed colours by the colours of each 256x64 strip; tight_how:
    as TightEncoder.rect's how, on stream 0, for every strip). The zlib streams are flushed in full after each
    one, so that every update but the first (which holds the streams' headers) may follow any other."""
    width, height = pictures[0].width, pictures[0].height
    if encoding == "Raw":
        return [update(raw(picture, 0, 0, width, height)) for picture in pictures]
    if encoding == "ZRLE":
        zrle = ZrleEncoder(flush=zlib.Z_FULL_FLUSH)
        return [update(zrle.rect(picture, 0, 0, width, height)) for picture in pictures]
    tight = TightEncoder(flush=zlib.Z_FULL_FLUSH)
    strip_w, strip_h = TIGHT_STRIP
    strips = [(x, y, min(strip_w, width - x), min(strip_h, height - y))
              for y in range(0, height, strip_h) for x in range(0, width, strip_w)]
    return [update(*(tight.rect(picture, *strip, how=tight_how) for strip in strips)) for picture in pictures]


def fake_jpeg_decoder(data: bytes, width: int, height: int) -> bytes:
    """The test's stand-in for Qt's JPEG reader: FAKE_JPEG followed by the pixels."""
    if not data.startswith(FAKE_JPEG):
        raise ValueError("not the test's picture")
    return data[len(FAKE_JPEG):]


def vnc_response(password: str, challenge: bytes) -> bytes:
    """DES of the challenge keyed by the password with each byte's bits mirrored (RFC 6143 7.2.2, errata)."""
    key = bytes(sum(((byte >> bit) & 1) << (7 - bit) for bit in range(8))
                for byte in password.encode()[:8].ljust(8, b"\0"))
    encryptor = Cipher(TripleDES(key + key + key), modes.ECB()).encryptor()
    return encryptor.update(challenge) + encryptor.finalize()


# The server

class Refused(Exception):
    """The script refused the client's password (and told it so)."""


class ClientGone(ConnectionError):
    """The client closed the connection while the script waited for it: the script ends there (what the test
    checks is the client's side)."""


@dataclass
class Hello:
    """What the client said while logging in."""

    shared: bool
    pixel_format: bytes
    encodings: list[int]
    first_request: tuple[int, int, int, int, int]


class Peer:
    """The server's end of one connection."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        sock.settimeout(SECONDS)

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def receive(self, size: int) -> bytes:
        data = b""
        while len(data) < size:
            chunk = self.sock.recv(size - len(data))
            if not chunk:
                raise ClientGone(f"the client closed after {len(data)} of {size} bytes")
            data += chunk
        return data

    def greet(self, version: str = "3.8") -> str:
        """Sends the ProtocolVersion; returns the version the client answers with."""
        major, minor = version.split(".")
        self.send(b"RFB %03d.%03d\n" % (int(major), int(minor)))
        return self.receive(12).decode()

    def handshake(self, version: str = "3.8", security: Sequence[int] = (1,), password: str | None = None,
                  size: tuple[int, int] = (64, 48), name: str = "test screen") -> Hello:
        """Logs the client in with the first of `security` it picks (1 none, 2 VNC password), sends ServerInit
        and reads the client's SetPixelFormat, SetEncodings and first FramebufferUpdateRequest."""
        answer = self.greet(version)
        expected = {"3.3": "RFB 003.003\n", "3.7": "RFB 003.007\n"}.get(version, "RFB 003.008\n")
        assert answer == expected, answer
        if version == "3.3":
            chosen = security[0]
            self.send(struct.pack(">I", chosen))
        else:
            self.send(bytes([len(security), *security]))
            chosen = self.receive(1)[0]
            assert chosen in security
        if chosen == 2:
            challenge = os.urandom(16)
            self.send(challenge)
            if self.receive(16) != vnc_response(password or "", challenge):
                self.send(struct.pack(">I", 1) + (self.text("wrong password") if version == "3.8" else b""))
                raise Refused()
        if chosen == 2 or version == "3.8":
            self.send(struct.pack(">I", 0))
        shared = self.receive(1)[0] == 1
        self.send(struct.pack(">HH", *size) + b"\x20\x18\x00\x01\x00\xff\x00\xff\x00\xff\x10\x08\x00\0\0\0"
                  + self.text(name))
        kind, pixel_format = self.receive(4)[0], self.receive(16)
        assert kind == 0
        kind, count = struct.unpack(">BxH", self.receive(4))
        assert kind == 2
        encodings = list(struct.unpack(f">{count}i", self.receive(4 * count)))
        return Hello(shared, pixel_format, encodings, self.request())

    @staticmethod
    def text(text: str) -> bytes:
        data = text.encode()
        return struct.pack(">I", len(data)) + data

    def message(self) -> tuple[int, tuple[object, ...]]:
        """The client's next message: (type, fields); the text of a ClientCutText as bytes."""
        kind = self.receive(1)[0]
        layouts = {0: ">3x16s", 3: ">BHHHH", 4: ">BxxI", 5: ">BHH"}
        if kind in layouts:
            layout = struct.Struct(layouts[kind])
            return kind, layout.unpack(self.receive(layout.size))
        if kind == 251:
            width, height, count = struct.unpack(">xHHBx", self.receive(7))
            return kind, (width, height, [struct.unpack(">IHHHHI", self.receive(16)) for _ in range(count)])
        if kind == 2:
            count = struct.unpack(">xH", self.receive(3))[0]
            return kind, struct.unpack(f">{count}i", self.receive(4 * count))
        if kind == 6:
            length = struct.unpack(">3xI", self.receive(7))[0]
            return kind, (self.receive(length),)
        if kind == 255:
            return kind, struct.unpack(">BHII", self.receive(11))
        raise AssertionError(f"unknown client message {kind}")

    def request(self) -> tuple[int, int, int, int, int]:
        """Reads messages until a FramebufferUpdateRequest: (incremental, x, y, w, h)."""
        while True:
            kind, fields = self.message()
            if kind == 3:
                return fields  # type: ignore[return-value]


Script = Callable[[Peer], None]


class RfbTestServer:
    """Serves one connection with script on a thread. Leaving the `with` waits for the script and raises what
    it raised (but Refused and ClientGone): a test fails on the server's checks too."""

    def __init__(self, script: Script) -> None:
        self._script = script
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(SECONDS)
        self.port = self._listener.getsockname()[1]
        self.failure: BaseException | None = None
        self._thread = threading.Thread(target=self._serve, name="rfb-test-server", daemon=True)

    def __enter__(self) -> RfbTestServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._thread.join(SECONDS * 2)
        self._listener.close()
        assert not self._thread.is_alive(), "the test server's script did not end"
        if self.failure is not None and exc_info[0] is None:
            raise self.failure

    def _serve(self) -> None:
        try:
            sock, _address = self._listener.accept()
        except OSError as error:
            self.failure = error
            return
        try:
            self._script(Peer(sock))
        except (Refused, ClientGone):
            pass
        except BaseException as error:  # handed to the test thread
            self.failure = error
        finally:
            _close_gently(sock)


def _close_gently(sock: socket.socket) -> None:
    """Ends the server's side and waits for the client's (closing with unread input would reset the
    connection, and the client could lose what was sent before)."""
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_WR)
        sock.settimeout(SECONDS)
        while sock.recv(65536):
            pass
    sock.close()


@dataclass
class Outcome:
    client: RfbClient
    events: list[Event] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def closed(self) -> Closed:
        last = self.events[-1]
        assert isinstance(last, Closed), self.events
        return last

    def of(self, kind: type) -> list:
        return [event for event in self.events if isinstance(event, kind)]


def session(script: Script, client: RfbClient | None = None, stall_seconds: float = 2.0,
            on_event: Callable[[Outcome, Event], None] | None = None, stop: threading.Event | None = None) \
        -> Outcome:
    """Runs a client (by default one without a password) against the script over a real socket through
    run_session, on this thread, until the session ends."""
    outcome = Outcome(client or RfbClient())
    stop = stop or threading.Event()

    def record(event: Event) -> None:
        outcome.events.append(event)
        if on_event is not None:
            on_event(outcome, event)

    with RfbTestServer(script) as server, socket.create_connection(("127.0.0.1", server.port), SECONDS) as sock:
        started = time.monotonic()
        run_session(sock, outcome.client, record, stop, stall_seconds=stall_seconds)
        outcome.seconds = time.monotonic() - started
    return outcome


def screens(script: Script, client: RfbClient | None = None) -> tuple[Outcome, list[Picture]]:
    """A session (as session()), with a copy of the client's screen after each update."""
    pictures: list[Picture] = []

    def keep(outcome: Outcome, event: Event) -> None:
        if isinstance(event, Updated):
            framebuffer = outcome.client.framebuffer
            pictures.append(Picture(framebuffer.width, framebuffer.height, bytes(framebuffer.pixels)))

    return session(script, client, on_event=keep), pictures


def difference(actual: Picture, expected: Picture) -> str:
    """Where two pictures differ first ("" where they are the same), for assertion messages."""
    if (actual.width, actual.height) != (expected.width, expected.height):
        return f"size {actual.width}x{actual.height}, expected {expected.width}x{expected.height}"
    for n in range(0, len(expected.pixels), 4):
        if actual.pixels[n:n + 4] != expected.pixels[n:n + 4]:
            x, y = n // 4 % expected.width, n // 4 // expected.width
            return f"pixel {x},{y} is {actual.pixels[n:n + 4].hex()}, expected {expected.pixels[n:n + 4].hex()}"
    return ""


def paste(picture: Picture, x: int, y: int, part: Picture) -> Picture:
    """picture with part drawn at x, y."""
    rows = [bytearray(picture.crop(0, row, picture.width, 1)) for row in range(picture.height)]
    for row in range(part.height):
        rows[y + row][x * 4:(x + part.width) * 4] = part.crop(0, row, part.width, 1)
    return Picture(picture.width, picture.height, b"".join(rows))

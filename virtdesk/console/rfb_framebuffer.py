"""The picture of the VNC server's screen: width x height pixels of 4 bytes (B, G, R, 0xFF; QImage.Format_RGB32),
row after row in one bytearray, which the decoders write into a row at a time."""

from __future__ import annotations

from collections.abc import Sequence

from virtdesk.console.rfb_errors import BadScreenSize, OutsideScreen

MAX_SIDE = 16384
MAX_BYTES = 256 * 1024 * 1024
BLACK = b"\0\0\0\xff"


class Framebuffer:
    def __init__(self, width: int, height: int) -> None:
        if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE) or width * height * 4 > MAX_BYTES:
            raise BadScreenSize(width, height)
        self.width = width
        self.height = height
        self.pixels = bytearray(BLACK * (width * height))

    @property
    def stride(self) -> int:
        return self.width * 4

    def check(self, x: int, y: int, w: int, h: int) -> None:
        """Raises OutsideScreen unless the rectangle lies within the screen."""
        if x + w > self.width or y + h > self.height:
            raise OutsideScreen((x, y, w, h), self.width, self.height)

    def put(self, x: int, y: int, w: int, h: int, data: bytes | bytearray) -> None:
        """Writes w*h pixels (w*4 bytes a row) at x, y; the rectangle was checked."""
        stride, row = self.stride, w * 4
        if len(data) != row * h:
            raise ValueError(f"{len(data)} bytes for a {w}x{h} rectangle")
        if not data:
            return
        start = y * stride + x * 4
        if row == stride:
            self.pixels[start:start + h * stride] = data
            return
        with memoryview(data) as source, memoryview(self.pixels) as target:  # views copy rows quicker
            for offset in range(0, h * row, row):
                target[start:start + row] = source[offset:offset + row]
                start += stride

    def put_rows(self, x: int, y: int, w: int, rows: Sequence[bytes]) -> None:
        """Writes the rows (w*4 bytes each; ValueError otherwise) from x, y down; the rectangle was checked."""
        stride, start = self.stride, y * self.stride + x * 4
        with memoryview(self.pixels) as target:
            for row in rows:
                target[start:start + w * 4] = row
                start += stride

    def fill(self, x: int, y: int, w: int, h: int, pixel: bytes) -> None:
        stride = self.stride
        if w * 4 == stride:
            self.pixels[y * stride:(y + h) * stride] = pixel * (w * h)
            return
        line = pixel * w
        for start in range(y * stride + x * 4, (y + h) * stride, stride):
            self.pixels[start:start + len(line)] = line

    def rows(self, x: int, y: int, w: int, h: int) -> bytes:
        """The pixels of a checked rectangle, w*4 bytes a row."""
        stride = self.stride
        start = y * stride + x * 4
        if w * 4 == stride:
            return bytes(self.pixels[start:start + h * stride])
        return b"".join(self.pixels[offset:offset + w * 4] for offset in range(start, start + h * stride, stride))

    def copy(self, source_x: int, source_y: int, x: int, y: int, w: int, h: int) -> None:
        """CopyRect: the source rectangle is read whole first, so source and target may overlap."""
        self.put(x, y, w, h, self.rows(source_x, source_y, w, h))

"""Tight (RFB encoding 7): a rectangle is filled with one colour, is a JPEG picture (decoded by the caller's
decoder; the Qt side uses QImage), or is pixel data compressed on one of four zlib streams, which the server resets
when it says so. That data passes a filter: copy (the colours as they are), palette (indices into up to 256
colours; one bit a pixel for two) or gradient (the difference to a prediction from the pixels left and above).
Colours are TPIXELs: red, green, blue."""

from __future__ import annotations

import zlib
from collections.abc import Callable

from virtdesk.console.rfb_errors import BadData
from virtdesk.console.rfb_framebuffer import Framebuffer
from virtdesk.console.rfb_pixels import RGB, from_palette, from_three_bytes, unpack_indices
from virtdesk.console.rfb_reads import U8, Reads, read_number
from virtdesk.remote.errors import N_, Phrase

ENCODING = 7
NAME = "Tight"
FILL, JPEG = 0x8, 0x9
COPY, PALETTE, GRADIENT = 0, 1, 2
RAW_BELOW = 12  # pixel data shorter than this comes without zlib

JpegDecoder = Callable[[bytes, int, int], bytes]
"""Decodes a JPEG picture of the given width and height into width*height pixels B, G, R, 0xFF (or raises
ValueError)."""


def read_compact_length() -> Reads[int]:
    """Tight's length of 1 to 3 bytes, 7 bits each (8 in the third), least significant first."""
    length = 0
    for shift in (0, 7):
        value = yield from read_number(U8)
        length |= (value & 0x7f) << shift
        if not value & 0x80:
            return length
    return length | (yield from read_number(U8)) << 14


def _undo_gradient(data: bytes, width: int, height: int) -> bytearray:
    """The colours of gradient-filtered data: each component is its prediction (left + above - above left,
    clamped to 0..255; 0 outside the rectangle) plus the value sent, modulo 256. Inherently pixel by pixel."""
    row = width * 3
    out = bytearray(len(data))
    above = bytes(row + 3)
    for start in range(0, row * height, row):
        current = bytearray(row + 3)
        for i in range(3, row + 3):
            predicted = current[i - 3] + above[i] - above[i - 3]
            current[i] = (min(max(predicted, 0), 255) + data[start + i - 3]) & 0xff
        out[start:start + row] = current[3:]
        above = current
    return out


class TightDecoder:
    def __init__(self, jpeg: JpegDecoder | None) -> None:
        self._jpeg = jpeg
        self._streams = [zlib.decompressobj() for _ in range(4)]

    def rect(self, framebuffer: Framebuffer, x: int, y: int, w: int, h: int) -> Reads[None]:
        control = yield from read_number(U8)
        for stream in range(4):
            if control & (1 << stream):
                self._streams[stream] = zlib.decompressobj()
        kind = control >> 4
        if kind == FILL:
            colour = from_three_bytes((yield 3), RGB)
            framebuffer.fill(x, y, w, h, bytes(colour))
        elif kind == JPEG:
            if self._jpeg is None:
                raise BadData(NAME, Phrase(N_("a JPEG picture, which virtdesk did not ask for")))
            framebuffer.put(x, y, w, h, self._decode_jpeg(self._jpeg, (yield from self._read_compressed()), w, h))
        elif kind > JPEG:
            raise BadData(NAME, Phrase(N_("unknown compression type {kind}"), kind=kind))
        else:
            filter_id = (yield from read_number(U8)) if kind & 0x4 else COPY
            yield from self._basic(framebuffer, x, y, w, h, kind & 0x3, filter_id)

    def _basic(self, framebuffer: Framebuffer, x: int, y: int, w: int, h: int, stream: int, filter_id: int) \
            -> Reads[None]:
        if filter_id == PALETTE:
            size = (yield from read_number(U8)) + 1
            colours = from_three_bytes((yield size * 3), RGB)
            palette = [bytes(colours[i:i + 4]) for i in range(0, len(colours), 4)]
            bits = 1 if size == 2 else 8
            data = yield from self._pixel_data(stream, ((w * bits + 7) // 8) * h)
            try:
                pixels = from_palette(unpack_indices(data, bits, w, h), palette)
            except ValueError:
                raise BadData(NAME, Phrase(N_("a colour index lies beyond the palette"))) from None
        elif filter_id in (COPY, GRADIENT):
            data = yield from self._pixel_data(stream, w * h * 3)
            pixels = from_three_bytes(_undo_gradient(data, w, h) if filter_id == GRADIENT else data, RGB)
        else:
            raise BadData(NAME, Phrase(N_("unknown filter {filter_id}"), filter_id=filter_id))
        framebuffer.put(x, y, w, h, pixels)

    @staticmethod
    def _read_compressed() -> Reads[bytes]:
        """Data with its compact length (at most 4 MiB) in front."""
        return bytes((yield (yield from read_compact_length())))

    def _pixel_data(self, stream: int, size: int) -> Reads[bytes]:
        if size < RAW_BELOW:
            return bytes((yield size))
        compressed = yield from self._read_compressed()
        inflater = self._streams[stream]
        try:
            data = inflater.decompress(compressed, size)
            # What is left after the pixels must inflate to nothing (the server's flush marker).
            while inflater.unconsumed_tail:
                if inflater.decompress(inflater.unconsumed_tail, 1):
                    raise BadData(NAME, Phrase(N_("more data than the rectangle holds")))
        except zlib.error as error:
            raise BadData(NAME, str(error)) from None
        if len(data) != size:
            raise BadData(NAME, Phrase(N_("{got} bytes of pixel data where {size} were due"),
                                       got=len(data), size=size))
        return data

    @staticmethod
    def _decode_jpeg(decoder: JpegDecoder, data: bytes, w: int, h: int) -> bytes:
        try:
            pixels = decoder(data, w, h)
        except ValueError as error:
            raise BadData("JPEG", str(error) or Phrase(N_("not a JPEG picture"))) from None
        if len(pixels) != w * h * 4:
            raise BadData("JPEG", Phrase(N_("the picture is not {w}x{h} pixels"), w=w, h=h))
        return pixels

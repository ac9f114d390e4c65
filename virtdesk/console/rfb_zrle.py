"""ZRLE (RFB encoding 16): each rectangle is zlib data, from one stream kept for the whole session, holding 64x64
tiles row after row. A tile is raw, one solid colour, palette indices packed 1, 2 or 4 bits each, or runs of a colour
(plain RLE) or of a palette entry (palette RLE). Colours are CPIXELs: our pixel's 3 low bytes, B, G, R."""

from __future__ import annotations

import zlib

from virtdesk.console.rfb_errors import BadData
from virtdesk.console.rfb_framebuffer import Framebuffer
from virtdesk.console.rfb_pixels import BGR, from_palette, from_three_bytes, unpack_indices
from virtdesk.remote.errors import N_, Phrase

TILE = 64
NAME = "ZRLE"
_WORST_TILE_HEADER = 1 + 127 * 3
_WORST_BYTES_A_PIXEL = 4  # a CPIXEL and a run length byte for a run of one


def _short() -> BadData:
    return BadData(NAME, Phrase(N_("a tile ends early")))


def _packed_bits(palette_size: int) -> int:
    return 1 if palette_size == 2 else 2 if palette_size <= 4 else 4


class ZrleDecoder:
    def __init__(self) -> None:
        self._stream = zlib.decompressobj()

    def decode(self, framebuffer: Framebuffer, x: int, y: int, w: int, h: int, compressed: bytes) -> None:
        tiles = ((w + TILE - 1) // TILE) * ((h + TILE - 1) // TILE)
        limit = max(w * h * _WORST_BYTES_A_PIXEL + tiles * _WORST_TILE_HEADER, 1)  # 0 would be no limit
        try:
            data = self._stream.decompress(compressed, limit)
        except zlib.error as error:
            raise BadData(NAME, str(error)) from None
        if self._stream.unconsumed_tail:
            raise BadData(NAME, Phrase(N_("more data than the rectangle holds")))
        position = 0
        try:
            for tile_y in range(y, y + h, TILE):
                for tile_x in range(x, x + w, TILE):
                    tile_w, tile_h = min(TILE, x + w - tile_x), min(TILE, y + h - tile_y)
                    position = self._tile(framebuffer, tile_x, tile_y, tile_w, tile_h, data, position)
        except IndexError:
            raise _short() from None
        except ValueError:
            raise BadData(NAME, Phrase(N_("a colour index lies beyond the palette"))) from None
        if position != len(data):
            raise BadData(NAME, Phrase(N_("data is left over after the last tile")))

    def _tile(self, framebuffer: Framebuffer, x: int, y: int, w: int, h: int, data: bytes, position: int) -> int:
        """Draws the tile at position in data; returns the position after it."""
        kind = data[position]
        position += 1
        count = w * h
        if kind == 0:
            end = position + count * 3
            if end > len(data):
                raise _short()
            framebuffer.put(x, y, w, h, from_three_bytes(data[position:end], BGR))
            return end
        if 1 <= kind <= 16 or kind >= 130:
            size = kind if kind <= 16 else kind - 128
            end = position + size * 3
            if end > len(data):
                raise _short()
            colours = from_three_bytes(data[position:end], BGR)
            palette = [bytes(colours[i:i + 4]) for i in range(0, len(colours), 4)]
            if kind == 1:
                framebuffer.fill(x, y, w, h, palette[0])
                return end
            if kind <= 16:
                bits = _packed_bits(size)
                packed = data[end:end + ((w * bits + 7) // 8) * h]
                if len(packed) < ((w * bits + 7) // 8) * h:
                    raise _short()
                framebuffer.put(x, y, w, h, from_palette(unpack_indices(packed, bits, w, h), palette))
                return end + len(packed)
            pixels, position = self._runs(data, end, count, palette)
        elif kind == 128:
            pixels, position = self._runs(data, position, count, None)
        else:
            raise BadData(NAME, Phrase(N_("unknown tile type {kind}"), kind=kind))
        framebuffer.put(x, y, w, h, pixels)
        return position

    @staticmethod
    def _runs(data: bytes, position: int, count: int, palette: list[bytes] | None) -> tuple[bytes, int]:
        """The pixels of a run-length tile: without a palette each run is a CPIXEL and a run length; with one,
        an index below 128 is one pixel, and an index + 128 is followed by a run length. Indices beyond the
        palette give no pixels and are found by the count at the end. The loop is inlined for speed."""
        entries = None if palette is None else palette + [b""] * (128 - len(palette))
        pieces: list[bytes] = []
        append = pieces.append
        done = 0
        while done < count:
            if entries is None:
                pixel = data[position:position + 3] + b"\xff"
                position += 3
            else:
                value = data[position]
                position += 1
                if value < 128:
                    append(entries[value])
                    done += 1
                    continue
                pixel = entries[value - 128]
            value = data[position]
            position += 1
            length = value + 1
            while value == 255:
                value = data[position]
                position += 1
                length += value
            done += length
            if done > count:
                raise BadData(NAME, Phrase(N_("a run goes past the end of its tile")))
            append(pixel * length)
        pixels = b"".join(pieces)
        if len(pixels) != count * 4:
            raise ValueError("index")
        return pixels, position

"""ZRLE (RFB encoding 16): each rectangle is zlib data, from one stream kept for the whole session, holding 64x64
tiles row after row. A tile is raw, one solid colour, palette indices packed 1, 2 or 4 bits each, or runs of a colour
(plain RLE) or of a palette entry (palette RLE). Colours are CPIXELs: our pixel's 3 low bytes, B, G, R.

Speed (issue 13): each tile is decoded into its rows (bytes objects split in C; a solid tile's rows are one object
repeated), and a row of tiles is joined into the framebuffer's rows at once. Pixel conversions are bytes
operations in C: a packed tile whose palette uses every index (2, 4 or 16 colours, as text mostly is) is each
packed byte looked up as its pixels, in a table per palette that is kept for the next tiles. Only the runs of the
RLE tiles are read one by one in Python, and the runs of a plain RLE tile shorter than 256 pixels (one length
byte) not even those: their lengths are a step slice, their pixels the records with the fourth byte made 0xFF."""

from __future__ import annotations

import struct
import zlib
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from itertools import accumulate, chain
from operator import length_hint, mul

from virtdesk.console.rfb_errors import BadData
from virtdesk.console.rfb_framebuffer import Framebuffer
from virtdesk.console.rfb_pixels import BGR, from_palette, from_three_bytes, unpack_indices
from virtdesk.remote.errors import N_, Phrase

TILE = 64
NAME = "ZRLE"
_WORST_TILE_HEADER = 1 + 127 * 3
_WORST_BYTES_A_PIXEL = 4  # a CPIXEL and a run length byte for a run of one

Rows = Sequence[bytes]
_PLUS_ONE = bytes(range(1, 256)) + b"\0"
"""A run length byte's pixels (255, which continues the length, gives 0: such runs are read one by one)."""
_OPAQUE = b"\xff" * (TILE * TILE)
_INDEX = [bytes([value & 0x7f]) for value in range(256)]
"""A palette RLE byte's palette index (with or without the run bit) as a one-byte index."""
_CELL_BLOCK = 64
_SHORTEST_WINDOW = 64  # records of plain runs read at once at first; doubled each time more are needed


def _short() -> BadData:
    return BadData(NAME, Phrase(N_("a tile ends early")))


def _past_the_tile() -> BadData:
    return BadData(NAME, Phrase(N_("a run goes past the end of its tile")))


def _packed_bits(palette_size: int) -> int:
    return 1 if palette_size == 2 else 2 if palette_size <= 4 else 4


@lru_cache(maxsize=128)
def _splitter(width: int, height: int, padding: int = 0) -> Callable[[bytes | bytearray], tuple[bytes, ...]]:
    """Splits a tile's pixels into its rows (each followed by `padding` pixels left out), in C."""
    return struct.Struct(f"{width * 4}s{padding * 4}x" * height).unpack


_ALL_INDICES = {bits: unpack_indices(bytes(range(256)), bits, 256 * 8 // bits, 1) for bits in (1, 2, 4)}


@lru_cache(maxsize=128)
def _byte_pixels(bits: int, cpixels: bytes) -> tuple[bytes, ...]:
    """For a palette of 2 ** bits colours: each byte of packed indices as the 8 // bits pixels it names. Text
    screens come in few colour pairs, so these are mostly taken from the cache."""
    palette = from_three_bytes(cpixels, BGR)
    pixels = from_palette(_ALL_INDICES[bits], [bytes(palette[i:i + 4]) for i in range(0, len(palette), 4)])
    return struct.unpack(f"{32 // bits}s" * 256, pixels)


@lru_cache(maxsize=_CELL_BLOCK)
def _cell_splitter(count: int) -> struct.Struct:
    return struct.Struct("4s" * count)


def _cells(pixels: bytearray) -> Iterable[bytes]:
    """The pixels, one bytes object each, split in C (in blocks, so that few formats are compiled)."""
    whole = len(pixels) // (4 * _CELL_BLOCK) * 4 * _CELL_BLOCK
    rest = _cell_splitter((len(pixels) - whole) // 4).unpack(memoryview(pixels)[whole:])
    if not whole:
        return rest
    return chain(chain.from_iterable(_cell_splitter(_CELL_BLOCK).iter_unpack(memoryview(pixels)[:whole])), rest)


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
                tile_h = min(TILE, y + h - tile_y)
                strip: list[Rows] = []
                for tile_x in range(x, x + w, TILE):
                    rows, position = self._tile(min(TILE, x + w - tile_x), tile_h, data, position)
                    strip.append(rows)
                if len(strip) == 1:
                    framebuffer.put_rows(x, tile_y, w, strip[0])
                elif w == framebuffer.width:
                    framebuffer.put(x, tile_y, w, tile_h, b"".join(chain.from_iterable(zip(*strip, strict=True))))
                else:
                    framebuffer.put_rows(x, tile_y, w, tuple(map(b"".join, zip(*strip, strict=True))))
        except IndexError:
            raise _short() from None
        except ValueError:
            raise BadData(NAME, Phrase(N_("a colour index lies beyond the palette"))) from None
        if position != len(data):
            raise BadData(NAME, Phrase(N_("data is left over after the last tile")))

    @staticmethod
    def _tile(w: int, h: int, data: bytes, position: int) -> tuple[Rows, int]:
        """The rows of the w x h tile at position in data, and the position after it."""
        kind = data[position]
        position += 1
        count = w * h
        if kind == 0:
            end = position + count * 3
            if end > len(data):
                raise _short()
            return _splitter(w, h)(from_three_bytes(data[position:end], BGR)), end
        if kind == 128:
            pixels, position = _plain_runs(data, position, count)
            return _splitter(w, h)(pixels), position
        if not (1 <= kind <= 16 or kind >= 130):
            raise BadData(NAME, Phrase(N_("unknown tile type {kind}"), kind=kind))
        size = kind if kind <= 16 else kind - 128
        cpixels = data[position:position + size * 3]
        position += size * 3
        if position > len(data):
            raise _short()
        if kind == 1:
            return (bytes(from_three_bytes(cpixels, BGR)) * w,) * h, position
        if kind <= 16:
            bits = _packed_bits(size)
            row_bytes = (w * bits + 7) // 8
            packed = data[position:position + row_bytes * h]
            if len(packed) < row_bytes * h:
                raise _short()
            position += len(packed)
            if size == 1 << bits:  # every index names a colour
                pixels = b"".join(map(_byte_pixels(bits, cpixels).__getitem__, packed))
                return _splitter(w, h, row_bytes * 8 // bits - w)(pixels), position
            indices = unpack_indices(packed, bits, w, h)
        else:
            indices, position = _palette_runs(data, position, count)
        colours = from_three_bytes(cpixels, BGR)
        palette = [bytes(colours[i:i + 4]) for i in range(0, len(colours), 4)]
        return _splitter(w, h)(from_palette(indices, palette)), position


def _plain_runs(data: bytes, position: int, count: int) -> tuple[bytes, int]:
    """The pixels of a plain RLE tile: runs of a CPIXEL and a run length (bytes of 255 and a last one, which add
    up to the length - 1). Runs of one length byte are 4-byte records: up to the next long run, their lengths are
    a step slice, their ends an accumulation and their pixels the records with the fourth byte made 0xFF."""
    pieces: list[bytes] = []
    done = 0
    window = _SHORTEST_WINDOW
    while done < count:
        left = count - done
        length_bytes = data[position + 3:position + 4 * min(left, window):4]
        long_run = length_bytes.find(255)
        if long_run:
            if not length_bytes:
                raise _short()
            lengths = (length_bytes if long_run < 0 else length_bytes[:long_run]).translate(_PLUS_ONE)
            ends = list(accumulate(lengths))
            runs = bisect_left(ends, left)
            if runs < len(ends):
                if ends[runs] > left:
                    raise _past_the_tile()
                runs += 1
            records = bytearray(data[position:position + 4 * runs])
            records[3::4] = _OPAQUE[:runs]
            pieces.append(b"".join(map(mul, _cells(records), lengths[:runs])))
            done += ends[runs - 1]
            position += 4 * runs
            window *= 2
            continue
        pixel = data[position:position + 3] + b"\xff"
        position += 3
        value = data[position]
        position += 1
        length = value + 1
        while value == 255:
            value = data[position]
            position += 1
            length += value
        done += length
        if done > count:
            raise _past_the_tile()
        pieces.append(pixel * length)
    return b"".join(pieces), position


def _palette_runs(data: bytes, position: int, count: int) -> tuple[bytes, int]:
    """The palette indices of a palette RLE tile: a byte below 128 is one pixel's index; an index + 128 is followed
    by a run length as in plain RLE. The loop is inlined for speed."""
    chunk = data[position:position + 2 * count]  # at most 2 bytes a pixel: runs of one
    pieces: list[bytes] = []
    append = pieces.append
    index = _INDEX
    done = 0
    byte = iter(chunk)
    try:
        for value in byte:
            if value < 128:
                append(index[value])
                done += 1
            else:
                more = next(byte)
                length = more + 1
                while more == 255:
                    more = next(byte)
                    length += more
                append(index[value] * length)
                done += length
            if done >= count:
                break
    except StopIteration:
        raise _short() from None
    if done != count:
        raise _short() if done < count else _past_the_tile()
    return b"".join(pieces), position + len(chunk) - length_hint(byte)

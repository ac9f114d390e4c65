"""Pixel conversions of the VNC decoders, each done in bulk by bytes operations that run in C (slice assignment with
a step, bytes.translate), never pixel by pixel in Python.

Every pixel virtdesk keeps is 4 bytes B, G, R, 0xFF: Qt's QImage.Format_RGB32 on a little-endian machine, which
requires the fourth byte to be 0xFF.
"""

from __future__ import annotations

from collections.abc import Sequence

Buffer = bytes | bytearray | memoryview

BGR = (0, 1, 2)
"""ZRLE's CPIXEL of our pixel format: the low three bytes of the little-endian pixel."""
RGB = (2, 1, 0)
"""Tight's TPIXEL: red, green, blue."""


def _opaque_pixels(count: int) -> bytearray:
    """count pixels of opaque black (copied, which is quicker than setting every fourth byte)."""
    return bytearray(b"\0\0\0\xff" * count)


def make_opaque(pixels: bytearray) -> bytearray:
    """Sets the fourth byte of every pixel to 0xFF (servers fill it with anything); returns pixels."""
    pixels[3::4] = b"\xff" * (len(pixels) // 4)
    return pixels


def from_three_bytes(data: Buffer, order: tuple[int, int, int]) -> bytearray:
    """Pixels of 3 bytes each, in the given order of blue, green and red positions, as B, G, R, 0xFF pixels."""
    pixels = _opaque_pixels(len(data) // 3)
    for channel, position in enumerate(order):
        pixels[channel::4] = data[position::3]
    return pixels


def _unpackers(bits: int) -> list[bytes]:
    """For each index within a byte (most significant first), a table from the byte to that index."""
    mask, per_byte = (1 << bits) - 1, 8 // bits
    return [bytes((value >> (8 - bits * (k + 1))) & mask for value in range(256)) for k in range(per_byte)]


_UNPACKERS = {bits: _unpackers(bits) for bits in (1, 2, 4)}


def unpack_indices(data: Buffer, bits: int, width: int, height: int) -> bytes:
    """Palette indices packed `bits` to a byte (most significant first, each row padded to a byte), one a byte.

    Raises ValueError when data is too short.
    """
    row_bytes = (width * bits + 7) // 8
    if len(data) < row_bytes * height:
        raise ValueError("short")
    data = bytes(data[:row_bytes * height])
    if bits == 8:
        return data
    tables = _UNPACKERS[bits]
    unpacked = bytearray(len(data) * len(tables))
    for k, table in enumerate(tables):
        unpacked[k::len(tables)] = data.translate(table)
    stride = row_bytes * len(tables)
    if stride == width:
        return bytes(unpacked)
    return b"".join(unpacked[row * stride:row * stride + width] for row in range(height))


_INDICES = [bytes(range(size)) for size in range(257)]


def from_palette(indices: bytes, palette: Sequence[bytes]) -> bytearray:
    """The pixels the indices name in palette (of 4-byte pixels). Raises ValueError for an index beyond it."""
    if indices.translate(None, _INDICES[len(palette)]):
        raise ValueError("index")
    pixels = _opaque_pixels(len(indices))
    for channel in range(3):
        pixels[channel::4] = indices.translate(bytes(colour[channel] for colour in palette).ljust(256, b"\0"))
    return pixels


_MASK_BYTES = [bytes(0xff if value & (0x80 >> bit) else 0 for bit in range(8)) for value in range(256)]


def cursor_image(pixels: Buffer, mask: Buffer, width: int, height: int) -> bytes:
    """B, G, R, A pixels (QImage.Format_ARGB32) of a cursor: the colours with alpha 0xFF where the bit mask (rows
    padded to a byte, most significant bit first) is set, 0 elsewhere."""
    row_bytes = (width + 7) // 8
    alpha = b"".join(b"".join(_MASK_BYTES[value] for value in mask[row * row_bytes:(row + 1) * row_bytes])[:width]
                     for row in range(height))
    image = bytearray(pixels)
    image[3::4] = alpha
    return bytes(image)

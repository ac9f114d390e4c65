"""ZRLE tiles decoded by virtdesk's bulk decoder (issue 13) give the pixels a plain reference decoder, written here
pixel by pixel after RFC 6143 section 7.7.6, gives for the same bytes: random tiles of every subencoding (raw,
solid, packed palettes of 2, 3-4 and 5-16 colours, plain RLE, palette RLE) with short runs, long runs (length
bytes of 255, runs of more than 128), runs of one sent as runs, partial tiles at the right and bottom edges and
rectangles away from the origin. CPIXELs are 3 bytes: virtdesk always asks for 32-bit pixels of depth 24.
Malformed tiles in each rewritten path give BadData with the reason."""

from __future__ import annotations

import random
import zlib

import pytest

from virtdesk.console.rfb_errors import BadData
from virtdesk.console.rfb_framebuffer import Framebuffer
from virtdesk.console.rfb_zrle import ZrleDecoder

pytestmark = pytest.mark.unit

KINDS = ("raw", "solid", "packed", "rle", "palette-rle")
SCREEN = (200, 150)


def reference_tiles(data: bytes, w: int, h: int) -> list[bytes]:
    """The rectangle's pixels (3-byte CPIXELs B, G, R) in rows, decoded one pixel at a time."""
    screen = [[b""] * w for _ in range(h)]
    position = 0

    def byte() -> int:
        nonlocal position
        position += 1
        return data[position - 1]

    def cpixel() -> bytes:
        nonlocal position
        position += 3
        return data[position - 3:position]

    def run_length() -> int:
        length = 1
        while (value := byte()) == 255:
            length += 255
        return length + value

    for tile_y in range(0, h, 64):
        for tile_x in range(0, w, 64):
            tw, th = min(64, w - tile_x), min(64, h - tile_y)
            kind = byte()
            pixels: list[bytes] = []
            if kind == 0:
                pixels = [cpixel() for _ in range(tw * th)]
            elif kind == 1:
                pixels = [cpixel()] * (tw * th)
            elif kind <= 16:
                palette = [cpixel() for _ in range(kind)]
                bits = 1 if kind == 2 else 2 if kind <= 4 else 4
                for _row in range(th):
                    row_bytes = [byte() for _ in range((tw * bits + 7) // 8)]
                    for i in range(tw):
                        shift = 8 - bits * (i % (8 // bits) + 1)
                        pixels.append(palette[(row_bytes[i * bits // 8] >> shift) & ((1 << bits) - 1)])
            elif kind == 128:
                while len(pixels) < tw * th:
                    colour = cpixel()
                    pixels += [colour] * run_length()
            else:
                palette = [cpixel() for _ in range(kind - 128)]
                while len(pixels) < tw * th:
                    value = byte()
                    pixels += [palette[value & 0x7f]] * (run_length() if value & 0x80 else 1)
            for n, pixel in enumerate(pixels):
                screen[tile_y + n // tw][tile_x + n % tw] = pixel
    assert position == len(data)
    return [b"".join(row) for row in screen]


def run_length_bytes(length: int) -> bytes:
    return b"\xff" * ((length - 1) // 255) + bytes([(length - 1) % 255])


def random_lengths(rng: random.Random, count: int) -> list[int]:
    """Run lengths adding up to count: mostly short, some of 129 to 300, some of 255 * k + 1 (length bytes
    255, 0), sometimes the rest of the tile."""
    lengths: list[int] = []
    while sum(lengths) < count:
        pick = rng.random()
        length = (rng.randint(1, 6) if pick < 0.7 else rng.randint(129, 300) if pick < 0.85
                  else 255 * rng.randint(1, 3) + rng.choice((0, 1)) if pick < 0.95 else count)
        lengths.append(min(length, count - sum(lengths)))
    return lengths


def random_tile(rng: random.Random, kind: str, w: int, h: int) -> bytes:
    count = w * h

    def colours(n: int) -> list[bytes]:
        return [bytes(rng.randrange(256) for _ in range(3)) for _ in range(n)]

    if kind == "raw":
        return b"\x00" + rng.randbytes(count * 3)
    if kind == "solid":
        return b"\x01" + colours(1)[0]
    if kind == "packed":
        size = rng.choice((2, 3, 4, 5, 9, 16))
        bits = 1 if size == 2 else 2 if size <= 4 else 4
        rows = []
        for _row in range(h):
            value = 0
            for _i in range(w):
                value = value << bits | rng.randrange(size)
            padding = -w * bits % 8
            rows.append((value << padding).to_bytes((w * bits + padding) // 8, "big"))
        return bytes([size]) + b"".join(colours(size)) + b"".join(rows)
    if kind == "rle":
        return b"\x80" + b"".join(colours(1)[0] + run_length_bytes(length) for length in random_lengths(rng, count))
    size = rng.choice((2, 3, 16, 127))
    tokens = []
    for length in random_lengths(rng, count):
        index = rng.randrange(size)
        single = length == 1 and rng.random() < 0.7  # or a run of one
        tokens.append(bytes([index]) if single else bytes([index | 0x80]) + run_length_bytes(length))
    return bytes([128 + size]) + b"".join(colours(size)) + b"".join(tokens)


def random_rect(rng: random.Random, w: int, h: int, kinds: tuple[str, ...]) -> bytes:
    return b"".join(random_tile(rng, rng.choice(kinds), min(64, w - x), min(64, h - y))
                    for y in range(0, h, 64) for x in range(0, w, 64))


def decoded(tiles: bytes, x: int, y: int, w: int, h: int, decoder: ZrleDecoder | None = None) -> list[bytes]:
    """The rectangle's rows as the decoder drew them, each pixel's three colour bytes; checks the fourth."""
    framebuffer = Framebuffer(*SCREEN)
    (decoder or ZrleDecoder()).decode(framebuffer, x, y, w, h, zlib.compress(tiles))
    rows = []
    for row in range(y, y + h):
        start = (row * SCREEN[0] + x) * 4
        pixels = framebuffer.pixels[start:start + w * 4]
        assert pixels[3::4] == b"\xff" * w
        rows.append(b"".join(pixels[i:i + 3] for i in range(0, len(pixels), 4)))
    return rows


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("seed", range(6))
def test_random_tiles_of_each_kind_match_the_reference(kind: str, seed: int):
    rng = random.Random(f"{kind} {seed}")
    w, h = rng.choice(((64, 64), (128, 64), (200, 150), (137, 71), (1, 1), (63, 65), (7, 3)))
    x, y = rng.randrange(SCREEN[0] - w + 1), rng.randrange(SCREEN[1] - h + 1)
    tiles = random_rect(rng, w, h, (kind,))
    assert decoded(tiles, x, y, w, h) == reference_tiles(tiles, w, h)


@pytest.mark.parametrize("seed", range(10))
def test_random_mixed_rectangles_on_one_stream_match_the_reference(seed: int):
    rng = random.Random(seed)
    decoder, framebuffer, stream = ZrleDecoder(), Framebuffer(*SCREEN), zlib.compressobj()
    for _rect in range(4):
        w, h = rng.randint(1, SCREEN[0]), rng.randint(1, SCREEN[1])
        x, y = rng.randrange(SCREEN[0] - w + 1), rng.randrange(SCREEN[1] - h + 1)
        tiles = random_rect(rng, w, h, KINDS)
        decoder.decode(framebuffer, x, y, w, h, stream.compress(tiles) + stream.flush(zlib.Z_SYNC_FLUSH))
        shown = [bytes(b"".join(framebuffer.pixels[i:i + 3] for i in range(start, start + w * 4, 4)))
                 for start in range((y * SCREEN[0] + x) * 4, ((y + h) * SCREEN[0] + x) * 4, SCREEN[0] * 4)]
        assert shown == reference_tiles(tiles, w, h)


def test_a_plain_rle_tile_of_many_short_runs_then_long_ones_matches_the_reference():
    """The short runs are read in windows that grow: 64, 128, 256 ... records, with long runs between them."""
    runs = [(bytes([n % 256, n // 256, 7]), 1 + n % 3) for n in range(1500)]
    runs += [(b"\x01\x02\x03", 300), (b"\x04\x05\x06", 1)]
    runs += [(b"\x07\x08\x09", 1)] * (4096 - sum(length for _colour, length in runs))
    tiles = b"\x80" + b"".join(colour + run_length_bytes(length) for colour, length in runs)
    assert decoded(tiles, 0, 0, 64, 64) == reference_tiles(tiles, 64, 64)


def rle_tile(*runs: tuple[bytes, int]) -> bytes:
    return b"\x80" + b"".join(colour + run_length_bytes(length) for colour, length in runs)


RED, GREEN = b"\x00\x00\xff", b"\x00\xff\x00"
MALFORMED = {
    "plain runs cut between records": (rle_tile((RED, 3), (GREEN, 5)), "a tile ends early"),
    "plain runs cut within a record": (rle_tile((RED, 3), (GREEN, 5)) + RED[:2], "a tile ends early"),
    "plain runs cut within a long run": (rle_tile((RED, 3))[:-1] + RED + b"\xff", "a tile ends early"),
    "short plain run past the tile": (rle_tile((RED, 4000), (GREEN, 97)), "a run goes past the end of its tile"),
    "long plain run past the tile": (rle_tile((RED, 4000), (GREEN, 300)), "a run goes past the end of its tile"),
    "palette runs cut short": (b"\x82" + RED + GREEN + b"\x01\x81\x05\x80", "a tile ends early"),
    "palette runs cut within a long run": (b"\x82" + RED + GREEN + b"\x81\xff\xff", "a tile ends early"),
    "long palette run past the tile": (b"\x82" + RED + GREEN + b"\x00\x81" + run_length_bytes(4096),
                                       "a run goes past the end of its tile"),
    "palette single beyond the palette": (b"\x82" + RED + GREEN + b"\x80" + run_length_bytes(4095) + b"\x02",
                                          "a colour index lies beyond"),
    "packed index beyond the palette": (b"\x03" + RED + GREEN + RED + b"\xff" * 1024, "a colour index lies beyond"),
    "raw tile cut short": (b"\x00" + bytes(4096 * 3 - 1), "a tile ends early"),
}


@pytest.mark.parametrize("case", MALFORMED)
def test_malformed_tiles_give_bad_data_with_the_reason(case: str):
    tiles, reason = MALFORMED[case]
    with pytest.raises(BadData, match=reason):
        decoded(tiles, 0, 0, 64, 64)

"""The sans-I/O core on its own: the server's bytes may come in any pieces (one byte at a time included) with the
same result, and bytes cut or garbled anywhere give an RfbError or nothing, never another exception or a hang."""

from __future__ import annotations

import random
import struct
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rfb_server import (
    TightEncoder,
    ZrleEncoder,
    bell,
    copy_rect,
    cursor,
    desktop,
    fake_jpeg_decoder,
    last_rect,
    noise,
    raw,
    server_cut_text,
    stripes,
    update,
)

from virtdesk.console.rfb import Bell, CursorShape, CutText, Ready, RfbClient, Updated
from virtdesk.console.rfb_errors import RfbError, Truncated

pytestmark = pytest.mark.unit

W, H = 150, 100


def login(width: int = W, height: int = H) -> bytes:
    """The server's side of a login on RFB 3.8 without security."""
    return (b"RFB 003.008\n" + b"\x01\x01" + struct.pack(">I", 0)
            + struct.pack(">HH16sI", width, height, bytes(16), 4) + b"test")


def updates() -> bytes:
    zrle, tight = ZrleEncoder(), TightEncoder()
    first, second = desktop(W, H), stripes(W, H, 5)
    return (update(raw(noise(W, H), 0, 0, W, H)) + update(zrle.rect(first, 0, 0, W, H))
            + update(tight.rect(second, 0, 0, W, 50, how="palette"), tight.rect(first, 0, 50, W, 50, stream=1),
                     tight.rect(first, 10, 10, 20, 20, how="jpeg"), last_rect(), count=0xffff)
            + update(copy_rect(0, 0, 50, 50, 60, 40), cursor(1, 2, noise(4, 4), b"\xf0" * 4))
            + bell() + server_cut_text("copied") + update(zrle.rect(second, 20, 30, 100, 60)))


STREAM = login() + updates()


def fed(pieces: list[bytes]) -> tuple[RfbClient, list]:
    client = RfbClient(jpeg=fake_jpeg_decoder)
    events = []
    for piece in pieces:
        events += client.receive(piece)
    client.end_of_data()
    return client, events


def cut(data: bytes, sizes: list[int]) -> list[bytes]:
    pieces, start = [], 0
    for size in sizes:
        pieces.append(data[start:start + size])
        start += size
    return [*pieces, data[start:]]


WHOLE = fed([STREAM])


def test_the_whole_stream_gives_every_event():
    client, events = WHOLE
    kinds = [type(event) for event in events]
    assert kinds == [Ready, Updated, Updated, Updated, CursorShape, Updated, Bell, CutText, Updated]
    assert len(events[3].rects) == 3


def test_one_byte_at_a_time_gives_the_same_screen_and_events():
    client, events = fed([STREAM[i:i + 1] for i in range(len(STREAM))])
    assert events == WHOLE[1]
    assert client.framebuffer.pixels == WHOLE[0].framebuffer.pixels


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=40_000), max_size=30))
def test_any_pieces_give_the_same_screen_and_events(sizes):
    client, events = fed(cut(STREAM, sizes))
    assert events == WHOLE[1]
    assert client.framebuffer.pixels == WHOLE[0].framebuffer.pixels


def test_the_stream_cut_anywhere_is_truncated_or_complete():
    rng = random.Random(5)
    for end in sorted(rng.sample(range(len(STREAM)), 300)):
        client = RfbClient(jpeg=fake_jpeg_decoder)
        try:
            client.receive(STREAM[:end])
            client.end_of_data()
        except Truncated:
            continue
        assert client.idle


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(min_value=len(login()), max_value=len(STREAM) - 1),
                          st.integers(min_value=0, max_value=255)), min_size=1, max_size=8),
       st.integers(min_value=len(login()), max_value=len(STREAM)))
def test_garbled_bytes_give_an_rfb_error_or_nothing(changes, end):
    data = bytearray(STREAM)
    for position, value in changes:
        data[position] = value
    client = RfbClient(jpeg=fake_jpeg_decoder)
    started = time.monotonic()
    try:
        client.receive(bytes(data[:end]))
        client.end_of_data()
    except RfbError as error:
        assert str(error)
    assert time.monotonic() - started < 5

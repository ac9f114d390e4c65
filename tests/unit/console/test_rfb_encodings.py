"""Every encoding from the test server, over a real socket: after each update the client's framebuffer holds
exactly the picture the server encoded (Raw, CopyRect, each ZRLE tile type, each Tight way), and the
pseudo-encodings (screen size, pointer shape, LastRect) and the other server messages give their events."""

from __future__ import annotations

import pytest
from rfb_server import (
    Peer,
    Picture,
    TightEncoder,
    ZrleEncoder,
    bell,
    black,
    colour,
    colour_map,
    copy_rect,
    cursor,
    desktop,
    desktop_size,
    difference,
    extended_desktop_size,
    fake_jpeg_decoder,
    last_rect,
    noise,
    paste,
    raw,
    rect_header,
    screens,
    server_cut_text,
    session,
    smooth,
    stripes,
    update,
)

from virtdesk.console.rfb import Bell, CursorShape, CutText, Rect, Resized, RfbClient, Updated

pytestmark = pytest.mark.unit

W, H = 150, 100  # tiles of 64 and a part tile each way


def shown(pictures: list[Picture], *expected: Picture) -> None:
    assert len(pictures) == len(expected)
    for n, (actual, wanted) in enumerate(zip(pictures, expected, strict=True)):
        assert not difference(actual, wanted), f"update {n + 1}: {difference(actual, wanted)}"


def crop(picture: Picture, x: int, y: int, w: int, h: int) -> Picture:
    return Picture(w, h, picture.crop(x, y, w, h))


def serve(*messages: bytes, size: tuple[int, int] = (W, H)):
    """A script: log in, then send each message after the client's next update request."""
    def script(peer: Peer) -> None:
        peer.handshake(size=size)
        for message in messages:
            peer.send(message)
            peer.request()

    return script


def test_raw_rectangles_land_where_they_belong_and_are_opaque():
    picture = noise(W, H)
    outcome, pictures = screens(serve(update(raw(picture, 0, 0, W, H)),
                                      update(raw(noise(W, H, seed=2), 10, 20, 30, 40), raw(picture, 149, 99, 1, 1))))
    part = crop(noise(W, H, seed=2), 10, 20, 30, 40)
    shown(pictures, picture, paste(picture, 10, 20, part))
    assert outcome.of(Updated)[1] == Updated((Rect(10, 20, 30, 40), Rect(149, 99, 1, 1)))
    assert outcome.closed.error is None


def test_copy_rect_copies_within_the_screen_also_onto_itself():
    picture = noise(W, H)
    rows = [picture.crop(0, y, W, 1) for y in range(H)]
    moved = [bytearray(row) for row in rows]
    for y in range(40):  # (5, 7) 60x40 -> (20, 30), overlapping
        moved[30 + y][20 * 4:80 * 4] = rows[7 + y][5 * 4:65 * 4]
    after_first = Picture(W, H, b"".join(moved))
    rows = [bytes(row) for row in moved]
    for y in range(50):  # (50, 40) 100x50 -> (0, 0), overlapping the other way
        moved[y][0:400] = rows[40 + y][200:600]
    _outcome, pictures = screens(serve(update(raw(picture, 0, 0, W, H)), update(copy_rect(20, 30, 60, 40, 5, 7)),
                                       update(copy_rect(0, 0, 100, 50, 50, 40))))
    shown(pictures, picture, after_first, Picture(W, H, b"".join(moved)))


ZRLE_PICTURES = {
    "raw": [noise(W, H), stripes(W, H, 300)],
    "rle": [noise(W, H), stripes(W, H, 300), stripes(W, H, 2, longest=600)],
    "solid": [Picture(W, H, colour(1, 2, 3) * (W * H))],
    "packed": [stripes(W, H, 2), stripes(W, H, 3), stripes(W, H, 4), stripes(W, H, 5), stripes(W, H, 16)],
    "palette-rle": [stripes(W, H, 2), stripes(W, H, 127, longest=3), stripes(W, H, 60, longest=300)],
    "auto": [desktop(W, H), smooth(W, H)],
}


@pytest.mark.parametrize(("mode", "number"), [(mode, n) for mode, pictures in ZRLE_PICTURES.items()
                                              for n in range(len(pictures))])
def test_each_zrle_tile_type(mode, number):
    picture = ZRLE_PICTURES[mode][number]
    encoder = ZrleEncoder(mode)
    assert all(encoder.tile(picture.pixel_list(x, y, 64, 64), 64)[0] in _TILE_TYPES[mode]
               for x, y in ((0, 0), (64, 0), (0, 64)))
    outcome, pictures = screens(serve(update(encoder.rect(picture, 0, 0, W, H))))
    shown(pictures, picture)
    assert outcome.closed.error is None


_TILE_TYPES = {"raw": {0}, "rle": {128}, "solid": {1}, "packed": set(range(2, 17)),
               "palette-rle": set(range(130, 256)), "auto": set(range(256))}


def test_zrle_keeps_one_zlib_stream_across_rectangles_and_updates():
    first, second = desktop(W, H), desktop(W, H, seed=9)
    encoder = ZrleEncoder()
    whole = update(encoder.rect(first, 0, 0, W, H))
    halves = update(encoder.rect(second, 0, 0, W, 50), encoder.rect(second, 0, 50, W, 50))
    small = update(encoder.rect(first, 70, 30, 1, 1), encoder.rect(first, 3, 4, 0, 0))
    outcome, pictures = screens(serve(whole, halves, small))
    assert outcome.closed.error is None
    shown(pictures, first, second, paste(second, 70, 30, crop(first, 70, 30, 1, 1)))


TIGHT_CASES = {
    "fill": (Picture(W, H, colour(9, 8, 7) * (W * H)), {}),
    "copy": (noise(W, H), {}),
    "copy-filter": (stripes(W, H, 500), {"stream": 3}),
    "palette of 2": (stripes(W, H, 2), {"how": "palette"}),
    "palette of 2, width not a multiple of 8": (stripes(13, 5, 2), {"how": "palette"}),
    "palette of 5": (stripes(W, H, 5), {"how": "palette", "stream": 1}),
    "palette of 256": (stripes(W, H, 256), {"how": "palette", "stream": 2}),
    "gradient": (smooth(W, H), {"how": "gradient"}),
    "gradient of noise": (noise(40, 30), {"how": "gradient"}),
    "jpeg": (desktop(W, H), {"how": "jpeg"}),
    "less than 12 bytes, not compressed": (noise(3, 1), {}),
    "palette of 2 in less than 12 bytes": (stripes(8, 8, 2), {"how": "palette"}),
}


@pytest.mark.parametrize("case", sorted(TIGHT_CASES))
def test_each_tight_way(case):
    picture, options = TIGHT_CASES[case]
    options = {"how": case if case in ("fill", "copy", "copy-filter") else "copy", **options}
    screen = black(W, H)
    encoder = TightEncoder()
    outcome, pictures = screens(serve(update(encoder.rect(picture, 0, 0, picture.width, picture.height,
                                                          **options))),
                                RfbClient(jpeg=fake_jpeg_decoder))
    shown(pictures, paste(screen, 0, 0, picture))
    assert outcome.closed.error is None


def test_tight_keeps_four_streams_and_resets_them_when_told():
    pictures_sent = [desktop(W, H, seed=n) for n in range(4)]
    encoder = TightEncoder()
    messages = []
    expected = []
    for n, reset in enumerate((0, 0b0101, 0b1111, 0b0010)):
        picture = pictures_sent[n]
        messages.append(update(*(encoder.rect(picture, 0, y, W, 25, stream=y // 25, reset=reset if y == 0 else 0)
                                 for y in range(0, H, 25))))
        expected.append(picture)
    _outcome, pictures = screens(serve(*messages))
    shown(pictures, *expected)


def test_a_desktop_size_rectangle_gives_a_new_black_screen():
    picture = noise(40, 30)
    outcome, pictures = screens(serve(update(raw(noise(W, H), 0, 0, W, H)),
                                      update(desktop_size(40, 30), raw(picture, 0, 0, 40, 10)),
                                      update(raw(picture, 0, 10, 40, 20))))
    assert outcome.of(Resized) == [Resized(40, 30)]
    assert outcome.events.index(Resized(40, 30)) < outcome.events.index(outcome.of(Updated)[1])
    shown(pictures, noise(W, H), paste(black(40, 30), 0, 0, crop(picture, 0, 0, 40, 10)), picture)


def test_extended_desktop_size_lets_the_client_resize_the_guest():
    said = {}

    def script(peer: Peer) -> None:
        peer.handshake(size=(W, H))
        peer.send(update(extended_desktop_size(W, H, screens=((0x1234, 5), (9, 0))), raw(black(1, 1), 0, 0, 1, 1)))
        peer.request()
        said["asked"] = peer.message()
        peer.send(update(extended_desktop_size(320, 240, reason=1)))
        peer.request()

    def resize_once(outcome, event) -> None:
        if isinstance(event, Updated) and "resizing" not in said:
            said["resizing"] = outcome.client.set_desktop_size(320, 240)

    client = RfbClient()
    assert not client.set_desktop_size(320, 240)
    outcome = session(script, client, on_event=resize_once)
    assert said["resizing"]
    assert said["asked"] == (251, (320, 240, [(0x1234, 0, 0, 320, 240, 5)]))
    assert outcome.of(Resized) == [Resized(320, 240)]
    assert client.supports_resize
    assert (client.framebuffer.width, client.framebuffer.height) == (320, 240)
    assert not client.set_desktop_size(0, 240)


def test_a_refused_resize_keeps_the_screen():
    outcome = session(serve(update(extended_desktop_size(W, H, reason=1, status=3))))
    assert outcome.of(Resized) == []
    assert outcome.closed.error is None


def test_the_pointer_shape_comes_with_its_mask_as_alpha():
    shape = noise(10, 3)
    mask = bytes([0b10000000, 0b01000000, 0xff, 0b11000000, 0b00000000, 0b00111111])
    outcome = session(serve(update(cursor(4, 1, shape, mask), cursor(0, 0, Picture(0, 0, b""), b""))))
    first, hidden = outcome.of(CursorShape)
    alpha = [1, 0, 0, 0, 0, 0, 0, 0, 0, 1] + [1] * 10 + [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    assert (first.width, first.height, first.hot_x, first.hot_y) == (10, 3, 4, 1)
    assert first.pixels[3::4] == bytes(0xff * a for a in alpha)
    assert bytes(b for i, b in enumerate(first.pixels) if i % 4 != 3) == bytes(
        b for i, b in enumerate(shape.pixels) if i % 4 != 3)
    assert hidden == CursorShape(0, 0, 0, 0, b"")
    assert outcome.of(Updated) == []


def test_last_rect_ends_an_update_of_unknown_length():
    picture = noise(W, H)
    outcome, pictures = screens(serve(update(raw(picture, 0, 0, W, 50), raw(picture, 0, 50, W, 50), last_rect(),
                                             count=0xffff)))
    shown(pictures, picture)
    assert outcome.of(Updated) == [Updated((Rect(0, 0, W, 50), Rect(0, 50, W, 50)))]


def test_colour_maps_are_skipped_and_bells_and_clipboard_text_reported():
    def script(peer: Peer) -> None:
        peer.handshake()
        peer.send(colour_map(3, [(1, 2, 3)] * 300) + bell() + server_cut_text("café\nsecond line") + bell()
                  + colour_map(0, []))

    outcome = session(script)
    assert [e for e in outcome.events if isinstance(e, Bell | CutText)] == [
        Bell(), CutText("café\nsecond line"), Bell()]
    assert outcome.closed.error is None


def test_a_full_update_is_answered_with_an_incremental_request():
    said = []

    def script(peer: Peer) -> None:
        said.append(peer.handshake(size=(W, H)).first_request)
        for _ in range(3):
            peer.send(update(rect_header(0, 0, 0, 0, 0)))
            said.append(peer.request())

    session(script)
    assert said == [(0, 0, 0, W, H)] + [(1, 0, 0, W, H)] * 3

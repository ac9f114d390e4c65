"""A server that breaks the protocol ends the session with an RfbError that says what went wrong, in bounded time:
truncated messages, rectangles outside the screen, lengths beyond the limits, unknown encodings and messages,
bad zlib data, bad ZRLE tiles and Tight rectangles, and a server that stops sending."""

from __future__ import annotations

import struct
import time
import zlib

import pytest
from rfb_server import (
    Peer,
    Picture,
    TightEncoder,
    ZrleEncoder,
    compact_length,
    copy_rect,
    cursor,
    fake_jpeg_decoder,
    noise,
    raw,
    rect_header,
    session,
    update,
)

from virtdesk.console.rfb import Ready, RfbClient, Updated
from virtdesk.console.rfb_errors import (
    BadData,
    OutsideScreen,
    RfbError,
    Stalled,
    TooLarge,
    Truncated,
    UnknownEncoding,
    UnknownMessage,
)

pytestmark = pytest.mark.unit

W, H = 150, 100
BOUND = 3.0  # seconds any of these may take


def after_login(data: bytes, wait: bool = False):
    def script(peer: Peer) -> None:
        peer.handshake(size=(W, H))
        peer.send(data)
        if wait:
            peer.receive(1)  # silent until the client goes

    return script


def zrle(x: int, y: int, w: int, h: int, tiles: bytes) -> bytes:
    compressed = zlib.compress(tiles)
    return rect_header(x, y, w, h, 16) + struct.pack(">I", len(compressed)) + compressed


def tight(x: int, y: int, w: int, h: int, body: bytes) -> bytes:
    return rect_header(x, y, w, h, 7) + body


def jpeg_of(w: int, h: int, payload: bytes) -> bytes:
    return tight(0, 0, w, h, b"\x90" + compact_length(len(payload)) + payload)


def failing_decoder(data: bytes, w: int, h: int) -> bytes:
    raise ValueError("Unsupported marker type 0x42")


PICTURE = noise(W, H)
CASES = {
    "raw rectangle cut short": (update(raw(PICTURE, 0, 0, W, H))[:5000], Truncated,
                                "closed the connection during a screen update"),
    "clipboard text cut short": (struct.pack(">BxxxI", 3, 10) + b"abc", Truncated,
                                 "during the server's clipboard text"),
    "raw outside the screen": (update(raw(noise(20, 20), 0, 0, 20, 20)).replace(
        rect_header(0, 0, 20, 20, 0), rect_header(140, 90, 20, 20, 0)), OutsideScreen,
        "drew a 20x20 rectangle at 140,90, outside its screen of 150x100 pixels"),
    "copy from outside the screen": (update(copy_rect(0, 0, 10, 10, 145, 0)), OutsideScreen, "at 145,0"),
    "copy to outside the screen": (update(copy_rect(0, 95, 10, 10, 0, 0)), OutsideScreen, "at 0,95"),
    "zrle outside the screen": (update(ZrleEncoder().rect(noise(W + 1, H), 0, 0, W + 1, H)), OutsideScreen,
                                "151x100"),
    "tight outside the screen": (update(TightEncoder().rect(noise(W, H + 1), 0, 0, W, H + 1)), OutsideScreen,
                                 "150x101"),
    "huge clipboard text": (struct.pack(">BxxxI", 3, 0x7fffffff), TooLarge,
                            "clipboard text of 2147483647 bytes; virtdesk accepts at most 67108864"),
    "huge zrle rectangle": (update(rect_header(0, 0, W, H, 16) + struct.pack(">I", 64 * 1024 * 1024 + 1)),
                            TooLarge, "a ZRLE rectangle of 67108865 bytes"),
    "huge pointer picture": (update(rect_header(0, 0, 2000, 3, -239)), TooLarge, "a pointer picture"),
    "zrle that inflates beyond its rectangle": (update(zrle(0, 0, 1, 1, bytes(10_000_000))), BadData,
                                                "ZRLE data that cannot be decoded: more data than the rectangle "
                                                "holds"),
    "zrle of an empty rectangle that inflates": (update(zrle(0, 0, 0, 0, bytes(10_000_000))), BadData,
                                                 "more data than the rectangle holds"),
    "unknown encoding (hextile)": (update(rect_header(0, 0, 1, 1, 5)), UnknownEncoding, "encoding 5,"),
    "unknown encoding (qemu audio)": (update(rect_header(0, 0, 0, 0, -259)), UnknownEncoding, "encoding -259,"),
    "unknown message": (b"\x96", UnknownMessage, "type 150"),
    "qemu audio message": (b"\xff\x01\x00\x00", UnknownMessage, "type 255"),
    "bad zlib data in zrle": (update(rect_header(0, 0, 4, 4, 16) + struct.pack(">I", 6) + b"\x78\x9cgarb"),
                              BadData, "ZRLE data that cannot be decoded: Error -3"),
    "unknown zrle tile type": (update(zrle(0, 0, 4, 4, b"\x11" + bytes(100))), BadData, "unknown tile type 17"),
    "zrle tile type 129": (update(zrle(0, 0, 4, 4, b"\x81")), BadData, "unknown tile type 129"),
    "zrle raw tile cut short": (update(zrle(0, 0, 4, 4, b"\x00" + bytes(47))), BadData, "a tile ends early"),
    "zrle run length cut short": (update(zrle(0, 0, 4, 4, b"\x80\x01\x02\x03\xff")), BadData, "ends early"),
    "zrle run past its tile": (update(zrle(0, 0, 4, 4, b"\x80\x01\x02\x03\x10")), BadData,
                               "a run goes past the end of its tile"),
    "zrle palette run past its tile": (update(zrle(0, 0, 4, 4, b"\x82" + bytes(6) + b"\x81\xff\x00")), BadData,
                                       "past the end of its tile"),
    "zrle palette index beyond it": (update(zrle(0, 0, 4, 4, b"\x83" + bytes(9) + b"\x05" * 16)), BadData,
                                     "a colour index lies beyond the palette"),
    "zrle packed index beyond it": (update(zrle(0, 0, 4, 4, b"\x03" + bytes(9) + b"\xff" * 4)), BadData,
                                    "a colour index lies beyond the palette"),
    "zrle bytes left over": (update(zrle(0, 0, 4, 4, b"\x01\x01\x02\x03\x00")), BadData,
                             "data is left over after the last tile"),
    "tight png": (update(tight(0, 0, 4, 4, b"\xa0")), BadData, "unknown compression type 10"),
    "tight type 15": (update(tight(0, 0, 4, 4, b"\xf0")), BadData, "unknown compression type 15"),
    "tight filter 3": (update(tight(0, 0, 4, 4, b"\x40\x03")), BadData, "unknown filter 3"),
    "tight jpeg not asked for": (update(jpeg_of(4, 4, b"\xff\xd8")), BadData,
                                 "a JPEG picture, which virtdesk did not ask for"),
    "tight bad zlib data": (update(tight(0, 0, 4, 4, b"\x00" + compact_length(6) + b"\x78\x9cgarb")), BadData,
                            "Tight data that cannot be decoded: Error -3"),
    "tight data too short": (update(tight(0, 0, 4, 4, b"\x00" + compact_length(len(zlib.compress(bytes(40))))
                                          + zlib.compress(bytes(40)))), BadData,
                             "40 bytes of pixel data where 48 were due"),
    "tight data too long": (update(tight(0, 0, 4, 4, b"\x00" + compact_length(len(zlib.compress(bytes(60))))
                                         + zlib.compress(bytes(60)))), BadData,
                            "more data than the rectangle holds"),
    "tight palette index beyond it": (update(tight(0, 0, 4, 4, b"\x40\x01\x02" + bytes(9)
                                                   + compact_length(len(zlib.compress(b"\x07" * 16)))
                                                   + zlib.compress(b"\x07" * 16))), BadData,
                                      "a colour index lies beyond the palette"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_broken_message_ends_the_session_with_its_error(case):
    data, error_class, text = CASES[case]
    outcome = session(after_login(data), stall_seconds=BOUND)
    error = outcome.closed.error
    assert isinstance(error, error_class), error
    assert text in str(error)
    assert outcome.seconds < BOUND
    assert outcome.of(Ready)


JPEG_CASES = {
    "the decoder cannot read it": (failing_decoder, "JPEG data that cannot be decoded: Unsupported marker"),
    "the picture has another size": (fake_jpeg_decoder, "the picture is not 4x4 pixels"),
}


@pytest.mark.parametrize("case", sorted(JPEG_CASES))
def test_a_jpeg_picture_that_does_not_decode(case):
    decoder, text = JPEG_CASES[case]
    outcome = session(after_login(update(jpeg_of(4, 4, b"\xff\xd8not-really-a-jpeg:" + bytes(60)))),
                      RfbClient(jpeg=decoder))
    assert isinstance(outcome.closed.error, BadData)
    assert text in str(outcome.closed.error)


def test_a_server_silent_in_the_middle_of_an_update_is_given_up_on():
    outcome = session(after_login(update(raw(PICTURE, 0, 0, W, H))[:3000], wait=True), stall_seconds=0.5)
    error = outcome.closed.error
    assert isinstance(error, Stalled)
    assert str(error) == ("The VNC server stopped sending during a screen update: nothing came for 0.5 seconds.")
    assert 0.5 <= outcome.seconds < 1.5


def test_a_server_silent_from_the_start_is_given_up_on():
    outcome = session(lambda peer: peer.receive(1), stall_seconds=0.5)
    assert isinstance(outcome.closed.error, Stalled)
    assert "during the greeting" in str(outcome.closed.error)
    assert outcome.seconds < 1.5


def test_a_server_silent_between_updates_is_waited_for():
    def script(peer: Peer) -> None:
        peer.handshake(size=(W, H))
        time.sleep(1.0)
        peer.send(update(raw(PICTURE, 0, 0, 1, 1)))

    outcome = session(script, stall_seconds=0.3)
    assert outcome.closed.error is None
    assert outcome.of(Updated)


@pytest.mark.parametrize(("version", "refusal", "text"), [
    ("3.8", b"\0" + struct.pack(">I", 0x7fffffff), "the reason for refusing of 2147483647 bytes"),
    ("3.3", struct.pack(">II", 0, 64 * 1024 * 1024 + 1), "the reason for refusing of 67108865 bytes")])
def test_a_refusal_of_any_length_is_refused(version, refusal, text):
    def script(peer: Peer) -> None:
        peer.greet(version)
        peer.send(refusal)

    outcome = session(script)
    assert isinstance(outcome.closed.error, TooLarge)
    assert text in str(outcome.closed.error)


def test_a_screen_name_of_any_length_is_refused():
    def script(peer: Peer) -> None:
        peer.greet("3.8")
        peer.send(b"\x01\x01")
        peer.receive(1)
        peer.send(bytes(4))
        peer.receive(1)
        peer.send(struct.pack(">HH16sI", 64, 48, bytes(16), 0x10000000))

    outcome = session(script)
    assert isinstance(outcome.closed.error, TooLarge)
    assert "the name of the screen of 268435456 bytes" in str(outcome.closed.error)


def test_a_broken_client_takes_nothing_more():
    client = RfbClient()
    with pytest.raises(RfbError) as raised:
        client.receive(b"HTTP/1.1 200 OK\r\n")
    with pytest.raises(RfbError) as again:
        client.receive(b"RFB 003.008\n")
    assert again.value is raised.value
    with pytest.raises(RfbError):
        client.end_of_data()


def test_pointer_pictures_of_any_small_size_are_fine():
    outcome = session(after_login(update(cursor(0, 0, Picture(1, 1, b"\0\0\0\0"), b"\x80"))))
    assert outcome.closed.error is None

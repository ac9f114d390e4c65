"""What the client sends for the user's input: keys (with QEMU's scan codes where the server takes them), the
pointer, clipboard text; given from another thread, it goes out at once."""

from __future__ import annotations

import threading
import time

import pytest
from rfb_server import Peer, black, extended_keys_supported, raw, session, update

from virtdesk.console.rfb import Ready, RfbClient, Updated

pytestmark = pytest.mark.unit


def test_keys_go_as_key_events_until_the_server_takes_scan_codes():
    said = []

    def script(peer: Peer) -> None:
        peer.handshake()
        said.append(peer.message())
        peer.send(update(extended_keys_supported(), raw(black(1, 1), 0, 0, 1, 1)))
        said.append(peer.message()[0])  # the update request
        said.append(peer.message())
        said.append(peer.message())

    def type_keys(outcome, event) -> None:
        if isinstance(event, Ready):
            outcome.client.key_event(0x61, True, scancode=0x1e)
        elif isinstance(event, Updated):
            outcome.client.key_event(0xff52, True, scancode=0xc8)
            outcome.client.key_event(0x61, False)

    outcome = session(script, on_event=type_keys)
    assert said == [(4, (1, 0x61)), 3, (255, (0, 1, 0xff52, 0xc8)), (4, (0, 0x61))]
    assert outcome.client.supports_extended_keys


def test_the_pointer_stays_on_the_screen_and_clipboard_text_is_latin_1():
    said = []

    def script(peer: Peer) -> None:
        peer.handshake(size=(64, 48))
        said.extend(peer.message() for _ in range(4))

    def move(outcome, event) -> None:
        if isinstance(event, Ready):
            outcome.client.pointer_event(10, 20, 0b101)
            outcome.client.pointer_event(-5, 400, 0x1ff)
            outcome.client.cut_text("café ✓")
            outcome.client.cut_text("")

    session(script, on_event=move)
    assert said == [(5, (5, 10, 20)), (5, (0xff, 0, 47)), (6, ("café ?".encode("latin-1"),)), (6, (b"",))]


def test_input_before_the_login_is_dropped():
    client = RfbClient()
    client.key_event(0x61, True)
    client.pointer_event(1, 1, 1)
    client.cut_text("x")
    client.request_update()
    assert not client.set_desktop_size(100, 100)
    assert client.outgoing() == b""


def test_input_from_another_thread_goes_out_at_once():
    arrived = []

    def script(peer: Peer) -> None:
        peer.handshake()
        peer.message()
        arrived.append(time.monotonic())

    def press_later(outcome, event) -> None:
        if isinstance(event, Ready):
            def press() -> None:
                time.sleep(0.3)
                arrived.append(time.monotonic())
                outcome.client.key_event(0x61, True)
            threading.Thread(target=press).start()

    session(script, on_event=press_later)
    pressed, received = arrived
    assert received - pressed < 0.05


def test_a_stop_ends_a_quiet_session_quickly():
    stop = threading.Event()

    def script(peer: Peer) -> None:
        peer.handshake()
        peer.receive(1)  # until the client goes

    def stop_soon(outcome, event) -> None:
        if isinstance(event, Ready):
            threading.Timer(0.2, stop.set).start()

    outcome = session(script, stop=stop, on_event=stop_soon, stall_seconds=60)
    assert outcome.closed.error is None
    assert 0.2 <= outcome.seconds < 1.0

"""Logging in to a VNC server: each protocol version with each security type, the refusals, and what the client
asks for once in (its pixel format, its encodings, a first full update)."""

from __future__ import annotations

import struct

import pytest
from rfb_server import Peer, session

from virtdesk.console.rfb import PIXEL_FORMAT, Ready, RfbClient
from virtdesk.console.rfb_auth import challenge_response, des_key
from virtdesk.console.rfb_errors import (
    AuthenticationFailed,
    BadGreeting,
    BadScreenSize,
    NoCommonSecurity,
    PasswordRequired,
    ServerRefused,
    Truncated,
    UnsupportedVersion,
)

pytestmark = pytest.mark.unit

BGRX_LITTLE_ENDIAN = bytes([32, 24, 0, 1, 0, 255, 0, 255, 0, 255, 16, 8, 0, 0, 0, 0])


@pytest.mark.parametrize("version", ["3.3", "3.7", "3.8"])
@pytest.mark.parametrize(("security", "password"), [((1,), None), ((2,), "s3cret"), ((2,), "a much longer one")])
def test_each_version_logs_in_with_each_security_type(version, security, password):
    said = {}

    def script(peer: Peer) -> None:
        said["hello"] = peer.handshake(version, security, password, size=(320, 200), name="guest ✓ one")

    outcome = session(script, RfbClient(password))
    assert outcome.closed.error is None
    assert outcome.of(Ready) == [Ready(320, 200, "guest ✓ one")]
    assert outcome.client.version == version
    framebuffer = outcome.client.framebuffer
    assert (framebuffer.width, framebuffer.height) == (320, 200)
    assert framebuffer.pixels == b"\0\0\0\xff" * (320 * 200)
    hello = said["hello"]
    assert hello.shared
    assert hello.pixel_format == BGRX_LITTLE_ENDIAN == PIXEL_FORMAT
    assert hello.first_request == (0, 0, 0, 320, 200)


def test_the_client_asks_for_its_encodings_and_never_for_qemu_audio():
    said = {}

    def script(peer: Peer) -> None:
        said["hello"] = peer.handshake()

    session(script, RfbClient(encodings=(16, 0), jpeg=lambda data, w, h: b"", jpeg_quality=5,
                              compression_level=2))
    assert said["hello"].encodings == [16, 0, -32 + 5, -256 + 2, -239, -308, -223, -224, -258]
    session(script, RfbClient(cursor=False))
    assert said["hello"].encodings == [7, 16, 1, 0, -308, -223, -224, -258]
    assert -259 not in said["hello"].encodings


def test_an_exclusive_client_says_so():
    said = {}

    def script(peer: Peer) -> None:
        said["hello"] = peer.handshake()

    session(script, RfbClient(shared=False))
    assert not said["hello"].shared


@pytest.mark.parametrize(("greeting", "answer"), [(b"RFB 003.005\n", b"RFB 003.003\n"),
                                                  (b"RFB 003.006\n", b"RFB 003.003\n"),
                                                  (b"RFB 003.889\n", b"RFB 003.008\n")])
def test_other_minor_versions_get_the_nearest_known_one(greeting, answer):
    said = {}

    def script(peer: Peer) -> None:
        peer.send(greeting)
        said["answer"] = peer.receive(12)

    outcome = session(script)
    assert said["answer"] == answer
    assert isinstance(outcome.closed.error, Truncated)


@pytest.mark.parametrize(("greeting", "error", "text"), [
    (b"HTTP/1.1 400 Bad Request\r\n", BadGreeting, "it began with b'HTTP/1.1 400'."),
    (b"SSH-2.0-OpenSSH_9.2\r\n", BadGreeting, "it began with b'SSH-2.0-Open'."),
    (b"RFB 003.00x\n", BadGreeting, "it began with b'RFB 003.00x\\n'."),
    (b"RFB 004.001\n", UnsupportedVersion, "speaks RFB 4.1;"),
    (b"RFB 002.009\n", UnsupportedVersion, "speaks RFB 2.9;"),
    (b"RFB 003.002\n", UnsupportedVersion, "speaks RFB 3.2;")])
def test_a_greeting_that_is_not_rfb_3_is_refused(greeting, error, text):
    outcome = session(lambda peer: peer.send(greeting))
    assert isinstance(outcome.closed.error, error)
    assert text in str(outcome.closed.error)


@pytest.mark.parametrize(("version", "reason"), [("3.8", "wrong password"), ("3.7", ""), ("3.3", "")])
def test_a_wrong_password_is_refused_with_the_servers_reason(version, reason):
    outcome = session(lambda peer: peer.handshake(version, (2,), "right"), RfbClient("wrong"))
    error = outcome.closed.error
    assert isinstance(error, AuthenticationFailed)
    assert str(error) == (f"The VNC server did not accept the password: {reason}" if reason
                          else "The VNC server did not accept the password.")


def test_a_password_is_asked_for_only_where_the_server_wants_one():
    outcome = session(lambda peer: peer.handshake("3.8", (2,), "pw"))
    assert isinstance(outcome.closed.error, PasswordRequired)
    assert not outcome.of(Ready)
    said = {}

    def script(peer: Peer) -> None:
        peer.greet("3.8")
        peer.send(bytes([3, 16, 2, 1]))
        said["choice"] = peer.receive(1)

    session(script, RfbClient("pw"))
    assert said["choice"] == b"\x01"


@pytest.mark.parametrize("version", ["3.3", "3.7", "3.8"])
def test_a_server_that_refuses_says_why(version):
    def script(peer: Peer) -> None:
        peer.greet(version)
        peer.send((struct.pack(">I", 0) if version == "3.3" else b"\0") + peer.text("too many clients"))

    outcome = session(script)
    assert isinstance(outcome.closed.error, ServerRefused)
    assert str(outcome.closed.error) == "The VNC server refused the connection: too many clients"


@pytest.mark.parametrize(("version", "offer"), [("3.8", bytes([2, 16, 19])), ("3.7", bytes([1, 18])),
                                                ("3.3", struct.pack(">I", 16))])
def test_security_types_it_does_not_know_are_named(version, offer):
    def script(peer: Peer) -> None:
        peer.greet(version)
        peer.send(offer)

    error = session(script).closed.error
    assert isinstance(error, NoCommonSecurity)
    assert "security types " + ("16" if version != "3.7" else "18") in str(error)


@pytest.mark.parametrize("size", [(0, 0), (100, 0), (20000, 10), (16384, 16384)])
def test_a_screen_size_it_cannot_hold_is_refused(size):
    error = session(lambda peer: peer.handshake(size=size)).closed.error
    assert isinstance(error, BadScreenSize)
    assert f"{size[0]}x{size[1]}" in str(error)


def test_the_des_key_is_the_password_with_each_bytes_bits_mirrored():
    assert des_key("password") == bytes.fromhex("0E86CECEEEF64E26")
    assert des_key("passwords are cut") == des_key("password")
    assert des_key("ab") == bytes.fromhex("8646000000000000")


def test_the_response_is_des_of_the_challenge():
    # A known answer of DES: the zero key turns zero into 8CA64DE9C1B123A7 (each 8-byte half on its own).
    assert challenge_response("", bytes(16)) == bytes.fromhex("8CA64DE9C1B123A7" * 2)

"""Runs an RfbClient over a connected socket-like transport on the calling (worker) thread, until the server
closes, the protocol breaks, the connection fails, the server stops sending in the middle of a message, or the
caller sets ``stop``.

The transport is a socket, a paramiko channel (an SSH forward) or the socket libvirt hands out for a guest's
display (openGraphicsFD): anything with recv, sendall, fileno (for select) and settimeout. Input given to the
client on other threads is sent at once: the client wakes the session through a socket pair.
"""

from __future__ import annotations

import contextlib
import logging
import select
import socket
import threading
import time
from collections.abc import Callable
from typing import Protocol

from virtdesk.console.rfb import Closed, Event, RfbClient
from virtdesk.console.rfb_errors import ConnectionLost, RfbError, Stalled, UnexpectedFailure

CHUNK = 256 * 1024
POLL_SECONDS = 0.1
logger = logging.getLogger("virtdesk.console.rfb")


class Transport(Protocol):
    def recv(self, size: int, /) -> bytes: ...
    def sendall(self, data: bytes, /) -> object: ...
    def fileno(self) -> int: ...
    def settimeout(self, timeout: float | None, /) -> None: ...


def run_session(transport: Transport, client: RfbClient, on_event: Callable[[Event], None],
                stop: threading.Event, *, stall_seconds: float = 30.0) -> None:
    """Blocks until the session ends; on_event gets each event on this thread, a Closed one last (its error None
    when the server closed between messages or stop was set). stall_seconds: how long the server may be silent
    in the middle of a message (or the login), and how long a send may wait. The caller closes the transport."""
    wake_reader, wake_writer = socket.socketpair()
    wake_writer.setblocking(False)

    def wake() -> None:
        with contextlib.suppress(OSError):  # a full pipe already wakes the loop; a closed one is past caring
            wake_writer.send(b"\0")

    client.set_output_listener(wake)
    try:
        transport.settimeout(stall_seconds)
        _exchange(transport, client, on_event, stop, wake_reader, stall_seconds)
        closed = Closed(None)
    except RfbError as error:
        closed = Closed(error)
    except (OSError, EOFError) as error:
        closed = Closed(ConnectionLost(getattr(error, "strerror", None) or str(error) or type(error).__name__))
    except Exception as error:  # a fault of the client itself: the session ends with it, the application does not
        logger.exception("VNC session failed")
        closed = Closed(UnexpectedFailure(f"{type(error).__name__}: {error}"))
    finally:
        client.set_output_listener(None)
        wake_reader.close()
        wake_writer.close()
    on_event(closed)


def _exchange(transport: Transport, client: RfbClient, on_event: Callable[[Event], None], stop: threading.Event,
              wake_reader: socket.socket, stall_seconds: float) -> None:
    heard = time.monotonic()
    while not stop.is_set():
        output = client.outgoing()
        if output:
            transport.sendall(output)
        readable, _, _ = select.select([transport, wake_reader], [], [], POLL_SECONDS)
        if wake_reader in readable:
            wake_reader.recv(4096)
        if transport not in readable:
            if not client.idle and time.monotonic() - heard > stall_seconds:
                raise Stalled(client.during, stall_seconds)
            continue
        data = transport.recv(CHUNK)
        if not data:
            client.end_of_data()
            return
        heard = time.monotonic()
        for event in client.receive(data):
            on_event(event)

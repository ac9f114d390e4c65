"""Decoding full-screen VNC updates: frames per second and CPU seconds per frame of virtdesk's RFB client.

The test server of tests/rfb_server.py runs in a child process on 127.0.0.1 and answers each update request of the
client with a whole new screen (a desktop-like picture: windows with text, a photo, a gradient; --frames distinct
ones taking turns), encoded before the run in Raw, ZRLE (the shortest tile type for each tile) and Tight (fill,
palette or zlib-compressed colours by the colours of each 256x64 strip). The client runs virtdesk's
run_session on this thread as the console will on its worker: receiving, decoding into the framebuffer and
asking for the next update. CPU time is this thread's own (time.thread_time), the server's not counted.

Run: `.venv/bin/python bench/rfb_decode.py [--width 1024] [--height 768] [--updates 120] [--frames 4]`.
"""

from __future__ import annotations

import argparse
import multiprocessing
import socket
import sys
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]

import rfb_server  # noqa: E402

from virtdesk.console.rfb import Event, RfbClient, Updated  # noqa: E402
from virtdesk.console.rfb_session import run_session  # noqa: E402

ENCODINGS = {"Raw": rfb_server.RAW, "ZRLE": rfb_server.ZRLE, "Tight": rfb_server.TIGHT}


def serve(encoding: str, width: int, height: int, frames: int, ready: Connection) -> None:
    """The child process: encodes, then serves one client until it goes."""
    pictures = [rfb_server.desktop(width, height, seed=seed) for seed in range(frames + 1)]
    updates = rfb_server.encoded_frames(encoding, pictures)
    sizes = [len(data) for data in updates[1:]]
    listener = socket.create_server(("127.0.0.1", 0))
    ready.send((listener.getsockname()[1], sum(sizes) / len(sizes)))
    sock, _address = listener.accept()
    peer = rfb_server.Peer(sock)
    peer.handshake(size=(width, height))
    try:
        peer.send(updates[0])
        for n in range(10 ** 9):
            peer.request()
            peer.send(updates[1 + n % frames])
    except (rfb_server.ClientGone, OSError):
        pass
    finally:
        sock.close()


def measure(encoding: str, width: int, height: int, updates: int, frames: int) -> tuple[float, float, float]:
    """(updates a second, CPU seconds an update, bytes an update on the wire)."""
    ours, theirs = multiprocessing.Pipe()
    server = multiprocessing.Process(target=serve, args=(encoding, width, height, frames, theirs), daemon=True)
    server.start()
    port, wire_bytes = ours.recv()
    client = RfbClient(encodings=(ENCODINGS[encoding],))
    stop = threading.Event()
    marks: list[tuple[float, float]] = []

    def count(event: Event) -> None:
        if isinstance(event, Updated):
            marks.append((time.perf_counter(), time.thread_time()))
            if len(marks) > updates:
                stop.set()

    with socket.create_connection(("127.0.0.1", port)) as sock:
        run_session(sock, client, count, stop)
    server.join(10)
    (wall_start, cpu_start), (wall_end, cpu_end) = marks[0], marks[-1]
    return updates / (wall_end - wall_start), (cpu_end - cpu_start) / updates, wire_bytes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--width", type=int, default=1024)
    parser.add_argument("--height", type=int, default=768)
    parser.add_argument("--updates", type=int, default=120, help="full-screen updates measured per encoding")
    parser.add_argument("--frames", type=int, default=4, help="distinct pictures taking turns")
    args = parser.parse_args()
    print(f"full-screen updates of {args.width}x{args.height}, {args.updates} per encoding, loopback")
    for encoding in ENCODINGS:
        rate, cpu, wire = measure(encoding, args.width, args.height, args.updates, args.frames)
        print(f"{encoding:6} {rate:6.1f} updates/s  {cpu * 1000:6.1f} ms CPU an update "
              f"({rate * cpu:4.0%} of a core at that rate, {cpu * 30:4.0%} at 30/s)  {wire / 1024:7.0f} KiB an update")


if __name__ == "__main__":
    main()

"""The console end to end: frames per second and CPU per frame of full-screen VNC updates shown by the real
VncWidget (offscreen), from decoding on the session's thread to painting on the GUI thread.

The server of bench/rfb_decode.py (tests/rfb_server.py's encoders, in a child process on 127.0.0.1) answers each
update request with a whole new 1024x768 screen in Raw, ZRLE or Tight. The widget shows it at 1:1 (a 1024x768
view) and fitted into an 800x600 view. "shown" counts the frames the widget painted (updates that arrive while
the GUI thread is busy are coalesced into the next one); CPU is this process's, both threads (the server's not
counted), divided by the frames shown.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python bench/vnc_console.py [--seconds 5] [--frames 4]`.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests"), str(REPO / "bench")]

from concurrent.futures import ThreadPoolExecutor  # noqa: E402

import procstat  # noqa: E402
import rfb_decode  # noqa: E402
from PySide6.QtCore import QEvent, QEventLoop, QObject, QSize, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from virtdesk.console.rfb import PIXEL_ENCODINGS  # noqa: E402
from virtdesk.console.vnc_widget import ScaleMode, VncWidget  # noqa: E402
from virtdesk.model.console_transport import Reached  # noqa: E402
from virtdesk.model.vnc_session import SessionState, VncSession  # noqa: E402
from virtdesk.model.worker import submit  # noqa: E402


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def measure(encoding: str, view: QSize, seconds: float, frames: int, width: int, height: int) \
        -> tuple[float, float, float]:
    """(frames shown a second, updates decoded a second, CPU seconds a frame shown)."""
    ours, theirs = multiprocessing.Pipe()
    server = multiprocessing.Process(target=rfb_decode.serve, args=(encoding, width, height, frames, theirs),
                                     daemon=True)
    server.start()
    port, _wire_bytes = ours.recv()
    watched = watch(port, view, seconds)
    server.join(10)
    return watched.shown, watched.decoded, watched.cpu / max(watched.shown, 1 / seconds)


@dataclass(frozen=True)
class Watched:
    shown: float
    """frames the widget painted a second"""
    decoded: float
    """updates decoded a second"""
    cpu: float
    """CPU seconds of this process a second (1.0 is one core)"""
    size: QSize
    """the server's screen"""
    changed: float
    """the share of the screen an update changed, on average"""


def watch(port: int, view: QSize, seconds: float, encodings: tuple[int, ...] = PIXEL_ENCODINGS) -> Watched:
    """A VncWidget of that size showing the VNC server on 127.0.0.1:port (offering those encodings) for `seconds`,
    once the first update has come."""
    executor = ThreadPoolExecutor(1)
    session = VncSession(lambda password: submit(executor, lambda: Reached(
        socket.create_connection(("127.0.0.1", port)), password, "bench")))
    session.encodings = encodings
    widget = VncWidget(session)
    widget.set_scale_mode(ScaleMode.FIT)
    widget.resize(view)
    widget.show()
    counter = PaintCounter()
    widget.viewport().installEventFilter(counter)
    updates = 0
    pixels = 0

    def updated(rects: list) -> None:
        nonlocal updates, pixels
        updates += 1
        pixels += sum(rect.width() * rect.height() for rect in rects)

    session.frame_changed.connect(updated)
    loop = QEventLoop()
    session.open()
    while session.state is not SessionState.CONNECTED or not updates:
        loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)
    paints_start, updates_start, pixels_start = counter.paints, updates, pixels
    cpu_start, wall_start = procstat.cpu_seconds(os.getpid()), time.perf_counter()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    cpu, wall = procstat.cpu_seconds(os.getpid()) - cpu_start, time.perf_counter() - wall_start
    shown, decoded = counter.paints - paints_start, updates - updates_start
    size = session.image.size()
    changed = (pixels - pixels_start) / max(decoded, 1) / max(size.width() * size.height(), 1)
    session.close()
    widget.deleteLater()
    executor.shutdown()
    return Watched(shown / wall, decoded / wall, cpu / wall, size, changed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--width", type=int, default=1024)
    parser.add_argument("--height", type=int, default=768)
    parser.add_argument("--seconds", type=float, default=5.0, help="measured per encoding and view")
    parser.add_argument("--frames", type=int, default=4, help="distinct pictures taking turns")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    print(f"full-screen updates of {args.width}x{args.height} through VncWidget ({app.platformName()}), loopback")
    for label, view in (("1:1", QSize(args.width, args.height)), ("fit 800x600", QSize(800, 600))):
        for encoding in rfb_decode.ENCODINGS:
            rate, decoded, cpu = measure(encoding, view, args.seconds, args.frames, args.width, args.height)
            print(f"{label:12} {encoding:6} {rate:6.1f} frames/s shown ({decoded:5.1f} updates/s decoded)  "
                  f"{cpu * 1000:6.1f} ms CPU a frame ({rate * cpu:4.0%} of a core, {cpu * 30:4.0%} at 30/s)")


if __name__ == "__main__":
    main()

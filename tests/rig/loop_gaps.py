"""The longest time the GUI event loop was held up, measured by a 10 ms timer (tests and benchmarks)."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer


class LoopGaps:
    """A 10 ms timer on the GUI thread: the largest time between two of its ticks is the longest the event loop
    was held up."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.largest_ms = 0.0
        self.largest_at = 0.0  # when it ended, time.monotonic()
        self._last = 0.0

    def start(self) -> None:
        self._last = time.monotonic()
        self.largest_ms = 0.0
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = time.monotonic()
        gap = (now - self._last) * 1000
        if gap > self.largest_ms:
            self.largest_ms, self.largest_at = gap, now
        self._last = now

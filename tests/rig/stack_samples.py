"""Where a thread (the GUI thread) spends its time: its stack sampled from a watcher thread with
sys._current_frames(), for a test to print when the event loop was held up.

The watcher never drops the last reference to a frame: a frame the GUI thread has left by then owns its locals,
and a Qt object among them destroyed on the watcher deadlocks against the GUI thread (the watcher waits for
Python's lock inside Qt's signal-slot lock, the GUI thread for that lock while holding Python's). The frames go
back to the sampled thread, which drops them on a timer and when sampling ends."""

from __future__ import annotations

import collections
import sys
import threading
import traceback

from PySide6.QtCore import QTimer


class StackSamples:
    """Samples the stack of the thread that creates it every `interval` seconds while running (a context
    manager); `summary()` names the lines of virtdesk's code seen most often, innermost first."""

    def __init__(self, interval: float = 0.002) -> None:
        self.thread_id = threading.get_ident()
        self.interval = interval
        self.samples = 0
        self.innermost: collections.Counter[str] = collections.Counter()  # the innermost virtdesk frame
        self.stacks: collections.Counter[tuple[str, ...]] = collections.Counter()
        self._stop = threading.Event()
        self._watcher = threading.Thread(target=self._watch, name="stack-samples", daemon=True)
        self._taken: collections.deque[dict[int, object]] = collections.deque()  # dropped by the sampled thread
        self._dropping = QTimer(interval=100)
        self._dropping.timeout.connect(self._drop_taken)

    def __enter__(self) -> StackSamples:
        self._dropping.start()
        self._watcher.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._watcher.join()
        self._dropping.stop()
        self._drop_taken()

    def _drop_taken(self) -> None:
        while self._taken:
            self._taken.popleft()

    def _watch(self) -> None:
        while not self._stop.wait(self.interval):
            frames = sys._current_frames()
            self._taken.append(frames)
            frame = frames.get(self.thread_id)
            del frames
            lines = [f"{f.filename.rpartition('/virtdesk/')[2]}:{f.lineno} {f.name}"
                     for f in traceback.extract_stack(frame) if "/virtdesk/" in f.filename] if frame else []
            del frame
            if not lines:
                continue  # waiting in the event loop, or in Qt or a test's own code
            self.samples += 1
            self.innermost[lines[-1]] += 1
            self.stacks[tuple(lines[-4:])] += 1

    def summary(self, most: int = 8) -> str:
        rows = [f"{self.samples} samples in virtdesk's code, every {self.interval * 1000:.0f} ms"]
        rows += [f"  {count:5d}  {line}" for line, count in self.innermost.most_common(most)]
        rows += [f"  {count:5d}  " + " <- ".join(reversed(stack)) for stack, count in self.stacks.most_common(3)]
        return "\n".join(rows)

"""The reads connections make right after listing (each VM's XML in batches, the networks, the pools), a bounded
number at a time across all connections.

Twenty hosts opening at once, each with its own four load workers, had some eighty threads reading XML side by
side: on two cores they gained nothing over a few, and each of their round trips took Python's lock back in turn,
so the GUI thread waited for it (the event loop held up 100-180 ms) and the hosts filled no sooner. Each read still
runs on its own connection's load lane (a host that hangs holds only its own workers), but at most LIMIT run at
once in all, taken in turn from each connection waiting (each host's first batches, the top of its list, first). A
read out for longer than SLOW seconds gives its place up, so a host that stopped answering holds no one up for long.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer

from virtdesk.model.worker import Task

Start = Callable[[], "Task | None"]  # submits one read and returns its task; None: nothing to read any more


class LoadQueue(QObject):
    LIMIT = 4  # reads at once, in all: two cores, and libvirtd's worker pool, stay busy
    SLOW = 2.0  # seconds after which a read still out no longer counts against LIMIT

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting: dict[object, deque[Start]] = {}  # by owner, in turn: the first is the next to start one
        self._out: dict[int, float] = {}  # the reads counted against LIMIT: when each gives its place up
        self._started = 0
        self._slow = QTimer(self)  # one timer for all the reads out, for the first of them to give its place up
        self._slow.setSingleShot(True)
        self._slow.timeout.connect(self._give_up_slow)

    def add(self, owner: object, starts: Iterable[Start]) -> None:
        """Queues owner's reads (after those it queued before); they start, in this order, as places free up."""
        self._waiting.setdefault(owner, deque()).extend(starts)
        self._fill()

    def forget(self, owner: object) -> None:
        """Drops owner's reads that have not started (its connection closed)."""
        self._waiting.pop(owner, None)

    def _fill(self) -> None:
        while len(self._out) < self.LIMIT and self._waiting:
            owner, starts = next(iter(self._waiting.items()))
            del self._waiting[owner]
            start = starts.popleft()
            if starts:
                self._waiting[owner] = starts  # to the back: the next owner waiting starts one next
            task = start()
            if task is not None:
                self._follow(task)

    def _follow(self, task: Task) -> None:
        key = self._started
        self._started += 1
        self._out[key] = time.monotonic() + self.SLOW
        if not self._slow.isActive():
            self._slow.start(round(self.SLOW * 1000))
        task.then(lambda _result: self._release(key), lambda _exc: self._release(key), owner=self)

    def _release(self, key: int) -> None:
        if self._out.pop(key, None) is not None:
            self._fill()

    def _give_up_slow(self) -> None:
        now = time.monotonic()
        for key in [key for key, until in self._out.items() if until <= now]:
            del self._out[key]
        if self._out:  # in the order they started: the first is the next to give up
            self._slow.start(max(0, round((next(iter(self._out.values())) - now) * 1000)))
        self._fill()

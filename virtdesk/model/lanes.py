"""A connection's lanes: separate worker pools for each kind of call, so one hung call never holds up the rest.

Opening and closing, quick reads, statistics, edits and long jobs each have their own threads. A call in a lane
with a time limit that has not come back by then fails as "not answering" (the host or its link is stuck)
instead of leaving a window waiting.
"""

from __future__ import annotations

import enum
from concurrent.futures import ThreadPoolExecutor


class Lane(enum.Enum):
    """(threads, seconds a call may take; None: no limit)."""

    SESSION = (1, None)  # open and close: as long as the host and the user (credentials) take
    QUICK = (3, 60.0)  # listings, configurations, host facts
    STATS = (1, 30.0)  # one bulk statistics call per tick
    EDIT = (2, 120.0)  # defines, live changes, lifecycle actions
    # what a connection reads right after it opens (each VM's XML), calls side by side: four, as libvirtd
    # reads at most five requests of a client at once (max_client_requests) and a statistics call may run beside
    LOAD = (4, 60.0)
    JOB = (2, None)  # long operations: they report progress and can be cancelled instead

    @property
    def threads(self) -> int:
        return self.value[0]

    @property
    def timeout(self) -> float | None:
        return self.value[1]


class Lanes:
    """The worker pools of one connection, created on first use."""

    def __init__(self, name: str = "libvirt") -> None:
        self._name = name
        self._pools: dict[Lane, ThreadPoolExecutor] = {}
        self._closed = False

    def executor(self, lane: Lane) -> ThreadPoolExecutor:
        pool = self._pools.get(lane)
        if pool is None:
            pool = ThreadPoolExecutor(max_workers=lane.threads, thread_name_prefix=f"{self._name}-{lane.name.lower()}")
            if self._closed:
                pool.shutdown(wait=False)
            self._pools[lane] = pool
        return pool

    def shutdown(self) -> None:
        """No new calls; running ones finish on their own (a hung call keeps only its own thread)."""
        self._closed = True
        for pool in self._pools.values():
            pool.shutdown(wait=False)

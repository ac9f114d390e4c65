"""Believable live figures for the built-in demo host, whose test driver reports none.

Each running demo VM gets counters that grow like a real guest's (a slow random walk of CPU load, memory,
disk and network traffic), added to the records libvirt returns, so the demo shows what a real host would.
"""

from __future__ import annotations

import random
from typing import Any

import libvirt

Records = tuple[float, list[tuple[str, dict[str, Any]]]]


class _Guest:
    __slots__ = ("load", "cpu_ns", "rss", "rd", "wr", "rx", "tx")

    def __init__(self, rng: random.Random, memory_kib: int) -> None:
        self.load = rng.uniform(0.02, 0.6)
        self.cpu_ns = 0.0
        self.rss = memory_kib * rng.uniform(0.3, 0.8)
        self.rd = self.wr = self.rx = self.tx = 0.0


class DemoFigures:
    """Worker side: one instance per demo connection; `add` fills in what `stats.sample` returned."""

    def __init__(self, seed: int = 7) -> None:
        self._rng = random.Random(seed)
        self._guests: dict[str, _Guest] = {}
        self._last: float | None = None

    def add(self, sampled: Records, sizes: dict[str, tuple[int, int]]) -> Records:
        """sampled: what stats.sample returned; sizes: uuid -> (vCPUs, memory KiB) of the VMs the GUI knows."""
        when, records = sampled
        elapsed = 0.0 if self._last is None else when - self._last
        self._last = when
        rng = self._rng
        for uuid, raw in records:
            if raw.get("state.state") != libvirt.VIR_DOMAIN_RUNNING or uuid not in sizes:
                continue
            vcpus, memory_kib = sizes[uuid]
            guest = self._guests.get(uuid) or self._guests.setdefault(uuid, _Guest(rng, memory_kib))
            guest.load = min(1.0, max(0.01, guest.load + rng.uniform(-0.08, 0.08)))
            guest.cpu_ns += elapsed * 1e9 * vcpus * guest.load
            guest.rss = min(memory_kib, max(memory_kib * 0.2, guest.rss * rng.uniform(0.98, 1.02)))
            guest.rd += elapsed * guest.load * rng.uniform(0, 8e6)
            guest.wr += elapsed * guest.load * rng.uniform(0, 3e6)
            guest.rx += elapsed * guest.load * rng.uniform(0, 2e6)
            guest.tx += elapsed * guest.load * rng.uniform(0, 6e5)
            raw.update({"cpu.time": int(guest.cpu_ns), "balloon.rss": int(guest.rss),
                        "block.count": 1, "block.0.rd.bytes": int(guest.rd), "block.0.wr.bytes": int(guest.wr),
                        "net.count": 1, "net.0.rx.bytes": int(guest.rx), "net.0.tx.bytes": int(guest.tx)})
        return when, records

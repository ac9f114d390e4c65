"""Live statistics: one bulk call per connection per tick, for the VMs someone looks at (rows on screen, windows
open: `StatsSampler.watch`), turned into rates and history."""

from __future__ import annotations

import time
import weakref
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import libvirt
from PySide6.QtCore import QObject, QTimer, Signal

from virtdesk.demo import is_demo_uri
from virtdesk.model.lanes import Lane

if TYPE_CHECKING:
    from virtdesk.model.connection import Connection
    from virtdesk.model.demo_stats import DemoFigures

HISTORY = 120
MIN_INTERVAL_MS = 100  # 10 samples a second at most


class Series(deque):
    """A bounded history of samples, oldest first."""

    def __init__(self, length: int = HISTORY) -> None:
        super().__init__(maxlen=length)

    @property
    def last(self) -> float | None:
        return self[-1] if self else None


_NOT_SAMPLED = Series(0)  # the history of every domain never sampled (most of a long list): it keeps nothing


class DomainStats:
    """History of one domain's figures: CPU % (of its vCPUs), memory KiB, disk and network bytes/s. The ring
    buffers are made on the first sample (figures are sampled only for what is on screen); until then each series
    is one shared empty one."""

    __slots__ = ("cpu", "memory", "disk_read", "disk_write", "net_rx", "net_tx", "_previous", "samples")

    def __init__(self) -> None:
        self.cpu = self.memory = self.disk_read = self.disk_write = self.net_rx = self.net_tx = _NOT_SAMPLED
        self._previous: tuple[float, dict[str, float]] | None = None
        self.samples = 0  # raw samples recorded: from two on, a series still empty is one the host does not report

    def add(self, when: float, raw: dict[str, Any], vcpus: int) -> bool:
        """Records one raw sample; returns whether what a window shows of it changed: a history grew (the driver
        reported figures), or this second sample shows which figures the driver does not report."""
        if self.cpu is _NOT_SAMPLED:
            self.cpu, self.memory, self.disk_read, self.disk_write, self.net_rx, self.net_tx = (
                Series() for _ in range(6))
        self.samples += 1
        totals = _totals(raw)
        if "memory" in totals:
            self.memory.append(totals["memory"])
        previous = self._previous
        self._previous = (when, totals)
        if previous is None or when <= previous[0]:
            return "memory" in totals or self.samples == 2
        elapsed = when - previous[0]
        before = previous[1]

        def rate(key: str) -> float | None:
            if key in totals and key in before:
                return max(0.0, (totals[key] - before[key]) / elapsed)
            return None

        grew = "memory" in totals or self.samples == 2
        cpu = rate("cpu_ns")
        if cpu is not None:
            self.cpu.append(min(100.0, cpu / 1e9 / max(1, vcpus) * 100.0))
            grew = True
        for key, series in (("rd", self.disk_read), ("wr", self.disk_write), ("rx", self.net_rx),
                            ("tx", self.net_tx)):
            value = rate(key)
            if value is not None:
                series.append(value)
                grew = True
        return grew

    def reset(self) -> None:
        """Forget the last raw sample (the domain stopped): the next sample starts new rates."""
        self._previous = None


def _totals(raw: dict[str, Any]) -> dict[str, float]:
    totals: dict[str, float] = {}
    if "cpu.time" in raw:
        totals["cpu_ns"] = float(raw["cpu.time"])
    memory = raw.get("balloon.rss", raw.get("balloon.current"))
    if memory is not None:
        totals["memory"] = float(memory)
    for prefix, pairs in _DEVICE_COUNTERS:
        count = raw.get(f"{prefix}.count", 0)
        for key, suffix in pairs if count else ():
            present = [v for i in range(count) if (v := raw.get(f"{prefix}.{i}.{suffix}")) is not None]
            if present:
                totals[key] = float(sum(present))
    return totals


_DEVICE_COUNTERS = (("block", (("rd", "rd.bytes"), ("wr", "wr.bytes"))),
                    ("net", (("rx", "rx.bytes"), ("tx", "tx.bytes"))))


@dataclass
class StatsSelection:
    """Which groups of figures are sampled (preferences)."""

    cpu: bool = True
    memory: bool = True
    disk: bool = True
    network: bool = True

    def flags(self) -> int:
        flags = libvirt.VIR_DOMAIN_STATS_STATE
        if self.cpu:
            flags |= libvirt.VIR_DOMAIN_STATS_CPU_TOTAL
        if self.memory:
            flags |= libvirt.VIR_DOMAIN_STATS_BALLOON
        if self.disk:
            flags |= libvirt.VIR_DOMAIN_STATS_BLOCK
        if self.network:
            flags |= libvirt.VIR_DOMAIN_STATS_INTERFACE
        return flags


_WITHOUT_BULK_STATS: weakref.WeakSet[libvirt.virConnect] = weakref.WeakSet()


def domain_stats(conn: libvirt.virConnect, stats: int, flags: int,
                 doms: list[libvirt.virDomain] | None = None) -> list[tuple[libvirt.virDomain, dict]]:
    """getAllDomainStats(stats, flags), or domainListGetStats for doms (flags then are ignored; a domain gone is
    left out); on a driver without them (LXC) the state, CPU time and memory of each domain, asked one by one."""
    if conn not in _WITHOUT_BULK_STATS:
        try:
            if doms is not None:
                return conn.domainListGetStats(doms, stats, 0) if doms else []
            return conn.getAllDomainStats(stats, flags)
        except libvirt.libvirtError as exc:
            if exc.get_error_code() != libvirt.VIR_ERR_NO_SUPPORT:
                raise
        _WITHOUT_BULK_STATS.add(conn)  # asked once per connection: each refusal is an error in the daemon's log
    records = []
    active = flags & libvirt.VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE
    if doms is None:
        doms = conn.listAllDomains(libvirt.VIR_CONNECT_LIST_DOMAINS_ACTIVE if active else 0)
    for dom in doms:
        try:
            state, maximum_kib, current_kib, _vcpus, cpu_ns = dom.info()
            reason = dom.state()[1]
        except libvirt.libvirtError as exc:
            if exc.get_error_code() == libvirt.VIR_ERR_NO_DOMAIN:
                continue
            raise
        records.append((dom, {"state.state": state, "state.reason": reason, "cpu.time": cpu_ns,
                              "balloon.current": current_kib, "balloon.maximum": maximum_kib}))
    return records


# The handles of the domains sampled before, by connection and UUID: asking for a list of domains needs them, and
# looking one up is a round trip.
_HANDLES: weakref.WeakKeyDictionary[libvirt.virConnect, dict[str, libvirt.virDomain]] = weakref.WeakKeyDictionary()


def _handles(conn: libvirt.virConnect, uuids: frozenset[str]) -> list[libvirt.virDomain]:
    known = _HANDLES.setdefault(conn, {})
    for uuid in known.keys() - uuids:
        del known[uuid]
    for uuid in uuids - known.keys():
        try:
            known[uuid] = conn.lookupByUUIDString(uuid)
        except libvirt.libvirtError as exc:
            if exc.get_error_code() != libvirt.VIR_ERR_NO_DOMAIN:
                raise
    return list(known.values())


def sample(conn: libvirt.virConnect, flags: int,
           uuids: frozenset[str] | None = None) -> tuple[float, list[tuple[str, dict[str, Any]]]]:
    """Worker side: one call for the running domains named (all of them: None)."""
    doms = None if uuids is None else _handles(conn, uuids)
    records = domain_stats(conn, flags, libvirt.VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE, doms)
    return time.monotonic(), [(dom.UUIDString(), stats) for dom, stats in records]


def _sample_demo(conn: libvirt.virConnect, figures: DemoFigures, flags: int, uuids: frozenset[str] | None,
                 sizes: dict[str, tuple[int, int]]) -> tuple[float, list[tuple[str, dict[str, Any]]]]:
    """Worker side, demo host: the sample with the demo's simulated figures filled in."""
    return figures.add(sample(conn, flags, uuids), sizes)


class StatsSampler(QObject):
    """Every interval, asks each active connection once for the stats of its running domains that are watched:
    `watch(owner, connection, uuids)` says which VMs a window shows (None: all of them, for a list sorted by a
    figure), until it says otherwise or the owner is destroyed. A connection nobody watches is not asked."""

    sampled = Signal(object, list)  # connection, the domains whose figures changed

    def __init__(self, interval_ms: int = 2000, selection: StatsSelection | None = None) -> None:
        super().__init__()
        self.selection = selection or StatsSelection()
        self._connections: list[Connection] = []
        self._busy: set[Connection] = set()
        self._demo_figures: dict[Connection, DemoFigures] = {}
        self._watched: dict[int, dict[Connection, frozenset[str] | None]] = {}  # by id() of the owner
        self._timer = QTimer(self)
        self._timer.setInterval(max(MIN_INTERVAL_MS, interval_ms))
        self._timer.timeout.connect(self.tick)

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval(self, interval_ms: int) -> None:
        self._timer.setInterval(max(MIN_INTERVAL_MS, interval_ms))

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def add(self, connection: Connection) -> None:
        if connection not in self._connections:
            self._connections.append(connection)

    def remove(self, connection: Connection) -> None:
        if connection in self._connections:
            self._connections.remove(connection)
        self._busy.discard(connection)
        self._demo_figures.pop(connection, None)

    def watch(self, owner: QObject, watched: dict[Connection, frozenset[str] | None]) -> None:
        """The VMs owner shows, by connection (None: all of that connection's VMs); replaces what it watched."""
        key = id(owner)
        if key not in self._watched:
            owner.destroyed.connect(lambda _obj=None: self._watched.pop(key, None))
        self._watched[key] = watched

    def watched(self, connection: Connection) -> frozenset[str] | None:
        """The running VMs of connection someone watches (None: all running, also while no window has said what
        it shows)."""
        if not self._watched:
            return None
        uuids: set[str] = set()
        for watched in self._watched.values():
            if connection in watched:
                some = watched[connection]
                if some is None:
                    return None
                uuids.update(some)
        domains = connection.domains
        return frozenset(u for u in uuids if u in domains and domains[u].is_active)

    def tick(self) -> None:
        flags = self.selection.flags()
        for connection in self._connections:
            if connection in self._busy or not connection.is_active:
                continue
            uuids = self.watched(connection)
            if uuids is not None and not uuids:
                continue
            self._busy.add(connection)
            if is_demo_uri(connection.uri):
                from virtdesk.model.demo_stats import DemoFigures  # only the demo host needs it

                figures = self._demo_figures.setdefault(connection, DemoFigures())
                sizes = {d.uuid: (d.vcpus, d.memory_kib) for d in connection.domains.values()}
                task = connection.call(_sample_demo, figures, flags, uuids, sizes, quiet=True, lane=Lane.STATS)
            else:
                task = connection.call(sample, flags, uuids, quiet=True, lane=Lane.STATS)
            task.then(lambda result, c=connection: self._store(c, result),
                      lambda _error, c=connection: self._busy.discard(c), owner=self)

    def _store(self, connection: Connection, result: tuple[float, list[tuple[str, dict[str, Any]]]]) -> None:
        self._busy.discard(connection)
        when, records = result
        changed = []
        for uuid, raw in records:
            domain = connection.domains.get(uuid)
            if domain is None:
                continue
            if domain.stats.add(when, raw, domain.vcpus):
                changed.append(domain)
            if raw.get("state.state", domain.state) != domain.state:
                connection.refresh_domain(uuid)  # a state change whose event never came
        self.sampled.emit(connection, changed)

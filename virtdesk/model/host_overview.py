"""What the Host Details window's Overview shows: the host's facts, read on a worker in one call, and its live CPU
and memory use, sampled while a window asks for it.

Each fact a driver cannot answer is None (the window says "not reported by this host"); no missing answer is an
error.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import libvirt
from lxml import etree
from PySide6.QtCore import QObject, QTimer, Signal

from virtdesk.demo import is_demo_uri
from virtdesk.model.lanes import Lane
from virtdesk.model.stats import Series
from virtdesk.model.worker import Task

if TYPE_CHECKING:
    from virtdesk.model.connection import Connection

T = TypeVar("T")
MAX_CELLS = 1024


@dataclass(frozen=True)
class NumaCell:
    id: int
    cpus: int
    memory_kib: int | None  # from the capabilities
    free_bytes: int | None  # getCellsFreeMemory
    free_pages: dict[int, int] = field(default_factory=dict)  # page size KiB -> free pages (huge pages only)


@dataclass(frozen=True)
class Ksm:
    """Kernel same-page merging, from the node memory parameters."""

    running: int | None  # shm_run: 0 stopped, 1 merging, 2 unmerging
    pages_shared: int | None
    pages_sharing: int | None


@dataclass
class HostOverview:
    hostname: str | None
    client_version: int  # the libvirt library of this program
    daemon_version: int | None  # the libvirt that serves the connection
    hypervisor: str | None
    hypervisor_version: int | None
    arch: str | None
    cpu_model: str | None
    cpu_vendor: str | None
    cpus: int | None
    mhz: int | None
    sockets: int | None
    cores: int | None
    threads: int | None
    numa_nodes: int | None
    memory_kib: int | None
    free_kib: int | None
    cells: list[NumaCell] | None
    ksm: Ksm | None
    page_sizes_kib: list[int] = field(default_factory=list)  # huge page sizes the host offers


def format_version(number: int) -> str:
    """libvirt's version numbers: 9000000 -> '9.0.0'."""
    return f"{number // 1_000_000}.{number // 1000 % 1000}.{number % 1000}"


def _answer(fn: Callable[..., T], *args: Any) -> T | None:
    try:
        return fn(*args)
    except libvirt.libvirtError:
        return None


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


def _kib(element: etree._Element | None) -> int | None:
    if element is None or not element.text:
        return None
    factor = {"b": 1 / 1024, "kib": 1, "mib": 1024, "gib": 1024**2}.get((element.get("unit") or "KiB").lower(), 1)
    return int(int(element.text) * factor)


def read_overview(conn: libvirt.virConnect) -> HostOverview:
    """Worker side: every fact the Overview shows."""
    caps_text = _answer(conn.getCapabilities)
    host = etree.fromstring(caps_text.encode()).find("host") if caps_text else None
    cpu = host.find("cpu") if host is not None else None
    info = _answer(conn.getInfo)
    arch, memory_mib, cpus, mhz, nodes, sockets, cores, threads = info if info else (None,) * 8
    stats = _answer(conn.getMemoryStats, libvirt.VIR_NODE_MEMORY_STATS_ALL_CELLS, 0) or {}
    page_sizes = sorted({size for p in (cpu.findall("pages") if cpu is not None else [])
                         if (size := _int(p.get("size"))) is not None})
    huge = [size for size in page_sizes if size > min(page_sizes, default=0)]
    return HostOverview(
        hostname=_answer(conn.getHostname) or None,
        client_version=libvirt.getVersion(),
        daemon_version=_answer(conn.getLibVersion),
        hypervisor=_answer(conn.getType),
        hypervisor_version=_answer(conn.getVersion),
        arch=(cpu.findtext("arch") if cpu is not None else None) or arch,
        cpu_model=cpu.findtext("model") if cpu is not None else None,
        cpu_vendor=cpu.findtext("vendor") if cpu is not None else None,
        cpus=cpus, mhz=mhz or None, sockets=sockets, cores=cores, threads=threads, numa_nodes=nodes,
        memory_kib=stats.get("total") or (memory_mib * 1024 if memory_mib else None),
        free_kib=stats.get("free"),
        cells=_cells(conn, host, huge),
        ksm=_ksm(conn),
        page_sizes_kib=huge,
    )


def _cells(conn: libvirt.virConnect, host: etree._Element | None, huge: list[int]) -> list[NumaCell] | None:
    """The NUMA cells the capabilities list, with what getCellsFreeMemory and getFreePages tell of each."""
    elements = host.findall("topology/cells/cell") if host is not None else []
    if not elements:
        return None
    ids = [_int(cell.get("id")) or 0 for cell in elements]
    free = _answer(conn.getCellsFreeMemory, min(ids), min(len(ids), MAX_CELLS)) or []
    pages = (_answer(conn.getFreePages, huge, min(ids), len(ids), 0) if huge else None) or {}
    cells = []
    for index, (cell_id, element) in enumerate(zip(ids, elements, strict=True)):
        cells.append(NumaCell(cell_id, len(element.findall("cpus/cpu")), _kib(element.find("memory")),
                              free[index] if index < len(free) else None, dict(pages.get(cell_id, {}))))
    return cells


def _ksm(conn: libvirt.virConnect) -> Ksm | None:
    params = _answer(conn.getMemoryParameters, 0)
    if not params:
        return None
    return Ksm(params.get("shm_run"), params.get("shm_pages_shared"), params.get("shm_pages_sharing"))


def overview(connection: Connection) -> Task:
    """The host's facts (a HostOverview), read on a worker."""
    return connection.call(read_overview, quiet=True)


# -- live use -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class UsageSample:
    """Worker side: the host's raw counters at one moment (None: not reported)."""

    when: float
    cpu: dict[str, int] | None  # getCPUStats: user, kernel, idle, iowait, ... (ns)
    memory: dict[str, int] | None  # getMemoryStats: total, free, buffers, cached (KiB)


def read_usage(conn: libvirt.virConnect) -> UsageSample:
    return UsageSample(time.monotonic(), _answer(conn.getCPUStats, libvirt.VIR_NODE_CPU_STATS_ALL_CPUS, 0),
                       _answer(conn.getMemoryStats, libvirt.VIR_NODE_MEMORY_STATS_ALL_CELLS, 0))


class DemoHostUsage:
    """Worker side: believable counters for the demo host, whose test driver reports none that move."""

    def __init__(self, seed: int = 11) -> None:
        self._rng = random.Random(seed)
        self._cpus = self._memory_kib = 0
        self._load = 0.3
        self._used = self._busy = self._idle = 0.0
        self._last: float | None = None

    def read(self, conn: libvirt.virConnect) -> UsageSample:
        if not self._memory_kib:
            _arch, memory_mib, self._cpus, *_rest = conn.getInfo()
            self._memory_kib = memory_mib * 1024
            self._used = self._memory_kib * 0.45
        when = time.monotonic()
        elapsed = 0.0 if self._last is None else when - self._last
        self._last = when
        rng = self._rng
        self._load = min(0.95, max(0.05, self._load + rng.uniform(-0.06, 0.06)))
        self._used = min(self._memory_kib * 0.9, max(self._memory_kib * 0.2, self._used * rng.uniform(0.99, 1.01)))
        self._busy += elapsed * 1e9 * self._cpus * self._load
        self._idle += elapsed * 1e9 * self._cpus * (1 - self._load)
        return UsageSample(when, {"user": int(self._busy), "kernel": 0, "idle": int(self._idle), "iowait": 0},
                           {"total": self._memory_kib, "free": int(self._memory_kib - self._used), "buffers": 0,
                            "cached": 0})


def cpu_percent(before: dict[str, int], after: dict[str, int]) -> float | None:
    """The share of CPU time not idle between two getCPUStats answers; None when the counters did not move."""
    total = sum(after.values()) - sum(before.values())
    if total <= 0:
        return None
    idle = (after.get("idle", 0) + after.get("iowait", 0)) - (before.get("idle", 0) + before.get("iowait", 0))
    return min(100.0, max(0.0, 100.0 * (total - idle) / total))


def used_kib(memory: dict[str, int]) -> float | None:
    """Memory in use: total minus free, buffers and page cache."""
    if "total" not in memory or "free" not in memory:
        return None
    return float(memory["total"] - memory["free"] - memory.get("buffers", 0) - memory.get("cached", 0))


class HostUsage(QObject):
    """The host's CPU (%) and memory (KiB in use) history, sampled every interval while started: one call per
    tick on the connection's statistics lane."""

    sampled = Signal()

    def __init__(self, connection: Connection, interval_ms: int = 2000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connection = connection
        self.cpu = Series()
        self.memory = Series()
        self.memory_total_kib: float | None = None
        self.cpu_reported = self.memory_reported = True  # until the host says otherwise
        self._previous: UsageSample | None = None
        self._busy = False
        self._demo = DemoHostUsage() if is_demo_uri(connection.uri) else None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.tick)

    def start(self) -> None:
        self._timer.start()
        self.tick()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def reset(self) -> None:
        """The connection was lost: the history is forgotten."""
        self.cpu.clear()
        self.memory.clear()
        self._previous = None
        self.cpu_reported = self.memory_reported = True

    def tick(self) -> None:
        if self._busy or not self.connection.is_active:
            return
        self._busy = True
        reader = self._demo.read if self._demo is not None else read_usage
        self.connection.call(reader, quiet=True, lane=Lane.STATS).then(self._store, self._failed, owner=self)

    def _failed(self, _error: BaseException) -> None:
        self._busy = False

    def _store(self, sample: UsageSample) -> None:
        self._busy = False
        previous, self._previous = self._previous, sample
        self.cpu_reported = sample.cpu is not None
        self.memory_reported = sample.memory is not None and used_kib(sample.memory) is not None
        if sample.cpu is not None and previous is not None and previous.cpu is not None:
            percent = cpu_percent(previous.cpu, sample.cpu)
            if percent is None:
                self.cpu_reported = False  # counters that never move (the test driver's) tell nothing
            else:
                self.cpu.append(percent)
        if sample.memory is not None:
            used = used_kib(sample.memory)
            if used is not None:
                self.memory.append(used)
                self.memory_total_kib = float(sample.memory["total"])
        self.sampled.emit()

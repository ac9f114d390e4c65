"""Opening and closing a VM's details window over and over, in one offscreen process: what each cycle keeps.

The window is opened as the manager opens it (`WindowRegistry.show_details`, on the demo host), each of its pages is
shown once (as bench/soak.py browses them), then it is closed (Ctrl+W does `close()`; the registry sets
WA_DeleteOnClose) and the deferred deletes and a few turns of the event loop run. Statistics are sampled at the
fastest interval the sampler allows meanwhile. Figures: resident memory and Python objects per cycle (counted from
a warm-up cycle on), the virtdesk QObjects still alive, the object types and allocation sites that grew.

Benchmark: `.venv/bin/python bench/details_cycles.py [--cycles 100] [--warmup 20] [--top 15] [--trim]`
(--trim calls glibc's malloc_trim after each cycle: growth that goes away then was free memory glibc kept, not
a leak).
"""

from __future__ import annotations

import argparse
import collections
import ctypes
import gc
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
if "--xcb" not in sys.argv:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="details-cycles-"))


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def virtdesk_qobjects() -> collections.Counter[str]:
    """Live Python wrappers of virtdesk's own QObject classes (whose C++ side still exists), by class."""
    import shiboken6
    from PySide6.QtCore import QObject

    counts: collections.Counter[str] = collections.Counter()
    for obj in gc.get_objects():
        cls = type(obj)
        if isinstance(obj, QObject) and cls.__module__.startswith("virtdesk") and shiboken6.isValid(obj):
            counts[cls.__name__] += 1
    return counts


def dead_wrappers() -> collections.Counter[str]:
    """Python wrappers of virtdesk QObjects whose C++ object is gone but that something still references."""
    import shiboken6
    from PySide6.QtCore import QObject

    counts: collections.Counter[str] = collections.Counter()
    for obj in gc.get_objects():
        if isinstance(obj, QObject) and type(obj).__module__.startswith("virtdesk") and not shiboken6.isValid(obj):
            counts[type(obj).__name__] += 1
    return counts


def type_counts() -> collections.Counter[str]:
    return collections.Counter(type(o).__name__ for o in gc.get_objects())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=100)
    parser.add_argument("--warmup", type=int, default=20, help="cycles before growth is counted")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--trim", action="store_true", help="malloc_trim(0) after each cycle")
    parser.add_argument("--no-tracemalloc", action="store_true", help="RSS figures without tracemalloc's cost")
    parser.add_argument("--dwell", type=float, default=0.3, help="seconds the event loop runs per page shown")
    parser.add_argument("--no-collect", action="store_true",
                        help="leave garbage cycles to Python's own collector, as the program does (no gc.collect)")
    parser.add_argument("--xcb", action="store_true", help="a real X window (DISPLAY must be set: Xvfb)")
    parser.add_argument("--keyboard", action="store_true",
                        help="open from the manager's filter (Ctrl+F, the name, Return) and close with Ctrl+W, "
                             "as bench/soak.py does")
    parser.add_argument("--as-soak", action="store_true",
                        help="the first window opened by --show-domain-performance, as bench/soak.py starts")
    args = parser.parse_args()
    warmup = min(args.warmup, args.cycles - 1)

    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget
    from soak import first_running_vm

    from virtdesk.app import Application
    from virtdesk.demo import demo_host_path, demo_uri
    from virtdesk.startup import parse_args

    app = QApplication(["details_cycles"])
    vm = first_running_vm(demo_host_path())
    extra = ["--show-domain-performance", vm] if args.as_soak else []
    application = Application(parse_args(["--connect", demo_uri(), *extra]))
    application.sampler.set_interval(100)  # as fast as it goes (250 ms)
    application.start()

    def turn(seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while True:
            app.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            if time.monotonic() >= deadline:
                return
            time.sleep(0.005)

    deadline = time.monotonic() + 60
    while application.loading() and time.monotonic() < deadline:
        turn(0.05)
    connection = application.connections.connections[0]
    domain = connection.find_domain(vm)
    assert domain is not None
    libc = ctypes.CDLL("libc.so.6")
    manager = application.window

    def key(widget: QWidget, name: str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(widget, getattr(Qt.Key, f"Key_{name}"), modifier)
        turn(0.01)

    def open_window() -> QWidget:
        if not args.keyboard:
            return application.registry.show_details(domain)
        manager.activateWindow()
        key(manager, "F", Qt.KeyboardModifier.ControlModifier)
        filter_edit = manager.filter_edit
        filter_edit.selectAll()
        QTest.keyClicks(filter_edit, vm)
        turn(0.05)
        key(filter_edit, "Tab")
        key(manager.view, "Home")
        key(manager.view, "Down")
        key(manager.view, "Return")
        until = time.monotonic() + 10
        while application.registry.details == {} and time.monotonic() < until:
            turn(0.02)
        return next(iter(application.registry.details.values()))

    if args.as_soak:
        until = time.monotonic() + 20
        while not application.registry.details and time.monotonic() < until:
            turn(0.05)

    def cycle() -> None:
        window = next(iter(application.registry.details.values()), None) or open_window()
        until = time.monotonic() + 20
        while not window.slots and time.monotonic() < until:
            turn(0.02)
        for row in range(window.page_list.count()):
            if args.keyboard:
                key(window.page_list, "Down")
            else:
                window.page_list.setCurrentRow(row)
            turn(args.dwell / 4)
        turn(args.dwell)
        if args.keyboard:
            key(window, "W", Qt.KeyboardModifier.ControlModifier)
        else:
            window.close()
        del window
        for _ in range(5):
            turn(0.02)
        if not args.no_collect:
            gc.collect()
        turn(0.02)
        if args.trim:
            libc.malloc_trim(0)

    rss_start = rss_mib()
    tracing = not args.no_tracemalloc
    if tracing:
        tracemalloc.start(12)
    rss: list[float] = []
    objects: list[int] = []
    snapshot = None
    counts = qcounts = widgets = None
    started = time.monotonic()
    for n in range(1, args.cycles + 1):
        cycle()
        if not args.no_collect:
            gc.collect()
        rss.append(rss_mib())
        objects.append(len(gc.get_objects()))
        if n == warmup:
            counts, qcounts, widgets = type_counts(), virtdesk_qobjects(), len(app.allWidgets())
            if tracing:
                snapshot = tracemalloc.take_snapshot()
        if n % 10 == 0:
            print(f"cycle {n}: RSS {rss[-1]:.1f} MiB, Python objects {objects[-1]}, widgets {len(app.allWidgets())}",
                  flush=True)
    elapsed = time.monotonic() - started
    counted = args.cycles - warmup
    print(f"\n{args.cycles} cycles in {elapsed:.0f} s ({elapsed / args.cycles:.2f} s each); growth counted from "
          f"cycle {warmup} to {args.cycles} ({counted} cycles){' with malloc_trim' if args.trim else ''}")
    print(f"RSS before the first cycle {rss_start:.1f} MiB, after it {rss[0]:.1f} MiB")
    print(f"RSS: {rss[warmup - 1]:.1f} -> {rss[-1]:.1f} MiB, {(rss[-1] - rss[warmup - 1]) / counted * 1024:+.1f} "
          f"KiB per cycle")
    print(f"Python objects (gc-tracked): {objects[warmup - 1]} -> {objects[-1]}, "
          f"{(objects[-1] - objects[warmup - 1]) / counted:+.1f} per cycle")
    print(f"QApplication.allWidgets(): {widgets} -> {len(app.allWidgets())}")
    libc.malloc_trim(0)
    print(f"RSS after one malloc_trim(0): {rss_mib():.1f} MiB")
    print(f"registry: {len(application.registry.details)} details windows; sampler watches "
          f"{len(application.sampler._watched)} owners")  # noqa: SLF001 - a benchmark looks inside

    live = virtdesk_qobjects()
    grown = [(name, live[name] - qcounts[name]) for name in live | qcounts if live[name] != qcounts[name]]
    print(f"\nvirtdesk QObjects alive (cycle {warmup} -> {args.cycles}):")
    for name, diff in sorted(grown, key=lambda item: -abs(item[1]))[:args.top] or [("(no change)", 0)]:
        print(f"  {name}: {qcounts[name]} -> {live[name]} ({diff:+d})")
    dead = dead_wrappers()
    print("virtdesk wrappers kept after their C++ object was deleted: "
          + (", ".join(f"{name} {count}" for name, count in dead.most_common(args.top)) or "none"))
    print(f"garbage collections by generation: {[stats['collections'] for stats in gc.get_stats()]}, "
          f"frozen objects: {gc.get_freeze_count()}")
    if args.no_collect:
        found = gc.collect()
        dead = dead_wrappers()
        print(f"after gc.collect() ({found} unreachable objects found), still kept: "
              + (", ".join(f"{name} {count}" for name, count in dead.most_common(args.top)) or "none"))

    from virtdesk.model.worker import Task, _running

    tasks = collections.Counter(f"{t.description or '(no description)'}{' (done)' if t.done else ''}"
                                for t in gc.get_objects() if isinstance(t, Task))
    print(f"Tasks alive: {sum(tasks.values())} ({len(_running)} running): "
          + ", ".join(f"{name} {count}" for name, count in tasks.most_common(args.top)))

    now = type_counts()
    print(f"\nPython object types that grew (cycle {warmup} -> {args.cycles}):")
    diffs = sorted(((now[name] - counts[name], name) for name in now | counts), reverse=True)
    for diff, name in [d for d in diffs if d[0] > 0][:args.top] or [(0, "(none)")]:
        print(f"  {name}: {diff:+d} ({diff / counted:+.2f} per cycle)")

    if tracing and snapshot is not None:
        later = tracemalloc.take_snapshot()
        filters = [tracemalloc.Filter(False, tracemalloc.__file__)]
        stats = later.filter_traces(filters).compare_to(snapshot.filter_traces(filters), "traceback")
        print(f"\nPython allocation sites that grew (tracemalloc, cycle {warmup} -> {args.cycles}):")
        for stat in [s for s in stats if s.size_diff > 0][:args.top]:
            frames = [f for f in stat.traceback if "/virtdesk/" in f.filename] or list(stat.traceback)
            where = frames[-1]
            print(f"  {stat.size_diff / 1024:+.1f} KiB, {stat.count_diff:+d} blocks: "
                  f"{os.path.relpath(where.filename, ROOT)}:{where.lineno}")
    application.registry.close_all()
    application.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Frame times of the manager's list at 5,000 VMs: scrolling it page by page and filtering it as one types.

In a fresh process, offscreen: the real manager (virtdesk.app.Application) on a generated in-process test-driver
host, statistics sampled every 500 ms for the rows on screen (the demo's simulated figures, so the CPU column
draws sparklines: the test driver reports none). Once every VM is loaded and sampled, the list is scrolled from
top to bottom with PageDown, then a filter is typed into the filter box one key at a time and taken back with
Backspace. Each step is one key press and the repaint of the list it causes (`viewport().repaint()`), timed;
a step starts 20 ms after the last (key repeat), and a 10 ms timer (tests/rig/loop_gaps.py) measures the longest
the event loop was held up in between. Prints the largest and the 95th percentile of each.
Run: `.venv/bin/python bench/list_scroll.py [--vms N] [--runs R] [--profile]` (--profile: one run under cProfile,
the functions that took longest).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from figures import Figure, child_result, print_table

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]  # virtdesk, rig.loop_gaps

from virtdesk.large_host import write_generated_host  # noqa: E402

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

FILTER_TEXT = "database 12"
STEP_MS = 20
SAMPLE_MS = 500


def child(uri: str, vms: int, profile: bool) -> None:
    """Prints one JSON line: the step times (ms) and largest event-loop gap of scrolling and of filtering."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="virtdesk-bench-"))
    import cProfile
    import json
    import pstats

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from rig.loop_gaps import LoopGaps

    from virtdesk.app import Application
    from virtdesk.model import stats
    from virtdesk.startup import parse_args

    stats.is_demo_uri = lambda _uri: True  # simulated figures for the generated host: sparklines to draw
    app = QApplication([sys.argv[0]])
    application = Application(parse_args(["--connect", uri]))
    application.start()
    application.sampler.set_interval(SAMPLE_MS)
    window = application.window
    window.resize(1000, 700)
    view, edit = window.view, window.filter_edit
    gaps = LoopGaps()
    profiler = cProfile.Profile() if profile else None
    results: dict[str, dict[str, object]] = {}

    def rows() -> int:
        proxy = view.model()
        return sum(proxy.rowCount(proxy.index(row, 0)) for row in range(proxy.rowCount()))

    def loaded() -> None:
        if rows() != vms or not all(c.loaded for c in application.connections.connections):
            QTimer.singleShot(20, loaded)
            return
        proxy = view.model()
        view.setCurrentIndex(proxy.index(0, 0, proxy.index(0, 0)))
        QTimer.singleShot(3 * SAMPLE_MS, scroll)  # the rows on screen sampled a few times

    def phase(name: str, keys: list[tuple[QWidget, Qt.Key | str]], then: Callable[[], None]) -> None:
        """Presses each (widget, key) in turn, one every STEP_MS, timing each with its repaint."""
        times: list[float] = []
        gaps.start()
        if profiler is not None:
            profiler.enable()

        def step() -> None:
            if len(times) == len(keys):
                gaps.stop()
                if profiler is not None:
                    profiler.disable()
                results[name] = {"steps": times, "gap": gaps.largest_ms}
                QTimer.singleShot(0, then)
                return
            widget, key = keys[len(times)]
            started = time.perf_counter()
            QTest.keyClick(widget, key)
            view.viewport().repaint()
            times.append((time.perf_counter() - started) * 1000)
            QTimer.singleShot(STEP_MS, step)

        step()

    def scroll() -> None:
        page = max(1, view.viewport().height() // max(1, view.sizeHintForRow(0)))
        phase("scroll", [(view, Qt.Key.Key_PageDown)] * (vms // page + 2), type_filter)

    def type_filter() -> None:
        phase("filter", [(edit, c) for c in FILTER_TEXT] + [(edit, Qt.Key.Key_Backspace)] * len(FILTER_TEXT), report)

    def report() -> None:
        assert edit.text() == "" and rows() == vms, (edit.text(), rows())
        print(json.dumps(results), flush=True)
        if profiler is not None:
            found = pstats.Stats(profiler, stream=sys.stderr)
            found.sort_stats("tottime").print_stats(25)
            found.sort_stats("cumulative").print_stats(40)
            found.print_callers(12)
        app.quit()

    QTimer.singleShot(0, loaded)
    app.exec()
    application.shutdown()


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else max(values, default=0.0)


def figures(vms: int = 5000, runs: int = 3) -> list[Figure]:
    """The issue-15 figures: the largest and the 95th-percentile frame while scrolling and while filtering
    (medians of `runs` fresh processes)."""
    with tempfile.TemporaryDirectory() as directory:
        uri = write_generated_host(Path(directory), vms)
        results = [child_result(__file__, f"--child={uri}", "--vms", str(vms), timeout=600) for _ in range(runs)]
    median = statistics.median
    found = []
    for name, what in (("scroll", "scrolling page by page"), ("filter", f"typing and erasing {FILTER_TEXT!r}")):
        steps = [r[name]["steps"] for r in results]
        found += [
            Figure(f"{vms:,} VMs, {what}: largest / 95th-percentile frame ({len(steps[0])} steps)",
                   f"{median(max(s) for s in steps):.0f} / {median(_p95(s) for s in steps):.0f} ms", "≤ 50 ms"),
            Figure(f"{vms:,} VMs, {what}: largest event-loop gap",
                   f"{median(r[name]['gap'] for r in results):.0f} ms", "≤ 50 ms"),
        ]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child")
    parser.add_argument("--vms", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    if args.child:
        child(args.child, args.vms, args.profile)
        return
    if args.profile:
        with tempfile.TemporaryDirectory() as directory:
            child(write_generated_host(Path(directory), args.vms), args.vms, profile=True)
        return
    print_table(figures(args.vms, args.runs))


if __name__ == "__main__":
    main()

"""Start-up, idle CPU and memory of the manager on a test-driver host with 1,000 VMs.

Prints: seconds from process start to a painted manager with every VM listed; CPU seconds used in the first
30 s (idle after loading); resident memory at the end. Run: `.venv/bin/python bench/startup_bench.py [--vms N]
[--idle S] [--runs R]`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from figures import Figure
from procstat import cpu_seconds, rss_mib

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]  # virtdesk, rig.loop_gaps

from virtdesk.large_host import write_generated_host  # noqa: E402


def child(uris: list[str], idle: float, vms: int) -> None:
    """The program on `uris`; prints "listed N" once the manager lists all N VMs (names and states), "painted N"
    once every connection is loaded (each VM's details read) and the window painted, then the largest event-loop
    gap until then."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="virtdesk-bench-"))
    from virtdesk.model import early_open

    early_open.start(uris)  # as virtdesk.startup.main does, before Qt loads
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from rig.loop_gaps import LoopGaps

    from virtdesk.app import Application
    from virtdesk.startup import parse_args

    app = QApplication([sys.argv[0]])
    gaps = LoopGaps()
    application = Application(parse_args([argument for uri in uris for argument in ("--connect", uri)]))
    application.start()
    listed = False

    def check() -> None:
        nonlocal listed
        model = application.window.model
        rows = sum(model.rowCount(model.index(row, 0)) for row in range(model.rowCount()))
        if not listed and rows == vms:
            listed = True
            print(f"listed {rows}", flush=True)
        if not all(c.loaded for c in application.connections.connections):
            QTimer.singleShot(5, check)
            return
        application.window.grab()  # paints the whole window as it stands
        gaps.stop()
        print(f"painted {rows}", flush=True)
        print(f"gap {gaps.largest_ms:.0f}", flush=True)

    QTimer.singleShot(0, gaps.start)  # from when the event loop runs
    QTimer.singleShot(0, check)
    QTimer.singleShot(int(idle * 1000), app.quit)
    app.exec()
    application.shutdown()


@dataclass
class Run:
    listed: float  # seconds from start to every VM listed
    painted: float  # to every connection loaded and the window painted
    gap_ms: float  # the largest event-loop gap until then
    cpu: float  # CPU seconds after `idle` seconds
    rss: float  # MiB then
    peak: float  # the most resident MiB until then


_child_env: dict[str, str] | None = None


def child_env() -> dict[str, str]:
    """The environment of a measured start: with byte-code caching on, as an installed program has it. Where this
    shell turns it off (PYTHONDONTWRITEBYTECODE), the cache goes to a directory of its own instead of the source
    tree, filled once before the first measured start (compiling took some 0.35 s of every start)."""
    global _child_env
    if _child_env is None:
        _child_env = dict(os.environ)
        if _child_env.pop("PYTHONDONTWRITEBYTECODE", None) is not None:
            _child_env.setdefault("PYTHONPYCACHEPREFIX", str(Path(tempfile.gettempdir()) / "virtdesk-bench-pycache"))
            subprocess.run([sys.executable, "-c", "import virtdesk.app, virtdesk.gui.manager.window"],
                           env=_child_env, cwd=ROOT, check=True)
    return _child_env


def run_once(uris: list[str], idle: float, vms: int) -> Run:
    """One start of the program on `uris` (vms in all), measured."""
    env = child_env()
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, __file__, "--idle", str(idle + 5), "--vms", str(vms),
                                *(f"--child={u}" for u in uris)],
                               stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    assert process.stdout is not None
    times = {}
    for word in ("listed", "painted"):
        line = process.stdout.readline()
        times[word] = time.perf_counter() - started
        if line.split() != [word, str(vms)]:
            process.kill()
            raise SystemExit(f"unexpected child output: {line!r}")
    gap = float(process.stdout.readline().split()[1])
    time.sleep(max(0.0, idle - (time.perf_counter() - started)))
    cpu, rss, peak = cpu_seconds(process.pid), rss_mib(process.pid), rss_mib(process.pid, "VmHWM")
    process.wait()
    return Run(times["listed"], times["painted"], gap, cpu, rss, peak)


def figures(vms: int = 1000, idle: float = 30.0, runs: int = 3) -> list[Figure]:
    """The start-up figures of issue 15's targets for a host of `vms` VMs, in-process."""
    with tempfile.TemporaryDirectory() as directory:
        uri = write_generated_host(Path(directory), vms)
        results = [run_once([uri], idle, vms) for _ in range(runs)]
    median = statistics.median
    targets = {1000: ("≤ 0.5 s", "≤ 0.5 s", "≤ 130 MiB", "—"), 5000: ("≤ 1.5 s", "—", "—", "≤ 170 MiB")}
    painted, cpu, rss, peak = targets.get(vms, ("—",) * 4)
    what = f"{vms:,} VMs in-process"
    return [
        Figure(f"{what}: start to painted, filled manager", f"{median(r.painted for r in results):.2f} s", painted),
        Figure(f"{what}: CPU in the first {idle:.0f} s", f"{median(r.cpu for r in results):.2f} s", cpu),
        Figure(f"{what}: resident after {idle:.0f} s", f"{median(r.rss for r in results):.0f} MiB", rss),
        Figure(f"{what}: peak resident", f"{median(r.peak for r in results):.0f} MiB", peak),
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", action="append")
    parser.add_argument("--vms", type=int, default=1000)
    parser.add_argument("--idle", type=float, default=30.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.idle, args.vms)
        return
    import libvirt

    with tempfile.TemporaryDirectory() as directory:
        uri = write_generated_host(Path(directory), args.vms)
        started = time.perf_counter()
        libvirt.open(uri).close()
        opened = time.perf_counter() - started
        results = [run_once([uri], args.idle, args.vms) for _ in range(args.runs)]
    listed = statistics.median(r.listed for r in results)
    painted = statistics.median(r.painted for r in results)
    cpu = statistics.median(r.cpu for r in results)
    rss = statistics.median(r.rss for r in results)
    print(f"VMs: {args.vms}, runs: {args.runs}")
    print(f"libvirt's test driver alone opens the host in {opened:.2f} s")
    print(f"start to every VM listed: {listed:.2f} s (median)")
    print(f"start to painted, filled manager: {painted:.2f} s (median; runs: "
          + ", ".join(f"{r.painted:.2f}" for r in results) + ")")
    print(f"CPU time in the first {args.idle:.0f} s: {cpu:.2f} s")
    print(f"resident memory after {args.idle:.0f} s: {rss:.0f} MiB")
    print(f"peak resident memory: {statistics.median(r.peak for r in results):.0f} MiB (median; runs: "
          + ", ".join(f"{r.peak:.0f}" for r in results) + ")")


if __name__ == "__main__":
    main()

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
from pathlib import Path

from procstat import cpu_seconds, rss_mib

ROOT = Path(__file__).resolve().parent.parent


def child(uri: str, idle: float) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="virtdesk-bench-"))
    from virtdesk.model import early_open

    early_open.start([uri])  # as virtdesk.startup.main does, before Qt loads
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from virtdesk.app import Application
    from virtdesk.startup import parse_args

    app = QApplication([sys.argv[0]])
    application = Application(parse_args(["--connect", uri]))
    application.start()

    def check() -> None:
        connections = application.connections.connections
        if not all(c.loaded for c in connections):
            QTimer.singleShot(5, check)
            return
        window = application.window
        view = window.view
        rows = window.proxy.rowCount(window.proxy.index(0, 0))
        window.grab()  # paints the whole window as it stands
        print(f"painted {rows}", flush=True)
        del view

    QTimer.singleShot(0, check)
    QTimer.singleShot(int(idle * 1000), app.quit)
    app.exec()
    application.shutdown()


def run_once(uri: str, idle: float, vms: int) -> tuple[float, float, float]:
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, __file__, "--child", uri, "--idle", str(idle + 5)],
                               stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert process.stdout is not None
    line = process.stdout.readline()
    painted = time.perf_counter() - started
    if line.split() != ["painted", str(vms)]:
        process.kill()
        raise SystemExit(f"unexpected child output: {line!r}")
    time.sleep(max(0.0, idle - (time.perf_counter() - started)))
    cpu, rss = cpu_seconds(process.pid), rss_mib(process.pid)
    process.wait()
    return painted, cpu, rss


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child")
    parser.add_argument("--vms", type=int, default=1000)
    parser.add_argument("--idle", type=float, default=30.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.idle)
        return
    sys.path.insert(0, str(ROOT))
    import libvirt

    from virtdesk.large_host import write_generated_host

    with tempfile.TemporaryDirectory() as directory:
        uri = write_generated_host(Path(directory), args.vms)
        started = time.perf_counter()
        libvirt.open(uri).close()
        opened = time.perf_counter() - started
        results = [run_once(uri, args.idle, args.vms) for _ in range(args.runs)]
    painted = statistics.median(r[0] for r in results)
    cpu = statistics.median(r[1] for r in results)
    rss = statistics.median(r[2] for r in results)
    print(f"VMs: {args.vms}, runs: {args.runs}")
    print(f"libvirt's test driver alone opens the host in {opened:.2f} s")
    print(f"start to painted, filled manager: {painted:.2f} s (median; runs: "
          + ", ".join(f"{r[0]:.2f}" for r in results) + ")")
    print(f"CPU time in the first {args.idle:.0f} s: {cpu:.2f} s")
    print(f"resident memory after {args.idle:.0f} s: {rss:.0f} MiB")


if __name__ == "__main__":
    main()

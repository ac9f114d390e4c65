"""Opening the Host Details window on a test-driver host whose storage pool holds 10,000 volumes.

Prints: seconds from asking for the window to a painted window with the pool's volumes listed (the Storage tab
shown, its volumes read on a worker, the VMs using them mapped), and resident memory before and after. Each run is
a fresh process with its connection already loaded. Run: `.venv/bin/python bench/host_details.py [--volumes N]
[--runs R]`.
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

from procstat import rss_mib

ROOT = Path(__file__).resolve().parent.parent


def write_host(directory: Path, volumes: int) -> str:
    """A host with 20 VMs, each using one volume, and a pool of `volumes` qcow2 volumes."""
    vms = "".join(
        f"<domain type='test'><name>vm-{i:02d}</name><memory unit='MiB'>512</memory><vcpu>1</vcpu>"
        "<os><type arch='x86_64'>hvm</type></os><devices><disk type='file' device='disk'>"
        f"<source file='/srv/big/vol-{i:05d}.qcow2'/><target dev='vda'/></disk></devices></domain>"
        for i in range(20))
    pool = "".join(f"<volume type='file'><name>vol-{i:05d}.qcow2</name><capacity unit='GiB'>{1 + i % 50}"
                   "</capacity><allocation unit='MiB'>4</allocation><target><format type='qcow2'/></target>"
                   "</volume>" for i in range(volumes))
    path = directory / "host.xml"
    path.write_text("<node><cpu><nodes>1</nodes><sockets>1</sockets><cores>4</cores><threads>2</threads>"
                    "<active>8</active><mhz>2400</mhz><model>x86_64</model></cpu><memory>8388608</memory>"
                    f"{vms}<pool type='dir'><name>big</name><target><path>/srv/big</path></target>{pool}</pool>"
                    "</node>", encoding="utf-8")
    return "test://" + str(path.resolve())


def child(uri: str, volumes: int) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="virtdesk-bench-"))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from virtdesk.gui.windows import WindowRegistry
    from virtdesk.model.connection import Connection
    from virtdesk.model.preferences import Preferences
    from virtdesk.model.stats import StatsSampler

    app = QApplication([sys.argv[0]])
    connection = Connection(uri)
    preferences = Preferences()
    registry = WindowRegistry(preferences, StatsSampler(2000, preferences.stats))
    started = 0.0
    before = 0.0

    def ready() -> bool:
        window = registry.host_details.get(connection)
        return window is not None and not window.loading and window.storage.volumes.rowCount() == volumes

    def open_when_loaded() -> None:
        nonlocal started, before
        if not connection.loaded:
            QTimer.singleShot(5, open_when_loaded)
            return
        before = rss_mib(os.getpid())
        started = time.perf_counter()
        window = registry.show_host_details(connection)
        window.tabs.setCurrentWidget(window.storage)
        QTimer.singleShot(0, check)

    def check() -> None:
        if not ready():
            QTimer.singleShot(1, check)
            return
        registry.host_details[connection].grab()  # paints the whole window as it stands
        opened = time.perf_counter() - started
        print(f"opened {opened:.3f} {before:.1f} {rss_mib(os.getpid()):.1f}", flush=True)
        app.quit()

    connection.open()
    QTimer.singleShot(0, open_when_loaded)
    app.exec()
    registry.close_all()
    connection.shutdown()


def run_once(uri: str, volumes: int) -> tuple[float, float, float]:
    result = subprocess.run([sys.executable, __file__, "--child", uri, "--volumes", str(volumes)],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    line = next((line for line in result.stdout.splitlines() if line.startswith("opened ")), "")
    if not line:
        raise SystemExit(f"unexpected child output: {result.stdout!r} {result.stderr[-2000:]}")
    _word, opened, before, after = line.split()
    return float(opened), float(before), float(after)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child")
    parser.add_argument("--volumes", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if args.child:
        sys.path.insert(0, str(ROOT))
        child(args.child, args.volumes)
        return
    with tempfile.TemporaryDirectory() as directory:
        uri = write_host(Path(directory), args.volumes)
        results = [run_once(uri, args.volumes) for _ in range(args.runs)]
    opened = statistics.median(r[0] for r in results)
    before = statistics.median(r[1] for r in results)
    after = statistics.median(r[2] for r in results)
    print(f"volumes: {args.volumes}, runs: {args.runs}")
    print(f"Host Details window opened, {args.volumes} volumes listed and painted: {opened:.2f} s (median; runs: "
          + ", ".join(f"{r[0]:.2f}" for r in results) + ")")
    print(f"resident memory: {before:.0f} MiB before the window, {after:.0f} MiB with it open "
          f"(+{after - before:.0f} MiB)")


if __name__ == "__main__":
    main()

"""Statistics calls per connection per tick: 5 test-driver hosts of 250 VMs (half of them running) served by the
rig's session libvirtd, the manager open, the sampler ticking every 500 ms.

Counts, in a fresh process, the bulk statistics calls (`virtdesk.model.stats.sample`, the model's one
getAllDomainStats per connection) that each connection makes over --ticks ticks after loading, and the VMs
each call asks for against the rows on screen. As root (the rig).
Run: `.venv/bin/python bench/stats_calls.py [--hosts H] [--vms N] [--ticks T]`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import Counter
from typing import Any

import rig_host
from figures import Figure, child_result, print_table

INTERVAL_MS = 500


def child(uris: list[str], ticks: int) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="virtdesk-bench-"))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from virtdesk.app import Application
    from virtdesk.model import stats
    from virtdesk.startup import parse_args

    calls: Counter[int] = Counter()
    asked: list[int] = []
    ticked = [0]
    sample = stats.sample

    def counted_sample(conn: Any, flags: int, uuids: Any = None) -> Any:
        calls[id(conn)] += 1
        result = sample(conn, flags, uuids)
        asked.append(len(result[1]))
        return result

    app = QApplication([sys.argv[0]])
    application = Application(parse_args([argument for uri in uris for argument in ("--connect", uri)]))
    application.start()

    def loaded() -> None:
        if not all(c.loaded for c in application.connections.connections):
            QTimer.singleShot(10, loaded)
            return
        calls.clear()
        asked.clear()
        stats.sample = counted_sample  # what StatsSampler.tick hands each connection's STATS lane
        application.sampler.stop()  # its ticks are counted here instead, every INTERVAL_MS
        tick()

    def tick() -> None:
        if ticked[0] == ticks:
            QTimer.singleShot(INTERVAL_MS, report)
            return
        ticked[0] += 1
        application.sampler.tick()
        QTimer.singleShot(INTERVAL_MS, tick)

    def report() -> None:
        view = application.window.view
        on_screen = view.viewport().height() // max(1, view.sizeHintForRow(0)) if view.model().rowCount() else 0
        print(json.dumps({"ticks": ticked[0], "calls": list(calls.values()), "asked": asked,
                          "on_screen": on_screen}), flush=True)
        app.quit()

    QTimer.singleShot(0, loaded)
    app.exec()
    application.shutdown()


def figures(hosts: int = 5, vms: int = 250, ticks: int = 10) -> list[Figure]:
    from virtdesk.large_host import generate_host_xml

    with rig_host.session_daemon() as daemon:
        uris = [rig_host.served_host(daemon, generate_host_xml(vms, seed=seed), f"host-{seed}")
                for seed in range(hosts)]
        counted = child_result(__file__, "--ticks", str(ticks), *(f"--child={u}" for u in uris), timeout=300)
    per_tick = [calls / counted["ticks"] for calls in counted["calls"]] + [0.0] * (hosts - len(counted["calls"]))
    asked = counted["asked"]
    what = f"stats, {hosts} hosts × {vms} VMs, {counted['ticks']} ticks of {INTERVAL_MS} ms"
    return [
        Figure(f"{what}: bulk calls per connection per tick", f"{min(per_tick):.2f}–{max(per_tick):.2f}", "1"),
        Figure(f"{what}: VMs asked for per call (rows on screen: {counted['on_screen']})",
               f"{min(asked, default=0)}–{max(asked, default=0)}", "only rows on screen and windows open"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", action="append")
    parser.add_argument("--hosts", type=int, default=5)
    parser.add_argument("--vms", type=int, default=250)
    parser.add_argument("--ticks", type=int, default=10)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.ticks)
        return
    print_table(figures(args.hosts, args.vms, args.ticks))


if __name__ == "__main__":
    main()

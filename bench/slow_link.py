"""A slow link: a test-driver host with 100 VMs served by the rig's session libvirtd, reached through
tests/rig/delay_proxy.py adding 300 ms to every RPC message each way.

One fresh process connects (libvirt's own open is timed separately, in this process, through the same proxy),
and as soon as the VMs are listed opens the details window of a running VM and, once it is loaded, pauses the VM.
Prints the seconds from the program's start until the names are listed, the details window is loaded, the pause
shows in the model, and every VM's details are read; and the largest event-loop gap (10 ms timer) over all of it.
As root (the rig). Run: `.venv/bin/python bench/slow_link.py [--vms N] [--delay S]`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time

import rig_host
from figures import Figure, child_result, print_table
from rig.delay_proxy import delayed

GIVE_UP_SECONDS = 300.0


def child(uri: str, vms: int) -> None:
    started = time.perf_counter()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="virtdesk-bench-"))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from rig.loop_gaps import LoopGaps

    from virtdesk.app import Application
    from virtdesk.model.actions import ACTIONS
    from virtdesk.model.domain import DomainState
    from virtdesk.startup import parse_args

    app = QApplication([sys.argv[0]])
    application = Application(parse_args(["--connect", uri]))
    application.start()
    gaps = LoopGaps()
    reached: dict[str, float] = {}

    def mark(what: str) -> None:
        reached.setdefault(what, time.perf_counter() - started)

    def check() -> None:
        connection = application.connections.connections[0]
        if len(connection.domains) == vms and "listed" not in reached:
            mark("listed")
            domain = next(d for d in sorted(connection.domains.values(), key=lambda d: d.name)
                          if d.state is DomainState.RUNNING)
            window = application.registry.show_details(domain)

            def details_loaded() -> None:
                mark("details")
                ACTIONS["pause"].start(domain)

            window.config.loaded.connect(details_loaded)
            watch_pause(domain)
        if connection.loaded and "listed" in reached:
            mark("filled")
        if {"filled", "paused"} <= reached.keys() or time.perf_counter() - started > GIVE_UP_SECONDS:
            gaps.stop()
            print(json.dumps({**reached, "gap_ms": gaps.largest_ms}), flush=True)
            app.quit()
            return
        QTimer.singleShot(10, check)

    def watch_pause(domain: object) -> None:
        def paused(changed: object) -> None:
            if changed is domain and "details" in reached and changed.state is DomainState.PAUSED:
                mark("paused")

        application.connections.connections[0].domain_changed.connect(paused)

    QTimer.singleShot(0, gaps.start)
    QTimer.singleShot(0, check)
    app.exec()
    application.shutdown()


def libvirt_open_seconds(uri: str) -> float:
    import libvirt

    started = time.perf_counter()
    libvirt.open(uri).close()
    return time.perf_counter() - started


def figures(vms: int = 100, delay: float = 0.3) -> list[Figure]:
    from virtdesk.large_host import generate_host_xml

    with rig_host.session_daemon() as daemon, delayed(daemon.socket_path, delay) as socket:
        uri = rig_host.served_host(daemon, generate_host_xml(vms)).partition("?")[0] + f"?socket={socket}"
        opened = libvirt_open_seconds(uri)
        reached = child_result(__file__, "--child", uri, "--vms", str(vms), timeout=GIVE_UP_SECONDS + 60)

    def seconds(key: str) -> str:
        return f"{reached[key]:.1f} s" if key in reached else f"not within {GIVE_UP_SECONDS:.0f} s"

    what = f"{vms} VMs, +{delay * 1000:.0f} ms per message each way"
    return [
        Figure(f"{what}: libvirt's own open (no virtdesk)", f"{opened:.1f} s"),
        Figure(f"{what}: start to the names listed", seconds("listed"), "≤ 2 s"),
        Figure(f"{what}: start to a details window loaded", seconds("details")),
        Figure(f"{what}: start to a Pause done (model shows it)", seconds("paused")),
        Figure(f"{what}: start to every VM's details read", seconds("filled")),
        Figure(f"{what}: largest event-loop gap", f"{reached['gap_ms']:.0f} ms", "≤ 50 ms"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child")
    parser.add_argument("--vms", type=int, default=100)
    parser.add_argument("--delay", type=float, default=0.3)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.vms)
        return
    print_table(figures(args.vms, args.delay))


if __name__ == "__main__":
    main()

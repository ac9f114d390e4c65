"""A pool with 10,000 volumes over real RPC: a test-driver host (20 VMs, one pool of 10,000 qcow2 volumes, from
bench/host_details.py) served by the rig's session libvirtd.

Prints, for a fresh process: the seconds from connecting until the VM list is there (the connection usable) and
until the pool's volumes are read when asked for at that moment; then bench/host_details.py's figure over the
same socket (Host Details opened on its Storage tab, the 10,000 volumes listed and painted). As root (the rig).
Run: `.venv/bin/python bench/big_pool.py [--volumes N]`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import host_details
import rig_host
from figures import Figure, child_result, print_table

VMS = 20  # in host_details.write_host


def child(uri: str, volumes: int) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from virtdesk.model.connection import Connection

    app = QApplication([sys.argv[0]])
    connection = Connection(uri)
    reached: dict[str, float] = {}
    started = time.perf_counter()

    def check() -> None:
        if "listed" not in reached and connection.is_active and len(connection.domains) == VMS:
            reached["listed"] = time.perf_counter() - started
            connection.catalogue.volumes_changed.connect(volumes_read)
            if connection.catalogue.volumes("big") is not None:
                volumes_read("big")
        if "volumes" not in reached:
            QTimer.singleShot(1, check)

    def volumes_read(pool: str) -> None:
        if len(connection.catalogue.volumes(pool) or ()) == volumes:
            reached["volumes"] = time.perf_counter() - started
            print(json.dumps(reached), flush=True)
            app.quit()

    connection.open()
    QTimer.singleShot(0, check)
    app.exec()
    connection.shutdown()


def figures(volumes: int = 10_000) -> list[Figure]:
    with rig_host.session_daemon() as daemon, tempfile.TemporaryDirectory() as directory:
        host_details.write_host(Path(directory), volumes)
        uri = daemon.test_uri(Path(directory) / "host.xml")
        reached = child_result(__file__, "--child", uri, "--volumes", str(volumes), timeout=600)
        window, before, after = host_details.run_once(uri, volumes)
    what = f"pool of {volumes:,} volumes over one socket"
    return [
        Figure(f"{what}: connect to the VM list shown", f"{reached['listed']:.2f} s", "before the volumes"),
        Figure(f"{what}: connect to the volumes read (asked for then)", f"{reached['volumes']:.2f} s"),
        Figure(f"{what}: Host Details on Storage, volumes listed and painted",
               f"{window:.2f} s, +{after - before:.0f} MiB"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child")
    parser.add_argument("--volumes", type=int, default=10_000)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.volumes)
        return
    print_table(figures(args.volumes))


if __name__ == "__main__":
    main()

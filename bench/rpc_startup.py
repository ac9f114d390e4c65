"""1,000 VMs through one socket: start to a painted, filled manager on a test-driver host served by the rig's
session libvirtd (`test+unix://...`), against the same host opened in-process (`test:///...`); and the peak
resident memory of each (in-process it includes the test driver's copy of every VM).

Each figure is the median of --runs fresh processes (bench/startup_bench.py's measurement). As root (the rig).
Run: `.venv/bin/python bench/rpc_startup.py [--vms N] [--runs R]`.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

import rig_host
from figures import Figure, print_table
from startup_bench import Run, run_once

from virtdesk.large_host import generate_host_xml, write_generated_host

IDLE_SECONDS = 1.0


def median_runs(uri: str, vms: int, runs: int) -> tuple[float, float, float]:
    """The medians of start to all listed, start to painted (seconds) and peak resident (MiB)."""
    results: list[Run] = [run_once([uri], IDLE_SECONDS, vms) for _ in range(runs)]
    return tuple(statistics.median(getattr(r, field) for r in results)  # type: ignore[return-value]
                 for field in ("listed", "painted", "peak"))


def figures(vms: int = 1000, runs: int = 3) -> list[Figure]:
    with tempfile.TemporaryDirectory() as directory:
        local = median_runs(write_generated_host(Path(directory), vms), vms, runs)
    with rig_host.session_daemon() as daemon:
        remote = median_runs(rig_host.served_host(daemon, generate_host_xml(vms)), vms, runs)
    return [
        Figure(f"{vms} VMs in-process: start to all listed", f"{local[0]:.2f} s"),
        Figure(f"{vms} VMs in-process: start to painted, filled manager", f"{local[1]:.2f} s",
               {1000: "≤ 0.5 s", 5000: "≤ 1.5 s"}.get(vms, "—")),
        Figure(f"{vms} VMs over one socket: start to all listed", f"{remote[0]:.2f} s"),
        Figure(f"{vms} VMs over one socket: start to painted, filled manager", f"{remote[1]:.2f} s "
               f"({remote[1] / local[1]:.1f}× in-process)", "≤ 1.5× in-process"),
        Figure(f"{vms} VMs in-process: peak resident (the test driver's VMs included)", f"{local[2]:.0f} MiB"),
        Figure(f"{vms} VMs over one socket: peak resident (virtdesk alone)", f"{remote[2]:.0f} MiB",
               "≤ 170 MiB" if vms == 5000 else "—"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vms", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print_table(figures(args.vms, args.runs))


if __name__ == "__main__":
    main()

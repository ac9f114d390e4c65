"""20 hosts of 250 VMs each open at once: 20 test-driver hosts served by the rig's session libvirtd, one connection
(one socket) each, all given on the command line of one fresh process.

Prints the time from start until every VM of every host is listed, until every host is loaded (each VM's details
read) and the window painted, and the largest event-loop gap (10 ms timer) meanwhile; median of --runs
(bench/startup_bench.py's measurement). As root (the rig).
Run: `.venv/bin/python bench/many_hosts.py [--hosts H] [--vms N] [--runs R]`.
"""

from __future__ import annotations

import argparse
import statistics

import rig_host
from figures import Figure, print_table
from startup_bench import run_once

from virtdesk.large_host import generate_host_xml

IDLE_SECONDS = 1.0


def figures(hosts: int = 20, vms: int = 250, runs: int = 3) -> list[Figure]:
    with rig_host.session_daemon() as daemon:
        uris = [rig_host.served_host(daemon, generate_host_xml(vms, seed=seed), f"host-{seed}")
                for seed in range(hosts)]
        results = [run_once(uris, IDLE_SECONDS, hosts * vms) for _ in range(runs)]
    what = f"{hosts} hosts × {vms} VMs ({hosts} sockets)"
    return [
        Figure(f"{what}: start to all listed", f"{statistics.median(r.listed for r in results):.2f} s",
               "≤ 2.5 s"),
        Figure(f"{what}: start to all loaded and painted", f"{statistics.median(r.painted for r in results):.2f} s"),
        Figure(f"{what}: largest event-loop gap while loading",
               f"{statistics.median(r.gap_ms for r in results):.0f} ms", "≤ 50 ms"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--vms", type=int, default=250)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print_table(figures(args.hosts, args.vms, args.runs))


if __name__ == "__main__":
    main()

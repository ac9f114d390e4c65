"""Every issue-15 figure in one table: figure, value, target, and the machine they were measured on.

Runs, one after the other: bench/startup_bench.py (1,000 and 5,000 VMs in-process), list_scroll.py (scrolling and
filtering 5,000 VMs, in-process), rpc_startup.py (1,000 and 5,000 VMs), many_hosts.py, slow_link.py, big_pool.py
and stats_calls.py (these five on the test rig's session libvirtd: as root; they wait while a test run holds the
rig). About 6 minutes with --runs 1.
Run: `.venv/bin/python bench/run_all.py [--runs R]`.
"""

from __future__ import annotations

import argparse

import big_pool
import list_scroll
import many_hosts
import rpc_startup
import slow_link
import startup_bench
import stats_calls
from figures import print_table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="fresh processes per start-up figure (median)")
    args = parser.parse_args()
    print_table([
        *startup_bench.figures(1000, runs=args.runs),
        *startup_bench.figures(5000, idle=10.0, runs=args.runs),
        *list_scroll.figures(5000, runs=args.runs),
        *rpc_startup.figures(runs=args.runs),
        *rpc_startup.figures(5000, runs=args.runs),
        *many_hosts.figures(runs=args.runs),
        *slow_link.figures(),
        *big_pool.figures(),
        *stats_calls.figures(),
    ])


if __name__ == "__main__":
    main()

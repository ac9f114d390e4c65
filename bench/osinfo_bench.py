"""Speed of the OS catalogue: cold load in fresh processes, search while typing, ISO identification.

Run: .venv/bin/python bench/osinfo_bench.py [--runs N]. Prints figures and how they compare with the targets
(load < 300 ms cold in a fresh process, search < 10 ms median); it never fails on a figure.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

LOAD_TARGET_MS = 300.0
SEARCH_TARGET_MS = 10.0
TYPED = ("d", "de", "deb", "debian 1", "win", "ubu 22")

# Runs in a fresh interpreter: times the import and the first full listing, then one entry's details.
_COLD_PROBE = """
import json, time
start = time.perf_counter()
from virtdesk.osinfo import Catalogue
catalogue = Catalogue()
count = len(catalogue.all())
loaded = time.perf_counter()
entry = catalogue.get("win11") or catalogue.get("generic")
entry.minimum(); entry.supports_virtio_net
detailed = time.perf_counter()
print(json.dumps({"load": loaded - start, "details": detailed - loaded, "count": count}))
"""


def _ms(seconds: float) -> float:
    return seconds * 1000.0


def cold_loads(runs: int) -> None:
    loads, details, walls = [], [], []
    count = 0
    for _ in range(runs):
        started = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", _COLD_PROBE], cwd=REPO, check=True, capture_output=True,
                             text=True, env={**os.environ, "PYTHONPATH": str(REPO)}).stdout
        walls.append(time.perf_counter() - started)
        figures = json.loads(out)
        loads.append(figures["load"])
        details.append(figures["details"])
        count = figures["count"]
    load_ms = _ms(statistics.median(loads))
    verdict = "meets" if load_ms < LOAD_TARGET_MS else "MISSES"
    print(f"cold load ({count} OSes, import + index, {runs} fresh processes): median {load_ms:.1f} ms, "
          f"max {_ms(max(loads)):.1f} ms -> {verdict} the {LOAD_TARGET_MS:.0f} ms target")
    print(f"  whole process incl. interpreter start: median {_ms(statistics.median(walls)):.1f} ms")
    print(f"  first entry's details (win11 resources + devices): median {_ms(statistics.median(details)):.2f} ms")


def searches(rounds: int) -> None:
    from virtdesk.osinfo import Catalogue

    catalogue = Catalogue()
    catalogue.all()
    started = time.perf_counter()
    catalogue.search("")
    print(f"search index build (first search): {_ms(time.perf_counter() - started):.1f} ms")
    all_times = []
    for text in TYPED:
        times = []
        for _ in range(rounds):
            started = time.perf_counter()
            results = catalogue.search(text)
            times.append(time.perf_counter() - started)
        all_times.extend(times)
        top = ", ".join(entry.short_id for entry in results[:3])
        print(f"  search {text!r:12} median {_ms(statistics.median(times)):.2f} ms  top: {top}")
    median_ms = _ms(statistics.median(all_times))
    verdict = "meets" if median_ms < SEARCH_TARGET_MS else "MISSES"
    print(f"search median over typed prefixes: {median_ms:.2f} ms -> {verdict} the {SEARCH_TARGET_MS:.0f} ms target")


def identification(rounds: int) -> None:
    from virtdesk.osinfo import Catalogue

    catalogue = Catalogue()
    catalogue.all()
    started = time.perf_counter()
    found = catalogue.identify_media("Debian 11.5.0 amd64 n")
    first = time.perf_counter() - started
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        catalogue.identify_media("RHEL-9-1-0-BaseOS-x86_64", system_id="LINUX", arch="x86_64")
        times.append(time.perf_counter() - started)
    print(f"identify_media: first call (reads every OS's media) {_ms(first):.1f} ms -> "
          f"{[entry.short_id for entry in found]}; later calls median {_ms(statistics.median(times)):.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7, help="fresh processes for the cold load")
    parser.add_argument("--rounds", type=int, default=50, help="repetitions per search / identification")
    args = parser.parse_args()
    cold_loads(args.runs)
    searches(args.rounds)
    identification(args.rounds)


if __name__ == "__main__":
    main()

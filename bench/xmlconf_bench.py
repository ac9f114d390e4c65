"""Benchmark of virtdesk.xmlconf: parse + serialise of a 200-device domain, and common reads and edits.

Run: .venv/bin/python bench/xmlconf_bench.py   (target: parse + serialise median under 5 ms)
"""

from __future__ import annotations

import copy
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from virtdesk.xmlconf import Domain, load

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "unit" / "xmlconf" / "corpus" / "domain-full.xml"


def big_domain_xml(devices: int = 200) -> str:
    """The corpus's richest domain with its devices repeated until there are ``devices`` of them."""
    root = etree.parse(str(CORPUS)).getroot()
    holder = root.find("devices")
    assert holder is not None
    kinds = [d for d in holder if isinstance(d.tag, str) and d.tag != "emulator"]
    count = len(kinds)
    while count < devices:
        for dev in kinds:
            if count == devices:
                break
            holder.append(copy.deepcopy(dev))
            count += 1
    return etree.tostring(root, encoding="unicode")


def median_ms(fn: Callable[[], object], runs: int) -> float:
    for _ in range(10):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    text = big_domain_xml()
    dom = load(text)
    assert isinstance(dom, Domain)
    print(f"domain: {len(dom.devices)} devices, {len(text)} characters")
    print(f"parse + serialise (median of 500): {median_ms(lambda: load(text).to_xml(), 500):.3f} ms")
    print(f"parse only (median of 500):         {median_ms(lambda: load(text), 500):.3f} ms")
    print(f"canonical() (median of 500):        {median_ms(dom.canonical, 500):.3f} ms")
    print(f"list all devices (median of 200):   {median_ms(lambda: list(dom.devices), 200):.3f} ms")
    sources = median_ms(lambda: [d.source_file for d in dom.devices.disks], 200)
    print(f"read every disk's source (median):  {sources:.3f} ms")

    def edit() -> None:
        disk = dom.devices.disks[0]
        disk.driver_cache = "none"
        disk.driver_cache = None

    print(f"set + clear one property (median):  {median_ms(edit, 500) * 1000:.1f} µs")


if __name__ == "__main__":
    main()

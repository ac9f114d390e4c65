"""The real program under Xvfb for minutes, as people leave it running: it must stay alive and log no error.

The demo host and a 1,000-VM test-driver host side by side, each with the manager and a details window on its
Performance page, statistics every second. VIRTDESK_SOAK_MINUTES sets the length (5 by default); the longer soaks
with windows opened and closed in a loop are `bench/soak.py`'s.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from rig.xvfb import Xvfb

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import soak  # noqa: E402 - the benchmark's driver, from bench/

pytestmark = pytest.mark.integration
MINUTES = float(os.environ.get("VIRTDESK_SOAK_MINUTES", "5"))


def test_the_program_lives_for_minutes_with_live_stats(xvfb: Xvfb, tmp_path: Path, capsys) -> None:
    programs = soak.standard_programs(xvfb.display, tmp_path, vms=1000)
    results = soak.soak(programs, MINUTES * 60, screenshots=tmp_path)
    with capsys.disabled():
        print("\n" + "\n".join(figures.report() for figures in results))
    for program, figures in zip(programs, results, strict=True):
        assert figures.seconds >= MINUTES * 60 - soak.SAMPLE_S * 2, figures.report()
        assert figures.ok, figures.report() + "\n" + program.log_path.read_text(errors="replace")[-3000:]

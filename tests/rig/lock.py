"""Exclusive use of the rig by one pytest run at a time (engineers share the machine and the rig's users)."""

from __future__ import annotations

import fcntl
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

from rig.errors import Unavailable
from rig.paths import RIG_DIR, rig_dir

WAIT_SECONDS = 1200.0


@contextmanager
def exclusive_rig() -> Iterator[None]:
    """Holds the rig's lock file; waits (up to WAIT_SECONDS) while another run holds it."""
    rig_dir(RIG_DIR)
    with (RIG_DIR / "lock").open("a") as lock_file:
        deadline = time.monotonic() + WAIT_SECONDS
        announced = False
        while True:
            try:
                fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not announced:
                    print("\n[rig] another test run uses the rig; waiting for it", file=sys.stderr)
                    announced = True
                if time.monotonic() > deadline:
                    raise Unavailable("another test run has held the rig for too long") from None
                time.sleep(0.5)
        try:
            yield
        finally:
            fcntl.flock(lock_file, fcntl.LOCK_UN)

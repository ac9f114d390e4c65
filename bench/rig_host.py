"""The test rig's session libvirtd for the benchmarks, and test-driver hosts it serves over real RPC.

Held as a test run holds the rig (its lock: a benchmark waits while tests use it): leftovers of a crashed run
killed first, everything the rig started stopped by PID at the end, and whatever of it is left on the machine
removed (and named). As root.
"""

from __future__ import annotations

import contextlib
import pwd
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from rig.session_daemon import SessionDaemon


@contextlib.contextmanager
def session_daemon() -> Iterator[SessionDaemon]:
    """The rig user's session libvirtd, fresh and running."""
    from rig import leftovers, lock, procs
    from rig.session_daemon import create

    with lock.exclusive_rig():
        procs.kill_leftovers()
        before = leftovers.snapshot()
        try:
            daemon = create()
            daemon.reset()
            daemon.start()
            yield daemon
        finally:
            procs.stop_all()
            for name in leftovers.RIG_USERS:
                with contextlib.suppress(KeyError):
                    procs.kill_processes_of(pwd.getpwnam(name).pw_uid)
            for left in leftovers.remove_new(before):
                print(f"left on the machine (now removed): {left}", file=sys.stderr)


def served_host(daemon: SessionDaemon, xml: str, name: str = "host") -> str:
    """The `test+unix://` URI of a test-driver host with this node XML, served by the daemon."""
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / f"{name}.xml"
        path.write_text(xml, encoding="utf-8")
        return daemon.test_uri(path)  # copies the file into the daemon's home

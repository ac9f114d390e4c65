"""The test rig's session libvirtd for the benchmarks, and test-driver hosts it serves over real RPC; its
system-mode libvirtd (root, in the rig's own namespaces) for what the session daemon cannot do, such as KVM guests.

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
    from rig.system_daemon import SystemDaemon


@contextlib.contextmanager
def session_daemon() -> Iterator[SessionDaemon]:
    """The rig user's session libvirtd, fresh and running."""
    from rig.session_daemon import create

    with _rig_held():
        daemon = create()
        daemon.reset()
        daemon.start()
        yield daemon


@contextlib.contextmanager
def system_daemon() -> Iterator[SystemDaemon]:
    """The rig's system-mode libvirtd (with virtlogd) in its own mount and network namespaces, fresh and running."""
    from rig.paths import rig_dir
    from rig.system_daemon import create

    with _rig_held():
        daemon = create()
        daemon.start()
        # libvirt locks a guest's serial console in /var/lock (/run/lock), which the rig's own /run lacks
        rig_dir(daemon.socket_path.parents[1] / "lock")
        try:
            yield daemon
        finally:
            daemon.stop()


@contextlib.contextmanager
def _rig_held() -> Iterator[None]:
    """The rig held as a test run holds it; whatever it started is stopped after and what it left removed."""
    from rig import leftovers, lock, procs

    with lock.exclusive_rig():
        procs.kill_leftovers()
        before = leftovers.snapshot()
        try:
            yield
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

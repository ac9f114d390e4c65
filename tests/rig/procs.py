"""Processes the rig starts: each with a PID file and a log, stopped by its PID.

A PID file holds the PID and the process's start time, so leftovers of a crashed run are killed at start without
ever hitting an unrelated process that reused the PID. A start waits for its service to be ready as long as the
process lives (a loaded machine is slow, not broken); only HANG_GUARD_SECONDS bound the wait.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rig.paths import LOG_DIR, PID_DIR, rig_dir
from rig.users import Account

HANG_GUARD_SECONDS = 300.0


@dataclass(frozen=True)
class Process:
    """A live process of the machine, as /proc shows it."""

    pid: int
    name: str
    started: str
    parent: int = 0


def process_of(pid: int) -> Process | None:
    """The live process ``pid`` (None if there is none or it is a zombie)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    name, _, rest = stat.partition(" (")[2].rpartition(")")
    fields = rest.split()
    return None if fields[0] == "Z" else Process(pid, name, fields[19], int(fields[1]))


def _start_time(pid: int) -> str | None:
    process = process_of(pid)
    return process.started if process else None


def processes() -> list[Process]:
    """Every live (not zombie) process of the machine."""
    found = (process_of(int(entry.name)) for entry in Path("/proc").iterdir() if entry.name.isdigit())
    return [process for process in found if process is not None]


@dataclass
class Service:
    """A running process of the rig."""

    name: str
    popen: subprocess.Popen[bytes]
    log_path: Path
    log_offset: int
    pid_file: Path = field(repr=False)

    @property
    def pid(self) -> int:
        return self.popen.pid

    def alive(self) -> bool:
        return self.popen.poll() is None

    def log_tail(self, lines: int = 40) -> str:
        """The last lines of this start's log (the command line the rig logs, then the process's output)."""
        return "\n".join(self._log().splitlines()[-lines:])

    def output(self) -> str:
        """What the process has written since this start, without the command line the rig logs."""
        return self._log().partition("\n")[2]

    def _log(self) -> str:
        try:
            with self.log_path.open("rb") as log:
                log.seek(self.log_offset)
                return log.read().decode(errors="replace")
        except OSError:
            return ""

    def kill(self) -> None:
        """SIGKILLs the process and reaps it."""
        self._signal(signal.SIGKILL)
        self.popen.wait()
        self._forget()

    def stop(self, timeout: float = 10.0) -> None:
        """SIGTERM, then SIGKILL after ``timeout`` seconds."""
        self._signal(signal.SIGTERM)
        try:
            self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            self._signal(signal.SIGKILL)
            self.popen.wait()
        self._forget()

    def _signal(self, sig: signal.Signals) -> None:
        if self.popen.poll() is None:
            os.kill(self.popen.pid, sig)

    def _forget(self) -> None:
        self.pid_file.unlink(missing_ok=True)
        if _running.get(self.name) is self:
            del _running[self.name]


_running: dict[str, Service] = {}


def descendants(pids: set[int]) -> set[int]:
    """The processes and all processes below them."""
    found = set(pids)
    while True:
        more = {process.pid for process in processes() if process.parent in found and process.pid not in found}
        if not more:
            return found
        found |= more


def signal_all(pids: set[int], signum: signal.Signals) -> None:
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signum)


def start(
    name: str,
    argv: Sequence[str],
    *,
    env: Mapping[str, str],
    user: Account | None = None,
    cwd: Path | None = None,
    pass_fds: Sequence[int] = (),
) -> Service:
    """Starts ``argv`` in its own session, output appended to ``logs/<name>.log``, PID recorded in ``pids/``."""
    previous = _running.get(name)
    if previous is not None and previous.alive():
        raise RuntimeError(f"{name} is already running (PID {previous.pid})")
    log_path = rig_dir(LOG_DIR) / f"{name}.log"
    with log_path.open("ab") as log:
        log_offset = log.tell()
        log.write(f"--- {time.strftime('%H:%M:%S')} {' '.join(argv)}\n".encode())
        log.flush()
        popen = subprocess.Popen(
            list(argv), env=dict(env), cwd=cwd, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True, pass_fds=tuple(pass_fds),
            user=user.uid if user else None, group=user.gid if user else None,
            extra_groups=[] if user else None,
        )
    pid_file = rig_dir(PID_DIR) / f"{name}.pid"
    pid_file.write_text(f"{popen.pid} {_start_time(popen.pid)}\n")
    service = Service(name, popen, log_path, log_offset, pid_file)
    _running[name] = service
    return service


def running() -> list[Service]:
    return list(_running.values())


def wait_until(
    condition: Callable[[], bool], what: str, service: Service | None = None, timeout: float = HANG_GUARD_SECONDS
) -> None:
    """Waits until ``condition()`` holds: RuntimeError at once if ``service`` exits, TimeoutError (with the
    service's log tail) only after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if service is not None and not service.alive():
            raise RuntimeError(f"{service.name} exited while waiting for {what}:\n{service.log_tail()}")
        if time.monotonic() > deadline:
            still = f" ({service.name} still runs)" if service else ""
            tail = f":\n{service.log_tail()}" if service else ""
            raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}{still}{tail}")
        time.sleep(0.05)


def clear_logs() -> None:
    """Removes the logs of earlier runs (a run appends to its own across restarts)."""
    for log in LOG_DIR.glob("*.log"):
        log.unlink()


def unix_socket_accepts(path: Path) -> bool:
    """Whether a server accepts connections on the UNIX socket ``path``."""
    with socket.socket(socket.AF_UNIX) as probe:
        try:
            probe.connect(str(path))
        except OSError:
            return False
    return True


def kill_leftovers() -> None:
    """Kills processes recorded in the PID files of an earlier run that did not stop them."""
    for pid_file in PID_DIR.glob("*.pid"):
        if pid_file.stem in _running:
            continue
        try:
            pid_text, started = pid_file.read_text().split()
            pid = int(pid_text)
        except (OSError, ValueError):
            pid_file.unlink(missing_ok=True)
            continue
        if _start_time(pid) == started:
            os.kill(pid, signal.SIGKILL)
        pid_file.unlink(missing_ok=True)


def kill_processes_of(uid: int) -> None:
    """SIGKILLs every process running as the rig user ``uid`` (guests, SSH sessions), found by PID in /proc."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if entry.stat().st_uid == uid:
                os.kill(int(entry.name), signal.SIGKILL)
        except (FileNotFoundError, ProcessLookupError):
            continue


def stop_all() -> None:
    """Stops every process the rig started, newest first."""
    for service in reversed(list(_running.values())):
        service.stop()


atexit.register(stop_all)

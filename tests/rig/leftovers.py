"""What a run must not leave on the machine: daemons and system paths of libvirt and sshd that appeared during it.

The rig's daemons keep to the rig directory and its namespaces; anything of theirs in the machine's /run, or such a
daemon still running after the rig stopped its own, is a leftover. The rig's lock keeps other runs out meanwhile.
Only what is provably the rig's is killed (its directory on the command line, one of its users, its namespaces);
a new libvirt daemon that is not is reported and left alone, and so is an sshd that serves someone else's login.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import time
from dataclasses import dataclass
from pathlib import Path

from rig import procs
from rig.paths import RIG_DIR
from rig.session_daemon import USER as SESSION_USER
from rig.sshd import PASSWORD_USER

PATHS = (
    "/run/libvirt", "/run/libvirt/libvirt-sock", "/run/libvirt/virtqemud-sock", "/run/libvirt/virtlogd-sock",
    "/var/run/libvirt", "/run/libvirtd.pid", "/run/virtlogd.pid", "/run/sshd", "/run/mount",
)
DAEMONS = frozenset({"libvirtd", "virtqemud", "virtlogd", "libvirt_lxc", "dnsmasq", "sshd", "dbus-daemon",
                     "gnome-keyring-d"})
EXIT_GRACE_SECONDS = 5.0
RIG_USERS = (SESSION_USER, PASSWORD_USER)


@dataclass(frozen=True)
class HostState:
    paths: frozenset[str]
    daemons: frozenset[procs.Process]


def _daemons() -> set[procs.Process]:
    ours = {service.pid for service in procs.running()}
    return {p for p in procs.processes() if p.name in DAEMONS and p.pid not in ours}


def snapshot() -> HostState:
    """Which of PATHS exist and which DAEMONS run (besides the rig's own services) now."""
    return HostState(frozenset(path for path in PATHS if os.path.lexists(path)), frozenset(_daemons()))


def _new_daemons(before: HostState) -> set[procs.Process]:
    """Daemons started since ``before``, once those about to exit (children of stopped ones) had time to."""
    deadline = time.monotonic() + EXIT_GRACE_SECONDS
    while (new := _daemons() - before.daemons) and time.monotonic() < deadline:
        time.sleep(0.1)
    return new


def _command_line(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return "?"


def _describe(path: str) -> str:
    if os.path.isdir(path) and not os.path.islink(path):
        return f"{path}/ ({', '.join(sorted(os.listdir(path))) or 'empty'})"
    return path


def _is_the_rigs(pid: int) -> bool:
    command = _command_line(pid)
    if str(RIG_DIR) in command or any(f"sshd: {user}" in command for user in RIG_USERS):
        return True
    try:
        owner = os.stat(f"/proc/{pid}").st_uid
        in_other_mounts = os.readlink(f"/proc/{pid}/ns/mnt") != os.readlink("/proc/self/ns/mnt")
    except OSError:
        return False
    return in_other_mounts or owner in {uid for user in RIG_USERS if (uid := _uid(user)) is not None}


def _uid(user: str) -> int | None:
    try:
        return pwd.getpwnam(user).pw_uid
    except KeyError:
        return None


def remove_new(before: HostState) -> list[str]:
    """Kills the rig's daemons and removes the paths that appeared since ``before``; returns a line on each
    (and on each new libvirt daemon that is not the rig's, left running)."""
    removed = []
    for process in sorted(_new_daemons(before), key=lambda p: p.pid):
        line = f"process {process.pid} {_command_line(process.pid)}"
        if not _is_the_rigs(process.pid):
            if process.name != "sshd":  # a login to this machine meanwhile is not the rig's business
                removed.append(f"{line} (not started by the rig: left running)")
            continue
        with contextlib.suppress(ProcessLookupError):
            if procs.process_of(process.pid) == process:
                os.kill(process.pid, signal.SIGKILL)
        removed.append(line)
    for path in PATHS:
        if path in before.paths or not os.path.lexists(path):
            continue
        removed.append(f"path {_describe(path)}")
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)
    return removed

"""The qemu process behind a running guest, found by PID from its domain's PID file or /proc: to crash a guest
(SIGKILL) or freeze it (SIGSTOP) the way a fault would, without asking libvirt."""

from __future__ import annotations

import contextlib
import os
import signal
from pathlib import Path

import libvirt


def qemu_pid(domain: libvirt.virDomain, runtime_dir: Path | None = None) -> int:
    """The PID of the guest's qemu: from the session daemon's PID file (runtime_dir: its XDG_RUNTIME_DIR) when it
    names a live qemu of this guest, else the qemu whose command line says `-name guest=NAME,`."""
    name = domain.name()
    wanted = f"guest={name},".encode()
    candidates = []
    if runtime_dir is not None:
        with_file = runtime_dir / "libvirt" / "qemu" / "run" / f"{name}.pid"
        with contextlib.suppress(OSError, ValueError):
            candidates.append(int(with_file.read_text().strip()))
    candidates += [int(entry.name) for entry in Path("/proc").iterdir() if entry.name.isdigit()]
    for pid in candidates:
        try:
            arguments = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if arguments and b"qemu-system" in arguments[0] and any(a.startswith(wanted) for a in arguments):
            return pid
    raise LookupError(f"no qemu process of {name}")


def crash(domain: libvirt.virDomain, runtime_dir: Path | None = None) -> int:
    """SIGKILLs the guest's qemu, as a crash would; its PID."""
    pid = qemu_pid(domain, runtime_dir)
    os.kill(pid, signal.SIGKILL)
    return pid

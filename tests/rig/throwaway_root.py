"""A throw-away system to install packages into: this machine's / (or a minimal system of the same release that
`bootstrap` makes with debootstrap) as the lower layer of an overlay whose upper layer is a directory of the test,
seen through chroot in a private mount namespace (root only).

Every command runs in a namespace of its own (``unshare --mount``) that mounts the overlay again over the same
upper layer, so what one command installs the next one sees, and nothing is mounted or written outside: the
mounts die with the command, the files stay in ``upper`` until ``remove()``. apt and dpkg work there as on the
machine (real maintainer scripts and triggers, packages fetched from Debian's archive), and a program installed
there runs with the machine's kernel, /dev, /proc and /sys. Directories passed as ``shared`` are bind-mounted
at their own path, so a file written there inside is seen outside (a screenshot, a log).
"""

from __future__ import annotations

import os
import platform
import re
import shlex
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path

from rig.errors import Unavailable

# the mounts each command makes in its own namespace; "$@" is the command, run in the chroot. -n: util-linux would
# otherwise create /run/mount (its utab) on the machine's /run, which the namespace shares
_ENTER = """set -e
mount -n -t overlay throwaway-root -o lowerdir={lower},upperdir={upper},workdir={work} {merged}
for dir in /dev /proc /sys; do mount -n --rbind "$dir" "{merged}$dir"; done
for dir in {shared}; do mkdir -p "{merged}$dir"; mount -n --bind "$dir" "{merged}$dir"; done
cd /
exec chroot {merged} "$@"
"""


def bootstrap(target: Path, timeout: float = 900) -> Path:
    """A minimal system of this machine's release (debootstrap's minbase variant, from the mirror apt uses) made
    in ``target``: what a fresh install has, and nothing this machine added. Raises Unavailable when it cannot."""
    if shutil.which("debootstrap") is None:
        raise Unavailable("debootstrap is not installed")
    codename = platform.freedesktop_os_release().get("VERSION_CODENAME", "")
    if not codename:
        raise Unavailable("/etc/os-release names no release (VERSION_CODENAME)")
    # the archive this machine's base-files came from: its distribution's, not another repository apt knows
    policy = subprocess.run(["apt-cache", "policy", "base-files"], capture_output=True, text=True, timeout=60,
                            check=False).stdout
    found = re.search(rf"(https?://\S+) {codename}\S*/main ", policy)
    mirror = found[1] if found else "http://deb.debian.org/debian"
    # debootstrap mounts /proc and /sys in the target with util-linux's mount, which would create /run/mount (its
    # utab) on the machine: in a namespace of its own, with the utab beside the target
    utab = Path(f"{target}.utab")
    utab.mkdir(exist_ok=True)
    made = subprocess.run(["unshare", "--mount", "--propagation", "private", "--", "debootstrap", "--variant=minbase",
                           codename, target, mirror], capture_output=True, text=True, timeout=timeout, check=False,
                          env={**os.environ, "LIBMOUNT_UTAB": str(utab / "utab")})
    if made.returncode != 0:
        raise Unavailable(f"debootstrap {codename} from {mirror} failed: {(made.stdout + made.stderr)[-2000:]}")
    return target


class ThrowawayRoot:
    """The machine as it is (or the system in ``lower``), plus what the commands run in it change (kept in
    ``upper``)."""

    def __init__(self, path: Path, shared: Sequence[Path] = (), lower: Path = Path("/")) -> None:
        if os.geteuid() != 0:
            raise Unavailable("a throw-away root needs root (mount namespaces, overlayfs, chroot)")
        self.path = path = path.resolve()
        self.upper, self.work, self.merged = path / "upper", path / "work", path / "merged"
        for directory in (self.upper, self.work, self.merged):
            directory.mkdir(parents=True, exist_ok=True)
        self.shared = tuple(Path(directory).resolve() for directory in shared)
        if any(directory.is_relative_to(path) for directory in self.shared):
            raise ValueError("a shared directory inside the root's own would be mounted into the overlay under it")
        self._enter = _ENTER.format(lower=shlex.quote(str(lower.resolve())), upper=shlex.quote(str(self.upper)),
                                    work=shlex.quote(str(self.work)),
                                    merged=shlex.quote(str(self.merged)),
                                    shared=" ".join(shlex.quote(str(d)) for d in self.shared))
        probe = self.run(["true"], timeout=60)
        if probe.returncode != 0:
            raise Unavailable(f"cannot mount an overlay of / in a mount namespace here: {probe.stderr.strip()}")

    def command(self, argv: Sequence[str | Path]) -> list[str]:
        """The command line that runs ``argv`` (a path inside the root first) in the root."""
        return ["unshare", "--mount", "--propagation", "private", "--", "/bin/sh", "-c", self._enter, "enter",
                *map(str, argv)]

    def run(self, argv: Sequence[str | Path], *, timeout: float,
            env: Mapping[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        """Runs ``argv`` in the root; its result, whatever the exit code."""
        return subprocess.run(self.command(argv), capture_output=True, text=True, timeout=timeout, check=False,
                              env=None if env is None else dict(env))

    def launcher(self, program: str, script: Path, *, time_limit: float) -> Path:
        """An executable ``script`` outside the root that runs ``program`` of the root with its arguments, as a
        user would start it. A Python program that runs longer than ``time_limit`` seconds gets SIGABRT and,
        with PYTHONFAULTHANDLER set here, prints every thread's stack before it dies (where it hung)."""
        inner = ["env", "PYTHONFAULTHANDLER=1", "timeout", "--signal=ABRT", "--kill-after=10", f"{time_limit:g}",
                 program]
        script.write_text("#!/bin/sh\nexec " + shlex.join(self.command(inner)) + ' "$@"\n')
        script.chmod(0o755)
        return script

    def file(self, path: str | Path) -> Path:
        """Where a file the commands wrote at ``path`` (absolute, inside the root) lies outside it."""
        return self.upper / Path(path).relative_to("/")

    def remove(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)

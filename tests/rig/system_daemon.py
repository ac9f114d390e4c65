"""A system-mode libvirtd (with virtlogd) for what session mode cannot do, such as starting virtual networks.

It never clashes with the machine: a holder process owns a private mount and network namespace in which the
rig's own directories are bind-mounted over libvirt's system paths (/etc/libvirt, /var/lib/libvirt, ...) and over
/run; virtlogd and libvirtd are entered into those namespaces with nsenter. They are entered only once the holder's
own view of /run shows the rig's marker file, and refuse to run where /run lacks it: in the machine's /run they
would leave their sockets and PID files on the machine. Bridges, dnsmasq and iptables rules thus live in the rig's
network namespace only, and the daemon's socket is reached through the rig directory.
"""

from __future__ import annotations

import os
import shlex
import shutil
import signal
from pathlib import Path

from rig import apt, procs
from rig.errors import Unavailable
from rig.paths import LOG_DIR, SYSTEM_DIR, rig_dir

PACKAGES = ("libvirt-daemon-system", "libvirt-daemon-system-sysv", "libvirt-daemon-driver-lxc", "dnsmasq-base",
            "iptables", "iproute2", "util-linux")
SYSTEM_PATHS = ("/etc/libvirt", "/var/lib/libvirt", "/var/log/libvirt", "/var/cache/libvirt", "/run")
ENV = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LIBVIRT_LOG_OUTPUTS": "3:stderr"}
QEMU_CONF = 'user = "root"\ngroup = "root"\n'
MARKER = "virtdesk-rig-namespace"
# libvirt 9.0's LXC driver binds a hybrid host's cgroup2 hierarchy (/sys/fs/cgroup/unified) into a container before
# it mounts the tmpfs that holds it, and the container fails to start ("Unable to create directory
# /sys/fs/cgroup/unified"): the rig's mount namespace shows the cgroup v1 hierarchies only.
V1_CGROUPS_ONLY = "{ ! mountpoint -q /sys/fs/cgroup/unified || umount -n /sys/fs/cgroup/unified; }"
IN_RIG_RUN_ONLY = (f'[ -e /run/{MARKER} ] || {{ echo "/run is not the rig\'s, not starting $1" >&2; exit 1; }}; '
                   'exec "$@"')


class SystemDaemon:
    """libvirtd in system mode inside the rig's own namespaces; ``.uri`` reaches it from the test process."""

    def __init__(self) -> None:
        self.dir = rig_dir(SYSTEM_DIR, 0o700)
        self.socket_path = self.dir / "run" / "libvirt" / "libvirt-sock"
        self.uri = f"qemu+unix:///system?socket={self.socket_path}"
        self.lxc_uri = f"lxc+unix:///system?socket={self.socket_path}"
        self._services: list[procs.Service] = []

    @property
    def pid(self) -> int:
        return self._services[-1].pid

    @property
    def log_path(self) -> Path:
        return LOG_DIR / "libvirtd-system.log"

    def start(self) -> None:
        """Starts the namespace holder, virtlogd and libvirtd, and waits until libvirtd answers; a failure stops
        whatever it had started."""
        self._reset_dirs()
        try:
            holder = self._start_namespace()
            enter = ["nsenter", "-t", str(holder.pid), "-m", "-n", "--", "sh", "-c", IN_RIG_RUN_ONLY, "guard"]
            self._services.append(procs.start("virtlogd-system", [*enter, "/usr/sbin/virtlogd"], env=ENV))
            libvirtd = procs.start(
                "libvirtd-system", [*enter, "/usr/sbin/libvirtd", "--config", "/etc/libvirt/libvirtd.conf"], env=ENV
            )
            self._services.append(libvirtd)
            procs.wait_until(lambda: procs.unix_socket_accepts(self.socket_path), "the system libvirtd socket",
                             libvirtd)
        except BaseException:
            self.stop()
            raise

    def _start_namespace(self) -> procs.Service:
        """The holder of the namespaces, once its /run is the rig's (checked through its own view of /run)."""
        # -n: no utab entry, as its lock directory would go to the machine's /run (/run/mount)
        mounts = " && ".join(
            f"mount -n --bind {shlex.quote(str(self._mirror(path)))} {path}" for path in SYSTEM_PATHS
        )
        holder = procs.start(
            "netns-system",
            ["unshare", "--mount", "--net", "--propagation", "private", "sh", "-c",
             f"ip link set lo up && {V1_CGROUPS_ONLY} && {mounts} && exec sleep infinity"],
            env=ENV,
        )
        self._services.append(holder)
        marker = Path(f"/proc/{holder.pid}/root/run") / MARKER
        try:
            procs.wait_until(marker.exists, "the rig namespace", holder)
        except RuntimeError as error:
            raise Unavailable(f"this machine cannot give the rig its own namespaces: {error}") from error
        return holder

    def stop(self) -> None:
        for service in reversed(self._services):
            service.stop()
        self._services.clear()
        self._kill_dnsmasq()

    def _mirror(self, path: str) -> Path:
        return self.dir / path.strip("/").replace("/", "_")

    def _reset_dirs(self) -> None:
        if self._services:
            raise RuntimeError("the system daemon is already running")
        self._kill_dnsmasq()
        for path in SYSTEM_PATHS:
            mirror = self._mirror(path)
            if mirror.exists():
                shutil.rmtree(mirror)
            rig_dir(mirror)
        etc = self._mirror("/etc/libvirt")
        (etc / "libvirtd.conf").write_text("")
        (etc / "qemu.conf").write_text(QEMU_CONF)
        rig_dir(self._mirror("/run") / "libvirt")
        (self._mirror("/run") / MARKER).touch()

    def _kill_dnsmasq(self) -> None:
        """Kills dnsmasq instances the daemon left, by the PID files it wrote in the rig's run directory."""
        for pid_file in (self._mirror("/run") / "libvirt" / "network").glob("*.pid"):
            try:
                pid = int(pid_file.read_text().split()[0])
                if Path(f"/proc/{pid}/comm").read_text().strip() == "dnsmasq":
                    os.kill(pid, signal.SIGKILL)
            except (OSError, ValueError, IndexError):
                continue


def create() -> SystemDaemon:
    if os.geteuid() != 0:
        raise Unavailable("a system-mode libvirtd needs root")
    apt.ensure(*PACKAGES)
    return SystemDaemon()

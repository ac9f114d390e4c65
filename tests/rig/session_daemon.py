"""A real ``libvirtd`` in session mode, run as the rig's unprivileged user and reached by root over its socket."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

from rig import apt, procs
from rig.paths import HOME_DIR, LOG_DIR, rig_dir
from rig.users import Account, ensure_account

USER = "virtdesk-test"
PACKAGES = ("libvirt-daemon", "libvirt-daemon-driver-qemu", "libvirt-clients", "qemu-system-x86", "qemu-utils")


class SessionDaemon:
    """The session libvirtd of the rig user; ``.uri`` opens it from any local process (tests run as root).

    A second daemon of the same user (``home``: its own directory for the XDG dirs, ``name``: its PID file and
    log, ``host_uuid``: set in its libvirtd.conf) stands in for another host, e.g. as a migration's destination.
    """

    def __init__(self, account: Account, *, home: Path | None = None, name: str = "libvirtd-session",
                 host_uuid: str = "") -> None:
        self.account = account
        self.user = account.name
        self.home = home or account.home
        self.name = name
        self.host_uuid = host_uuid
        self.runtime_dir = self.home / "run"
        self.socket_path = self.runtime_dir / "libvirt" / "libvirt-sock"
        self.uri = f"qemu+unix:///session?socket={self.socket_path}"
        self._service: procs.Service | None = None

    @property
    def pid(self) -> int:
        if self._service is None:
            raise RuntimeError("the session daemon is not running")
        return self._service.pid

    @property
    def log_path(self) -> Path:
        return LOG_DIR / f"{self.name}.log"

    def alive(self) -> bool:
        return self._service is not None and self._service.alive()

    def start(self) -> None:
        """Starts the daemon (no-op when running) and waits until its socket accepts connections (else stops it)."""
        if self.alive():
            return
        for sub in ("run", ".config", ".cache", ".local/share"):
            path = self.home / sub
            path.mkdir(parents=True, exist_ok=True)
            self.account.own(path)
        self.runtime_dir.chmod(0o700)
        if self.host_uuid:
            config = self.home / ".config" / "libvirt" / "libvirtd.conf"
            config.parent.mkdir(exist_ok=True)
            config.write_text(f'host_uuid = "{self.host_uuid}"\n')
            self.account.own(config.parent)
        env = {
            "HOME": str(self.home), "USER": self.user, "LOGNAME": self.user,
            "PATH": "/usr/sbin:/usr/bin:/sbin:/bin",
            "XDG_RUNTIME_DIR": str(self.runtime_dir),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "XDG_CACHE_HOME": str(self.home / ".cache"),
            "XDG_DATA_HOME": str(self.home / ".local/share"),
            "LIBVIRT_LOG_OUTPUTS": "3:stderr",
        }
        self._service = procs.start(self.name, ["/usr/sbin/libvirtd"], env=env, user=self.account,
                                    cwd=self.home)
        try:
            procs.wait_until(lambda: procs.unix_socket_accepts(self.socket_path), "the session libvirtd socket",
                             self._service)
        except BaseException:
            self.stop()
            raise

    def reset(self) -> None:
        """Empties the home (daemon config, state, test files) so a run starts from a fresh daemon.

        The cache (qemu capabilities, probed in seconds) is kept.
        """
        if self.alive():
            raise RuntimeError("reset() needs the session daemon stopped")
        for entry in self.home.iterdir():
            if entry.name == ".cache":
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()

    def ensure_running(self) -> None:
        """Starts the daemon again if a test killed it."""
        self.start()

    def restart(self) -> None:
        self.stop()
        self.start()

    def kill(self) -> None:
        """SIGKILLs the daemon (a dying host); its guests keep running and it finds them again on start."""
        if self._service is not None:
            self._service.kill()

    def stop(self) -> None:
        if self._service is not None:
            self._service.stop()

    def make_readable(self, path: Path) -> Path:
        """Makes ``path`` usable by the daemon user: hands it over if it lies in the home, else copies it in."""
        path = path.resolve()
        if not path.is_relative_to(self.home):
            target = self.home / "shared" / uuid.uuid4().hex[:12] / path.name
            target.parent.mkdir(parents=True)
            if path.is_dir():
                shutil.copytree(path, target)
            else:
                shutil.copy2(path, target)
            self.account.own(target.parent.parent)
            path = target
        return self.account.own(path)

    def test_uri(self, host_xml_path: Path) -> str:
        """A URI opening the test-driver host ``host_xml_path`` through this daemon (a host over real RPC)."""
        return f"test+unix://{self.make_readable(host_xml_path)}?socket={self.socket_path}"


def create() -> SessionDaemon:
    """Installs what is missing, creates the rig user and returns its (not yet started) daemon."""
    apt.ensure(*PACKAGES)
    return SessionDaemon(ensure_account(USER))


def create_peer() -> SessionDaemon:
    """A second session libvirtd of the rig user, with its own directories and host UUID: another host on this
    machine (not yet started)."""
    apt.ensure(*PACKAGES)
    account = ensure_account(USER)
    home = rig_dir(HOME_DIR / f"{USER}-peer")
    account.own(home)
    return SessionDaemon(account, home=home, name="libvirtd-session-peer", host_uuid=str(uuid.uuid4()))

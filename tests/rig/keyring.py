"""A real Secret Service for the saved-password tests: private D-Bus session buses, one with gnome-keyring-daemon.

Each bus is a dbus-daemon with the rig's own configuration: its socket under the rig directory and no service
activation (the machine's session.conf would start gnome-keyring-daemon, or a prompter, by itself, outside the rig's
PID files). The keyring daemon runs in the foreground with only its secrets component, its login keyring created
and unlocked with a password of this run (on its standard input, so it is encrypted on disk), its files in its own
home, which is emptied at each start. Both run as root, like the tests that talk to them.

A test points the process at a bus with ``DBUS_SESSION_BUS_ADDRESS`` (``.environment``): the python keyring module
and jeepney read it on every connection they open.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from pathlib import Path

from rig import apt, procs
from rig.paths import RIG_DIR, rig_dir

PACKAGES = ("dbus-daemon", "gnome-keyring")
KEYRING_DIR = RIG_DIR / "keyring"
SECRETS_NAME = "org.freedesktop.secrets"
_PATH = "/usr/bin:/bin"

_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


class SessionBus:
    """A running dbus-daemon of the rig; ``.address`` is its D-Bus address, ``.environment`` the variable."""

    def __init__(self, name: str) -> None:
        self.dir = rig_dir(KEYRING_DIR / name, 0o700)
        self.socket_path = self.dir / "bus"
        self.socket_path.unlink(missing_ok=True)
        config = self.dir / "bus.conf"
        config.write_text(_BUS_CONFIG.format(socket=self.socket_path))
        self.address = f"unix:path={self.socket_path}"
        self._service = procs.start(
            name, ["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile", "--nosyslog"],
            env={"PATH": _PATH, "LANG": "C.UTF-8"},
        )
        try:
            procs.wait_until(lambda: procs.unix_socket_accepts(self.socket_path), f"{name} to listen", self._service)
        except BaseException:
            self.stop()
            raise

    @property
    def environment(self) -> dict[str, str]:
        return {"DBUS_SESSION_BUS_ADDRESS": self.address}

    @property
    def pid(self) -> int:
        return self._service.pid

    def has_owner(self, name: str) -> bool:
        """Whether a client of the bus owns the well-known ``name``."""
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        with open_dbus_connection(bus=self.address) as connection:
            return bool(connection.send_and_get_reply(message_bus.NameHasOwner(name), timeout=10).body[0])

    def stop(self) -> None:
        self._service.stop()
        self.socket_path.unlink(missing_ok=True)


class SecretService:
    """gnome-keyring-daemon (secrets only) on a bus of its own, its login keyring unlocked.

    ``.environment`` points a process at it; ``.home`` holds every file the daemon writes (``.keyrings_dir`` the
    keyrings); ``.pid``, ``.bus`` (the SessionBus), ``.log_path``."""

    def __init__(self) -> None:
        self.home = KEYRING_DIR / "home"
        self.keyrings_dir = self.home / "data" / "keyrings"
        self._service: procs.Service | None = None
        self.bus: SessionBus | None = None

    def _running(self) -> tuple[procs.Service, SessionBus]:
        if self._service is None or self.bus is None:
            raise RuntimeError("the Secret Service is not running")
        return self._service, self.bus

    @property
    def environment(self) -> dict[str, str]:
        return self._running()[1].environment

    @property
    def pid(self) -> int:
        return self._running()[0].pid

    @property
    def log_path(self) -> Path:
        return self._running()[0].log_path

    def start(self) -> None:
        """A new bus and a daemon with a new, empty login keyring (stopping those running); returns once the
        daemon serves the bus."""
        self.stop()
        shutil.rmtree(self.home, ignore_errors=True)
        rig_dir(self.home, 0o700)
        runtime = rig_dir(self.home / "run", 0o700)
        self.bus = SessionBus("dbus-secrets")
        env = {"PATH": _PATH, "LANG": "C.UTF-8", "HOME": str(self.home), "XDG_RUNTIME_DIR": str(runtime),
               "XDG_DATA_HOME": str(self.home / "data"), "XDG_CONFIG_HOME": str(self.home / "config"),
               "XDG_CACHE_HOME": str(self.home / "cache"), **self.bus.environment}
        try:
            self._service = self._start_daemon(env)
            procs.wait_until(lambda: self.bus is not None and self.bus.has_owner(SECRETS_NAME),
                             "gnome-keyring-daemon to serve the Secret Service", self._service)
        except BaseException:
            self.stop()
            raise

    @staticmethod
    def _start_daemon(env: dict[str, str]) -> procs.Service:
        """gnome-keyring-daemon, the unlock password of this start on its standard input."""
        read_fd, write_fd = os.pipe()
        try:
            # sh only puts the pipe on standard input and becomes the daemon (same PID)
            service = procs.start(
                "gnome-keyring", ["sh", "-c", f"exec gnome-keyring-daemon --foreground --unlock "
                                              f"--components=secrets </dev/fd/{read_fd}"],
                env=env, cwd=Path(env["HOME"]), pass_fds=[read_fd],
            )
            os.close(read_fd)
            read_fd = -1
            with contextlib.suppress(BrokenPipeError):  # it exited: the caller's wait shows its log
                os.write(write_fd, secrets.token_urlsafe(24).encode())
        finally:
            os.close(write_fd)
            if read_fd >= 0:
                os.close(read_fd)
        return service

    def stop(self) -> None:
        if self._service is not None:
            self._service.stop()
            self._service = None
        if self.bus is not None:
            self.bus.stop()
            self.bus = None


def create_secret_service() -> SecretService:
    """Installs what is missing; the service is not started."""
    apt.ensure(*PACKAGES)
    return SecretService()


def create_bare_bus() -> SessionBus:
    """Installs what is missing and starts a session bus on which nothing offers a Secret Service."""
    apt.ensure(*PACKAGES)
    return SessionBus("dbus-bare")

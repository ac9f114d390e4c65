"""A desktop notification server on the rig's Xvfb: `dunst` on a session bus of its own (the rig's dbus-daemon,
which starts no services), owning org.freedesktop.Notifications as a desktop's would. ``.environment`` points a
process at the bus; ``history()`` closes what is shown and returns everything the server was given."""

from __future__ import annotations

import json
import subprocess

from rig import apt, procs
from rig.keyring import SessionBus

PACKAGES = ("dunst", "dbus-daemon")
NAME = "org.freedesktop.Notifications"


class NotificationServer:
    def __init__(self, display: str) -> None:
        apt.ensure(*PACKAGES)
        self.display = display
        self.bus: SessionBus | None = None
        self._server: procs.Service | None = None

    @property
    def environment(self) -> dict[str, str]:
        assert self.bus is not None
        return self.bus.environment

    def _env(self) -> dict[str, str]:
        return {"PATH": "/usr/bin:/bin", "DISPLAY": self.display, "HOME": "/nonexistent", **self.environment}

    def start(self) -> None:
        self.bus = SessionBus("dbus-notifications")
        self._server = procs.start("notification-server", ["dunst"], env=self._env())
        procs.wait_until(lambda: self.bus is not None and self.bus.has_owner(NAME), f"dunst to own {NAME}",
                         self._server)

    def _dunstctl(self, *args: str) -> str:
        return subprocess.run(["dunstctl", *args], env=self._env(), capture_output=True, text=True, timeout=20,
                              check=True).stdout

    def history(self) -> list[dict[str, object]]:
        """What the server was given, newest first: each notification's summary, body, urgency, appname, ..."""
        self._dunstctl("close-all")
        found = json.loads(self._dunstctl("history"))
        return [{key: value["data"] for key, value in entry.items()} for entry in found["data"][0]]

    def log(self) -> str:
        assert self._server is not None
        return self._server.output()

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None
        if self.bus is not None:
            self.bus.stop()
            self.bus = None

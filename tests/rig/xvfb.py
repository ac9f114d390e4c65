"""An Xvfb X server on a display it picks itself (-displayfd), for the few tests that need a real window."""

from __future__ import annotations

import os
import select
import subprocess
import sys
from pathlib import Path

from rig import apt, procs

PACKAGES = ("xvfb", "xdotool", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1")
GRAB_SCREEN = ("import sys; from PySide6.QtGui import QGuiApplication; app = QGuiApplication([]); "
               "sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)")


class Xvfb:
    """A running Xvfb; ``.display`` is ":N"."""

    def __init__(self) -> None:
        apt.ensure(*PACKAGES)
        read_fd, write_fd = os.pipe()
        try:
            try:
                self._service = procs.start(  # -noreset: a server resetting as its last client leaves turns
                    "xvfb",                     # away the next meanwhile (GTK: "cannot open display")
                    ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp",
                     "-noreset"],
                    env={"PATH": "/usr/bin:/bin"}, pass_fds=[write_fd],
                )
            finally:
                os.close(write_fd)
            number = b""
            while not number.endswith(b"\n"):
                ready, _, _ = select.select([read_fd], [], [], 15)
                chunk = os.read(read_fd, 16) if ready else b""
                if not chunk:
                    self._service.stop()
                    raise RuntimeError(f"Xvfb did not report a display:\n{self._service.log_tail()}")
                number += chunk
        finally:
            os.close(read_fd)
        self.display = f":{int(number)}"

    @property
    def pid(self) -> int:
        return self._service.pid

    def screenshot(self, path: Path) -> None:
        """The whole screen as a PNG, grabbed by Qt on the display."""
        env = dict(os.environ, DISPLAY=self.display, QT_QPA_PLATFORM="xcb")
        grab = subprocess.run([sys.executable, "-c", GRAB_SCREEN, str(path)], env=env, capture_output=True,
                              text=True, timeout=60, check=False)
        if grab.returncode:
            raise RuntimeError(f"screenshot of {self.display} failed:\n{grab.stderr[-2000:]}")

    def stop(self) -> None:
        self._service.stop()

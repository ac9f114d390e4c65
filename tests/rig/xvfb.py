"""An Xvfb X server on a display it picks itself (-displayfd), for the few tests that need a real window."""

from __future__ import annotations

import os
import select

from rig import apt, procs

PACKAGES = ("xvfb", "xdotool", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1")


class Xvfb:
    """A running Xvfb; ``.display`` is ":N"."""

    def __init__(self) -> None:
        apt.ensure(*PACKAGES)
        read_fd, write_fd = os.pipe()
        try:
            try:
                self._service = procs.start(
                    "xvfb",
                    ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
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

    def stop(self) -> None:
        self._service.stop()

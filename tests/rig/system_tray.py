"""A freedesktop system tray host on the rig's Xvfb: `trayer`, a small XEmbed tray (Debian 12 has no stalonetray).

It owns the `_NET_SYSTEM_TRAY_S0` selection, so a Qt program on the display finds a tray
(QSystemTrayIcon.isSystemTrayAvailable()), docks its icon there and the tray reparents the icon's window into its
panel. The X11 queries (selection owner, window parents, properties) go through libX11 and the x11-utils tools.
"""

from __future__ import annotations

import ctypes
import re
import subprocess

from rig import apt, procs

PACKAGES = ("trayer", "x11-utils")
SELECTION = b"_NET_SYSTEM_TRAY_S0"

_x11 = None


def _libx11() -> ctypes.CDLL:
    global _x11
    if _x11 is None:
        _x11 = ctypes.CDLL("libX11.so.6")
        _x11.XOpenDisplay.argtypes, _x11.XOpenDisplay.restype = [ctypes.c_char_p], ctypes.c_void_p
        _x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        _x11.XInternAtom.restype = ctypes.c_ulong
        _x11.XGetSelectionOwner.argtypes, _x11.XGetSelectionOwner.restype = [ctypes.c_void_p, ctypes.c_ulong], \
            ctypes.c_ulong
        _x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    return _x11


def tray_owner(display: str) -> int:
    """The window that owns the display's system tray selection (0: no tray)."""
    x11 = _libx11()
    connection = x11.XOpenDisplay(display.encode())
    if not connection:
        raise RuntimeError(f"cannot open X display {display}")
    try:
        return int(x11.XGetSelectionOwner(connection, x11.XInternAtom(connection, SELECTION, 0)))
    finally:
        x11.XCloseDisplay(connection)


def _x_tool(display: str, *argv: str) -> str:
    return subprocess.run(argv, env={"PATH": "/usr/bin:/bin", "DISPLAY": display}, capture_output=True,
                          text=True, timeout=20, check=False).stdout


def parent_of(display: str, window: int) -> int:
    """The window's parent (0 for the root window or a window that is gone)."""
    found = re.search(r"Parent window id: (0x[0-9a-f]+)", _x_tool(display, "xwininfo", "-tree", "-id", str(window)))
    return int(found.group(1), 16) if found else 0


def window_pid(display: str, window: int) -> int:
    """The _NET_WM_PID the window's client set on it (0: none)."""
    found = re.search(r"= (\d+)", _x_tool(display, "xprop", "-id", str(window), "_NET_WM_PID"))
    return int(found.group(1)) if found else 0


class SystemTray:
    """`trayer` on ``display``, started by ``start()``: ``.pid``, ``.holds(window)``, ``.stop()``."""

    def __init__(self, display: str) -> None:
        apt.ensure(*PACKAGES)
        self.display = display
        self._service: procs.Service | None = None

    @property
    def pid(self) -> int:
        assert self._service is not None
        return self._service.pid

    def start(self) -> None:
        """Starts the tray and waits until it owns the tray selection."""
        self._service = procs.start(
            "system-tray",
            ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request", "--height", "32",
             "--SetDockType", "true", "--tint", "0xd0d0d0", "--transparent", "false"],
            env={"PATH": "/usr/bin:/bin", "DISPLAY": self.display, "HOME": "/nonexistent"},
        )
        procs.wait_until(lambda: tray_owner(self.display) != 0, "the tray to own _NET_SYSTEM_TRAY_S0",
                         self._service)

    def holds(self, window: int) -> bool:
        """Whether the tray has embedded ``window``: one of its ancestors is a window of the tray's process."""
        ancestor = parent_of(self.display, window)
        while ancestor:
            if window_pid(self.display, ancestor) == self.pid:
                return True
            ancestor = parent_of(self.display, ancestor)
        return False

    def stop(self) -> None:
        if self._service is not None:
            self._service.stop()
            self._service = None

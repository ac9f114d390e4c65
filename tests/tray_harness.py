"""The real program (`python -m virtdesk --connect demo`) on the rig's Xvfb, for the tray tests: its X windows by
xdotool, its output in a log file, the Preferences' tray option set in its own settings. Notifications are off
there: they would show the icon too (they appear from it)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from rig.system_tray import SystemTray

ROOT = Path(__file__).resolve().parents[1]
MANAGER_TITLE = "^Virtual Machine Manager$"
WAIT_S = 60.0


class Program:
    """The running program on the display; ``environment`` adds to its variables (e.g. a session bus)."""

    def __init__(self, display: str, workdir: Path, tray_option: bool, environment: Mapping[str, str]) -> None:
        self.display = display
        config = workdir / "config"
        (config / "virtdesk").mkdir(parents=True)
        (config / "virtdesk" / "virtdesk.conf").write_text(
            f"[tray]\nenabled={str(tray_option).lower()}\n[notifications]\nenabled=false\n")
        self.log_path = workdir / "virtdesk.log"
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", XDG_CONFIG_HOME=str(config), **environment)
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen([sys.executable, "-m", "virtdesk", "--connect", "demo"], env=env,
                                            cwd=ROOT, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)

    def xdotool(self, *args: str) -> str:
        return subprocess.run(["xdotool", *args], env=dict(os.environ, DISPLAY=self.display), capture_output=True,
                              text=True, timeout=20, check=False).stdout

    def visible_windows(self, name: str = "") -> list[int]:
        """The program's mapped windows whose title matches ``name``."""
        found = self.xdotool("search", "--all", "--onlyvisible", "--pid", str(self.process.pid), "--name", name)
        return [int(window) for window in found.split()]

    def manager_shown(self) -> bool:
        return bool(self.visible_windows(MANAGER_TITLE))

    def xprop(self, window: int, name: str) -> str:
        return subprocess.run(["xprop", "-id", str(window), name], env=dict(os.environ, DISPLAY=self.display),
                              capture_output=True, text=True, timeout=20, check=False).stdout

    def popup_menus(self) -> list[int]:
        return [window for window in self.visible_windows()
                if "_NET_WM_WINDOW_TYPE_POPUP_MENU" in self.xprop(window, "_NET_WM_WINDOW_TYPE")]

    def docked_icons(self, tray: SystemTray) -> list[int]:
        """The program's windows the tray has embedded."""
        return [window for window in self.visible_windows() if tray.holds(window)]

    def click(self, window: int, button: int) -> None:
        self.xdotool("mousemove", "--sync", "--window", str(window), "8", "8", "click", str(button))

    def wait_for(self, condition: Callable[[], object], what: str) -> None:
        deadline = time.monotonic() + WAIT_S
        while not condition():
            assert self.process.poll() is None, f"virtdesk exited ({self.process.returncode}):\n{self.log()}"
            assert time.monotonic() < deadline, f"after {WAIT_S:.0f} s: {what}\n{self.log()}"
            time.sleep(0.2)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-3000:]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@contextmanager
def programs(display: str, workdir: Path, environment: Mapping[str, str] | None = None
             ) -> Iterator[Callable[[bool], Program]]:
    """``start(tray_option)`` runs the program and returns once its manager window shows; every program started
    is stopped (by its PID) at the end."""
    started: list[Program] = []

    def start(tray_option: bool) -> Program:
        program = Program(display, workdir / f"program-{len(started)}", tray_option, environment or {})
        started.append(program)
        program.wait_for(program.manager_shown, "the manager window is not shown")
        return program

    try:
        yield start
    finally:
        for program in started:
            program.stop()

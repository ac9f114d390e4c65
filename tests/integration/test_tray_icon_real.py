"""The tray icon in a real system tray: the real program (`python -m virtdesk --connect demo`) on the rig's Xvfb
with a real XEmbed tray host (rig.system_tray). With the Preferences' tray option on, the tray embeds virtdesk's
icon window; a left click on it hides and shows the manager, a right click opens the tray menu, and the icon is
drawn on the screen. With the option off no icon docks, and a tray that starts after the program still gets it.

The program and its settings: tray_harness. The same program where the tray is a StatusNotifierItem host on D-Bus
(KDE Plasma, GNOME's AppIndicator): test_tray_status_notifier.py.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from rig.system_tray import SystemTray
from rig.xvfb import Xvfb
from tray_harness import MANAGER_TITLE, Program, programs

pytestmark = pytest.mark.integration


@pytest.fixture
def start_program(xvfb: Xvfb, tmp_path: Path) -> Iterator[Callable[[bool], Program]]:
    with programs(xvfb.display, tmp_path) as start:
        yield start


def the_icon(program: Program, tray: SystemTray) -> int:
    """The one icon window of the program the tray embedded (waits for it)."""
    program.wait_for(lambda: program.docked_icons(tray), "the tray has embedded no icon window of virtdesk")
    icons = program.docked_icons(tray)
    assert len(icons) == 1, f"the tray holds {len(icons)} icons of virtdesk"
    return icons[0]


def left_click_toggles_the_manager(program: Program, icon: int) -> None:
    program.click(icon, 1)
    program.wait_for(lambda: not program.manager_shown(), "a left click on the icon did not hide the manager")
    assert program.process.poll() is None, "hiding the manager in the tray ended the program"
    program.click(icon, 1)
    program.wait_for(program.manager_shown, "a second left click on the icon did not show the manager again")


def icon_geometry(program: Program, icon: int) -> tuple[int, int, int, int]:
    """x, y, width, height of the icon window on the screen."""
    shell = program.xdotool("getwindowgeometry", "--shell", str(icon))
    values = dict(line.split("=", 1) for line in shell.split())
    return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])


def test_the_icon_docks_in_a_real_tray_and_its_clicks_work(system_tray, start_program, xvfb, tmp_path) -> None:
    program = start_program(True)
    icon = the_icon(program, system_tray)

    x, y, width, height = icon_geometry(program, icon)
    shot = tmp_path / "tray.png"
    xvfb.screenshot(shot)
    picture = QImage(str(shot)).copy(x, y, width, height)
    colours = {picture.pixel(px, py) for px in range(width) for py in range(height)}
    assert len(colours) > 4, f"the icon's {width}x{height} area at {x},{y} is blank ({len(colours)} colours)"

    left_click_toggles_the_manager(program, icon)

    program.click(icon, 3)
    program.wait_for(program.popup_menus, "a right click on the icon opened no menu")
    xvfb.screenshot(tmp_path / "tray-menu.png")
    program.xdotool("key", "Escape")
    program.wait_for(lambda: not program.popup_menus(), "Escape did not close the tray menu")


def test_with_the_tray_option_off_no_icon_docks(system_tray, start_program) -> None:
    program = start_program(False)
    time.sleep(3)  # the icon docks within a second of the manager showing when it is wanted (test above)
    assert program.docked_icons(system_tray) == [], "the tray holds virtdesk's icon though the option is off"
    # run as `python -m virtdesk`, its windows are still grouped under the desktop entry's StartupWMClass
    manager = program.visible_windows(MANAGER_TITLE)[0]
    wm_class = subprocess.run(["xprop", "-id", str(manager), "WM_CLASS"], env=dict(os.environ, DISPLAY=program.display),
                              capture_output=True, text=True, timeout=10).stdout
    assert wm_class.split("=", 1)[1].strip() == '"virtdesk", "virtdesk"', wm_class


def test_a_tray_that_starts_after_the_program_gets_its_icon(system_tray, start_program) -> None:
    system_tray.stop()  # as when the program starts with the session before the desktop's panel
    program = start_program(True)
    system_tray.start()
    left_click_toggles_the_manager(program, the_icon(program, system_tray))


def test_a_tray_that_goes_away_brings_the_hidden_manager_back_and_its_return_the_icon(system_tray,
                                                                                     start_program) -> None:
    program = start_program(True)
    icon = the_icon(program, system_tray)
    program.click(icon, 1)
    program.wait_for(lambda: not program.manager_shown(), "a left click on the icon did not hide the manager")
    system_tray.stop()  # the panel ends: nothing else could bring the manager back
    program.wait_for(program.manager_shown, "the manager stayed hidden after its tray went away")
    assert program.process.poll() is None
    system_tray.start()
    left_click_toggles_the_manager(program, the_icon(program, system_tray))

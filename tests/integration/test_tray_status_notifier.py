"""The tray icon where the desktop's tray is a StatusNotifierItem host on D-Bus (KDE Plasma, GNOME with the
AppIndicator extension), not an XEmbed tray: the real program (`python -m virtdesk --connect demo`, xcb on the
rig's Xvfb) on a session bus where the rig's StatusNotifierWatcher has a host (rig.status_notifier_host). Qt's
QSystemTrayIcon then exports the icon as a StatusNotifierItem and its menu over com.canonical.dbusmenu.

With the Preferences' tray option on, the item registers with the watcher as the program's, named virtdesk, with
an icon; its menu lists the demo host's VMs with their states and each VM's actions, enabled as the VM's state
allows; choosing Hide/Show hides and shows the manager, Run starts the VM, Details opens its window, Quit ends the
program and its item; activating the item (a left click in the panel) hides and shows the manager. With the option
off no item registers. A panel that starts after the program, or ends and starts again, gets the item (again).

Each test runs twice: with the rig's own watcher and host, and with a real desktop panel's (LXQt's, on the rig's
Xvfb). On the real panel, also: the icon is drawn in the panel, a left click on it hides and shows the manager and
a right click opens the panel's menu of the item.

The XEmbed counterpart: test_tray_icon_real.py; the program and its settings: tray_harness.
"""

from __future__ import annotations

import re
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtGui import QImage
from rig.status_notifier_host import MenuEntry, StatusNotifierHost, StatusNotifierItem
from rig.xvfb import Xvfb
from tray_harness import ROOT, WAIT_S, Program, programs

pytestmark = pytest.mark.integration

HOST_LABEL = "Demo host"
VM_ENTRIES = ["Open Console", "Details", "---", "Run", "Shut Down"]  # as manager/tray.py's TrayVmMenu lists them
RUNNING, SHUT_OFF = "1", "5"  # the test driver's <test:runstate> values
TEST_NS = "http://libvirt.org/schemas/domain/test/1.0"
PANEL_HEIGHT = 32  # rig.status_notifier_host's LXQt panel


def demo_vms() -> dict[str, str]:
    """The demo host's VMs: name -> runstate, read from its own XML files."""
    found = {}
    for path in sorted((ROOT / "resources" / "demo" / "domains").glob("*.xml")):
        domain = etree.parse(str(path)).getroot()
        found[domain.findtext("name")] = domain.findtext(f"{{{TEST_NS}}}runstate")
    return found


@pytest.fixture
def start_program(xvfb: Xvfb, status_notifier_host: StatusNotifierHost,
                  tmp_path: Path) -> Iterator[Callable[[bool], Program]]:
    with programs(xvfb.display, tmp_path, status_notifier_host.environment) as start:
        yield start


def registered_item(program: Program, host: StatusNotifierHost) -> str:
    """The id of the one item registered with the watcher, the program's (waits for it)."""
    program.wait_for(host.items, "no item registered with the watcher")
    items = host.items()
    assert len(items) == 1, f"{len(items)} items registered: {items}"
    assert host.owner_pid(items[0]) == program.process.pid, "the registered item is not the program's"
    return items[0]


def menu_when_shown(item: StatusNotifierItem) -> MenuEntry:
    """The menu as a host shows it: AboutToShow first (Qt updates the Show/Hide entry then)."""
    item.about_to_show(0)
    return item.menu()


def vm_entry(menu: MenuEntry, name: str) -> MenuEntry:
    """The VM's submenu, under the demo host's."""
    connection = next(entry for entry in menu.shown() if entry.label.startswith(f"{HOST_LABEL} ("))
    found = [entry for entry in connection.shown() if entry.label.startswith(f"{name} (")]
    assert len(found) == 1, f"{len(found)} entries for {name}:\n{menu.outline()}"
    return found[0]


def action(menu: MenuEntry, vm: str, label: str) -> MenuEntry:
    """The entry ``label`` of the VM's submenu."""
    return next(entry for entry in vm_entry(menu, vm).shown() if entry.label == label)


def activate_toggles_the_manager(program: Program, item: StatusNotifierItem) -> None:
    item.activate()
    program.wait_for(lambda: not program.manager_shown(), "activating the item did not hide the manager")
    assert program.process.poll() is None, "hiding the manager in the tray ended the program"
    item.activate()
    program.wait_for(program.manager_shown, "activating the item again did not show the manager")


def test_the_item_registers_with_its_name_icon_and_menu(status_notifier_host, start_program) -> None:
    with status_notifier_host.registrations() as registrations:
        program = start_program(True)
        announced = registrations.next(WAIT_S)
    item_id = registered_item(program, status_notifier_host)
    assert announced == item_id, f"the watcher announced {announced} (StatusNotifierItemRegistered)"
    item = status_notifier_host.item(item_id)

    properties = item.properties()
    assert properties["Title"] == "virtdesk"
    assert properties["ToolTip"][2] == "virtdesk", properties["ToolTip"]  # (icon name, pixmaps, title, text)
    assert properties["Status"] == "Active"
    assert properties["Menu"] not in ("", "/", "/NO_DBUSMENU"), properties["Menu"]
    pixmaps = properties["IconPixmap"]
    assert properties["IconName"] or pixmaps, "the item has no icon (no IconName, no IconPixmap)"
    for width, height, argb in pixmaps:
        assert len(argb) == width * height * 4 and width >= 16, f"a broken {width}x{height} pixmap"
        pixels = {argb[i:i + 4] for i in range(0, len(argb), 4)}
        assert len(pixels) > 4, f"the {width}x{height} icon is blank ({len(pixels)} colours)"

    menu = menu_when_shown(item)
    top = [entry.label if not entry.is_separator else "---" for entry in menu.shown()]
    assert top == ["Hide Virtual Machine Manager", "---", f"{HOST_LABEL} (Connected)", "---", "Quit"], \
        menu.outline()
    vms = demo_vms()
    connection = menu.shown()[2]
    assert [entry.label.rpartition(" (")[0] for entry in connection.shown()] == sorted(vms, key=str.casefold)
    for name in vms:
        entries = vm_entry(menu, name).shown()
        assert [entry.label if not entry.is_separator else "---" for entry in entries] == VM_ENTRIES, name
    running = next(name for name, state in vms.items() if state == RUNNING)
    shut_off = next(name for name, state in vms.items() if state == SHUT_OFF)
    assert vm_entry(menu, running).label == f"{running} (Running)"
    assert vm_entry(menu, shut_off).label == f"{shut_off} (Shut off)"
    enabled = {(vm, label): action(menu, vm, label).enabled for vm in (running, shut_off)
               for label in ("Open Console", "Run", "Shut Down")}
    assert enabled == {(running, "Open Console"): True, (running, "Run"): False, (running, "Shut Down"): True,
                       (shut_off, "Open Console"): False, (shut_off, "Run"): True, (shut_off, "Shut Down"): False}


def test_its_menu_and_activation_act_on_the_program(status_notifier_host, start_program) -> None:
    program = start_program(True)
    item = status_notifier_host.item(registered_item(program, status_notifier_host))
    activate_toggles_the_manager(program, item)

    item.click(menu_when_shown(item).find("Hide Virtual Machine Manager").id)
    program.wait_for(lambda: not program.manager_shown(), "the menu's Hide did not hide the manager")
    item.click(menu_when_shown(item).find("Show Virtual Machine Manager").id)
    program.wait_for(program.manager_shown, "the menu's Show did not show the manager")

    vms = demo_vms()
    shut_off = next(name for name, state in vms.items() if state == SHUT_OFF)
    menu = menu_when_shown(item)
    item.about_to_show(vm_entry(menu, shut_off).id)
    item.click(action(menu, shut_off, "Run").id)
    program.wait_for(lambda: vm_entry(item.menu(), shut_off).label == f"{shut_off} (Running)",
                     f"Run in the menu did not start {shut_off}")
    assert not action(item.menu(), shut_off, "Run").enabled

    running = next(name for name, state in vms.items() if state == RUNNING)
    item.click(action(item.menu(), running, "Details").id)
    program.wait_for(lambda: program.visible_windows(f"^{re.escape(running)} on {HOST_LABEL}$"),
                     f"Details in the menu opened no window for {running}")

    item.click(item.menu().find("Quit").id)
    try:
        code: int | None = program.process.wait(WAIT_S)
    except subprocess.TimeoutExpired:
        code = None
    assert code == 0, f"Quit in the menu: the program's exit code is {code}\n{program.log()}"
    deadline = time.monotonic() + WAIT_S
    while status_notifier_host.items() and time.monotonic() < deadline:  # the bus tells the watcher it left
        time.sleep(0.2)
    assert status_notifier_host.items() == [], "the watcher still lists the item of the ended program"


def test_with_the_tray_option_off_no_item_registers(status_notifier_host, start_program) -> None:
    with status_notifier_host.registrations() as registrations:
        program = start_program(False)
        announced = registrations.next(3)  # the item registers as the manager shows when it is wanted (above)
    assert announced is None and status_notifier_host.items() == [], \
        f"an item registered though the option is off: {announced}, {status_notifier_host.items()}"
    assert program.manager_shown()


def test_a_panel_that_starts_after_the_program_gets_the_item(status_notifier_host, start_program) -> None:
    status_notifier_host.stop()  # as when the program starts with the session before the desktop's panel
    program = start_program(True)
    status_notifier_host.start()
    activate_toggles_the_manager(program, status_notifier_host.item(registered_item(program,
                                                                                    status_notifier_host)))


def test_a_panel_that_ends_brings_the_manager_back_and_its_return_the_item(status_notifier_host,
                                                                            start_program) -> None:
    program = start_program(True)
    item = status_notifier_host.item(registered_item(program, status_notifier_host))
    item.activate()
    program.wait_for(lambda: not program.manager_shown(), "activating the item did not hide the manager")
    status_notifier_host.stop()  # the panel ends (plasmashell restarts): nothing else could bring the manager back
    program.wait_for(program.manager_shown, "the manager stayed hidden after the panel went away")
    status_notifier_host.start()
    item = status_notifier_host.item(registered_item(program, status_notifier_host))
    activate_toggles_the_manager(program, item)
    assert vm_entry(menu_when_shown(item), next(iter(demo_vms()))).shown(), "the item's menu came back empty"


def panel_strip(xvfb: Xvfb, path: Path) -> QImage:
    """The bottom of the screen, where the LXQt panel is (its height, 32 pixels), below the manager's window."""
    xvfb.screenshot(path)
    screen = QImage(str(path))
    return screen.copy(0, screen.height() - PANEL_HEIGHT, screen.width(), PANEL_HEIGHT)


def xvfb_height(screenshot: Path) -> int:
    return QImage(str(screenshot)).height()


def changed_area(before: QImage, after: QImage) -> tuple[int, int, int, int] | None:
    """(left, top, right, bottom) of the pixels that differ, or None."""
    xs, ys = [], []
    for y in range(after.height()):
        for x in range(after.width()):
            if before.pixel(x, y) != after.pixel(x, y):
                xs.append(x)
                ys.append(y)
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None


def panel_menus(program: Program, panel_pid: int) -> list[int]:
    """The panel's popup menus that are mapped now (the menu it builds from the item's dbusmenu)."""
    found = program.xdotool("search", "--all", "--onlyvisible", "--pid", str(panel_pid), "--name", "")
    return [int(window) for window in found.split() if "_NET_WM_WINDOW_TYPE_POPUP_MENU" in program.xprop(
        int(window), "_NET_WM_WINDOW_TYPE")]


def test_a_real_panel_shows_the_icon_and_its_clicks_work(lxqt_panel, xvfb, tmp_path) -> None:
    """LXQt's panel draws the item's icon; a left click on it hides and shows the manager, a right click opens the
    panel's menu of the item (built from the item's dbusmenu) and Escape closes it."""
    with programs(xvfb.display, tmp_path, lxqt_panel.environment) as start:
        time.sleep(1)  # the empty panel painted
        empty = panel_strip(xvfb, tmp_path / "empty.png")
        program = start(True)
        registered_item(program, lxqt_panel)
        area: list[tuple[int, int, int, int] | None] = [None]

        def icon_drawn() -> bool:
            area[0] = changed_area(empty, panel_strip(xvfb, tmp_path / "panel.png"))
            return area[0] is not None

        program.wait_for(icon_drawn, "the panel drew nothing for the item")
        left, top, right, bottom = area[0]
        assert 12 <= right - left + 1 <= PANEL_HEIGHT and 12 <= bottom - top + 1 <= PANEL_HEIGHT, \
            f"the panel's change is {right - left + 1}x{bottom - top + 1} at {left},{top}, not an icon"
        icon = panel_strip(xvfb, tmp_path / "icon.png").copy(left, top, right - left + 1, bottom - top + 1)
        colours = {icon.pixel(x, y) for x in range(icon.width()) for y in range(icon.height())}
        assert len(colours) > 4, f"the icon is blank ({len(colours)} colours)"
        x, y = str((left + right) // 2), str(xvfb_height(tmp_path / "panel.png") - PANEL_HEIGHT + (top + bottom) // 2)

        program.xdotool("mousemove", "--sync", x, y)
        program.xdotool("click", "1")
        program.wait_for(lambda: not program.manager_shown(), "a left click on the icon did not hide the manager")
        program.xdotool("click", "1")
        program.wait_for(program.manager_shown, "a second left click on the icon did not show the manager")

        program.xdotool("click", "3")
        program.wait_for(lambda: panel_menus(program, lxqt_panel.pid), "a right click on the icon opened no menu")
        xvfb.screenshot(tmp_path / "panel-menu.png")
        program.xdotool("key", "Escape")
        program.wait_for(lambda: not panel_menus(program, lxqt_panel.pid), "Escape did not close the menu")

"""The tray icon where the desktop's tray is a StatusNotifierItem host on D-Bus (KDE Plasma, GNOME with the
AppIndicator extension), not an XEmbed tray: the real program (`python -m virtdesk --connect demo`, xcb on the
rig's Xvfb) on a session bus where the rig's StatusNotifierWatcher has a host (rig.status_notifier_host). Qt's
QSystemTrayIcon then exports the icon as a StatusNotifierItem and its menu over com.canonical.dbusmenu.

With the Preferences' tray option on, the item registers with the watcher as the program's, named virtdesk, with
an icon; its menu lists the demo host's VMs with their states and each VM's actions, enabled as the VM's state
allows; choosing Hide/Show hides and shows the manager, Run starts the VM, Details opens its window, Quit ends the
program and its item; activating the item (a left click in the panel) hides and shows the manager. With the option
off no item registers. A panel that starts after the program, or ends and starts again, gets the item (again).

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
from rig.status_notifier_host import MenuEntry, StatusNotifierHost, StatusNotifierItem
from rig.xvfb import Xvfb
from tray_harness import ROOT, WAIT_S, Program, programs

pytestmark = pytest.mark.integration

HOST_LABEL = "Demo host"
VM_ENTRIES = ["Open Console", "Details", "---", "Run", "Shut Down"]  # as manager/tray.py's TrayVmMenu lists them
RUNNING, SHUT_OFF = "1", "5"  # the test driver's <test:runstate> values
TEST_NS = "http://libvirt.org/schemas/domain/test/1.0"


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

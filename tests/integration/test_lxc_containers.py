"""LXC containers on the rig's system libvirtd, made with the New VM wizard: an application container running a
busybox shell and an operating-system container booting a busybox tree the test builds. Each is created, starts,
shows as running in the manager, and its text console (virtdesk's serial console on the container's pty) runs a
command typed into it."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui.test_new_vm_wizard import finish, next_page, open_wizard, shown_xml, to_finish
from integration.test_serial_console import open_widget, run_typed, shown
from manager_harness import ManagerHarness
from rig import containers, guests

from virtdesk import xmlconf
from virtdesk.console.serial_widget import SerialConsole
from virtdesk.gui.console_window import ConsoleWindow
from virtdesk.gui.manager.vm_tree_model import Column
from virtdesk.gui.new_vm.wizard import NewVmWizard
from virtdesk.model.connection import Connection
from virtdesk.model.jobs import JobState
from virtdesk.model.vm_creation_plan import InstallMethod

pytestmark = pytest.mark.integration


@pytest.fixture
def manager(qtbot, lxc_host, lxc_conn):
    """The manager window with its connection to the rig's LXC host, loaded."""
    harness = ManagerHarness(qtbot)
    connection = harness.connect(lxc_host)
    qtbot.waitUntil(lambda: connection.loaded, timeout=20000)
    yield harness, connection
    harness.close()


def wizard_on(qtbot, connection: Connection) -> NewVmWizard:
    """The wizard on the LXC host, on its source page: a container host makes containers only."""
    wizard = open_wizard(qtbot, connection)
    assert wizard.method is InstallMethod.CONTAINER
    assert (wizard.platform.domain_type, wizard.platform.os_type) == ("lxc", "exe")
    next_page(qtbot, wizard)
    return wizard


def create(qtbot, wizard: NewVmWizard, name: str) -> None:
    """The resources (64 MiB, 1 vCPU), the name, then Finish."""
    next_page(qtbot, wizard)
    wizard.resources_page.memory_spin.setValue(64)
    wizard.resources_page.vcpus_spin.setValue(1)
    to_finish(qtbot, wizard)
    kinds = wizard.finish_page.network_kind
    assert not kinds.model().item(kinds.findData("user")).isEnabled()  # LXC has no usermode networking
    wizard.finish_page.name_edit.setText(name)
    qtbot.waitUntil(wizard.finish_page.isComplete, timeout=5000)
    xml = shown_xml(wizard)
    assert (xml.type, xml.os.type) == ("lxc", "exe") and not list(xml.devices.disks)
    assert finish(qtbot, wizard) is JobState.SUCCEEDED, wizard.finish_page.status_label.text()


def running_in_manager(qtbot, manager: ManagerHarness, connection: Connection, name: str) -> None:
    qtbot.waitUntil(lambda: connection.find_domain(name) is not None and connection.find_domain(name).is_active,
                    timeout=20000)
    index = manager.window.model.domain_index(connection.find_domain(name), Column.STATE)
    qtbot.waitUntil(lambda: index.data() == "Running", timeout=10000)


def console_of(qtbot, connection: Connection, name: str) -> SerialConsole:
    """The container's console in virtdesk's serial console widget: its one console, a pty of target type lxc."""
    console = open_widget(qtbot, connection, name)
    qtbot.waitUntil(lambda: console.stream is not None and console.stream.is_open, timeout=20000)
    assert [d.label for d in console.devices] == ["Console 1"]
    return console


def test_an_application_container_runs_a_busybox_shell_on_its_console(qtbot, manager, lxc_conn):
    harness, connection = manager
    wizard = wizard_on(qtbot, connection)
    container = wizard.source_page.container
    assert container.is_application()
    container.command_edit.setText("/bin/busybox sh -i")
    name = guests.unique_name("app")
    create(qtbot, wizard, name)
    live = xmlconf.load(lxc_conn.lookupByName(name).XMLDesc(0))
    assert (live.os.init, [a.value for a in live.os.initargs]) == ("/bin/busybox", ["sh", "-i"])
    assert not list(live.devices.interfaces)  # the rig's host has no virtual network, and LXC no usermode one
    running_in_manager(qtbot, harness, connection, name)
    harness.sampler.start()  # the LXC driver has no getAllDomainStats: the figures are asked per container
    qtbot.waitUntil(lambda: len(connection.find_domain(name).stats.cpu) > 0, timeout=10000)
    console = console_of(qtbot, connection, name)
    run_typed(qtbot, console)
    console.close()  # a console has one client at a time
    window = ConsoleWindow(connection.find_domain(name))  # a container has no display: its text console at once
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.view.serial_console is not None
                    and window.view.stack.currentWidget() is window.view.serial_console, timeout=20000)
    stream_open = window.view.serial_console
    qtbot.waitUntil(lambda: stream_open.stream is not None and stream_open.stream.is_open, timeout=20000)
    run_typed(qtbot, window.view.serial_console)


def test_an_os_tree_container_boots_its_init_and_runs_a_command_on_its_console(qtbot, manager, lxc_conn,
                                                                              tmp_path: Path):
    harness, connection = manager
    tree = containers.busybox_tree(tmp_path / "tree")
    wizard = wizard_on(qtbot, connection)
    container = wizard.source_page.container
    container.tree_radio.setChecked(True)
    container.tree_edit.setText(str(tree))
    qtbot.waitUntil(wizard.source_page.isComplete, timeout=10000)
    name = guests.unique_name("os")
    create(qtbot, wizard, name)
    live = xmlconf.load(lxc_conn.lookupByName(name).XMLDesc(0))
    assert live.os.init == "/sbin/init"
    assert [(f.source_dir, f.target_dir) for f in live.devices.filesystems] == [(str(tree), "/")]
    running_in_manager(qtbot, harness, connection, name)
    console = console_of(qtbot, connection, name)
    console.terminal.setFocus()
    qtbot.keyClick(console.terminal, "\r")  # the prompt again, for what came before the console opened
    # the tree's own /etc/profile set that prompt: busybox init of the tree started the shell
    qtbot.waitUntil(lambda: containers.PROMPT.strip() in shown(console), timeout=20000)
    run_typed(qtbot, console)

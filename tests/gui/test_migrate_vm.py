"""The Migrate dialog walked on test-driver hosts (libvirt's test driver does not migrate, so these show the
dialog, the checks and the refusals; tests/integration/test_vm_migration.py migrates between real daemons): the
destinations are the other connections, those that cannot take the VM listed with why; the checks name the
destination's VM that has the name, the disks missing there and why the CPU was not compared; every option is
disabled with the pair's reason; a migration started anyway is refused by the job with nothing changed on either
host; the manager's and the details window's menus open it."""

from __future__ import annotations

from pathlib import Path

import pytest
from details_harness import open_connection
from gui.test_delete_vm import on_host

from virtdesk.gui.migrate_vm_dialog import MigrateVmDialog
from virtdesk.gui.windows import WindowRegistry
from virtdesk.model.connection import Connection
from virtdesk.model.jobs import JobState
from virtdesk.model.vm_migration import MigrationOptions, Option, migrate_vm

pytestmark = pytest.mark.gui
POOL = "/var/lib/libvirt/images"
NS = "xmlns:test='http://libvirt.org/schemas/domain/test/1.0'"
TAKEN_UUID = "3f0a7c52-8d1e-4b6a-9c2f-5e7d8a9b0c11"


def _domain(name: str, disks: str = "", state: int = 5, uuid: str = "", cpu: str = "") -> str:
    return (f"<domain type='test'><name>{name}</name>" + (f"<uuid>{uuid}</uuid>" if uuid else "")
            + f"<memory unit='MiB'>64</memory><os><type arch='x86_64'>hvm</type></os>{cpu}<devices>{disks}</devices>"
            f"<test:runstate>{state}</test:runstate></domain>")


def _disk(path: str, target: str, extra: str = "", device: str = "disk") -> str:
    return f"<disk type='file' device='{device}'><source file='{path}'/><target dev='{target}'/>{extra}</disk>"


def _pool(*volumes: str) -> str:
    return (f"<pool type='dir'><name>default</name><target><path>{POOL}</path></target>"
            + "".join(f"<volume type='file'><name>{v}</name><capacity unit='MiB'>64</capacity></volume>"
                      for v in volumes) + "</pool>")


def write_hosts(directory: Path) -> tuple[str, str]:
    """The source (web: a pool disk, a file outside the pools, install media and a CPU model; busy running;
    taken) and the destination (a VM named taken, the pool with web's system disk only)."""
    web = _domain("web", _disk(f"{POOL}/web.qcow2", "vda") + _disk("/srv/web-data.img", "vdb")
                  + _disk(f"{POOL}/install.iso", "sda", "<readonly/>", "cdrom"),
                  cpu="<cpu mode='custom' match='exact'><model fallback='forbid'>qemu64</model></cpu>")
    source = directory / "source.xml"
    source.write_text(f"<node {NS}>" + web + _domain("busy", state=1) + _domain("taken")
                      + _pool("web.qcow2", "install.iso") + "</node>", encoding="utf-8")
    destination = directory / "destination.xml"
    destination.write_text(f"<node {NS}>" + _domain("taken", uuid=TAKEN_UUID) + _pool("web.qcow2") + "</node>",
                           encoding="utf-8")
    return "test://" + str(source.resolve()), "test://" + str(destination.resolve())


@pytest.fixture
def hosts(qtbot, tmp_path):
    source_uri, destination_uri = write_hosts(tmp_path)
    source, destination = open_connection(qtbot, source_uri), open_connection(qtbot, destination_uri)
    yield source, destination
    source.shutdown()
    destination.shutdown()


def open_dialog(qtbot, connections, name: str = "web") -> MigrateVmDialog:
    source = connections[0]
    qtbot.waitUntil(lambda: source.find_domain(name) is not None, timeout=10000)
    dialog = MigrateVmDialog(source.find_domain(name), connections)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=15000)
    qtbot.waitUntil(lambda: not isinstance(dialog.facts.get(dialog.destination()), str), timeout=15000)
    return dialog


def destinations(dialog: MigrateVmDialog) -> list[tuple[str, bool]]:
    model = dialog.destination_combo.model()
    return [(dialog.destination_combo.itemText(row), model.item(row).isEnabled())
            for row in range(dialog.destination_combo.count())]


def on_destination(dialog: MigrateVmDialog) -> dict[str, str]:
    return {dialog.table.item(row, dialog.Column.TARGET).text().split()[0]:
            dialog.table.item(row, dialog.Column.THERE).text() for row in range(dialog.table.rowCount())}


def names(connection) -> list[str]:
    return sorted(on_host(connection, lambda conn: [d.name() for d in conn.listAllDomains()]))


def test_destinations_are_the_other_connections_with_why_they_cannot_take_it(qtbot, hosts, tmp_path):
    source, destination = hosts
    offline = Connection(f"test://{tmp_path / 'elsewhere.xml'}")  # never opened
    dialog = open_dialog(qtbot, [source, destination, offline])
    listed = destinations(dialog)
    assert [text.split(" — ")[0] for text, _enabled in listed] == [destination.label, offline.label]
    assert not any(enabled for _text, enabled in listed)
    assert listed[0][0].endswith("cannot migrate VMs (its libvirt driver offers no migration)")
    assert listed[1][0].endswith("not connected")
    assert dialog.destination() is destination


def test_checks_name_the_missing_disks_and_the_cpu_not_compared(qtbot, hosts):
    dialog = open_dialog(qtbot, list(hosts))
    assert on_destination(dialog) == {"vda": "there", "vdb": "missing", "sda": "missing"}
    problem = dialog.problem_label.text()
    assert "cannot migrate VMs" in problem
    missing = next(line for line in problem.splitlines() if line.startswith(f"Not on {hosts[1].label}: "))
    assert set(missing.split(": ")[2].split(". ")[0].split(", ")) == {"/srv/web-data.img", f"{POOL}/install.iso"}
    assert "An offline migration moves only the definition" in missing
    assert "The CPU was not compared: " in dialog.summary_label.text()
    assert "virConnectCompareHypervisorCPU" in dialog.summary_label.text()
    assert not dialog.action_button.isEnabled() and dialog.cancel_button.isDefault()


def test_a_name_taken_on_the_destination_is_named(qtbot, hosts):
    dialog = open_dialog(qtbot, list(hosts), "taken")
    assert f"{hosts[1].label} has another VM named taken (UUID {TAKEN_UUID})." in dialog.problem_label.text()


def test_every_option_is_disabled_with_the_pairs_reason(qtbot, hosts):
    dialog = open_dialog(qtbot, list(hosts), "busy")
    for widget in [*dialog.checks.values(), *dialog.fields.values(), dialog.storage_combo]:
        assert not widget.isEnabled()
        assert widget.toolTip().endswith("cannot migrate VMs (its libvirt driver offers no migration)")
    transfers = dialog.transfer_combo.model()
    assert [transfers.item(row).isEnabled() for row in range(3)] == [True, False, False]
    assert dialog.unavailable_label.text() == ""  # said once, in the problem
    assert not dialog.checks[Option.LIVE].isChecked()  # shown as the migration would do it
    dialog.reject()
    assert not dialog.isVisible()


def test_the_job_refuses_a_pair_that_cannot_migrate_and_changes_nothing(qtbot, hosts):
    source, destination = hosts
    dialog = open_dialog(qtbot, list(hosts))
    before = names(source), names(destination)
    job = migrate_vm(source, destination, dialog.source, MigrationOptions(bandwidth_mib_s=5))
    qtbot.waitUntil(lambda: job.state is not JobState.RUNNING, timeout=15000)
    assert job.state is JobState.FAILED
    assert job.error.startswith("Nothing was done: ")
    assert "cannot migrate VMs" in job.error
    assert (names(source), names(destination)) == before


def test_the_manager_opens_it_from_its_vm_menu(qtbot, manager, tmp_path):
    source_uri, destination_uri = write_hosts(tmp_path)
    source = manager.connect(source_uri)
    manager.connect(destination_uri)
    qtbot.waitUntil(lambda: source.find_domain("web") is not None, timeout=10000)
    manager.window.select_domains([source.find_domain("web")])
    vm_menu = next(a.menu() for a in manager.window.menuBar().actions() if a.text() == "&Virtual Machine")
    assert manager.window.migrate_vm_action in vm_menu.actions()
    assert manager.window.migrate_vm_action.isEnabled()
    dialog = manager.window.migrate_selected()
    assert isinstance(dialog, MigrateVmDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    assert [text.split(" — ")[0] for text, _enabled in destinations(dialog)] == [
        c.label for c in manager.connections.connections if c is not source]
    dialog.reject()


def test_the_details_window_asks_the_manager_for_it(qtbot, manager, tmp_path):
    source_uri, destination_uri = write_hosts(tmp_path)
    source = manager.connect(source_uri)
    manager.connect(destination_uri)
    qtbot.waitUntil(lambda: source.find_domain("web") is not None, timeout=10000)
    registry = WindowRegistry(manager.preferences, manager.sampler)
    registry.migrate_requested.connect(manager.window.migrate_domain)
    window = registry.show_details(source.find_domain("web"))  # deleted when closed
    assert window.migrate_action in window.power_menu.actions()
    with qtbot.waitSignal(registry.migrate_requested, timeout=5000) as asked:
        window.migrate_action.trigger()
    assert asked.args == [source.find_domain("web")]
    dialog = manager.window.findChild(MigrateVmDialog)
    assert dialog is not None and dialog.domain is source.find_domain("web")
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    dialog.reject()
    window.close()


def test_demo_host_alone_has_no_destination(qtbot, demo_connection):
    dialog = open_dialog(qtbot, [demo_connection], "fedora-workstation")
    assert dialog.destination_combo.count() == 0
    assert dialog.problem_label.text() == "No other connection is open: connect to the destination host first."
    assert not dialog.action_button.isEnabled()


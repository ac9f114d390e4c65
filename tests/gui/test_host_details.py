"""The Host Details window (Overview and Storage tabs) on the demo host and on test-driver hosts the tests write:
facts and what the host does not report, live use, pools and their actions, 10,000 volumes, who uses a volume,
a lost or removed connection, opening it from the manager and the command line."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid as uuidlib
from pathlib import Path

import pytest
from details_harness import open_connection, open_host_details
from pictures import save_picture
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from testhosts import RUNNING, SHUTOFF

from virtdesk.gui.host_details.pool_list_model import PoolColumn
from virtdesk.gui.host_details.usage_bar import FRACTION_ROLE
from virtdesk.gui.host_details.vm_share_model import ShareColumn
from virtdesk.gui.host_details.volume_table_model import VOLUME_ROLE, VolumeColumn
from virtdesk.gui.host_details.window import HostDetailsWindow
from virtdesk.gui.manager.vm_tree_model import Role
from virtdesk.gui.windows import WindowRegistry
from virtdesk.model.actions import ACTIONS
from virtdesk.model.connection import Connection, ConnectionState
from virtdesk.model.host_overview import cpu_percent, format_version, used_kib
from virtdesk.model.preferences import Preferences
from virtdesk.model.stats import StatsSampler
from virtdesk.model.volume_users import map_users

pytestmark = pytest.mark.gui
NOT_REPORTED = "not reported by this host"
BIG_POOL = 10_000


def disk_vm(name: str, state: int, *sources: str, pool_volume: tuple[str, str] | None = None) -> str:
    disks = "".join(f"<disk type='file' device='disk'><source file='{path}'/><target dev='vd{chr(97 + i)}'/>"
                    "</disk>" for i, path in enumerate(sources))
    if pool_volume is not None:
        disks += (f"<disk type='volume' device='disk'><source pool='{pool_volume[0]}' volume='{pool_volume[1]}'/>"
                  "<target dev='sda'/></disk>")
    return (f"<domain type='test'><name>{name}</name><uuid>{uuidlib.uuid4()}</uuid><memory unit='MiB'>512</memory>"
            f"<vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os><devices>{disks}</devices>"
            f"<test:runstate>{state}</test:runstate></domain>")


def volume(name: str, gib: int) -> str:
    return (f"<volume type='file'><name>{name}</name><capacity unit='GiB'>{gib}</capacity>"
            f"<allocation unit='MiB'>{gib}</allocation><target><format type='qcow2'/></target></volume>")


def write_storage_host(directory: Path, volumes: int = 3) -> str:
    """A host with a small pool 'images' (used by VMs), a pool 'big' of `volumes` volumes, and no NUMA facts."""
    path = directory / "storage-host.xml"
    big = "".join(volume(f"vol-{i:05d}.qcow2", 1 + i % 50) for i in range(volumes))
    path.write_text(
        "<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>"
        "<cpu><nodes>1</nodes><sockets>1</sockets><cores>4</cores><threads>2</threads><active>8</active>"
        "<mhz>2400</mhz><model>x86_64</model></cpu><memory>8388608</memory>"
        + disk_vm("web", RUNNING, "/srv/images/web.qcow2")
        + disk_vm("db", SHUTOFF, "/srv/images/db.qcow2", "/srv/images/shared.qcow2")
        + disk_vm("batch", SHUTOFF, "/srv/images/shared.qcow2", pool_volume=("big", "vol-00007.qcow2"))
        + "<pool type='dir'><name>images</name><target><path>/srv/images</path></target>"
        + volume("web.qcow2", 10) + volume("db.qcow2", 20) + volume("shared.qcow2", 5) + volume("spare.qcow2", 1)
        + "</pool><pool type='dir'><name>big</name><target><path>/srv/big</path></target>" + big
        + "</pool></node>", encoding="utf-8")
    return "test://" + str(path.resolve())


def open_window(qtbot, connection, interval_ms: int = 100) -> HostDetailsWindow:
    return open_host_details(qtbot, connection, interval_ms=interval_ms)


def values(window: HostDetailsWindow) -> dict[str, str]:
    return {name: label.text() for name, label in window.overview.values.items()}


def pool_rows(window: HostDetailsWindow) -> list[list[str]]:
    model = window.storage.pools
    return [[model.index(row, column).data() for column in PoolColumn] for row in range(model.rowCount())]


def select_pool(qtbot, window: HostDetailsWindow, name: str) -> None:
    assert window.storage.select_pool(name), name
    qtbot.waitUntil(lambda: not window.storage.loading, timeout=20000)


def volume_cell(window: HostDetailsWindow, row: int, column: VolumeColumn) -> str:
    return window.storage.volumes.index(row, column).data()


@pytest.fixture
def storage_host(qtbot, tmp_path):
    connection = open_connection(qtbot, write_storage_host(tmp_path))
    yield connection
    connection.shutdown()


# -- model pieces the window is built on ----------------------------------------------------------------------
def test_versions_and_usage_arithmetic():
    assert format_version(9_000_000) == "9.0.0" and format_version(7_002_001) == "7.2.1"
    before = {"user": 100, "kernel": 100, "idle": 700, "iowait": 100}
    after = {"user": 400, "kernel": 200, "idle": 1200, "iowait": 200}
    assert cpu_percent(before, after) == pytest.approx(40.0)
    assert cpu_percent(before, before) is None  # counters that did not move tell nothing
    assert used_kib({"total": 1000, "free": 200, "buffers": 50, "cached": 150}) == 600
    assert used_kib({"total": 1000}) is None


def test_volume_users_follow_files_devices_backing_stores_and_pool_volumes():
    users = map_users([
        ("a", "<domain><devices><disk type='file'><source file='/p/a.qcow2'/><backingStore type='file'>"
              "<source file='/p/base.qcow2'/></backingStore></disk></devices></domain>"),
        ("b", "<domain><devices><disk type='block'><source dev='/dev/vg/b'/></disk>"
              "<disk type='volume'><source pool='p' volume='base.qcow2'/></disk></devices></domain>"),
        ("c", "<domain><devices><interface type='network'><source network='default'/></interface></devices>"
              "</domain>"),
        ("broken", "<domain"),
    ])
    assert users.by_path == {"/p/a.qcow2": ["a"], "/p/base.qcow2": ["a"], "/dev/vg/b": ["b"]}

    class Vol:
        name, path = "base.qcow2", "/p/base.qcow2"

    assert users.of("p", Vol()) == ["a", "b"]
    assert users.of("other", Vol()) == ["a"]


# -- the demo host ---------------------------------------------------------------------------------------------
def test_overview_of_the_demo_host(qtbot, demo_connection):
    window = open_window(qtbot, demo_connection)
    shown = values(window)
    assert shown["hostname"] == "vm"
    assert shown["uri"] == demo_connection.uri
    assert shown["hypervisor"] == "TEST 0.0.2"
    assert shown["daemon_version"] == shown["client_version"] != NOT_REPORTED
    assert shown["cpus"] == "32" and shown["mhz"] == "2900 MHz"
    assert shown["topology"] == "2 NUMA nodes × 1 sockets × 8 cores × 2 threads"
    assert shown["memory"] == "64.0 GiB"
    assert shown["free"] == shown["ksm"] == NOT_REPORTED
    assert window.overview.cells_table.isHidden()
    assert window.overview.cells_note.text() == f"NUMA cells: {NOT_REPORTED}"
    usage = window.overview.usage
    qtbot.waitUntil(lambda: len(usage.cpu) >= 3 and len(usage.memory) >= 3, timeout=10000)  # the demo's figures
    assert all(0.0 <= value <= 100.0 for value in usage.cpu)
    assert all(0 < value < 64 * 1024 * 1024 for value in usage.memory)
    assert window.overview.memory_graph.maximum == 64 * 1024 * 1024
    window.resize(980, 680)
    save_picture(window, "host-details-overview")


def test_storage_of_the_demo_host(qtbot, demo_connection):
    window = open_window(qtbot, demo_connection)
    window.tabs.setCurrentWidget(window.storage)
    rows = pool_rows(window)
    assert [row[:4] for row in rows] == [["default", "dir", "Active", "Off"], ["nfs-isos", "netfs", "Active", "Off"],
                                         ["san-lun", "iscsi", "Active", "Off"],
                                         ["sdb-partitions", "disk", "Active", "Off"],
                                         ["vg-fast", "logical", "Active", "Off"]]
    assert rows[0][PoolColumn.CAPACITY] == "100 GiB"
    fraction = window.storage.pools.index(0, PoolColumn.ALLOCATION).data(FRACTION_ROLE)
    pool = window.storage.pools.pools[0]
    assert fraction == pytest.approx(pool.allocation / pool.capacity) and 0 < fraction < 1
    select_pool(qtbot, window, "default")
    volumes = window.storage.volumes
    assert volumes.rowCount() == 15
    by_name = {volume_cell(window, r, VolumeColumn.NAME): r for r in range(volumes.rowCount())}
    row = by_name["web-frontend-01.qcow2"]
    assert volume_cell(window, row, VolumeColumn.FORMAT) == "qcow2"
    assert volume_cell(window, row, VolumeColumn.CAPACITY) == "20.0 GiB"
    assert volume_cell(window, row, VolumeColumn.PATH) == "/var/lib/libvirt/images/web-frontend-01.qcow2"
    qtbot.waitUntil(lambda: volume_cell(window, row, VolumeColumn.USED_BY) == "web-frontend-01", timeout=5000)
    assert volume_cell(window, by_name["virtio-win-0.1.240.iso"], VolumeColumn.FORMAT) == "iso"
    assert window.storage.volumes_note.text() == "15 volume(s)"
    buttons = window.storage
    assert not buttons.start_button.isEnabled() and buttons.stop_button.isEnabled()
    assert buttons.refresh_button.isEnabled() and not buttons.autostart_check.isChecked()
    assert buttons.add_pool_button.isEnabled() and buttons.delete_pool_button.isEnabled()
    assert "<name>default</name>" in buttons.pool_xml.editor.text()
    window.resize(980, 680)
    save_picture(window, "host-details-storage")


# -- pools: actions and their outcome -------------------------------------------------------------------------
def test_the_storage_tab_adds_deletes_and_shows_the_xml_of_pools(qtbot, storage_host):
    window = open_window(qtbot, storage_host)
    page = window.storage
    wizard = page.add_pool()
    assert wizard.isVisible() and page.add_pool() is wizard  # one at a time
    wizard.close()
    qtbot.waitUntil(lambda: page.add_pool_wizard is None, timeout=5000)

    select_pool(qtbot, window, "images")
    page.pool_tabs.setCurrentWidget(page.pool_xml.parentWidget())
    qtbot.waitUntil(lambda: "<name>images</name>" in page.pool_xml.editor.text(), timeout=5000)
    select_pool(qtbot, window, "big")
    qtbot.waitUntil(lambda: "<name>big</name>" in page.pool_xml.editor.text(), timeout=5000)
    question = page.delete_pool()
    assert question.isVisible() and "Delete the storage pool big?" in question.question.text()
    question.delete_button.click()
    qtbot.waitUntil(lambda: page.outcome_label.text() == "Deleted big.", timeout=10000)
    qtbot.waitUntil(lambda: [row[0] for row in pool_rows(window)] == ["images"], timeout=5000)  # the event's read


def test_stop_start_refresh_and_autostart_a_pool(qtbot, storage_host):
    window = open_window(qtbot, storage_host)
    page = window.storage
    select_pool(qtbot, window, "images")
    assert page.volumes.rowCount() == 4
    page.stop_button.click()
    qtbot.waitUntil(lambda: pool_rows(window)[1][PoolColumn.STATE] == "Inactive", timeout=10000)
    qtbot.waitUntil(lambda: page.outcome_label.text() == "Stopped images.", timeout=10000)
    assert page.volumes.rowCount() == 0
    assert page.volumes_note.text() == "The pool is not active: start it to list its volumes."
    assert page.start_button.isEnabled() and not page.stop_button.isEnabled()
    assert pool_rows(window)[1][PoolColumn.CAPACITY] == "—"

    page.start_button.click()
    qtbot.waitUntil(lambda: page.outcome_label.text() == "Started images.", timeout=10000)
    qtbot.waitUntil(lambda: page.volumes.rowCount() == 4, timeout=10000)
    assert pool_rows(window)[1][PoolColumn.STATE] == "Active"

    page.refresh_button.click()
    qtbot.waitUntil(lambda: page.outcome_label.text() == "Refreshed images.", timeout=10000)

    assert pool_rows(window)[1][PoolColumn.AUTOSTART] == "Off"
    page.autostart_check.click()
    qtbot.waitUntil(lambda: pool_rows(window)[1][PoolColumn.AUTOSTART] == "On", timeout=10000)
    assert page.outcome_label.text() == "images now starts with the host."
    assert page.autostart_check.isChecked()
    check = storage_host.call(lambda conn: conn.storagePoolLookupByName("images").autostart())
    qtbot.waitUntil(lambda: check.done, timeout=5000)
    assert check.result == 1  # the host was told, not only the window
    page.autostart_check.click()
    qtbot.waitUntil(lambda: pool_rows(window)[1][PoolColumn.AUTOSTART] == "Off", timeout=10000)
    assert page.outcome_label.text() == "images no longer starts with the host."


def test_a_failed_pool_action_shows_libvirts_error_in_the_window(qtbot, storage_host):
    window = open_window(qtbot, storage_host)
    page = window.storage
    select_pool(qtbot, window, "images")
    task = storage_host.call(lambda conn: conn.storagePoolLookupByName("images").destroy())
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    qtbot.waitUntil(lambda: page.start_button.isEnabled(), timeout=5000)
    page.pools.catalogue.pools_changed.disconnect(page.pools.update)  # the window still believes it stopped
    task = storage_host.call(lambda conn: conn.storagePoolLookupByName("images").create())  # started elsewhere
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    page.start_button.click()
    qtbot.waitUntil(lambda: "Could not start images" in page.outcome_label.text(), timeout=10000)
    text = page.outcome_label.text()
    assert "storage pool 'images' is active" in text and "libvirt error code" in text and "Traceback" not in text
    assert page.outcome_label.styleSheet() == "color: #b00020"
    assert not page.pool_busy("images")  # nothing is left waiting; the buttons follow the pool as it is now
    assert page.stop_button.isEnabled() and not page.start_button.isEnabled()


# -- scale ---------------------------------------------------------------------------------------------------------
def test_a_pool_of_ten_thousand_volumes_is_a_model_not_widgets(qtbot, tmp_path):
    connection = open_connection(qtbot, write_storage_host(tmp_path, BIG_POOL))
    try:
        window = open_window(qtbot, connection)
        window.tabs.setCurrentWidget(window.storage)
        select_pool(qtbot, window, "big")
        model = window.storage.volumes
        assert model.rowCount() == BIG_POOL
        assert window.storage.volumes_note.text() == f"{BIG_POOL} volume(s)"
        assert volume_cell(window, 0, VolumeColumn.NAME) == "vol-00000.qcow2"
        assert volume_cell(window, BIG_POOL - 1, VolumeColumn.NAME) == f"vol-{BIG_POOL - 1:05d}.qcow2"
        table = window.storage.volume_table
        table.scrollToBottom()
        qtbot.wait(50)
        assert len(table.findChildren(QWidget)) < 40  # the view paints rows; it holds no widget per row
        row = next(r for r in range(model.rowCount()) if volume_cell(window, r, VolumeColumn.NAME) == "vol-00007.qcow2")
        qtbot.waitUntil(lambda: volume_cell(window, row, VolumeColumn.USED_BY) == "batch", timeout=5000)
        table.sortByColumn(VolumeColumn.CAPACITY, Qt.SortOrder.DescendingOrder)
        assert volume_cell(window, 0, VolumeColumn.CAPACITY) == "50.0 GiB"
        assert model.volumes[-1].capacity == 1024**3
        table.selectionModel().setCurrentIndex(model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                               | QItemSelectionModel.SelectionFlag.Rows)
        selected = model.volumes[0]
        table.sortByColumn(VolumeColumn.NAME, Qt.SortOrder.AscendingOrder)
        assert table.currentIndex().data(VOLUME_ROLE) is selected  # the selection follows its row
    finally:
        connection.shutdown()


# -- who uses a volume --------------------------------------------------------------------------------------------
def test_used_by_names_every_vm_and_follows_changes(qtbot, storage_host):
    window = open_window(qtbot, storage_host)
    select_pool(qtbot, window, "images")

    def used_by() -> dict[str, str]:
        model = window.storage.volumes
        return {volume_cell(window, r, VolumeColumn.NAME): volume_cell(window, r, VolumeColumn.USED_BY)
                for r in range(model.rowCount())}

    qtbot.waitUntil(lambda: used_by()["shared.qcow2"] == "batch, db", timeout=5000)
    assert used_by() == {"db.qcow2": "db", "shared.qcow2": "batch, db", "spare.qcow2": "", "web.qcow2": "web"}
    task = storage_host.call(lambda conn: conn.lookupByName("db").undefine())
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    qtbot.waitUntil(lambda: used_by()["shared.qcow2"] == "batch", timeout=10000)
    assert used_by()["db.qcow2"] == ""


# -- what the test driver does not report ------------------------------------------------------------------------
def test_overview_says_what_the_host_does_not_report(qtbot, storage_host):
    window = open_window(qtbot, storage_host)
    shown = values(window)
    assert shown["cpus"] == "8" and shown["memory"] == "8.0 GiB"
    assert shown["topology"] == "1 NUMA nodes × 1 sockets × 4 cores × 2 threads"
    assert shown["free"] == shown["ksm"] == shown["cpu_model"] == NOT_REPORTED
    assert window.overview.cells_note.text() == f"NUMA cells: {NOT_REPORTED}"
    usage = window.overview.usage
    qtbot.waitUntil(lambda: not usage.cpu_reported, timeout=10000)  # the test driver's counters never move
    assert not usage.memory_reported and not usage.cpu and not usage.memory
    assert window.overview.cpu_graph.empty_text == window.overview.memory_graph.empty_text == NOT_REPORTED
    assert not window.overview.read_error.isVisible()


def test_the_running_vms_share_of_the_host_follows_their_state(qtbot, storage_host):
    window = open_window(qtbot, storage_host)
    overview = window.overview
    assert [(s.domain.name, s.memory_fraction) for s in overview.vm_shares.shares] == [("web", 512 / 8192)]
    assert overview.vm_shares.index(0, ShareColumn.MEMORY_SHARE).data() == "6 %"
    assert overview.vm_shares.index(0, ShareColumn.MEMORY_SHARE).data(FRACTION_ROLE) == 512 / 8192
    assert overview.vms_summary.text() == ("1 VM(s) running: 1 vCPU(s) on 8 host CPUs (0.12 per CPU); "
                                          "memory 512 MiB of 8.0 GiB (6 %).")
    ACTIONS["run"].start(storage_host.find_domain("db"))
    qtbot.waitUntil(lambda: len(overview.vm_shares.shares) == 2, timeout=5000)
    assert overview.vms_summary.text().startswith("2 VM(s) running: 2 vCPU(s) on 8 host CPUs (0.25 per CPU)")
    ACTIONS["destroy"].start(storage_host.find_domain("web"))
    ACTIONS["destroy"].start(storage_host.find_domain("db"))
    qtbot.waitUntil(lambda: not overview.vm_shares.shares, timeout=5000)
    assert overview.vms_summary.text() == "No VM is running."
    assert values(window)["daemon"] == values(window)["listening"] == "none (test driver, inside virtdesk)"


def test_sampling_runs_only_while_the_window_is_open(qtbot, storage_host):
    window = open_window(qtbot, storage_host)
    assert window.overview.usage.active
    window.hide()
    assert not window.overview.usage.active
    window.show()
    assert window.overview.usage.active
    window.close()
    assert not window.overview.usage.active


# -- a connection that goes away ---------------------------------------------------------------------------------
def test_a_disconnected_host_is_said_so_and_shown_again_when_back(qtbot, storage_host):
    window = open_window(qtbot, storage_host)
    assert window.tabs.isVisible() and not window.banner.isVisible()
    storage_host.close()
    assert not window.tabs.isVisible() and window.banner.isVisible()
    assert window.banner.text() == (f"Not connected to {storage_host.label}. The host's details show again once it "
                                    "is connected.")
    assert not window.storage.pools.rowCount() and all(not text for text in values(window).values())
    assert not window.overview.usage.active
    storage_host.open()
    qtbot.waitUntil(lambda: storage_host.state is ConnectionState.ACTIVE, timeout=10000)
    qtbot.waitUntil(lambda: values(window)["cpus"] == "8", timeout=10000)
    assert window.tabs.isVisible() and not window.banner.isVisible()
    qtbot.waitUntil(lambda: window.storage.pools.rowCount() == 2, timeout=10000)  # read after connecting
    assert window.overview.usage.active


def test_a_host_that_cannot_be_reached_says_why(qtbot, tmp_path):
    connection = Connection(f"test://{tmp_path}/missing.xml")
    window = HostDetailsWindow(connection, 100)
    qtbot.addWidget(window)
    window.show()
    connection.open()
    qtbot.waitUntil(lambda: connection.state is ConnectionState.ERROR, timeout=10000)
    try:
        assert not window.tabs.isVisible() and not window.loading
        assert window.banner.text().startswith(f"Not connected to {connection.label}: ")
        assert connection.error and connection.error in window.banner.text()
    finally:
        connection.shutdown()


def test_one_window_per_connection_closed_with_ctrl_w_and_told_of_removal(qtbot, storage_host, demo_connection):
    preferences = Preferences()
    registry = WindowRegistry(preferences, StatsSampler(2000, preferences.stats))
    first = registry.show_host_details(storage_host)
    qtbot.addWidget(first)
    assert registry.show_host_details(storage_host) is first
    other = registry.show_host_details(demo_connection)
    assert other is not first and set(registry.host_details) == {storage_host, demo_connection}
    assert first.windowTitle() == f"{storage_host.label} — Host Details"
    qtbot.waitUntil(lambda: not first.loading, timeout=10000)
    first.activateWindow()
    qtbot.waitUntil(first.isActiveWindow, timeout=5000)
    qtbot.keyClick(first, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: storage_host not in registry.host_details, timeout=5000)
    registry.connection_removed(demo_connection)
    registry.connection_removed(demo_connection)  # told twice: still one answer
    assert not other.tabs.isVisible() and "was removed" in other.banner.text()
    demo_connection.close()
    demo_connection.open()
    qtbot.waitUntil(lambda: demo_connection.is_active, timeout=10000)
    assert not other.tabs.isVisible()  # a removed connection's window stays empty
    registry.close_all()
    qtbot.waitUntil(lambda: not registry.host_details, timeout=5000)


def test_the_managers_host_details_action_asks_for_the_selected_connection(qtbot, manager, tmp_path):
    connection = manager.connect(write_storage_host(tmp_path))
    window = manager.window
    menus = [action.menu() for action in window.menuBar().actions() if action.menu() is not None]
    assert any(window.host_details_action in menu.actions() for menu in menus)
    window.view.setCurrentIndex(window.model.index(0, 0))
    assert window.view.currentIndex().data(Role.CONNECTION) is connection
    assert window.host_details_action.isEnabled()
    with qtbot.waitSignal(window.host_details_requested, timeout=2000) as signal:
        window.host_details_action.trigger()
    assert signal.args == [connection]


# -- the command line -----------------------------------------------------------------------------------------------
def run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "virtdesk", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_show_host_details_from_the_command_line(tmp_path):
    out = tmp_path / "host.png"
    result = run("--connect", "demo", "--show-host-details", "--screenshot", str(out), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() >= 900 and image.height() >= 600
    assert "--show-host-details" in run("--help", tmp_path=tmp_path).stdout


def test_nothing_of_host_details_loads_at_start_up():
    probe = ("import sys, virtdesk.app, virtdesk.gui.manager.window, virtdesk.gui.windows; "
             "print([m for m in sys.modules if 'host_details' in m or m.endswith(('host_overview', "
             "'volume_users', 'storage_actions'))])")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.strip() == "[]"

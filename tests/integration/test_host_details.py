"""The Host Details window on the rig's real session libvirtd: the host's facts as libvirt itself gives them
(NUMA cells with free memory, memory statistics, live use), a dir pool with two qcow2 volumes of which a defined VM
uses one, and a pool that fails to start with libvirt's own words in the window."""

from __future__ import annotations

from pathlib import Path

import libvirt
import pytest
from details_harness import open_host_details
from remote_harness import remote_hosts, rig_uri
from rig import guests

from virtdesk import xmlconf
from virtdesk.gui.host_details.pool_list_model import PoolColumn
from virtdesk.gui.host_details.volume_table_model import VolumeColumn
from virtdesk.gui.host_details.window import HostDetailsWindow
from virtdesk.model.connection import Connection
from virtdesk.model.host_overview import format_version
from virtdesk.units import format_bytes, format_kib

pytestmark = pytest.mark.integration
NOT_REPORTED = "not reported by this host"
MIB = 1024 * 1024


def open_window(qtbot, connection) -> HostDetailsWindow:
    return open_host_details(qtbot, connection, interval_ms=300)


def guest_with_disk(name: str, disk: str) -> str:
    return guests.tcg_guest_xml(name).replace(
        "<devices>", f"<devices><disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
                     f"<source file='{disk}'/><target dev='vda' bus='virtio'/></disk>")


def test_overview_shows_what_the_real_host_reports(qtbot, virtdesk_connection, session_conn):
    window = open_window(qtbot, virtdesk_connection)
    shown = {name: label.text() for name, label in window.overview.values.items()}
    assert shown["hostname"] == session_conn.getHostname()
    assert shown["hypervisor"] == f"QEMU {format_version(session_conn.getVersion())}"
    assert shown["daemon_version"] == format_version(session_conn.getLibVersion())
    assert shown["client_version"] == format_version(libvirt.getVersion())
    model, memory_mib, cpus, *_ = session_conn.getInfo()
    assert shown["cpus"] == str(cpus)
    stats = session_conn.getMemoryStats(libvirt.VIR_NODE_MEMORY_STATS_ALL_CELLS, 0)
    assert shown["memory"] == format_kib(stats["total"])
    assert shown["free"] != NOT_REPORTED and shown["free"].endswith("iB")
    assert shown["cpu_model"] != NOT_REPORTED

    cells = window.overview.facts.cells
    assert cells, "a Linux host has at least one NUMA cell"
    free = session_conn.getCellsFreeMemory(0, len(cells))
    assert all(cell.free_bytes is not None and cell.free_bytes > 0 for cell in cells)
    assert abs(cells[0].free_bytes - free[0]) < 512 * MIB  # read a moment apart
    table = window.overview.cells_table
    assert table.isVisibleTo(window) and table.topLevelItemCount() == len(cells)
    assert table.topLevelItem(0).text(3).endswith("iB") and table.topLevelItem(0).text(3) != NOT_REPORTED

    def ksm() -> dict | None:
        try:
            return session_conn.getMemoryParameters(0)
        except libvirt.libvirtError:
            return None

    before, after = ksm(), ksm()
    if not before or ("shm_run" not in before and "shm_pages_shared" not in before):
        assert shown["ksm"] == NOT_REPORTED
    else:
        if "shm_run" in before:
            assert shown["ksm"].startswith({0: "Off", 1: "Merging", 2: "Stopped"}[before["shm_run"]])
        if "shm_pages_shared" in before and before == after:  # KSM is not merging right now: exact figures
            assert f"{before['shm_pages_shared']} pages shared, {before['shm_pages_sharing']} sharing them" \
                in shown["ksm"]

    usage = window.overview.usage
    qtbot.waitUntil(lambda: len(usage.cpu) >= 2 and len(usage.memory) >= 2, timeout=20000)
    assert usage.cpu_reported and usage.memory_reported
    assert all(0.0 <= value <= 100.0 for value in usage.cpu)
    assert all(0 < value < stats["total"] for value in usage.memory)
    assert window.overview.memory_graph.maximum == stats["total"]


def test_a_dir_pool_its_qcow2_volumes_and_the_vm_using_one(qtbot, virtdesk_connection, session_conn,
                                                          session_tmp: Path):
    pool = session_conn.storagePoolDefineXML(xmlconf.build_pool(session_tmp.name, "dir", str(session_tmp)).to_xml())
    pool.create()
    used = pool.createXML(xmlconf.build_volume("used.qcow2", 64 * MIB, "qcow2").to_xml(), 0)
    pool.createXML(xmlconf.build_volume("spare.qcow2", 32 * MIB, "qcow2").to_xml(), 0)
    vm = guests.unique_name("hostdetails")
    session_conn.defineXML(guest_with_disk(vm, used.path()))
    qtbot.waitUntil(lambda: virtdesk_connection.find_domain(vm) is not None, timeout=10000)
    qtbot.waitUntil(lambda: session_tmp.name in {p.name for p in virtdesk_connection.pools.values()}, timeout=10000)

    window = open_window(qtbot, virtdesk_connection)
    page = window.storage
    assert page.select_pool(session_tmp.name)
    qtbot.waitUntil(lambda: page.volumes.rowCount() == 2, timeout=15000)
    row = page.pools.pool_row(session_tmp.name)
    cells = [page.pools.index(row, column).data() for column in PoolColumn]
    assert cells[PoolColumn.TYPE] == "dir" and cells[PoolColumn.STATE] == "Active"
    assert cells[PoolColumn.AUTOSTART] == "Off"
    _state, capacity, allocation, available = pool.info()
    assert cells[PoolColumn.CAPACITY] == format_bytes(capacity)

    def cell(r: int, column: VolumeColumn) -> str:
        return page.volumes.index(r, column).data()

    names = [cell(r, VolumeColumn.NAME) for r in range(2)]
    assert names == ["spare.qcow2", "used.qcow2"]
    assert [cell(r, VolumeColumn.FORMAT) for r in range(2)] == ["qcow2", "qcow2"]
    assert [cell(r, VolumeColumn.CAPACITY) for r in range(2)] == ["32.0 MiB", "64.0 MiB"]
    assert cell(1, VolumeColumn.PATH) == used.path() == str(session_tmp / "used.qcow2")
    qtbot.waitUntil(lambda: cell(1, VolumeColumn.USED_BY) == vm, timeout=10000)
    assert cell(0, VolumeColumn.USED_BY) == ""

    page.autostart_check.click()
    qtbot.waitUntil(lambda: pool.autostart() == 1, timeout=10000)
    qtbot.waitUntil(lambda: page.pools.index(row, PoolColumn.AUTOSTART).data() == "On", timeout=10000)
    page.stop_button.click()
    qtbot.waitUntil(lambda: not pool.isActive(), timeout=10000)
    qtbot.waitUntil(lambda: page.volumes_note.text().startswith("The pool is not active"), timeout=10000)
    assert (session_tmp / "used.qcow2").is_file()  # stopping a pool leaves its volumes on disk
    page.start_button.click()
    qtbot.waitUntil(lambda: page.volumes.rowCount() == 2, timeout=15000)
    assert pool.isActive()


def test_a_pool_that_cannot_start_shows_libvirts_error(qtbot, virtdesk_connection, session_conn, session_tmp: Path):
    missing = session_tmp / "not-there"
    name = guests.unique_name("nodir")
    session_conn.storagePoolDefineXML(xmlconf.build_pool(name, "dir", str(missing)).to_xml())
    qtbot.waitUntil(lambda: name in {p.name for p in virtdesk_connection.pools.values()}, timeout=10000)
    window = open_window(qtbot, virtdesk_connection)
    page = window.storage
    assert page.select_pool(name)
    assert page.start_button.isEnabled()
    page.start_button.click()
    qtbot.waitUntil(lambda: page.outcome_label.text().startswith(f"Could not start {name}:"), timeout=15000)
    with pytest.raises(libvirt.libvirtError) as raised:
        session_conn.storagePoolLookupByName(name).create()
    assert raised.value.get_error_message() in page.outcome_label.text()  # libvirt's words, verbatim
    assert str(missing) in page.outcome_label.text() and "Traceback" not in page.outcome_label.text()
    assert page.pools.index(page.pools.pool_row(name), PoolColumn.STATE).data() == "Inactive"


def test_the_overview_names_the_daemon_on_the_sockets_other_end_and_the_running_vms_share(
        qtbot, virtdesk_connection, session_conn, tcg_guest):
    window = open_window(qtbot, virtdesk_connection)
    shown = window.overview.values
    assert shown["daemon"].text() == "libvirtd (monolithic daemon)"  # Debian 12 has no modular daemons
    facts = window.overview.daemon
    assert facts.serving == "libvirtd" and "libvirtd" in facts.running and facts.modular is False
    assert (facts.tcp, facts.tls) == (False, False)  # the rig's daemon listens on its UNIX socket only
    assert shown["listening"].text() == "local only: not listening on TCP or TLS"

    qtbot.waitUntil(lambda: any(s.domain.name == tcg_guest.name() for s in window.overview.vm_shares.shares),
                    timeout=10000)
    share = next(s for s in window.overview.vm_shares.shares if s.domain.name == tcg_guest.name())
    total_kib = session_conn.getMemoryStats(libvirt.VIR_NODE_MEMORY_STATS_ALL_CELLS, 0)["total"]
    assert share.memory_fraction == pytest.approx(tcg_guest.info()[2] / total_kib, rel=0.01)
    running = len(session_conn.listAllDomains(libvirt.VIR_CONNECT_LIST_DOMAINS_ACTIVE))
    assert window.overview.vms_summary.text().startswith(f"{running} VM(s) running: ")


def test_over_virtdesks_ssh_the_daemon_is_read_on_the_host(qtbot, sshd, session_daemon, tmp_path: Path):
    remote = remote_hosts(sshd, tmp_path)
    connection = Connection(rig_uri(sshd), remote=remote)
    try:
        connection.open()
        qtbot.waitUntil(lambda: connection.loaded, timeout=30000)
        window = open_window(qtbot, connection)
        facts = window.overview.daemon
        assert facts is not None and facts.serving == "libvirtd" and "libvirtd" in facts.running
        assert window.overview.values["daemon"].text().startswith("libvirtd (monolithic daemon)")
    finally:
        connection.shutdown()
        remote.close_all()

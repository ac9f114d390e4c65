"""The Performance, CPUs, Memory and Boot Options pages of the details window, driven on the demo host."""

from __future__ import annotations

import math
from pathlib import Path

import libvirt
import pytest
from details_harness import open_connection, open_details
from PySide6.QtCore import Qt
from testhosts import RUNNING, domain_xml, write_host

from virtdesk import xmlconf
from virtdesk.gui.details.pages.boot import BootPage
from virtdesk.gui.details.pages.cpus import CpusPage, host_cpu_count
from virtdesk.gui.details.pages.memory import MemoryPage
from virtdesk.gui.details.pages.performance import PerformancePage
from virtdesk.gui.details.widgets.cpu_pinning_grid import format_cpuset, parse_cpuset
from virtdesk.gui.details.widgets.graph_widget import nice_ceiling
from virtdesk.model.stats import StatsSampler, StatsSelection
from virtdesk.model.uri import is_local_uri

pytestmark = pytest.mark.gui

GIB = 1024 * 1024
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PAGES = (PerformancePage, CpusPage, MemoryPage, BootPage)


def apply(qtbot, window) -> None:
    """Applies the current page and waits until the window reloaded the saved config."""
    with qtbot.waitSignal(window.config.loaded, timeout=10000):
        task = window.apply_current()
        assert task is not None, window.current_slot().page.note.text()


def page_of(window, cls):
    page = window.page(cls)
    window.show_page(page)
    return page


def persistent_xml(connection, name: str) -> str:
    """The saved config as libvirt has it, read straight from a connection of its own."""
    task = connection.call(lambda conn: conn.lookupByName(name).XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
    while not task.done:
        from PySide6.QtCore import QCoreApplication
        QCoreApplication.processEvents()
    return task.result


def test_cpuset_strings_round_trip():
    assert parse_cpuset("0-3,6") == {0, 1, 2, 3, 6}
    assert parse_cpuset("0-7,^2,^5-6", host_cpus=6) == {0, 1, 3, 4}
    assert format_cpuset({0, 1, 2, 3, 6}) == "0-3,6"
    assert format_cpuset({5}) == "5"
    assert format_cpuset(set()) == ""
    with pytest.raises(ValueError):
        parse_cpuset("3-1")
    assert nice_ceiling(0.3) == 0.5 and nice_ceiling(7) == 10 and nice_ceiling(120) == 200
    assert nice_ceiling(3.5 * 1024 * 1024, base=1024) == 5 * 1024 * 1024 and nice_ceiling(900, base=1024) == 1000


def test_local_and_remote_uris():
    assert is_local_uri("qemu:///system") and is_local_uri("test:///tmp/host.xml")
    assert is_local_uri("qemu+unix:///session?socket=/run/x")
    assert not is_local_uri("qemu+ssh://root@host/system") and not is_local_uri("qemu://host/system")


@pytest.mark.parametrize("name", ["mail-server", "db-primary"])
def test_cpus_and_memory_pages_show_the_configured_sizes(qtbot, demo_connection, name):
    window = open_details(qtbot, demo_connection, name)
    config = window.config.persistent
    assert window.page(CpusPage).maximum_spin.value() == config.vcpu
    assert window.page(MemoryPage).maximum_input.kib() == config.memory


def test_vcpu_count_and_topology_are_applied(qtbot, demo_connection):
    window = open_details(qtbot, demo_connection, "mail-server")
    page = page_of(window, CpusPage)
    page.maximum_spin.setValue(4)
    page.current_spin.setValue(3)
    page.topology_check.setChecked(True)
    for key, value in (("sockets", 1), ("dies", 1), ("cores", 2), ("threads", 2)):
        page.topology_spins[key].setValue(value)
    assert window.apply_button.isEnabled()
    apply(qtbot, window)
    saved = window.config.persistent
    assert (saved.vcpu, saved.vcpu_current) == (4, 3)
    assert (saved.cpu.topology_sockets, saved.cpu.topology_cores, saved.cpu.topology_threads) == (1, 2, 2)
    text = persistent_xml(demo_connection, "mail-server")
    assert "current='3'>4</vcpu>" in text or 'current="3">4</vcpu>' in text
    page = window.page(CpusPage)
    assert page.maximum_spin.value() == 4 and page.current_spin.value() == 3 and page.topology_check.isChecked()


def test_a_topology_that_does_not_match_is_refused(qtbot, demo_connection):
    window = open_details(qtbot, demo_connection, "mail-server")
    before = window.config.persistent.canonical()
    page = page_of(window, CpusPage)
    page.maximum_spin.setValue(4)
    page.topology_check.setChecked(True)
    page.topology_spins["sockets"].setValue(3)
    assert window.apply_current() is None
    assert page.note.isVisible() or not page.note.isHidden()
    assert "topology gives 3 vCPUs" in page.note.text() and "maximum is 4" in page.note.text()
    assert window.config.persistent.canonical() == before
    assert "<topology" not in persistent_xml(demo_connection, "mail-server")


def test_memory_current_and_maximum_are_applied(qtbot, demo_connection):
    window = open_details(qtbot, demo_connection, "mail-server")
    page = page_of(window, MemoryPage)
    assert page.maximum_input.kib() == 4 * GIB and page.maximum_input.unit.currentText() == "GiB"
    page.maximum_input.spin.setValue(6)
    page.current_input.unit.setCurrentIndex(0)  # MiB: the size stays, shown in the other unit
    assert page.current_input.spin.value() == 4096 and page.current_input.kib() == 4 * GIB
    page.current_input.spin.setValue(3072)
    apply(qtbot, window)
    saved = window.config.persistent
    assert (saved.memory, saved.current_memory) == (6 * GIB, 3 * GIB)
    page = window.page(MemoryPage)
    assert (page.maximum_input.kib(), page.current_input.kib()) == (6 * GIB, 3 * GIB)


def test_current_memory_above_maximum_is_refused(qtbot, demo_connection):
    window = open_details(qtbot, demo_connection, "mail-server")
    before = window.config.persistent.canonical()
    page = page_of(window, MemoryPage)
    page.current_input.spin.setValue(5)
    assert window.apply_button.isEnabled()
    assert window.apply_current() is None
    assert "cannot be more than the maximum" in page.note.text()
    assert window.config.persistent.canonical() == before


def test_running_vm_memory_changes_live(qtbot, demo_connection):
    window = open_details(qtbot, demo_connection, "web-frontend-01")
    assert window.config.active
    page = page_of(window, MemoryPage)
    page.current_input.spin.setValue(1)
    with qtbot.waitSignal(window.applied, timeout=10000):
        window.apply_current()
    info = demo_connection.call(lambda conn: conn.lookupByName("web-frontend-01").info())
    qtbot.waitUntil(lambda: info.done)
    assert info.result[2] == GIB
    assert window.config.persistent.current_memory == GIB


def test_huge_pages_and_shared_memory(qtbot, demo_connection):
    window = open_details(qtbot, demo_connection, "mail-server")
    page = page_of(window, MemoryPage)
    page.hugepages_check.setChecked(True)
    page.page_size_combo.setCurrentIndex(page.page_size_combo.findData(2048))
    page.shared_check.setChecked(True)
    apply(qtbot, window)
    backing = window.config.persistent.memory_backing
    assert backing.hugepages and [p.size for p in backing.hugepages_pages] == [2048]
    assert (backing.access_mode, backing.source_type) == ("shared", "memfd")
    page = page_of(window, MemoryPage)
    assert page.hugepages_check.isChecked() and page.shared_check.isChecked()
    page.hugepages_check.setChecked(False)
    page.shared_check.setChecked(False)
    apply(qtbot, window)
    backing = window.config.persistent.memory_backing
    assert not backing.hugepages and backing.access_mode is None and backing.source_type is None


def test_pinning_grid_writes_the_cpusets(qtbot, demo_connection):
    window = open_details(qtbot, demo_connection, "mail-server")
    page = page_of(window, CpusPage)
    qtbot.waitUntil(lambda: page.pinning_grid.columnCount() == 32)
    grid = page.pinning_grid
    assert grid.rowCount() == 3  # two vCPUs and the emulator
    for cpu in (0, 1, 2, 3, 6):
        grid.item(0, cpu).setCheckState(Qt.CheckState.Checked)
    for cpu in (4, 5):
        grid.item(grid.emulator_row, cpu).setCheckState(Qt.CheckState.Checked)
    assert page.is_dirty()
    apply(qtbot, window)
    cputune = window.config.persistent.cputune
    assert [(p.vcpu, p.cpuset) for p in cputune.vcpupins] == [(0, "0-3,6")]
    assert cputune.emulatorpin_cpuset == "4-5"
    page = page_of(window, CpusPage)
    qtbot.waitUntil(lambda: page.pinning_grid.columnCount() == 32)
    assert page.pinning_grid.cpuset(0) == "0-3,6" and page.pinning_grid.cpuset(1) is None
    page.pinning_grid.set_row_cpus(0, set())
    page.pinning_grid.item(1, 7).setCheckState(Qt.CheckState.Checked)
    apply(qtbot, window)
    assert [(p.vcpu, p.cpuset) for p in window.config.persistent.cputune.vcpupins] == [(1, "7")]


def test_cpu_mode_and_shares(qtbot, demo_connection):
    window = open_details(qtbot, demo_connection, "mail-server")
    page = page_of(window, CpusPage)
    qtbot.waitUntil(lambda: bool(page.model_note.text()))  # the test driver has no domain capabilities
    page.mode_combo.setCurrentIndex(page.mode_combo.findData("custom"))
    assert page.model_combo.isEnabled()
    assert window.apply_current() is None and "CPU model" in page.note.text()
    page.model_combo.setEditText("Skylake-Client")
    page.shares_spin.setValue(2048)
    apply(qtbot, window)
    saved = window.config.persistent
    assert (saved.cpu.mode, saved.cpu.model, saved.cputune.shares) == ("custom", "Skylake-Client", 2048)
    page = page_of(window, CpusPage)
    page.mode_combo.setCurrentIndex(page.mode_combo.findData("host-passthrough"))
    apply(qtbot, window)
    assert (window.config.persistent.cpu.mode, window.config.persistent.cpu.model) == ("host-passthrough", None)


def test_boot_devices_reordered_by_moving_rows(qtbot, demo_connection):
    window = open_details(qtbot, demo_connection, "fedora-workstation")
    page = page_of(window, BootPage)
    order = page.order_list
    assert order.rows()[:2] == [("cdrom", True), ("hd", True)]
    model = order.model()
    with qtbot.waitSignal(model.rowsMoved):
        assert model.moveRow(model.index(1, 0).parent(), 1, model.index(0, 0).parent(), 0)
    assert order.rows()[:2] == [("hd", True), ("cdrom", True)]
    assert page.is_dirty()
    apply(qtbot, window)
    assert window.config.persistent.os.boot_order() == ["hd", "cdrom"]
    assert window.page(BootPage).order_list.rows()[:2] == [("hd", True), ("cdrom", True)]


def test_boot_order_of_individual_devices_replaces_the_kinds(qtbot, demo_connection):
    window = open_details(qtbot, demo_connection, "fedora-workstation")
    page = page_of(window, BootPage)
    page.per_device_check.setChecked(True)
    keys = [key for key, checked in page.order_list.rows() if checked]
    assert keys == ["disks:1", "disks:0"]  # the CD-ROM first, as the kinds said
    page.order_list.item(page.order_list.count() - 1).setCheckState(Qt.CheckState.Checked)  # the NIC last
    page.order_list.setCurrentRow(0)
    page.move_current(1)
    assert [k for k, c in page.order_list.rows() if c] == ["disks:0", "disks:1", "interfaces:0"]
    apply(qtbot, window)
    saved = window.config.persistent
    assert saved.os.boot_order() == []
    assert [d.boot_order for d in saved.devices.disks] == [1, 2]
    assert saved.devices.interfaces[0].boot_order == 3
    page = window.page(BootPage)
    assert page.per_device_check.isChecked()
    page.per_device_check.setChecked(False)
    window.show_page(page)
    assert [k for k, c in page.order_list.rows() if c] == ["hd", "cdrom", "network"]
    apply(qtbot, window)
    saved = window.config.persistent
    assert saved.os.boot_order() == ["hd", "cdrom", "network"]
    assert all(d.boot_order is None for d in saved.devices.disks)


def test_boot_menu_is_enabled(qtbot, demo_connection):
    window = open_details(qtbot, demo_connection, "mail-server")
    page = page_of(window, BootPage)
    assert not page.timeout_spin.isEnabled()
    page.bootmenu_check.setChecked(True)
    page.timeout_spin.setValue(3000)
    apply(qtbot, window)
    os = window.config.persistent.os
    assert (os.bootmenu_enable, os.bootmenu_timeout) == (True, 3000)
    page = page_of(window, BootPage)
    assert page.bootmenu_check.isChecked() and page.timeout_spin.value() == 3000


def test_direct_kernel_boot_fields_round_trip(qtbot, demo_connection):
    window = open_details(qtbot, demo_connection, "mail-server")
    page = page_of(window, BootPage)
    assert not page.kernel_group.isChecked() and not page.init_group.isVisible()
    page.kernel_group.setChecked(True)
    assert window.apply_current() is None and "kernel's path" in page.note.text()
    values = {"kernel_edit": "/boot/vmlinuz", "initrd_edit": "/boot/initrd.img",
              "cmdline_edit": "console=ttyS0 root=/dev/vda1 quiet", "dtb_edit": "/boot/board.dtb"}
    for name, value in values.items():
        getattr(page, name).setText(value)
    apply(qtbot, window)
    os = window.config.persistent.os
    assert (os.kernel, os.initrd, os.cmdline, os.dtb) == tuple(values.values())
    page = page_of(window, BootPage)
    assert page.kernel_group.isChecked()
    assert {name: getattr(page, name).text() for name in values} == values
    page.kernel_group.setChecked(False)
    apply(qtbot, window)
    os = window.config.persistent.os
    assert (os.kernel, os.initrd, os.cmdline, os.dtb) == (None, None, None, None)


def test_performance_page_draws_the_history_and_redraws_on_samples(qtbot, demo_connection):
    domain = demo_connection.find_domain("web-frontend-01")
    for second in range(6):
        domain.stats.add(float(second), {"cpu.time": second * 5e8, "balloon.rss": 1024 * 1024 + second * 1024,
                                         "block.count": 1, "block.0.rd.bytes": second * 2e6,
                                         "block.0.wr.bytes": second * 1e6, "net.count": 1,
                                         "net.0.rx.bytes": second * 3e5, "net.0.tx.bytes": second * 1e4},
                         domain.vcpus or 2)
    sampler = StatsSampler(interval_ms=250)
    sampler.add(demo_connection)
    window = open_details(qtbot, demo_connection, "web-frontend-01", sampler)
    page = page_of(window, PerformancePage)
    assert page.cpu_graph.current_text() == "25 %"
    assert page.disk_graph.current_text() == "Read 1.9 MiB/s   Write 977 KiB/s"
    assert page.network_graph.current_text() == "Received 293 KiB/s   Sent 10 KiB/s"
    assert page.disk_graph.scale_top() == 2 * 1024 * 1024 and page.cpu_graph.scale_top() == 100
    assert page.memory_graph.current_text() == "1.0 GiB"
    assert not window.apply_button.isEnabled()
    assert not page.grab().isNull()
    points = len(domain.stats.cpu)
    with qtbot.waitSignal(sampler.sampled, timeout=5000):
        sampler.tick()  # the demo host's figures add a sample for a running VM
    assert len(domain.stats.cpu) == points + 1
    assert page.cpu_graph.current_text() == f"{domain.stats.cpu.last:.0f} %"


def test_performance_page_says_what_a_host_does_not_report(qtbot, tmp_path):
    """The test driver reports a running VM's state and nothing else: once two samples came back without figures,
    the graphs say the host reports none instead of waiting for data forever; a group turned off in Preferences
    says so at once, and a VM that is not running says that."""
    connection = open_connection(qtbot, write_host(tmp_path, domain_xml("quiet", RUNNING), domain_xml("off")))
    sampler = StatsSampler(interval_ms=100, selection=StatsSelection(network=False))
    sampler.add(connection)
    page = page_of(open_details(qtbot, connection, "quiet", sampler), PerformancePage)
    assert page.cpu_graph.empty_text == "" and page.disk_graph.empty_text == ""  # "No data yet"
    assert page.network_graph.empty_text == "Not sampled: turned off in Preferences"
    for _ in range(2):
        with qtbot.waitSignal(sampler.sampled, timeout=5000):
            sampler.tick()
    assert connection.find_domain("quiet").stats.samples == 2
    for graph in (page.cpu_graph, page.memory_graph, page.disk_graph):
        assert graph.empty_text == "This host reports no such figures for the VM"
    assert page.network_graph.empty_text == "Not sampled: turned off in Preferences"
    stopped = page_of(open_details(qtbot, connection, "off", sampler), PerformancePage)
    assert {stopped.cpu_graph.empty_text, stopped.network_graph.empty_text} == {"The VM is not running"}
    connection.shutdown()


def test_screenshots(qtbot, demo_connection):
    domain = demo_connection.find_domain("db-primary")
    totals = dict.fromkeys(("cpu", "rd", "wr", "rx", "tx"), 0.0)
    for second in range(60):
        wave = 1 + math.sin(second / 4)
        for key, rate in (("cpu", 2.5e9 * wave), ("rd", 3e6 * wave), ("wr", 1e6 + 4e5 * wave),
                          ("rx", 5e5 * wave), ("tx", 1.5e5 + 1e5 * math.cos(second / 3))):
            totals[key] += rate
        domain.stats.add(float(second), {"cpu.time": totals["cpu"], "balloon.rss": 20 * GIB + int(wave * GIB),
                                         "block.count": 1, "block.0.rd.bytes": totals["rd"],
                                         "block.0.wr.bytes": totals["wr"], "net.count": 1,
                                         "net.0.rx.bytes": totals["rx"], "net.0.tx.bytes": totals["tx"]},
                         domain.vcpus or 8)
    window = open_details(qtbot, demo_connection, "db-primary")
    window.resize(960, 640)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for cls, name in ((PerformancePage, "performance"), (CpusPage, "cpus"), (MemoryPage, "memory"),
                      (BootPage, "boot")):
        page = page_of(window, cls)
        if cls is CpusPage:
            qtbot.waitUntil(lambda p=page: p.pinning_grid.columnCount() > 0 and bool(p.model_note.text()))
        qtbot.wait(50)
        path = SCREENSHOTS / f"details-{name}.png"
        assert window.grab().save(str(path))
        assert path.stat().st_size > 10000


def test_host_cpu_count_from_capabilities():
    caps = ("<capabilities><host><cpu><arch>x86_64</arch><topology sockets='1' dies='1' cores='4' threads='2'/>"
            "</cpu><topology><cells num='1'><cell id='0'><cpus num='3'><cpu id='0'/><cpu id='1'/><cpu id='2'/>"
            "</cpus></cell></cells></topology></host></capabilities>")
    assert host_cpu_count(xmlconf.load(caps)) == 3
    assert host_cpu_count(xmlconf.load(caps.replace("<cpu id='0'/><cpu id='1'/><cpu id='2'/>", ""))) == 8
    assert host_cpu_count(None) == 0

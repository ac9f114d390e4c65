"""The CPUs, Memory and Performance pages against a running TCG guest of the rig's session libvirtd."""

from __future__ import annotations

import re

import libvirt
import pytest
from details_harness import open_connection, open_details
from PySide6.QtWidgets import QMessageBox
from rig import guests
from rig.errors import missing_part

from virtdesk import xmlconf
from virtdesk.gui.details.pages.cpus import CpusPage
from virtdesk.gui.details.pages.memory import MemoryPage
from virtdesk.gui.details.pages.performance import PerformancePage
from virtdesk.model.stats import StatsSampler

pytestmark = pytest.mark.integration

MIB = 1024


@pytest.fixture
def guest(session_conn: libvirt.virConnect) -> libvirt.virDomain:
    """A running TCG guest with 256 MiB and one of at most two vCPUs (removed by session_conn)."""
    config = xmlconf.load(guests.tcg_guest_xml(guests.unique_name("sys"), memory_mib=256))
    config.vcpu = 2
    config.vcpu_current = 1
    return guests.define_and_start(session_conn, config.to_xml())


@pytest.fixture
def connection(qtbot, session_daemon, guest):
    connection = open_connection(qtbot, session_daemon.uri)
    yield connection
    connection.shutdown()


def test_current_memory_changes_on_the_running_guest(qtbot, session_daemon, linux_guest):
    """Ballooning needs a driver in the guest: the rig's Linux guest, with virtio_balloon loaded."""
    guest, console = linux_guest
    start = console.mark()
    console.send('test -d /sys/bus/virtio/drivers/virtio_balloon; echo BAL""LOON$?END\n')
    qtbot.waitUntil(lambda: re.search(r"BALLOON\dEND", console.text[start:]) is not None, timeout=10000)
    if "BALLOON0END" not in console.text[start:]:
        missing_part("the rig's Linux guest has no virtio_balloon driver (add it to rig.initramfs.MODULES)")
    connection = open_connection(qtbot, session_daemon.uri)
    try:
        window = open_details(qtbot, connection, guest.name())
        assert window.config.active
        page = window.page(MemoryPage)
        window.show_page(page)
        page.current_input.unit.setCurrentIndex(0)
        assert page.current_input.spin.value() == 256
        page.current_input.spin.setValue(160)
        with qtbot.waitSignal(window.applied, timeout=20000):
            window.apply_current()
        assert window.findChild(QMessageBox, "live-failed") is None
        qtbot.waitUntil(lambda: guest.info()[2] == 160 * MIB, timeout=30000)
        assert xmlconf.load(guest.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE)).current_memory == 160 * MIB
        assert not window.page(MemoryPage).needs_restart
    finally:
        connection.shutdown()


def test_current_vcpus_change_on_the_running_guest(qtbot, connection, guest):
    assert guest.vcpusFlags(libvirt.VIR_DOMAIN_AFFECT_LIVE) == 1
    window = open_details(qtbot, connection, guest.name())
    page = window.page(CpusPage)
    window.show_page(page)
    assert (page.current_spin.value(), page.maximum_spin.value()) == (1, 2)
    qtbot.waitUntil(lambda: page.pinning_grid.columnCount() > 0, timeout=10000)
    page.current_spin.setValue(2)
    with qtbot.waitSignal(window.applied, timeout=20000):
        window.apply_current()
    qtbot.waitUntil(lambda: guest.vcpusFlags(libvirt.VIR_DOMAIN_AFFECT_LIVE) == 2, timeout=20000)
    assert guest.vcpusFlags(libvirt.VIR_DOMAIN_AFFECT_CONFIG) == 2
    assert not page.needs_restart


def test_cpu_models_come_from_the_domain_capabilities(qtbot, connection, guest):
    window = open_details(qtbot, connection, guest.name())
    page = window.page(CpusPage)
    qtbot.waitUntil(lambda: page.model_combo.count() > 0, timeout=30000)
    models = [page.model_combo.itemText(i) for i in range(page.model_combo.count())]
    assert "qemu64" in models
    assert not page.is_dirty()


def test_performance_page_graphs_cpu_from_the_sampler(qtbot, connection, guest):
    sampler = StatsSampler(interval_ms=250)
    sampler.add(connection)
    sampler.start()
    try:
        window = open_details(qtbot, connection, guest.name(), sampler)
        page = window.page(PerformancePage)
        window.show_page(page)
        qtbot.waitUntil(lambda: len(page.cpu_graph.series[0].values) >= 3, timeout=20000)
        assert page.cpu_graph.current_text().endswith("%")
        assert page.memory_graph.series[0].values
        assert not page.grab().isNull()
    finally:
        sampler.stop()

"""virtdesk's model and manager against the rig's real session libvirtd, real TCG and Linux guests."""

from __future__ import annotations

import libvirt
import pytest
from manager_harness import ManagerHarness
from rig import guests, initramfs

from virtdesk.gui.manager.vm_tree_model import Column, Role
from virtdesk.model.actions import ACTIONS
from virtdesk.model.connection import Connection, ConnectionState
from virtdesk.model.domain import DomainState
from virtdesk.model.stats import StatsSampler

pytestmark = pytest.mark.integration


def opened(qtbot, uri: str) -> Connection:
    connection = Connection(uri)
    connection.open()
    qtbot.waitUntil(lambda: connection.loaded, timeout=30000)
    return connection


def test_model_follows_a_real_guest_through_lifecycle_events(qtbot, session_daemon, session_conn):
    connection = opened(qtbot, session_daemon.uri)
    try:
        name = guests.unique_name("model")
        session_conn.defineXML(guests.tcg_guest_xml(name))  # another client defines it
        qtbot.waitUntil(lambda: connection.find_domain(name) is not None, timeout=10000)
        domain = connection.find_domain(name)
        assert domain.state is DomainState.SHUTOFF
        seen: list[DomainState] = []
        connection.domain_changed.connect(lambda d: d is domain and seen.append(d.state))
        for key, state in (("run", DomainState.RUNNING), ("pause", DomainState.PAUSED),
                           ("resume", DomainState.RUNNING), ("destroy", DomainState.SHUTOFF)):
            ACTIONS[key].start(domain)
            qtbot.waitUntil(lambda s=state: domain.state is s, timeout=15000)
        session_conn.lookupByName(name).create()  # started elsewhere: the event brings it
        qtbot.waitUntil(lambda: domain.state is DomainState.RUNNING, timeout=15000)
        # a change of the XML alone (the live XML after a start) is a change too: the states, repeats left out;
        # a destroy may pass through "shutting down" when libvirt reads the state before QEMU has gone
        passed = [state for state in seen if state is not DomainState.SHUTDOWN]
        states = [state for i, state in enumerate(passed) if i == 0 or state is not passed[i - 1]]
        assert states[:4] == [DomainState.RUNNING, DomainState.PAUSED, DomainState.RUNNING, DomainState.SHUTOFF]
        assert domain.memory_kib == 64 * 1024 and domain.vcpus == 1
    finally:
        connection.shutdown()


def test_sampler_reads_real_cpu_and_memory(qtbot, session_daemon, tcg_guest):
    connection = opened(qtbot, session_daemon.uri)
    sampler = StatsSampler(300)
    sampler.add(connection)
    sampler.start()
    try:
        domain = connection.find_domain(tcg_guest.name())
        qtbot.waitUntil(lambda: len(domain.stats.cpu) >= 3, timeout=15000)
        assert all(0.0 <= value <= 100.0 for value in domain.stats.cpu)
        assert max(domain.stats.cpu) > 0.0  # a TCG guest in SeaBIOS keeps its vCPU busy
        assert domain.stats.memory.last and domain.stats.memory.last > 0
    finally:
        sampler.stop()
        connection.shutdown()


def test_linux_guest_boots_and_powers_off_on_acpi_shutdown_from_virtdesk(qtbot, session_daemon, linux_guest):
    dom, console = linux_guest
    assert initramfs.READY_LINE in console.text
    connection = opened(qtbot, session_daemon.uri)
    try:
        domain = connection.find_domain(dom.name())
        assert domain.state is DomainState.RUNNING
        ACTIONS["shutdown"].start(domain)
        qtbot.waitUntil(lambda: domain.state is DomainState.SHUTOFF, timeout=60000)
        assert dom.state()[0] == libvirt.VIR_DOMAIN_SHUTOFF
    finally:
        connection.shutdown()


def test_manager_lists_the_real_guest_with_live_cpu(qtbot, session_daemon, tcg_guest):
    harness = ManagerHarness(qtbot)
    harness.sampler.set_interval(300)
    harness.sampler.start()
    try:
        connection = harness.connect(session_daemon.uri)
        qtbot.waitUntil(lambda: connection.loaded, timeout=30000)
        domain = connection.find_domain(tcg_guest.name())
        index = harness.window.model.domain_index(domain, Column.CPU)
        qtbot.waitUntil(lambda: index.data().endswith(" %"), timeout=15000)
        assert index.data(Role.CPU_HISTORY)
        harness.window.grab()
    finally:
        harness.close()


def test_killed_daemon_shows_disconnected_then_reconnects_by_itself(qtbot, session_daemon, tcg_guest):
    harness = ManagerHarness(qtbot)
    try:
        connection = harness.connect(session_daemon.uri)
        qtbot.waitUntil(lambda: connection.loaded, timeout=30000)
        name = tcg_guest.name()
        assert connection.find_domain(name) is not None
        session_daemon.kill()
        qtbot.waitUntil(lambda: connection.state is ConnectionState.ERROR, timeout=20000)
        assert "Connection lost" in connection.error
        row = harness.window.model.connection_index(connection, Column.STATE)
        assert row.data().startswith("Error: Connection lost")
        assert connection.find_domain(name) is None  # no stale rows while the host is gone
        assert connection.reconnecting
        session_daemon.start()
        qtbot.waitUntil(lambda: connection.is_active and connection.loaded, timeout=90000)
        domain = connection.find_domain(name)
        assert domain is not None and domain.state is DomainState.RUNNING
        assert harness.window.model.connection_index(connection, Column.STATE).data() == "Connected"
    finally:
        harness.close()

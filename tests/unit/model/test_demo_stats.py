"""The demo host's live figures: running VMs get believable, growing counters; real hosts get none added."""

from __future__ import annotations

import pytest
from testhosts import RUNNING, domain_xml, write_host

from virtdesk import demo
from virtdesk.model.connection import Connection
from virtdesk.model.domain import DomainState
from virtdesk.model.stats import StatsSampler

pytestmark = pytest.mark.unit


def sampled(qtbot, uri: str, ticks: int = 3) -> Connection:
    connection = Connection(uri)
    connection.open()
    qtbot.waitUntil(lambda: connection.loaded, timeout=10000)
    sampler = StatsSampler(100)
    sampler.add(connection)
    count = 0

    def counted(*_args: object) -> None:
        nonlocal count
        count += 1

    sampler.sampled.connect(counted)
    sampler.start()
    qtbot.waitUntil(lambda: count >= ticks, timeout=15000)
    sampler.stop()
    return connection


def test_running_demo_vms_show_live_figures(qtbot):
    connection = sampled(qtbot, demo.demo_uri())
    try:
        running = [d for d in connection.domains.values() if d.state is DomainState.RUNNING]
        stopped = [d for d in connection.domains.values() if d.state is DomainState.SHUTOFF]
        assert running and stopped
        for domain in running:
            assert len(domain.stats.cpu) >= 2
            assert all(0.0 <= v <= 100.0 for v in domain.stats.cpu)
            assert 0 < domain.stats.memory.last <= domain.memory_kib
            assert domain.stats.disk_read.last >= 0 and domain.stats.net_rx.last >= 0
        assert any(max(d.stats.cpu) > 0 for d in running)
        assert all(len(d.stats.cpu) == 0 for d in stopped)
    finally:
        connection.shutdown()


def test_other_test_driver_hosts_get_no_invented_figures(qtbot, tmp_path):
    connection = sampled(qtbot, write_host(tmp_path, domain_xml("plain", RUNNING)))
    try:
        assert len(connection.find_domain("plain").stats.cpu) == 0
    finally:
        connection.shutdown()

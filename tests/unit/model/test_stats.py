"""Rates and history from raw getAllDomainStats records."""

from __future__ import annotations

import pytest

from virtdesk.model.stats import DomainStats, StatsSelection

pytestmark = pytest.mark.unit


def record(cpu_ns: int, rss: int = 0, rd: tuple[int, ...] = (), rx: tuple[int, ...] = ()) -> dict:
    raw: dict = {"state.state": 1, "cpu.time": cpu_ns}
    if rss:
        raw["balloon.rss"] = rss
    raw["block.count"] = len(rd)
    for i, value in enumerate(rd):
        raw[f"block.{i}.rd.bytes"] = value
        raw[f"block.{i}.wr.bytes"] = value // 2
    raw["net.count"] = len(rx)
    for i, value in enumerate(rx):
        raw[f"net.{i}.rx.bytes"] = value
        raw[f"net.{i}.tx.bytes"] = value * 2
    return raw


def test_cpu_percent_is_share_of_the_vcpus():
    stats = DomainStats()
    stats.add(10.0, record(0), vcpus=2)
    assert list(stats.cpu) == []  # one sample gives no rate
    stats.add(12.0, record(2_000_000_000), vcpus=2)  # 2 s of CPU in 2 s on 2 vCPUs
    assert stats.cpu.last == pytest.approx(50.0)
    stats.add(13.0, record(4_000_000_000), vcpus=1)  # more than one vCPU can give: capped
    assert stats.cpu.last == 100.0


def test_disk_and_network_rates_sum_devices():
    stats = DomainStats()
    stats.add(0.0, record(0, rss=1000, rd=(100, 200), rx=(10,)), vcpus=1)
    stats.add(2.0, record(0, rss=1500, rd=(300, 600), rx=(50,)), vcpus=1)
    assert stats.disk_read.last == pytest.approx((900 - 300) / 2)
    assert stats.disk_write.last == pytest.approx((450 - 150) / 2)
    assert stats.net_rx.last == pytest.approx(20)
    assert stats.net_tx.last == pytest.approx(40)
    assert list(stats.memory) == [1000, 1500]


def test_counter_reset_after_restart_starts_new_rates():
    stats = DomainStats()
    stats.add(0.0, record(5_000_000_000), vcpus=1)
    stats.reset()
    stats.add(1.0, record(100_000_000), vcpus=1)
    assert list(stats.cpu) == []
    stats.add(2.0, record(600_000_000), vcpus=1)
    assert stats.cpu.last == pytest.approx(50.0)


def test_history_is_bounded():
    stats = DomainStats()
    for i in range(500):
        stats.add(float(i), record(i * 10_000_000), vcpus=1)
    assert len(stats.cpu) == stats.cpu.maxlen


def test_history_buffers_are_made_on_the_first_sample():
    never, sampled = DomainStats(), DomainStats()
    assert never.cpu is sampled.cpu and never.cpu is never.net_tx  # one shared empty series until then
    assert never.cpu.last is None and list(never.memory) == []
    sampled.add(0.0, record(0, rss=1000), vcpus=1)
    assert list(sampled.memory) == [1000] and sampled.memory is not sampled.cpu
    assert list(never.memory) == [] and never.cpu.maxlen == 0


def test_selection_flags_follow_preferences():
    import libvirt

    everything = StatsSelection().flags()
    assert everything & libvirt.VIR_DOMAIN_STATS_BLOCK
    assert not StatsSelection(disk=False).flags() & libvirt.VIR_DOMAIN_STATS_BLOCK
    assert StatsSelection(cpu=False).flags() & libvirt.VIR_DOMAIN_STATS_STATE

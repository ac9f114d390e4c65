"""Lanes: a hung call in one kind of work never holds up another, and a stuck host shows as not answering."""

from __future__ import annotations

import logging
import threading

import pytest

from virtdesk.model.lanes import Lane
from virtdesk.model.worker import NotAnswering

pytestmark = pytest.mark.unit



@pytest.mark.parametrize("blocked", [Lane.EDIT, Lane.STATS, Lane.JOB])
def test_quick_reads_answer_while_another_lane_is_blocked(qtbot, connection, blocked):
    release = threading.Event()
    hung = [connection.call(lambda _conn: release.wait(30), lane=blocked) for _ in range(blocked.threads + 1)]
    try:
        names = connection.call(lambda conn: sorted(d.name() for d in conn.listAllDomains()))
        qtbot.waitUntil(lambda: names.done, timeout=5000)  # behind the hung calls it would wait 30 s
        assert names.result == ["db-01", "web-01"]
        assert not any(task.done for task in hung)
    finally:
        release.set()
    qtbot.waitUntil(lambda: all(task.done for task in hung), timeout=5000)


def test_a_call_that_does_not_come_back_marks_the_host_not_answering_until_one_does(qtbot, connection, logged):
    connection.lane_timeouts[Lane.QUICK] = 0.3
    release = threading.Event()
    stuck = connection.call(lambda _conn: release.wait(30), description="Reading the VM list")
    qtbot.waitUntil(lambda: stuck.done, timeout=5000)
    assert isinstance(stuck.error, NotAnswering)
    assert not connection.responding and connection.is_active
    entries = list(logged)
    assert any(e.level == logging.ERROR and "not answering" in e.message and "Reading the VM list" in e.detail
               for e in entries), [(e.message, e.detail) for e in entries]
    release.set()
    later = connection.call(lambda conn: conn.getHostname())
    qtbot.waitUntil(lambda: later.done, timeout=5000)
    assert connection.responding


def test_a_quiet_failure_still_reaches_the_log_with_libvirts_code(qtbot, connection, logged):
    task = connection.call(lambda conn: conn.lookupByName("no-such-vm"), description="Looking up", quiet=True)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    entries = list(logged)
    assert [(e.level, e.message) for e in entries] == [(logging.WARNING, "Looking up")]
    assert "libvirt error code 42" in entries[0].detail

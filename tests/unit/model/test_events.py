"""libvirt's event thread outlives a failing iteration, says so in the log, and events keep arriving."""

from __future__ import annotations

import pytest
from details_harness import open_connection
from testhosts import SHUTOFF, domain_xml, write_host

from virtdesk.model import events
from virtdesk.model.domain import DomainState

pytestmark = pytest.mark.unit


def test_a_failing_iteration_is_logged_and_events_still_arrive(qtbot, tmp_path, monkeypatch, logged):
    connection = open_connection(qtbot, write_host(tmp_path, domain_xml("web-01", SHUTOFF)))
    real = events._run_once
    failures = []

    def fails_once() -> int:
        if not failures:
            failures.append(True)
            raise RuntimeError("an iteration that broke")
        return real()

    monkeypatch.setattr(events, "_run_once", fails_once)
    vm = connection.find_domain("web-01")
    try:
        # Each change is asked with a plain call (no refresh): only libvirt's event updates the VM.
        connection.call(lambda conn: conn.lookupByName("web-01").create())
        qtbot.waitUntil(lambda: vm.state is DomainState.RUNNING, timeout=10000)
        qtbot.waitUntil(lambda: any("event loop failed" in e.message for e in logged),
                        timeout=10000)
        connection.call(lambda conn: conn.lookupByName("web-01").destroy())
        qtbot.waitUntil(lambda: vm.state is DomainState.SHUTOFF, timeout=10000)
    finally:
        connection.shutdown()

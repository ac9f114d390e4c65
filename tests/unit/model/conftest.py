"""Model test fixtures: a connection to a small test-driver host the test writes."""

from __future__ import annotations

import pytest
from details_harness import open_connection
from testhosts import RUNNING, domain_xml, write_host


@pytest.fixture
def connection(qtbot, tmp_path):
    """An open connection to a host with web-01 (running) and db-01 (shut off); shut down after the test."""
    conn = open_connection(qtbot, write_host(tmp_path, domain_xml("web-01", RUNNING), domain_xml("db-01")))
    yield conn
    conn.shutdown()


@pytest.fixture
def logged():
    """The event log's entries added during the test (the log keeps only its latest 2,000, so positions in it
    shift once it is full)."""
    from virtdesk.model.log import event_log

    entries = []
    event_log().added.connect(entries.append)
    yield entries
    event_log().added.disconnect(entries.append)

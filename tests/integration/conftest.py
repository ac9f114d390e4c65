"""Integration fixtures built on the rig: virtdesk's own Connection to the rig's session daemon."""

from __future__ import annotations

import pytest
from details_harness import open_connection


@pytest.fixture
def virtdesk_connection(qtbot, session_daemon):
    """A virtdesk Connection to the rig's session libvirtd, loaded; shut down after the test."""
    connection = open_connection(qtbot, session_daemon.uri)
    yield connection
    connection.shutdown()

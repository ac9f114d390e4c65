"""Host facts on the test driver: CPU count, node devices, domain capabilities (which the test driver cannot
give: None, so pages fall back to common values)."""

from __future__ import annotations

import libvirt
import pytest
from testhosts import write_host

from virtdesk.model import node
from virtdesk.model.connection import Connection, ConnectionState

pytestmark = pytest.mark.unit


@pytest.fixture
def connection(qtbot, tmp_path):
    connection = Connection(write_host(tmp_path))
    connection.open()
    qtbot.waitUntil(lambda: connection.state is ConnectionState.ACTIVE, timeout=10000)
    yield connection
    connection.shutdown()


def result(qtbot, task):
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert task.error is None, task.error
    return task.result


def test_cpu_count_and_domain_capabilities(qtbot, connection):
    assert result(qtbot, node.cpu_count(connection)) == 4
    task = connection.catalogue.domain_capabilities(None, "x86_64", None, "test")
    assert result(qtbot, task) is None
    assert connection.catalogue.domain_capabilities(None, "x86_64", None, "test") is task


def test_the_default_test_host_lists_its_devices_by_name():
    conn = libvirt.open("test:///default")
    try:
        devices = node.read_node_devices(conn)
        assert devices and [d.name for d in devices] == sorted(d.name for d in devices)
        assert node.read_cpu_count(conn) == conn.getInfo()[2]
    finally:
        conn.close()

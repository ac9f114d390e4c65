"""Host facts on the test driver: CPU count, node devices (shared for a while), domain capabilities (which the
test driver cannot give: None, so pages fall back to common values)."""

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
    assert result(qtbot, node.domain_capabilities(connection, None, "x86_64", None, "test")) is None


def test_node_devices_are_read_once_for_a_while(qtbot, connection):
    task = node.node_devices(connection)
    assert node.node_devices(connection) is task
    names = [d.name for d in result(qtbot, task)]
    assert names == sorted(names)


def test_the_default_test_host_lists_its_devices_by_name():
    conn = libvirt.open("test:///default")
    try:
        devices = node.read_node_devices(conn)
        assert devices and [d.name for d in devices] == sorted(d.name for d in devices)
        assert node.read_cpu_count(conn) == conn.getInfo()[2]
    finally:
        conn.close()

"""The host catalogue on a test-driver host: networks and pools with the connection, volumes and other host
objects on first use, kept current by libvirt's events, forgotten with the session."""

from __future__ import annotations

import pytest
from details_harness import open_connection

from virtdesk import demo
from virtdesk.model.catalogue import Kind

pytestmark = pytest.mark.unit



def test_pools_come_with_the_connection_and_their_volumes_on_first_use(qtbot, connection):
    catalogue = connection.catalogue
    assert [p.name for p in catalogue.pools.values()] == ["default"]
    assert [n.name for n in catalogue.networks.values()] == ["default"]
    with qtbot.waitSignal(catalogue.volumes_changed, timeout=5000) as arrived:
        assert catalogue.volumes("default") is None
    assert arrived.args == ["default"]
    volumes = catalogue.volumes("default")
    assert [v.name for v in volumes] == ["disk1.qcow2"] and volumes[0].capacity == 10 * 1024 ** 3
    assert catalogue.find_volume(volumes[0].path) is volumes[0]


def test_a_pool_event_refreshes_that_pool_and_forgets_the_volumes_of_a_stopped_one(qtbot, connection):
    catalogue = connection.catalogue
    with qtbot.waitSignal(catalogue.volumes_changed, timeout=5000):
        catalogue.volumes("default")
    pool = next(iter(catalogue.pools.values()))
    with qtbot.waitSignal(catalogue.pools_changed, timeout=5000):
        connection.call(lambda conn: conn.storagePoolLookupByName("default").destroy())  # libvirt's event only
    assert next(iter(catalogue.pools.values())) is pool and not pool.active
    assert catalogue.volumes("default") is None


def test_a_network_event_refreshes_the_networks(qtbot, connection):
    network = next(iter(connection.catalogue.networks.values()))
    assert network.active
    with qtbot.waitSignal(connection.catalogue.networks_changed, timeout=5000):
        connection.call(lambda conn: conn.networkLookupByName("default").destroy())
    assert not network.active


@pytest.mark.parametrize("kind", [Kind.NODE_DEVICES, Kind.INTERFACES])
def test_other_host_objects_are_read_once_when_first_needed(qtbot, kind):
    connection = open_connection(qtbot, demo.demo_uri())  # a host with devices and interfaces
    try:
        catalogue = connection.catalogue
        assert catalogue.objects(kind) is None
        task = catalogue.need(kind)
        assert catalogue.need(kind) is task
        qtbot.waitUntil(lambda: task.done, timeout=5000)
        assert task.error is None and catalogue.objects(kind) and catalogue.need(kind) is task
    finally:
        connection.shutdown()


def test_a_kind_the_host_cannot_list_stays_unknown_and_is_asked_again(qtbot, connection):
    catalogue = connection.catalogue
    task = catalogue.need(Kind.SECRETS)  # the test driver has no secrets driver
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert task.error is not None and catalogue.objects(Kind.SECRETS) is None
    assert catalogue.need(Kind.SECRETS) is not task


def test_everything_is_forgotten_when_the_session_ends(qtbot, connection):
    catalogue = connection.catalogue
    task = catalogue.need(Kind.NODE_DEVICES)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    connection.close()
    assert not catalogue.pools and not catalogue.networks and catalogue.objects(Kind.NODE_DEVICES) is None


def test_ready_gathers_what_a_window_needs_even_where_a_kind_fails(qtbot, connection):
    catalogue = connection.catalogue
    task = catalogue.ready((Kind.NODE_DEVICES, Kind.SECRETS), volumes=True)  # no secrets on the test driver
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert task.error is None and task.result is catalogue
    assert catalogue.objects(Kind.NODE_DEVICES) is not None and catalogue.objects(Kind.SECRETS) is None
    assert [v.name for v in catalogue.volumes("default")] == ["disk1.qcow2"]
    again = catalogue.ready((Kind.NODE_DEVICES,), volumes=True)
    assert again.done  # nothing left to read

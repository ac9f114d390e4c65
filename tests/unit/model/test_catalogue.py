"""The host catalogue on a test-driver host: networks and pools with the connection, volumes and other host
objects on first use, kept current by libvirt's events, forgotten with the session."""

from __future__ import annotations

import pytest
from details_harness import open_connection

from virtdesk import demo
from virtdesk.model import catalogue as catalogue_module
from virtdesk.model.catalogue import Kind

pytestmark = pytest.mark.unit

LAB_NETWORK = "<network><name>lab</name><bridge name='virbr9'/></network>"


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


def test_a_network_event_reads_that_network_only_and_keeps_the_list_right(qtbot, connection, monkeypatch):
    catalogue = connection.catalogue
    read: list[str] = []
    read_network = catalogue_module.read_network

    def counted_read(conn, name):
        read.append(name)
        return read_network(conn, name)

    monkeypatch.setattr(catalogue_module, "read_network", counted_read)
    default = next(iter(catalogue.networks.values()))

    def after(action, expected):
        """Runs action on the host (libvirt's events only) and waits for the networks to be `expected`:
        {name: active}; only the network acted on was read, the others are the same objects."""
        read.clear()
        connection.call(action)
        qtbot.waitUntil(lambda: {n.name: n.active for n in catalogue.networks.values()} == expected, timeout=5000)
        assert read == ["lab"] and catalogue.networks[default.uuid] is default

    after(lambda conn: conn.networkDefineXML(LAB_NETWORK), {"default": True, "lab": False})
    lab = next(n for n in catalogue.networks.values() if n.name == "lab")
    after(lambda conn: conn.networkLookupByName("lab").create(), {"default": True, "lab": True})
    after(lambda conn: conn.networkLookupByName("lab").destroy(), {"default": True, "lab": False})
    assert next(n for n in catalogue.networks.values() if n.name == "lab") is lab  # updated in place
    after(lambda conn: conn.networkLookupByName("lab").undefine(), {"default": True})
    after(lambda conn: conn.networkCreateXML(LAB_NETWORK), {"default": True, "lab": True})  # transient
    after(lambda conn: conn.networkLookupByName("lab").destroy(), {"default": True})


def test_a_node_device_event_reads_that_device_only(qtbot, monkeypatch):
    connection = open_connection(qtbot, demo.demo_uri())  # a host with devices
    try:
        catalogue = connection.catalogue
        task = catalogue.need(Kind.NODE_DEVICES)
        qtbot.waitUntil(lambda: task.done, timeout=5000)
        before = catalogue.objects(Kind.NODE_DEVICES)
        assert len(before) > 1
        read: list[str] = []
        one_read, key_of = catalogue_module.ONE_READERS[Kind.NODE_DEVICES]

        def counted_read(conn, name):
            read.append(name)
            return one_read(conn, name)

        monkeypatch.setitem(catalogue_module.ONE_READERS, Kind.NODE_DEVICES, (counted_read, key_of))
        name = before[-1].name
        with qtbot.waitSignal(catalogue.changed, timeout=5000):
            catalogue.kind_event(Kind.NODE_DEVICES, name)  # as libvirt's event about that device does
        after = catalogue.objects(Kind.NODE_DEVICES)
        assert read == [name] and [d.name for d in after] == [d.name for d in before]
        assert all(a is b for a, b in zip(after[:-1], before[:-1], strict=True))  # the others: the same objects
        assert after[-1] is not before[-1]
        with qtbot.waitSignal(catalogue.changed, timeout=5000):
            catalogue.kind_event(Kind.NODE_DEVICES, "gone_device")
        assert read == [name, "gone_device"]
        assert all(a is b for a, b in zip(catalogue.objects(Kind.NODE_DEVICES), after, strict=True))
    finally:
        connection.shutdown()


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

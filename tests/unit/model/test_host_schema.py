"""The host judges what is defined (VIR_DOMAIN_DEFINE_VALIDATE on the test driver, which honours it); the local
schemas answer first only for a host with the same libvirt, or a local one whose version is not known yet."""

from __future__ import annotations

import libvirt
import pytest
from lxml import etree
from testhosts import SHUTOFF, domain_xml, write_host

from virtdesk import xmlconf
from virtdesk.model import host_schema
from virtdesk.model.connection import Connection, ConnectionState
from virtdesk.model.domain_config import DomainConfig
from virtdesk.model.host_schema import HostSchema

pytestmark = pytest.mark.unit


@pytest.fixture
def connection(qtbot, tmp_path):
    connection = Connection(write_host(tmp_path, domain_xml("alpha", SHUTOFF)))
    connection.open()
    qtbot.waitUntil(lambda: connection.state is not ConnectionState.CONNECTING, timeout=10000)
    assert connection.is_active, connection.error
    qtbot.waitUntil(lambda: connection.loaded, timeout=10000)
    yield connection
    connection.shutdown()


def with_bogus_element(config: xmlconf.Domain) -> xmlconf.Domain:
    etree.SubElement(config.node, "bogus")
    return config


def invalid_document() -> xmlconf.Domain:
    return with_bogus_element(xmlconf.load(
        "<domain type='test'><name>beta</name><memory>1024</memory><os><type>hvm</type></os></domain>"))


def known(qtbot, connection: Connection) -> HostSchema:
    schema = HostSchema.of(connection)
    qtbot.waitUntil(lambda: schema.version is not None, timeout=10000)
    return schema


def test_the_host_refuses_an_invalid_define_with_its_own_message(qtbot, connection):
    config = DomainConfig(connection.find_domain("alpha"))
    with qtbot.waitSignal(config.loaded, timeout=10000):
        config.reload()
    before = config.persistent.canonical()
    task = config.apply(with_bogus_element(config.edit()), [])
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert isinstance(task.error, libvirt.libvirtError), task.error
    assert task.error.get_error_code() == libvirt.VIR_ERR_XML_INVALID_SCHEMA
    assert "Element domain has extra content: bogus" in task.error.get_error_message()
    with qtbot.waitSignal(config.loaded, timeout=10000):
        config.reload()
    assert config.persistent.canonical() == before


def test_the_version_is_read_once_per_connection_and_the_same_libvirt_is_checked_locally(qtbot, connection):
    schema = known(qtbot, connection)
    assert HostSchema.of(connection) is schema
    assert schema.version == libvirt.getVersion()  # the test driver runs in this process
    assert schema.local_schema_applies
    assert schema.check(invalid_document())


def test_another_libvirt_on_the_host_leaves_the_check_to_the_host(qtbot, connection, monkeypatch):
    monkeypatch.setattr(host_schema, "LOCAL_SCHEMA_VERSION", libvirt.getVersion() + 1)
    schema = known(qtbot, connection)
    assert not schema.local_schema_applies
    assert schema.check(invalid_document()) is None


def test_a_reconnection_reads_the_version_again(qtbot, connection):
    schema = known(qtbot, connection)
    with qtbot.waitSignal(schema.changed, timeout=10000):
        connection.close()
    assert schema.version is None
    with qtbot.waitSignal(schema.changed, timeout=10000):
        connection.open()
    assert schema.version == libvirt.getVersion()


@pytest.mark.parametrize(("uri", "applies"), [
    ("qemu:///system", True),
    ("qemu+unix:///session?socket=/run/user/1000/libvirt/libvirt-sock", True),
    ("qemu+ssh://admin@host.example/system", False),
    ("qemu+tls://host.example/system", False),
])
def test_until_the_version_is_known_only_local_hosts_are_checked_locally(qtbot, uri, applies):
    connection = Connection(uri)
    try:
        schema = HostSchema.of(connection)
        assert schema.version is None
        assert schema.local_schema_applies is applies
        assert bool(schema.check(invalid_document())) is applies
    finally:
        connection.shutdown()

"""Connections opened while the program loads, taken over by Connection."""

from __future__ import annotations

import libvirt
import pytest
from testhosts import RUNNING, domain_xml, write_host

from virtdesk.model import early_open
from virtdesk.model.connection import Connection, ConnectionState

pytestmark = pytest.mark.unit


def test_an_early_connection_is_taken_once(tmp_path):
    uri = write_host(tmp_path, domain_xml("early", RUNNING))
    early_open.start([uri])
    conn = early_open.take(uri)
    assert conn is not None and [d.name() for d in conn.listAllDomains()] == ["early"]
    conn.close()
    assert early_open.take(uri) is None  # taken: the next open is a normal one


def test_remote_uris_are_left_to_the_interactive_open():
    early_open.start(["qemu+ssh://nobody@host.invalid/system"])
    assert early_open.take("qemu+ssh://nobody@host.invalid/system") is None


def test_a_host_asking_for_credentials_is_left_to_the_interactive_open(tmp_path):
    uri = write_host(tmp_path, domain_xml("secret"), auth="<auth><user password='pw'>alice</user></auth>")
    early_open.start([uri])
    assert early_open.take(uri) is None


def test_an_unreachable_host_reports_its_error_once(tmp_path):
    uri = f"test://{tmp_path}/missing.xml"
    early_open.start([uri])
    with pytest.raises(libvirt.libvirtError):
        early_open.take(uri)


def test_connection_uses_the_early_connection(qtbot, tmp_path):
    uri = write_host(tmp_path, domain_xml("early-vm", RUNNING))
    early_open.start([uri])
    connection = Connection(uri)
    connection.open()
    qtbot.waitUntil(lambda: connection.loaded, timeout=10000)
    assert connection.state is ConnectionState.ACTIVE
    assert early_open.take(uri) is None
    assert connection.find_domain("early-vm") is not None
    connection.shutdown()

"""Integration fixtures built on the rig: virtdesk's own Connection to the rig's session daemon."""

from __future__ import annotations

import contextlib

import libvirt
import pytest
from details_harness import open_connection
from rig import guests
from rig.console import SerialConsole
from rig.initramfs import READY_LINE

from virtdesk import xmlconf


@pytest.fixture
def virtdesk_connection(qtbot, session_daemon):
    """A virtdesk Connection to the rig's session libvirtd, loaded; shut down after the test."""
    connection = open_connection(qtbot, session_daemon.uri)
    yield connection
    connection.shutdown()


@pytest.fixture
def linux_guest_without_agent(session_conn: libvirt.virConnect, linux_boot_files, session_daemon):
    """The rig's Linux guest without its agent channel, booted up to its ready line (a second copy of it on this
    machine, as a migration makes, would otherwise bind the same socket path)."""
    name = guests.unique_name("ml")
    config = xmlconf.load(guests.linux_guest_xml(name, linux_boot_files, session_daemon.runtime_dir / "unused"))
    for channel in list(config.devices.channels):
        channel.remove()
    domain = session_conn.defineXML(config.to_xml())
    domain.createWithFlags(libvirt.VIR_DOMAIN_START_PAUSED)
    console = SerialConsole(domain)
    try:
        domain.resume()
        console.wait_for(READY_LINE, timeout=90)
    finally:
        console.close()
    yield domain
    with contextlib.suppress(libvirt.libvirtError):
        guests.remove(domain)

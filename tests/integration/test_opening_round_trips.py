"""Opening a host over a slow link: after libvirt's own open, virtdesk's calls before the VMs are listed come in
two waves (round trips), however many calls there are: the close callback, the keepalive and one registration of
each event kind, then the listing beside the other registrations. Counted at a delay proxy between virtdesk and
the rig's session libvirtd serving a test-driver host, which writes down when each call arrives."""

from __future__ import annotations

import time
from pathlib import Path

import libvirt
import pytest
from rig.delay_proxy import delayed
from testhosts import RUNNING, domain_xml, write_host

from virtdesk.model.auth import CREDENTIAL_TYPES
from virtdesk.model.connection import Connection, ConnectionState
from virtdesk.model.events import ensure_event_loop

pytestmark = pytest.mark.integration

DELAY = 0.25  # seconds added to every message each way: a round trip takes 0.5 s, a wave's calls arrive together


def waves(log: Path, since: float, until: float) -> list[list[int]]:
    """The procedures of the calls that reached the proxy between the two times, in waves: a call arriving more
    than DELAY after the one before it (which its answer must have come back for) starts a new one."""
    found: list[list[int]] = []
    last = -1.0
    for line in log.read_text(encoding="ascii").splitlines():
        at, procedure = float(line.split()[0]), int(line.split()[1])
        if since <= at < until:
            if at - last > DELAY:
                found.append([])
            found[-1].append(procedure)
            last = at
    return found


def test_the_vms_are_listed_two_round_trips_after_libvirts_own_open(qtbot, session_daemon, tmp_path):
    write_host(tmp_path, domain_xml("slow-a", RUNNING), domain_xml("slow-b"))
    log = tmp_path / "calls.log"
    with delayed(session_daemon.socket_path, DELAY, log) as socket:
        uri = f"test+unix://{session_daemon.make_readable(tmp_path / 'host.xml')}?socket={socket}"
        ensure_event_loop()  # as virtdesk opens: with libvirt's event loop, which costs a call more
        started = time.monotonic()
        conn = libvirt.openAuth(uri, [CREDENTIAL_TYPES, lambda creds, opaque: 0, None], 0)
        opened = time.monotonic()
        conn.close()
        own_open = waves(log, started, opened)

        connection = Connection(uri)
        active: list[float] = []
        connection.state_changed.connect(
            lambda: active.append(time.monotonic()) if connection.state is ConnectionState.ACTIVE else None)
        started = time.monotonic()
        connection.open()
        try:
            qtbot.waitUntil(lambda: connection.loaded, timeout=30000)
            assert {d.name for d in connection.domains.values()} == {"slow-a", "slow-b"}
            # the listing's answer left the proxy DELAY before the connection became active, so every call of
            # the opening reached it earlier than that; the reads after the listing come later
            ours = waves(log, started, active[0] - DELAY)
        finally:
            connection.shutdown()
    assert len(ours) == len(own_open) + 2, (own_open, ours)
    assert sum(len(wave) for wave in ours[len(own_open):]) >= 12  # the registrations and the listing's calls

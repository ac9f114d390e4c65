"""The rig's session libvirtd with raw libvirt-python: lifecycle events, real stats, a dying daemon."""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from pathlib import Path

import libvirt
import pytest
from rig import guests
from rig.events import ensure_event_loop
from rig.session_daemon import SessionDaemon

pytestmark = pytest.mark.integration

L = libvirt


def _expect_events(events: queue.Queue[tuple[int, int]], wanted: list[int]) -> None:
    for event in wanted:
        while True:
            got, _detail = events.get(timeout=15)
            if got == event:
                break


def test_lifecycle_events_arrive_without_polling(session_conn: libvirt.virConnect) -> None:
    name = guests.unique_name("events")
    events: queue.Queue[tuple[int, int]] = queue.Queue()

    def on_lifecycle(_conn: object, domain: libvirt.virDomain, event: int, detail: int, _opaque: object) -> None:
        if domain.name() == name:
            events.put((event, detail))

    callback = session_conn.domainEventRegisterAny(None, L.VIR_DOMAIN_EVENT_ID_LIFECYCLE, on_lifecycle, None)
    try:
        domain = guests.define_and_start(session_conn, guests.tcg_guest_xml(name))
        _expect_events(events, [L.VIR_DOMAIN_EVENT_DEFINED, L.VIR_DOMAIN_EVENT_STARTED])
        domain.suspend()
        _expect_events(events, [L.VIR_DOMAIN_EVENT_SUSPENDED])
        domain.resume()
        _expect_events(events, [L.VIR_DOMAIN_EVENT_RESUMED])
        domain.destroy()
        _expect_events(events, [L.VIR_DOMAIN_EVENT_STOPPED])
    finally:
        session_conn.domainEventDeregisterAny(callback)


def test_domain_stats_show_cpu_time_growing(
    session_conn: libvirt.virConnect, tcg_guest: libvirt.virDomain
) -> None:
    wanted = L.VIR_DOMAIN_STATS_STATE | L.VIR_DOMAIN_STATS_CPU_TOTAL | L.VIR_DOMAIN_STATS_BALLOON

    def stats() -> dict[str, int]:
        [(domain, values)] = session_conn.domainListGetStats([tcg_guest], wanted)
        assert domain.name() == tcg_guest.name()
        return values

    first = stats()
    time.sleep(0.3)
    second = stats()
    assert first["state.state"] == L.VIR_DOMAIN_RUNNING
    assert second["cpu.time"] > first["cpu.time"] > 0
    assert second["balloon.maximum"] == 64 * 1024


def test_killed_daemon_fires_close_callback_and_comes_back(session_daemon: SessionDaemon) -> None:
    ensure_event_loop()
    conn = libvirt.open(session_daemon.uri)
    closed = threading.Event()
    reasons: list[int] = []

    def on_close(_conn: libvirt.virConnect, reason: int, _opaque: object) -> None:
        reasons.append(reason)
        closed.set()

    conn.registerCloseCallback(on_close, None)
    old_pid = session_daemon.pid
    session_daemon.kill()
    assert closed.wait(10), "the close callback did not fire"
    assert reasons[0] in (L.VIR_CONNECT_CLOSE_REASON_EOF, L.VIR_CONNECT_CLOSE_REASON_ERROR)
    with pytest.raises(libvirt.libvirtError):
        conn.listAllDomains()
    with contextlib.suppress(libvirt.libvirtError):
        conn.unregisterCloseCallback()
    conn.close()

    session_daemon.ensure_running()
    assert session_daemon.pid != old_pid
    fresh = libvirt.open(session_daemon.uri)
    try:
        assert fresh.getLibVersion() >= 9_000_000
        fresh.listAllDomains()
    finally:
        fresh.close()


def test_test_driver_host_served_through_the_daemon(session_daemon: SessionDaemon, tmp_path: Path) -> None:
    host = tmp_path / "host.xml"
    host.write_text("""<node>
  <domain type='test'><name>served-vm</name><memory>65536</memory><os><type>hvm</type></os></domain>
</node>""")
    conn = libvirt.open(session_daemon.test_uri(host))
    try:
        assert [d.name() for d in conn.listAllDomains()] == ["served-vm"]
        assert conn.getType() == "TEST"
    finally:
        conn.close()

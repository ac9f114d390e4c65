"""The rig's Linux guest: boots on TCG, answers on its serial console, obeys ACPI and its guest agent."""

from __future__ import annotations

import queue
import time

import libvirt
import pytest
from rig.console import SerialConsole
from rig.initramfs import GUEST_IP, POWEROFF_LINE, READY_LINE

pytestmark = pytest.mark.integration

Guest = tuple[libvirt.virDomain, SerialConsole]


def _stopped_events(conn: libvirt.virConnect, domain: libvirt.virDomain) -> tuple[int, queue.Queue[int]]:
    stopped: queue.Queue[int] = queue.Queue()

    def on_lifecycle(_conn: object, _domain: libvirt.virDomain, event: int, detail: int, _opaque: object) -> None:
        if event == libvirt.VIR_DOMAIN_EVENT_STOPPED:
            stopped.put(detail)

    callback = conn.domainEventRegisterAny(domain, libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE, on_lifecycle, None)
    return callback, stopped


def test_console_shows_ready_line_and_runs_a_command(linux_guest: Guest) -> None:
    _domain, console = linux_guest
    assert READY_LINE in console.text
    answer = console.run("echo VD-$((40+2))", "VD-42")
    assert "VD-42" in answer.split("VD-$((40+2))", 1)[-1]


def test_acpi_power_button_powers_the_guest_off(
    session_conn: libvirt.virConnect, linux_guest: Guest
) -> None:
    domain, console = linux_guest
    callback, stopped = _stopped_events(session_conn, domain)
    try:
        domain.shutdownFlags(libvirt.VIR_DOMAIN_SHUTDOWN_ACPI_POWER_BTN)
        assert stopped.get(timeout=30) == libvirt.VIR_DOMAIN_EVENT_STOPPED_SHUTDOWN
    finally:
        session_conn.domainEventDeregisterAny(callback)
    assert POWEROFF_LINE in console.text
    assert not domain.isActive()


def _agent_addresses(domain: libvirt.virDomain, timeout: float = 30.0) -> dict[str, dict[str, object]]:
    deadline = time.monotonic() + timeout
    while True:
        try:
            return domain.interfaceAddresses(libvirt.VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT)
        except libvirt.libvirtError as error:
            if error.get_error_code() != libvirt.VIR_ERR_AGENT_UNRESPONSIVE or time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_guest_agent_reports_address_freezes_and_shuts_down(
    session_conn: libvirt.virConnect, linux_guest: Guest
) -> None:
    domain, _console = linux_guest
    addresses = _agent_addresses(domain)
    assert {"addr": GUEST_IP, "prefix": 24, "type": libvirt.VIR_IP_ADDR_TYPE_IPV4} in addresses["eth0"]["addrs"]

    frozen = domain.fsFreeze()
    try:
        assert frozen >= 0
        assert domain.fsInfo() is not None
    finally:
        assert domain.fsThaw() == frozen

    callback, stopped = _stopped_events(session_conn, domain)
    try:
        domain.shutdownFlags(libvirt.VIR_DOMAIN_SHUTDOWN_GUEST_AGENT)
        assert stopped.get(timeout=30) == libvirt.VIR_DOMAIN_EVENT_STOPPED_SHUTDOWN
    finally:
        session_conn.domainEventDeregisterAny(callback)

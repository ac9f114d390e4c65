"""What the QEMU guest agent (or DHCP leases) can tell about a running guest, fetched on a worker."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

import libvirt

from virtdesk.model.domain import Domain
from virtdesk.model.worker import Task


@dataclass
class GuestInfo:
    hostname: str = ""
    os_name: str = ""
    timezone: str = ""
    time: int | None = None
    addresses: list[tuple[str, str, str]] = field(default_factory=list)  # (interface, address/prefix, source)
    agent_answered: bool = False


def _addresses(dom: libvirt.virDomain, source: int, label: str) -> list[tuple[str, str, str]]:
    found = []
    for name, info in (dom.interfaceAddresses(source, 0) or {}).items():
        if name == "lo":
            continue
        for addr in info.get("addrs") or []:
            found.append((name, f"{addr['addr']}/{addr['prefix']}", label))
    return found


def fetch(conn: libvirt.virConnect, uuid: str) -> GuestInfo:
    dom = conn.lookupByUUIDString(uuid)
    info = GuestInfo()
    if not dom.isActive() or conn.getType().upper() == "TEST":
        # libvirt 9.0's test driver crashes the process answering for a NIC on a network without an address
        return info
    try:
        info.addresses = _addresses(dom, libvirt.VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT, "agent")
        info.agent_answered = True
    except libvirt.libvirtError:
        with contextlib.suppress(libvirt.libvirtError):
            info.addresses = _addresses(dom, libvirt.VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_LEASE, "lease")
    if info.agent_answered:
        with contextlib.suppress(libvirt.libvirtError, AttributeError):
            details = dom.guestInfo(libvirt.VIR_DOMAIN_GUEST_INFO_OS | libvirt.VIR_DOMAIN_GUEST_INFO_HOSTNAME
                                    | libvirt.VIR_DOMAIN_GUEST_INFO_TIMEZONE, 0)
            info.hostname = details.get("hostname", "")
            info.os_name = details.get("os.pretty-name") or details.get("os.name", "")
            info.timezone = details.get("timezone.name", "")
        if not info.hostname:
            with contextlib.suppress(libvirt.libvirtError):
                info.hostname = dom.hostname(0)
        with contextlib.suppress(libvirt.libvirtError):
            info.time = int(dom.getTime(0)["seconds"])
    return info


def fetch_guest_info(domain: Domain) -> Task:
    return domain.connection.call(fetch, domain.uuid, quiet=True)

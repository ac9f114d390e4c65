"""What the QEMU guest agent (or DHCP leases) can tell about a running guest, fetched on a worker."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

import libvirt

from virtdesk.model.domain import Domain
from virtdesk.model.worker import Task


@dataclass(frozen=True)
class GuestAddress:
    interface: str
    mac: str
    address: str  # address/prefix
    source: str  # "agent" or "lease"


@dataclass
class GuestInfo:
    hostname: str = ""
    os_name: str = ""
    timezone: str = ""
    time: int | None = None
    addresses: list[GuestAddress] = field(default_factory=list)
    agent_answered: bool = False


def _addresses(dom: libvirt.virDomain, source: int, label: str) -> list[GuestAddress]:
    found = []
    for name, info in (dom.interfaceAddresses(source, 0) or {}).items():
        if name == "lo":
            continue
        mac = (info.get("hwaddr") or "").lower()
        for addr in info.get("addrs") or []:
            found.append(GuestAddress(name, mac, f"{addr['addr']}/{addr['prefix']}", label))
    return found


def read_addresses(conn: libvirt.virConnect, dom: libvirt.virDomain) -> tuple[list[GuestAddress], bool]:
    """The running guest's addresses from its agent, else from DHCP leases; and whether the agent answered."""
    if conn.getType().upper() == "TEST":
        # libvirt 9.0's test driver crashes the process answering for a NIC on a network without an address
        return [], False
    try:
        return _addresses(dom, libvirt.VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT, "agent"), True
    except libvirt.libvirtError:
        with contextlib.suppress(libvirt.libvirtError):
            return _addresses(dom, libvirt.VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_LEASE, "lease"), False
    return [], False


def fetch(conn: libvirt.virConnect, uuid: str) -> GuestInfo:
    dom = conn.lookupByUUIDString(uuid)
    info = GuestInfo()
    if not dom.isActive():
        return info
    info.addresses, info.agent_answered = read_addresses(conn, dom)
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


def fetch_addresses(domain: Domain) -> Task:
    """Just the addresses (a list of GuestAddress), for pages that need no more."""
    def work(conn: libvirt.virConnect) -> list[GuestAddress]:
        dom = conn.lookupByUUIDString(domain.uuid)
        return read_addresses(conn, dom)[0] if dom.isActive() else []

    return domain.connection.call(work, quiet=True)

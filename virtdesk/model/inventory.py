"""Worker-side fetching of what a connection holds. Runs on worker threads only; returns plain data."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import libvirt

from virtdesk.model.catalogue import read_networks, read_pools
from virtdesk.model.domain import DomainInfo
from virtdesk.model.network import Network
from virtdesk.model.stats import domain_stats
from virtdesk.model.storage import StoragePool


@dataclass
class Snapshot:
    hostname: str
    capabilities: str
    domains: list[DomainInfo]
    networks: list[Network]
    pools: list[StoragePool]


def take(conn: libvirt.virConnect) -> Snapshot:
    try:
        hostname = conn.getHostname()
    except libvirt.libvirtError:
        hostname = ""
    return Snapshot(hostname, conn.getCapabilities(), list_domains(conn), read_networks(conn), read_pools(conn))


def _uuids(conn: libvirt.virConnect, flags: int) -> set[str]:
    return {dom.UUIDString() for dom in conn.listAllDomains(flags)}


def list_domains(conn: libvirt.virConnect) -> list[DomainInfo]:
    """All domains with state and XML: one stats call for the states, one XMLDesc each."""
    records = domain_stats(conn, libvirt.VIR_DOMAIN_STATS_STATE, 0)
    persistent = _uuids(conn, libvirt.VIR_CONNECT_LIST_DOMAINS_PERSISTENT)
    autostart = _uuids(conn, libvirt.VIR_CONNECT_LIST_DOMAINS_AUTOSTART)
    managed = _uuids(conn, libvirt.VIR_CONNECT_LIST_DOMAINS_MANAGEDSAVE)
    infos = []
    for dom, stats in records:
        uuid = dom.UUIDString()
        try:
            xml = dom.XMLDesc(0)
        except libvirt.libvirtError as exc:
            if exc.get_error_code() == libvirt.VIR_ERR_NO_DOMAIN:
                continue
            raise
        infos.append(DomainInfo(uuid, dom.name(), dom.ID(), stats.get("state.state", 0),
                                stats.get("state.reason", 0), uuid in persistent, uuid in autostart,
                                uuid in managed, xml))
    return infos


def fetch_domain(dom: libvirt.virDomain) -> DomainInfo:
    state, reason = dom.state()
    persistent = bool(dom.isPersistent())
    autostart = False
    if persistent:
        with contextlib.suppress(libvirt.libvirtError):
            autostart = bool(dom.autostart())
    try:
        managed = bool(dom.hasManagedSaveImage(0))
    except libvirt.libvirtError:
        managed = False
    return DomainInfo(dom.UUIDString(), dom.name(), dom.ID(), state, reason, persistent, autostart, managed,
                      dom.XMLDesc(0))


def fetch_domains(conn: libvirt.virConnect, uuids: list[str]) -> dict[str, DomainInfo | None]:
    """The named domains as they are now; None for each that no longer exists."""
    result: dict[str, DomainInfo | None] = {}
    for uuid in uuids:
        try:
            result[uuid] = fetch_domain(conn.lookupByUUIDString(uuid))
        except libvirt.libvirtError as exc:
            if exc.get_error_code() != libvirt.VIR_ERR_NO_DOMAIN:
                raise
            result[uuid] = None
    return result

"""Worker-side fetching of what a connection holds. Runs on worker threads only; returns plain data.

On connecting, the VMs' names and states come from one bulk call and the rest of the listing's calls run beside
it (`take`); each VM's XML is read afterwards, a batch per call on parallel workers (`fetch_xml`).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from concurrent.futures import Executor, wait
from dataclasses import dataclass
from typing import Any

import libvirt

from virtdesk.model.domain import DomainInfo
from virtdesk.model.stats import domain_stats


@dataclass
class Snapshot:
    hostname: str
    capabilities: str
    domains: list[DomainInfo]  # names and states, without XML
    handles: dict[str, libvirt.virDomain]  # by UUID: what fetch_xml reads the XML of


def parallel(executor: Executor, *calls: Callable[[], Any]) -> list[Any]:
    """Each call's result, the calls run side by side (over a remote link their round trips overlap). A failure
    is raised once every call has returned: the caller may close the handle they use."""
    futures = [executor.submit(call) for call in calls]
    wait(futures)
    return [future.result() for future in futures]


def _hostname(conn: libvirt.virConnect) -> str:
    try:
        return conn.getHostname()
    except libvirt.libvirtError:
        return ""


def take(conn: libvirt.virConnect, executor: Executor, *beside: Callable[[], Any]) -> Snapshot:
    """Host name, capabilities and every VM's name and state, the calls (and those beside, whose results are
    dropped) run side by side on executor."""
    hostname, capabilities, records, persistent, autostart, managed, *_beside = parallel(
        executor, lambda: _hostname(conn), conn.getCapabilities,
        lambda: domain_stats(conn, libvirt.VIR_DOMAIN_STATS_STATE, 0),
        *(lambda flags=flags: _uuids(conn, flags) for flags in (
            libvirt.VIR_CONNECT_LIST_DOMAINS_PERSISTENT, libvirt.VIR_CONNECT_LIST_DOMAINS_AUTOSTART,
            libvirt.VIR_CONNECT_LIST_DOMAINS_MANAGEDSAVE)), *beside)
    domains, handles = [], {}
    for dom, stats in records:
        uuid = dom.UUIDString()
        handles[uuid] = dom
        domains.append(DomainInfo(uuid, dom.name(), dom.ID(), stats.get("state.state", 0),
                                  stats.get("state.reason", 0), uuid in persistent, uuid in autostart,
                                  uuid in managed, None))
    return Snapshot(hostname, capabilities, domains, handles)


def _uuids(conn: libvirt.virConnect, flags: int) -> set[str]:
    return {dom.UUIDString() for dom in conn.listAllDomains(flags)}


# Parsing holds Python's lock, so more at once gains nothing; and twenty hosts' eighty load workers each taking it
# in turn, between their round trips, kept the GUI thread waiting for it (the event loop held up 0.5-1 s; with
# two parsing at once, 45-55 ms). The round trips themselves still overlap, as many as the load queue runs at once.
_PARSING = threading.BoundedSemaphore(2)


def fetch_xml(_conn: libvirt.virConnect, doms: list[tuple[str, str, libvirt.virDomain]]) -> list[DomainInfo]:
    """These domains' XML (parsed here), each given as (UUID, name, handle) from the listing, as DomainInfo whose
    state fields (ID too) mean nothing; a domain that no longer exists is left out. One call of libvirt per
    domain: each call gives Python's lock up and waits for it again, behind every other thread that wants it."""
    infos = []
    for uuid, name, dom in doms:
        try:
            xml = _xml(dom)
            with _PARSING:
                infos.append(DomainInfo(uuid, name, -1, 0, 0, True, False, False, xml))
        except libvirt.libvirtError as exc:
            if exc.get_error_code() != libvirt.VIR_ERR_NO_DOMAIN:
                raise
    return infos


def _xml(dom: libvirt.virDomain) -> str | None:
    """The domain's XML; None where the host refuses this one domain's XML while the connection stays up (one
    larger than libvirt's RPC carries: "Unable to encode message payload"), so that the VMs read beside it and its
    own state are not lost with it. Its details window says why when opened."""
    try:
        return dom.XMLDesc(0)
    except libvirt.libvirtError as exc:
        if exc.get_error_code() == libvirt.VIR_ERR_NO_DOMAIN or not dom.connect().isAlive():
            raise
        return None


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
                      _xml(dom))


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

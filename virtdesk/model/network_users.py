"""Which VMs use which virtual network: the interfaces of every VM of a connection whose source names a network,
from the XML the connection keeps of each VM, mapped on a worker and mapped again when VMs change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from virtdesk.model.vm_usage import VmUsage

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from virtdesk.model.connection import Connection

NetworkUsers = dict[str, list[str]]  # network name -> the names of the VMs using it (sorted)


def network_sources(xml: str) -> set[str]:
    """The networks a domain XML's interfaces name (<interface type='network'><source network=.../>)."""
    root = etree.fromstring(xml.encode())
    return {name for source in root.iterfind("devices/interface[@type='network']/source")
            if (name := source.get("network"))}


def map_network_users(domains: list[tuple[str, str]]) -> NetworkUsers:
    """Worker side: from (VM name, XML) pairs."""
    users: dict[str, set[str]] = {}
    for name, xml in domains:
        if not xml:
            continue
        try:
            networks = network_sources(xml)
        except etree.XMLSyntaxError:
            continue
        for network in networks:
            users.setdefault(network, set()).add(name)
    return {network: sorted(names) for network, names in users.items()}


class NetworkUsage(VmUsage[NetworkUsers]):
    """A connection's NetworkUsers, kept current (GUI thread)."""

    def __init__(self, connection: Connection, parent: QObject | None = None) -> None:
        super().__init__(connection, map_network_users, {}, parent)

    def of(self, network: str) -> list[str]:
        return self.users.get(network, [])

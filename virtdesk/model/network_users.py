"""Which VMs use which virtual network: the interfaces of every VM of a connection whose source names a network,
from the XML the connection keeps of each VM, mapped on a worker and mapped again when VMs change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree
from PySide6.QtCore import QObject

from virtdesk.model.volume_users import VolumeUsage
from virtdesk.model.worker import Task

if TYPE_CHECKING:
    import libvirt

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


def _map(_conn: libvirt.virConnect, domains: list[tuple[str, str]]) -> NetworkUsers:
    return map_network_users(domains)


def read_network_users(connection: Connection) -> Task:
    return connection.call(_map, [(d.name, d.xml) for d in connection.domains.values()], quiet=True)


class NetworkUsage(VolumeUsage):
    """Keeps a connection's NetworkUsers current as its VMs come, go and change, on VolumeUsage's schedule (one
    mapping after a burst of changes; only the latest mapping counts)."""

    def __init__(self, connection: Connection, parent: QObject | None = None) -> None:
        super().__init__(connection, parent)
        self.users: NetworkUsers = {}

    def refresh(self) -> None:
        self._number += 1
        number = self._number
        read_network_users(self.connection).then(lambda users: self._mapped(number, users), owner=self)

    def of(self, network: str) -> list[str]:
        return self.users.get(network, [])

"""The virtual networks of one connection as a Qt item model: name, state, autostart, kind, bridge or device, the
IPv4 and IPv6 subnets with their DHCP ranges, and the VMs using each, kept current from the connection's
catalogue."""

from __future__ import annotations

import enum

from PySide6.QtCore import QObject, Qt

from virtdesk.gui.host_details.list_table_model import ITEM_ROLE, ListTableModel
from virtdesk.model.catalogue import HostCatalogue
from virtdesk.model.network import Network
from virtdesk.model.network_actions import NetworkFacts, network_facts
from virtdesk.model.network_users import NetworkUsers

NETWORK_ROLE = ITEM_ROLE


class NetworkColumn(enum.IntEnum):
    NAME = 0
    STATE = 1
    AUTOSTART = 2
    KIND = 3
    BRIDGE = 4
    IPV4 = 5
    IPV4_DHCP = 6
    IPV6 = 7
    IPV6_DHCP = 8
    USED_BY = 9


class NetworkListModel(ListTableModel):
    COLUMNS = NetworkColumn

    def __init__(self, catalogue: HostCatalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.networks: list[Network] = []
        self.users: NetworkUsers = {}
        self._facts: dict[str, tuple[str, NetworkFacts]] = {}  # uuid -> (the XML read, its facts)
        catalogue.networks_changed.connect(self.update)
        self.update()

    def items(self) -> list[Network]:
        return self.networks

    def headers(self) -> dict[NetworkColumn, str]:
        return {NetworkColumn.NAME: self.tr("Name"), NetworkColumn.STATE: self.tr("State"),
                NetworkColumn.AUTOSTART: self.tr("Autostart"), NetworkColumn.KIND: self.tr("Mode"),
                NetworkColumn.BRIDGE: self.tr("Bridge or device"), NetworkColumn.IPV4: self.tr("IPv4 subnet"),
                NetworkColumn.IPV4_DHCP: self.tr("IPv4 DHCP"), NetworkColumn.IPV6: self.tr("IPv6 subnet"),
                NetworkColumn.IPV6_DHCP: self.tr("IPv6 DHCP"), NetworkColumn.USED_BY: self.tr("Used by")}

    def update(self) -> None:
        """The catalogue's networks as they are now: the same networks change in place, others reset the list."""
        networks = sorted(self.catalogue.networks.values(), key=lambda n: n.name)
        if [n.uuid for n in networks] == [n.uuid for n in self.networks]:
            self.networks = networks
            self._all_changed()
            return
        self.beginResetModel()
        self.networks = networks
        known = {n.uuid for n in networks}
        self._facts = {uuid: facts for uuid, facts in self._facts.items() if uuid in known}
        self.endResetModel()

    def set_users(self, users: NetworkUsers) -> None:
        self.users = users
        if self.networks:
            column = NetworkColumn.USED_BY
            self.dataChanged.emit(self.index(0, column), self.index(len(self.networks) - 1, column))

    def _all_changed(self) -> None:
        if self.networks:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.networks) - 1, len(NetworkColumn) - 1))

    def network_row(self, name: str) -> int:
        return next((row for row, n in enumerate(self.networks) if n.name == name), -1)

    def facts_of(self, network: Network) -> NetworkFacts:
        found = self._facts.get(network.uuid)
        if found is None or found[0] != network.xml:
            found = self._facts[network.uuid] = (network.xml, network_facts(network.xml))
        return found[1]

    def cell(self, network: Network, column: NetworkColumn, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and column is NetworkColumn.USED_BY:
            return "\n".join(self.users.get(network.name, ())) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column is NetworkColumn.NAME:
            return network.name
        if column is NetworkColumn.STATE:
            return self.tr("Active") if network.active else self.tr("Inactive")
        if column is NetworkColumn.AUTOSTART:
            if not network.persistent:
                return self.tr("Transient")
            return self.tr("On") if network.autostart else self.tr("Off")
        if column is NetworkColumn.USED_BY:
            return ", ".join(self.users.get(network.name, ()))
        facts = self.facts_of(network)
        if column is NetworkColumn.KIND:
            return facts.kind_label
        if column is NetworkColumn.BRIDGE:
            return facts.bridge or ", ".join(facts.devices)
        subnets = facts.family(4 if column in (NetworkColumn.IPV4, NetworkColumn.IPV4_DHCP) else 6)
        if column in (NetworkColumn.IPV4, NetworkColumn.IPV6):
            return ", ".join(s.text for s in subnets)
        return ", ".join(text for s in subnets if (text := s.ranges_text))

"""The DHCP leases of one virtual network as a Qt table model: MAC, IP address, host name, client id and expiry."""

from __future__ import annotations

import enum

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt

from virtdesk.gui.host_details.list_table_model import ListTableModel
from virtdesk.model.network_actions import Lease


class LeaseColumn(enum.IntEnum):
    MAC = 0
    IP = 1
    HOSTNAME = 2
    CLIENT_ID = 3
    EXPIRY = 4


class LeaseTableModel(ListTableModel):
    COLUMNS = LeaseColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.leases: list[Lease] = []

    def items(self) -> list[Lease]:
        return self.leases

    def headers(self) -> dict[LeaseColumn, str]:
        return {LeaseColumn.MAC: self.tr("MAC address"), LeaseColumn.IP: self.tr("IP address"),
                LeaseColumn.HOSTNAME: self.tr("Host name"), LeaseColumn.CLIENT_ID: self.tr("Client id"),
                LeaseColumn.EXPIRY: self.tr("Expires")}

    def set_leases(self, leases: list[Lease]) -> None:
        self.beginResetModel()
        self.leases = list(leases)
        self.endResetModel()

    def cell(self, lease: Lease, column: LeaseColumn, role: int) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column is LeaseColumn.MAC:
            return lease.mac
        if column is LeaseColumn.IP:
            return lease.ip
        if column is LeaseColumn.HOSTNAME:
            return lease.hostname or "—"
        if column is LeaseColumn.CLIENT_ID:
            return lease.client_id or "—"
        if lease.expiry is None:
            return self.tr("Never")
        return QLocale().toString(QDateTime(lease.expiry), QLocale.FormatType.ShortFormat)

"""The storage pools of one connection as a Qt item model: name, type, state, autostart and sizes, kept current
from the connection's catalogue."""

from __future__ import annotations

import enum

from PySide6.QtCore import QObject, Qt

from virtdesk.gui.host_details.list_table_model import ITEM_ROLE, ListTableModel
from virtdesk.gui.host_details.usage_bar import FRACTION_ROLE
from virtdesk.model.catalogue import HostCatalogue
from virtdesk.model.storage import StoragePool
from virtdesk.model.storage_actions import pool_state, pool_type
from virtdesk.units import format_bytes

POOL_ROLE = ITEM_ROLE


class PoolColumn(enum.IntEnum):
    NAME = 0
    TYPE = 1
    STATE = 2
    AUTOSTART = 3
    CAPACITY = 4
    ALLOCATION = 5
    AVAILABLE = 6


class PoolListModel(ListTableModel):
    COLUMNS = PoolColumn
    RIGHT_ALIGNED = frozenset({PoolColumn.CAPACITY, PoolColumn.AVAILABLE})

    def __init__(self, catalogue: HostCatalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.pools: list[StoragePool] = []
        self._types: dict[str, str] = {}  # pool uuid -> type, read from its XML once
        catalogue.pools_changed.connect(self.update)
        self.update()

    def items(self) -> list[StoragePool]:
        return self.pools

    def headers(self) -> dict[PoolColumn, str]:
        return {PoolColumn.NAME: self.tr("Name"), PoolColumn.TYPE: self.tr("Type"),
                PoolColumn.STATE: self.tr("State"), PoolColumn.AUTOSTART: self.tr("Autostart"),
                PoolColumn.CAPACITY: self.tr("Capacity"), PoolColumn.ALLOCATION: self.tr("Allocation"),
                PoolColumn.AVAILABLE: self.tr("Available")}

    def update(self) -> None:
        """The catalogue's pools as they are now: the same pools change in place, others reset the list."""
        pools = sorted(self.catalogue.pools.values(), key=lambda p: p.name)
        if [p.uuid for p in pools] == [p.uuid for p in self.pools]:
            self.pools = pools
            if pools:
                self.dataChanged.emit(self.index(0, 0), self.index(len(pools) - 1, len(PoolColumn) - 1))
            return
        self.beginResetModel()
        self.pools = pools
        self._types = {p.uuid: t for p in pools if (t := self._types.get(p.uuid))}
        self.endResetModel()

    def pool_row(self, name: str) -> int:
        return next((row for row, p in enumerate(self.pools) if p.name == name), -1)

    def type_of(self, pool: StoragePool) -> str:
        found = self._types.get(pool.uuid)
        if found is None:
            found = self._types[pool.uuid] = pool_type(pool.xml)
        return found

    def cell(self, pool: StoragePool, column: PoolColumn, role: int) -> object:
        if role == FRACTION_ROLE and column is PoolColumn.ALLOCATION:
            return pool.allocation / pool.capacity if pool.active and pool.capacity else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column is PoolColumn.NAME:
            return pool.name
        if column is PoolColumn.TYPE:
            return self.type_of(pool)
        if column is PoolColumn.STATE:
            state = pool_state(pool)
            return state.label if state is not None else str(pool.state)
        if column is PoolColumn.AUTOSTART:
            if not pool.persistent:
                return self.tr("Transient")
            return self.tr("On") if pool.autostart else self.tr("Off")
        if not pool.active:
            return "—"
        if column is PoolColumn.CAPACITY:
            return format_bytes(pool.capacity)
        if column is PoolColumn.ALLOCATION:
            return format_bytes(pool.allocation)
        return format_bytes(pool.available)

"""The volumes of one storage pool as a Qt table model: name, format, capacity, allocation, path, backing store
and the VMs using each. Plain rows over the catalogue's Volume objects, so 10,000 volumes cost a list, not
widgets; the format and backing store are read from a volume's XML when its row is first shown."""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt

from virtdesk.gui.host_details.list_table_model import ITEM_ROLE, ListTableModel
from virtdesk.model.storage import Volume
from virtdesk.model.storage_actions import volume_format
from virtdesk.model.volume_actions import backing_store_path
from virtdesk.model.volume_users import VolumeUsers
from virtdesk.units import format_bytes

VOLUME_ROLE = ITEM_ROLE


class VolumeColumn(enum.IntEnum):
    NAME = 0
    FORMAT = 1
    CAPACITY = 2
    ALLOCATION = 3
    PATH = 4
    BACKING = 5
    USED_BY = 6


class VolumeTableModel(ListTableModel):
    COLUMNS = VolumeColumn
    RIGHT_ALIGNED = frozenset({VolumeColumn.CAPACITY, VolumeColumn.ALLOCATION})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = ""
        self.volumes: list[Volume] = []
        self.users = VolumeUsers()
        self._formats: dict[str, str] = {}  # volume key -> format
        self._backing: dict[str, str] = {}  # volume key -> backing store path
        self._sort = (VolumeColumn.NAME, Qt.SortOrder.AscendingOrder)

    def items(self) -> list[Volume]:
        return self.volumes

    def headers(self) -> dict[VolumeColumn, str]:
        return {VolumeColumn.NAME: self.tr("Name"), VolumeColumn.FORMAT: self.tr("Format"),
                VolumeColumn.CAPACITY: self.tr("Capacity"), VolumeColumn.ALLOCATION: self.tr("Allocation"),
                VolumeColumn.PATH: self.tr("Path"), VolumeColumn.BACKING: self.tr("Backing store"),
                VolumeColumn.USED_BY: self.tr("Used by")}

    def set_volumes(self, pool: str, volumes: list[Volume]) -> None:
        self.beginResetModel()
        self._formats.clear()  # a volume read again may have changed (a wiped or uploaded one: its format)
        self._backing.clear()
        self.pool = pool
        self.volumes = self._sorted(list(volumes))
        self.endResetModel()

    def set_users(self, users: VolumeUsers) -> None:
        self.users = users
        if self.volumes:
            column = VolumeColumn.USED_BY
            self.dataChanged.emit(self.index(0, column), self.index(len(self.volumes) - 1, column))

    def used_by(self, volume: Volume) -> list[str]:
        return self.users.of(self.pool, volume)

    def format_of(self, volume: Volume) -> str:
        return self._from_xml(self._formats, volume, volume_format)

    def backing_of(self, volume: Volume) -> str:
        return self._from_xml(self._backing, volume, backing_store_path)

    @staticmethod
    def _from_xml(cache: dict[str, str], volume: Volume, read: Callable[[str], str]) -> str:
        found = cache.get(volume.key)
        if found is None:
            found = cache[volume.key] = read(volume.xml)
        return found

    def rows_of(self, keys: set[str]) -> list[int]:
        """The rows of the volumes with those keys (the volumes of the pool now)."""
        return [row for row, volume in enumerate(self.volumes) if volume.key in keys]

    def cell(self, volume: Volume, column: VolumeColumn, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and column in (VolumeColumn.NAME, VolumeColumn.PATH,
                                                               VolumeColumn.BACKING, VolumeColumn.USED_BY):
            return "\n".join(self.used_by(volume)) or None if column is VolumeColumn.USED_BY else \
                self._text(column)(volume)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(column)(volume)

    def _text(self, column: VolumeColumn) -> Callable[[Volume], str]:
        return {
            VolumeColumn.NAME: lambda v: v.name,
            VolumeColumn.FORMAT: self.format_of,
            VolumeColumn.CAPACITY: lambda v: format_bytes(v.capacity),
            VolumeColumn.ALLOCATION: lambda v: format_bytes(v.allocation),
            VolumeColumn.PATH: lambda v: v.path,
            VolumeColumn.BACKING: self.backing_of,
            VolumeColumn.USED_BY: lambda v: ", ".join(self.used_by(v)),
        }[column]

    def _key(self, column: VolumeColumn) -> Callable[[Volume], object]:
        if column is VolumeColumn.CAPACITY:
            return lambda v: v.capacity
        if column is VolumeColumn.ALLOCATION:
            return lambda v: v.allocation
        text = self._text(column)
        return lambda v: text(v).casefold()

    def _sorted(self, volumes: list[Volume]) -> list[Volume]:
        column, order = self._sort
        return sorted(volumes, key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (VolumeColumn(column), order)
        old, self.volumes = self.volumes, self._sorted(self.volumes)
        row_of = {id(volume): row for row, volume in enumerate(self.volumes)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(persistent, [self.index(row_of[id(old[i.row()])], i.column())
                                                    for i in persistent])
        self.layoutChanged.emit()

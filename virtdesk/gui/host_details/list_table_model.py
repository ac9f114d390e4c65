"""A read-only Qt table over a Python list: one row per item, the columns an IntEnum names, their titles from
headers(). The pool list and the volume table are both one."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's object


class ListTableModel(QAbstractTableModel):
    COLUMNS: type[enum.IntEnum]
    RIGHT_ALIGNED: frozenset[enum.IntEnum] = frozenset()  # the columns of figures

    def items(self) -> Sequence[object]:
        raise NotImplementedError

    def headers(self) -> dict[enum.IntEnum, str]:
        raise NotImplementedError

    def cell(self, item: Any, column: Any, role: int) -> object:
        """What the row's item shows in the column for the role (None: nothing)."""
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self.items()[index.row()]
        column = self.COLUMNS(index.column())
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.cell(item, column, role)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers().get(self.COLUMNS(section))
        return None

"""Filtering and sorting of the manager's tree: every word typed must match a VM's name, title, state or
description; connections stay visible while any of their VMs matches."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from virtdesk.gui.manager.vm_tree_model import Role

Index = QModelIndex | QPersistentModelIndex


class VmFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setRecursiveFilteringEnabled(True)
        self.setSortRole(Role.SORT)
        self.setFilterRole(Role.FILTER)  # so updates of other roles (live figures) never re-filter
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        words = text.casefold().split()
        if words == self._words:
            return
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        if not source_parent.isValid():
            return False  # a connection shows when one of its VMs matches
        haystack = self.sourceModel().index(source_row, 0, source_parent).data(Role.FILTER) or ""
        return all(word in haystack for word in self._words)

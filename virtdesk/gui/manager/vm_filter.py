"""Filtering of the manager's tree: every word typed must match a VM's name, title, state or description;
connections stay visible while any of their VMs matches. Sorting is the tree model's (VmTreeModel.sort): this
proxy passes it on and keeps the model's order, so a filter change costs one pass over the rows in Python and one
layout change, not a sort and a signal per run of rows hidden or shown."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from virtdesk.gui.manager.vm_tree_model import Role, VmTreeModel

Index = QModelIndex | QPersistentModelIndex


class VmFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setFilterRole(Role.FILTER)  # so updates of other roles (live figures) never re-filter
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self._words = words
            self.invalidate()  # one layout change (hiding row by row signals each run of rows)

    def setSourceModel(self, model: VmTreeModel) -> None:  # type: ignore[override]
        super().setSourceModel(model)
        self._source = model

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._source.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Runs in C++'s loop over every row at each key typed: reads the model's text, makes no index."""
        words = self._words
        if not words:
            return True
        if source_parent.isValid():
            return _matches(self._source.filter_text(source_parent.row(), source_row), words)
        # a connection: while one of its VMs matches (the model has the proxy look again when they change)
        return any(_matches(text, words) for text in self._source.filter_texts(source_row))


def _matches(haystack: str, words: list[str]) -> bool:
    return all(word in haystack for word in words)

"""The details window's list of pages: an icon and a name per page, in italics while the page has unapplied
edits. A model, not an item per row, whose names are worked out when first shown: a VM of thousands of devices
lists them at once. A name wider than the list ends in "…" and shows whole in its tooltip."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QFont, QHelpEvent, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from virtdesk.gui.icons import list_icon

Index = QModelIndex | QPersistentModelIndex
Label = str | Callable[[], str]  # a name, or what works it out when it is first needed


class _Rows(QAbstractListModel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.icon_names: list[str] = []
        self.labels: list[Label] = []
        self.edited: set[int] = set()
        self._icons: dict[str, QIcon] = {}
        self._italic: QFont | None = None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.labels)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = index.row()
        if not 0 <= row < len(self.labels):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label(row)
        if role == Qt.ItemDataRole.DecorationRole:
            name = self.icon_names[row]
            icon = self._icons.get(name)
            if icon is None:
                icon = self._icons[name] = list_icon(name)
            return icon
        if role == Qt.ItemDataRole.FontRole and row in self.edited:
            if self._italic is None:
                self._italic = QFont(self.parent().font())
                self._italic.setItalic(True)
            return self._italic
        return None

    def label(self, row: int) -> str:
        label = self.labels[row]
        if not isinstance(label, str):
            label = self.labels[row] = label()
        return label


class _FittedRows(QStyledItemDelegate):
    """Rows as wide as the list at most (so a long name is elided, not scrolled to), the whole name as the
    tooltip of a row that does not show all of it."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(min(hint.width(), self.view.viewport().width()), hint.height())

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: Index) -> bool:
        if event.type() != QEvent.Type.ToolTip:
            return super().helpEvent(event, view, option, index)
        if super().sizeHint(option, index).width() > view.visualRect(index).width():
            QToolTip.showText(event.globalPos(), index.data(), view.viewport(), view.visualRect(index))
        else:
            QToolTip.hideText()
        return True


class PageList(QListView):
    """currentRowChanged(row) as QListWidget has it; rows set all at once with set_rows."""

    currentRowChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = _Rows(self)
        self.setModel(self._rows)
        self.setUniformItemSizes(True)
        self.setItemDelegate(_FittedRows(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # rows fitted again as the list's width changes
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.selectionModel().currentRowChanged.connect(lambda current, _previous:
                                                        self.currentRowChanged.emit(current.row()))

    def set_rows(self, rows: list[tuple[str, Label]]) -> None:
        """(icon name, label) for each page; nothing is current afterwards."""
        self._rows.beginResetModel()
        self._rows.icon_names = [icon for icon, _label in rows]
        self._rows.labels = [label for _icon, label in rows]
        self._rows.edited = set()
        self._rows.endResetModel()

    def count(self) -> int:
        return len(self._rows.labels)

    def label(self, row: int) -> str:
        return self._rows.label(row)

    def set_label(self, row: int, label: str) -> None:
        if self._rows.labels[row] != label:  # one not worked out yet is replaced
            self._rows.labels[row] = label
            index = self._rows.index(row)
            self._rows.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def is_edited(self, row: int) -> bool:
        return row in self._rows.edited

    def set_edited(self, row: int, edited: bool) -> None:
        if edited != (row in self._rows.edited):
            (self._rows.edited.add if edited else self._rows.edited.discard)(row)
            index = self._rows.index(row)
            self._rows.dataChanged.emit(index, index, [Qt.ItemDataRole.FontRole])

    def currentRow(self) -> int:
        return self.currentIndex().row()

    def setCurrentRow(self, row: int) -> None:
        self.setCurrentIndex(self._rows.index(row))

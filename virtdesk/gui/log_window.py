"""The event log window: every error and notable event, live, with libvirt's full message for the selected one, and
the way to the log file that keeps them after virtdesk exits."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from virtdesk.gui.accessible import name_after
from virtdesk.model.log import EventLog, LogEntry, event_log
from virtdesk.model.log_file import log_path

ModelIndex = QModelIndex | QPersistentModelIndex
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


def level_name(level: int) -> str:
    if level >= logging.ERROR:
        return _tr("Error")
    if level >= logging.WARNING:
        return _tr("Warning")
    if level >= logging.INFO:
        return _tr("Info")
    return _tr("Debug")


def _level_icon(level: int) -> QIcon:
    pixmap = {logging.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
              logging.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning}.get(
        min(max(level, logging.INFO), logging.ERROR), QStyle.StandardPixmap.SP_MessageBoxInformation)
    return QApplication.style().standardIcon(pixmap)


def entry_text(entry: LogEntry) -> str:
    """The entry as plain text, as shown below the table and copied to the clipboard."""
    lines = [f"{entry.time.strftime(TIME_FORMAT)}  {level_name(entry.level)}  {entry.source}", entry.message]
    if entry.detail:
        lines.append(entry.detail)
    return "\n".join(lines)


class LogTableModel(QAbstractTableModel):
    """A live view of an EventLog: rows follow its entries, oldest first, within the same bound."""

    TIME, LEVEL, SOURCE, MESSAGE = range(4)
    LevelRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, log: EventLog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._log = log
        self._entries = list(log.entries)
        self._headers = [_tr("Time"), _tr("Level"), _tr("Source"), _tr("Message")]
        log.added.connect(self._add)

    def entry(self, row: int) -> LogEntry:
        return self._entries[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == self.LevelRole:
            return entry.level
        if role == Qt.ItemDataRole.DisplayRole:
            return (entry.time.strftime(TIME_FORMAT), level_name(entry.level), entry.source,
                    entry.message)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == self.LEVEL:
            return _level_icon(entry.level)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.MESSAGE:
            return entry_text(entry)
        return None

    def clear(self) -> None:
        """Empties the log itself, so reopening the window does not bring old entries back."""
        self.beginResetModel()
        self._log.entries.clear()
        self._entries.clear()
        self.endResetModel()

    def _add(self, entry: LogEntry) -> None:
        excess = len(self._entries) + 1 - self._log.limit
        if excess > 0:
            self.beginRemoveRows(QModelIndex(), 0, excess - 1)
            del self._entries[:excess]
            self.endRemoveRows()
        row = len(self._entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self._entries.append(entry)
        self.endInsertRows()


class ErrorsOnlyFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.errors_only = False

    def set_errors_only(self, errors_only: bool) -> None:
        self.beginFilterChange()
        self.errors_only = errors_only
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if not self.errors_only:
            return True
        level = self.sourceModel().index(source_row, 0, source_parent).data(LogTableModel.LevelRole)
        return level >= logging.ERROR


class LogWindow(QWidget):
    """The table of log entries, the selected entry in full, and Copy / Clear / errors-only / the log file's
    folder."""

    def __init__(self, log: EventLog | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Event Log"))
        self.model = LogTableModel(log or event_log(), self)
        self.proxy = ErrorsOnlyFilter(self)
        self.proxy.setSourceModel(self.model)

        self.errors_only_check = QCheckBox(self.tr("&Errors only"))
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setToolTip(self.tr("Copy the selected entries as text"))
        self.clear_button = QPushButton(self.tr("C&lear"))
        self.clear_button.setToolTip(self.tr("Remove all entries from the log"))
        self.log_file = log_path()
        self.folder_button = QPushButton(self.tr("Open Log &Folder"))
        self.folder_button.setObjectName("open-log-folder")
        self.folder_button.setToolTip(self.tr("Show the folder of the log file {path}, which keeps the log after "
                                              "virtdesk exits").format(path=self.log_file))

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        for column in (LogTableModel.TIME, LogTableModel.LEVEL, LogTableModel.SOURCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.detail_edit = QPlainTextEdit()
        self.detail_edit.setReadOnly(True)
        self.detail_edit.setPlaceholderText(self.tr("Select an entry to see it in full."))
        name_after(self.table, self.windowTitle())
        name_after(self.detail_edit, self.detail_edit.placeholderText())

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail_edit)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        bar = QHBoxLayout()
        bar.addWidget(self.errors_only_check)
        bar.addStretch(1)
        bar.addWidget(self.copy_button)
        bar.addWidget(self.clear_button)
        bar.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter)

        self.errors_only_check.toggled.connect(self.proxy.set_errors_only)
        self.copy_button.clicked.connect(self.copy_selected)
        self.clear_button.clicked.connect(self.model.clear)
        self.folder_button.clicked.connect(self.open_log_folder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.proxy.rowsAboutToBeInserted.connect(self._remember_scroll)
        self.proxy.rowsInserted.connect(self._follow_new_rows)
        self.proxy.modelReset.connect(self._selection_changed)
        self._at_bottom = True
        self._selection_changed()
        self.resize(820, 480)
        self.table.scrollToBottom()

    def selected_entries(self) -> list[LogEntry]:
        rows = sorted(self.proxy.mapToSource(index).row() for index in self.table.selectionModel().selectedRows())
        return [self.model.entry(row) for row in rows]

    def copy_selected(self) -> None:
        entries = self.selected_entries()
        if entries:
            QGuiApplication.clipboard().setText("\n\n".join(entry_text(entry) for entry in entries))

    def open_log_folder(self) -> None:
        """The desktop's file manager opens the folder (Qt starts it without waiting for it)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))

    def _selection_changed(self, *_args: QItemSelection) -> None:
        current = self.table.selectionModel().currentIndex()
        selected = self.table.selectionModel().isRowSelected(current.row()) if current.isValid() else False
        entry = self.model.entry(self.proxy.mapToSource(current).row()) if selected else None
        self.detail_edit.setPlainText(entry_text(entry) if entry else "")
        self.copy_button.setEnabled(self.table.selectionModel().hasSelection())

    def _remember_scroll(self) -> None:
        bar = self.table.verticalScrollBar()
        self._at_bottom = bar.value() >= bar.maximum()

    def _follow_new_rows(self) -> None:
        if self._at_bottom:
            self.table.scrollToBottom()

"""Choosing a file (or a folder) on the machine a connection runs on: `RemoteFileDialog` browses a host's files
through HostFiles (over SFTP for a host reached by virtdesk's SSH), and `choose_host_file` is what editors call:
Qt's own file dialog for a local connection, this one for a remote host.

Every listing is asked of a worker; the dialog shows "Loading…" meanwhile and the failure, if any, as a message.
"""

from __future__ import annotations

import fnmatch
import posixpath
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QToolButton,
    QWidget,
)

from virtdesk.gui.accessible import name_after
from virtdesk.gui.forms import load_form
from virtdesk.gui.icons import themed
from virtdesk.gui.local_time import short_date_time
from virtdesk.gui.tones import Tone, tone_style
from virtdesk.model.connection import Connection
from virtdesk.model.host_files import HostFiles, describe_file_error
from virtdesk.remote.files import EntryKind, FileEntry, Listing
from virtdesk.units import format_bytes

DISK_IMAGE_PATTERNS = ("*.iso", "*.img", "*.qcow2", "*.raw", "*.vmdk", "*.vdi")
ENTRY_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class NameFilter:
    """A choice of the dialog's "Show" list: files whose names match one of the patterns (none: every file)."""

    label: str
    patterns: tuple[str, ...] = ()

    def text(self) -> str:
        """"Disk images (*.iso *.img)", as Qt's file dialogs write a filter."""
        return f"{self.label} ({' '.join(self.patterns or ('*',))})"

    def matches(self, name: str) -> bool:
        return not self.patterns or any(fnmatch.fnmatch(name.lower(), pattern) for pattern in self.patterns)


def all_files() -> NameFilter:
    return NameFilter(_tr("All files"))


def disk_image_filters() -> list[NameFilter]:
    return [NameFilter(_tr("Disk images and ISO files"), DISK_IMAGE_PATTERNS), all_files()]


class FileListModel(QAbstractTableModel):
    """A folder's entries as the filter lets them through, folders first, then by name."""

    NAME, SIZE, MODIFIED = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: tuple[FileEntry, ...] = ()
        self._shown: list[FileEntry] = []
        self._filter = all_files()
        self._folders_only = False
        self._locale = QLocale()

    def set_entries(self, entries: Sequence[FileEntry]) -> None:
        self._all = tuple(entries)
        self._refill()

    def set_filter(self, name_filter: NameFilter, folders_only: bool = False) -> None:
        self._filter, self._folders_only = name_filter, folders_only
        self._refill()

    def _refill(self) -> None:
        self.beginResetModel()
        self._shown = sorted(
            (e for e in self._all if e.kind.is_directory or (not self._folders_only and self._filter.matches(e.name))),
            key=lambda e: (not e.kind.is_directory, e.name.casefold(), e.name))
        self.endResetModel()

    def entry(self, row: int) -> FileEntry | None:
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def row_of(self, name: str) -> int:
        return next((row for row, entry in enumerate(self._shown) if entry.name == name), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Size"), self.tr("Modified"))[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return entry.name
            if column == self.SIZE:
                return "" if entry.kind.is_directory else self._size(entry.size)
            return short_date_time(entry.mtime, self._locale)
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME:
            return _icon(entry.kind)
        if role == Qt.ItemDataRole.ForegroundRole and not entry.readable:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.path if entry.readable else self.tr("{path} (you may not read it)").format(path=entry.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == ENTRY_ROLE:
            return entry
        return None

    def _size(self, size: int) -> str:
        return format_bytes(size) if size >= 1024 else self.tr("{count} bytes").format(count=size)


def _icon(kind: EntryKind) -> QIcon:
    pixmap = {EntryKind.DIRECTORY: QStyle.StandardPixmap.SP_DirIcon,
              EntryKind.LINK_TO_DIRECTORY: QStyle.StandardPixmap.SP_DirLinkIcon}.get(
        kind, QStyle.StandardPixmap.SP_FileIcon)
    return QApplication.style().standardIcon(pixmap)


class RemoteFileDialog(QDialog):
    """Chooses a file (or with `directory`, a folder) of a connection's host; `chosen(path)` fires on OK, and
    `selected_path()` gives it afterwards. `start` is where it opens: a folder, or a file to show selected."""

    chosen = Signal(str)

    def __init__(self, files: HostFiles, *, title: str = "", start: str = "", filters: Sequence[NameFilter] = (),
                 directory: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remote-file-dialog")
        self.files = files
        self.directory = directory
        self.setWindowTitle(title or (self.tr("Choose a Folder") if directory else self.tr("Choose a File")))
        self.form = load_form("remote_file_dialog", self)
        self.host_label = self.form.child(QLabel, "host_label")
        self.up_button = self.form.child(QToolButton, "up_button")
        self.home_button = self.form.child(QToolButton, "home_button")
        self.path_edit = self.form.child(QLineEdit, "path_edit")
        self.view = self.form.child(QTableView, "entry_view")
        self.status_label = self.form.child(QLabel, "status_label")
        self.name_edit = self.form.child(QLineEdit, "name_edit")
        self.filter_combo = self.form.child(QComboBox, "filter_combo")
        self.buttons = self.form.child(QDialogButtonBox, "buttons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.host_label.setText(self.tr("Files on {host}").format(host=files.host) if files.host
                                else self.tr("Files on this computer"))
        name_after(self.path_edit, self.path_edit.placeholderText())
        name_after(self.view, self.host_label)
        self.up_button.setIcon(themed("go-up"))
        self.home_button.setIcon(themed("go-home"))
        self.model = FileListModel(self)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(FileListModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (FileListModel.SIZE, FileListModel.MODIFIED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.filters = list(filters) or [all_files()]
        for name_filter in self.filters:
            self.filter_combo.addItem(name_filter.text())
        for widget in (self.name_edit, self.filter_combo, self.form.child(QLabel, "name_caption"),
                       self.form.child(QLabel, "filter_caption")):
            widget.setVisible(not directory)
        self.model.set_filter(self.filters[0], folders_only=directory)

        self.folder = ""
        self.loading = False
        self._path = ""
        self._request = 0
        self.path_edit.returnPressed.connect(lambda: self.go(self.path_edit.text().strip()))
        self.up_button.clicked.connect(lambda: self.go(posixpath.dirname(self.folder)))
        self.home_button.clicked.connect(lambda: self.go("~"))
        self.view.activated.connect(self._activated)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        self.name_edit.textChanged.connect(lambda _text: self._update_buttons())
        self.buttons.accepted.connect(self._choose)
        self.buttons.rejected.connect(self.reject)
        self.resize(720, 480)
        self._load(start, fallback=bool(start))

    # -- where the dialog is
    def go(self, path: str) -> None:
        """Shows the folder at path (or the folder of the file at path, with the file selected)."""
        self._load(path or "~", fallback=False)

    def _load(self, path: str, *, fallback: bool, note: str = "") -> None:
        self._request += 1
        request = self._request
        self.loading = True
        self.path_edit.setText(path)
        self._show_status(self.tr("Loading…"))
        self.view.setEnabled(False)
        self._update_buttons()
        self.files.browse(path).then(lambda listing: self._listed(request, listing, note),
                                     lambda error: self._failed(request, error, fallback), owner=self)

    def _listed(self, request: int, listing: Listing, note: str) -> None:
        if request != self._request:
            return  # the user went elsewhere meanwhile
        self.loading = False
        self.folder = listing.path
        self.path_edit.setText(listing.path)
        self.model.set_entries(listing.entries)
        self.view.setEnabled(True)
        row = self.model.row_of(listing.selected) if listing.selected else -1
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
        else:
            self.view.clearSelection()
            self.view.setCurrentIndex(QModelIndex())
        if listing.selected and not self.directory:
            self.name_edit.setText(listing.selected)
        self._show_status(note, error=bool(note))
        self._update_buttons()

    def _failed(self, request: int, error: BaseException, fallback: bool) -> None:
        if request != self._request:
            return
        message = describe_file_error(error)
        if fallback:
            self._load("~", fallback=False, note=self.tr("{error} Showing your home folder instead.").format(
                error=message))
            return
        self.loading = False
        self.view.setEnabled(bool(self.folder))
        self._show_status(message, error=True)
        self._update_buttons()

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))
        self.status_label.setProperty("error", error)
        self.status_label.setStyleSheet(tone_style(Tone.ERROR) if error else "")

    def _update_buttons(self) -> None:
        self.up_button.setEnabled(bool(self.folder) and self.folder != "/")
        if self.directory:
            self.ok_button.setEnabled(not self.loading and bool(self.folder))
        else:
            self.ok_button.setEnabled(not self.loading and bool(self.name_edit.text().strip()))

    def _filter_changed(self, index: int) -> None:
        self.model.set_filter(self.filters[index], folders_only=self.directory)

    def current_entry(self) -> FileEntry | None:
        return self.model.entry(self.view.currentIndex().row()) if self.view.currentIndex().isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.model.entry(current.row())
        if entry is not None and not entry.kind.is_directory and not self.directory:
            self.name_edit.setText(entry.name)

    def _activated(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row())
        if entry is None:
            return
        if entry.kind.is_directory:
            self.go(entry.path)
        elif not self.directory:
            self._finish(entry.path)

    # -- the choice
    def _choose(self) -> None:
        if self.loading:
            return
        if self.directory:
            entry = self.current_entry()
            self._finish(entry.path if entry is not None and entry.kind.is_directory else self.folder)
            return
        name = self.name_edit.text().strip()
        if not name:
            return
        row = self.model.row_of(name)
        entry = self.model.entry(row)
        if entry is not None:
            self._activated(self.model.index(row, 0))
            return
        path = name if name.startswith(("/", "~")) else posixpath.join(self.folder, name)
        self._request += 1
        request = self._request
        self.files.stat(path).then(lambda found: self._stated(request, found),
                                   lambda error: self._failed(request, error, False), owner=self)

    def _stated(self, request: int, entry: FileEntry) -> None:
        """A typed name that is not in the list: a folder is entered, a file chosen."""
        if request != self._request:
            return
        if entry.kind.is_directory:
            self.go(entry.path)
        else:
            self._finish(entry.path)

    def _finish(self, path: str) -> None:
        self._path = path
        self.chosen.emit(path)
        self.accept()

    def selected_path(self) -> str:
        return self._path


def can_choose_host_file(connection: Connection) -> bool:
    """Whether the files of the connection's host can be browsed (this machine's, or over virtdesk's SSH)."""
    return HostFiles.available(connection)


def choose_host_file(parent: QWidget, connection: Connection, chosen: Callable[[str], None], *, start: str = "",
                     filters: Sequence[NameFilter] = (), directory: bool = False,
                     title: str = "") -> RemoteFileDialog | None:
    """Lets the user choose a file (with `directory`, a folder) of the connection's host; chosen(path) follows
    OK. A local connection gets Qt's file dialog; a remote host this module's dialog, opened without blocking
    and returned."""
    files = HostFiles(connection)
    if files.is_remote:
        dialog = RemoteFileDialog(files, title=title, start=start, filters=filters, directory=directory,
                                  parent=parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(chosen)
        dialog.open()
        return dialog
    if directory:
        path = QFileDialog.getExistingDirectory(parent, title or _tr("Choose a Folder"), start)
    else:
        path, _filter = QFileDialog.getOpenFileName(parent, title or _tr("Choose a File"), start,
                                                    ";;".join(f.text() for f in filters))
    if path:
        chosen(path)
    return None

"""The manager's tree: connections, each with its VMs, as one Qt item model (cheap at thousands of rows).

The model keeps its rows in the order the view sorts by (Python's sort with a key) and shows only the VMs the
filter matches (a list comprehension): neither sorting nor filtering calls back into Python for each comparison
or row, and a change of either is one layout change. Every word typed must match a VM's name, title, state or
description; a connection shows while any of its VMs matches."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont

from virtdesk.gui.icons import state_icon
from virtdesk.model.connection import Connection, ConnectionState
from virtdesk.model.connections import ConnectionList
from virtdesk.model.domain import Domain
from virtdesk.model.stats import StatsSampler
from virtdesk.units import format_kib

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    STATE = 1
    CPU = 2
    MEMORY = 3
    VCPUS = 4


class Role(IntEnum):
    SORT = Qt.ItemDataRole.UserRole + 1
    DOMAIN = Qt.ItemDataRole.UserRole + 3
    CONNECTION = Qt.ItemDataRole.UserRole + 4
    CPU_HISTORY = Qt.ItemDataRole.UserRole + 5


# Plain ints: data() runs for every cell painted and every comparison while sorting.
_NAME, _STATE, _CPU, _MEMORY, _VCPUS = (int(c) for c in Column)
_SORT, _DOMAIN, _CONNECTION, _CPU_HISTORY = (int(r) for r in Role)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)

_HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("VmTreeModel", "Name"),
    Column.STATE: QT_TRANSLATE_NOOP("VmTreeModel", "State"),
    Column.CPU: QT_TRANSLATE_NOOP("VmTreeModel", "CPU usage"),
    Column.MEMORY: QT_TRANSLATE_NOOP("VmTreeModel", "Memory"),
    Column.VCPUS: QT_TRANSLATE_NOOP("VmTreeModel", "vCPUs"),
}


class VmTreeModel(QAbstractItemModel):
    connections_shown = Signal(list)  # connections the filter hid and shows again (rowsInserted is for new ones)

    def __init__(self, connections: ConnectionList, sampler: StatsSampler | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        # every connection and VM in sorted order; those shown (the same lists while nothing is filtered)
        self._all_connections: list[Connection] = []
        self._all: dict[Connection, list[Domain]] = {}
        self._connections: list[Connection] = self._all_connections
        self._rows: dict[Connection, list[Domain]] = self._all
        self._positions: dict[Connection, dict[str, int]] = {}  # uuid: row among those shown
        self._words: list[str] = []
        self._changed: set[Domain] = set()  # rows to repaint once the event loop turns
        self._repaint = QTimer(self)
        self._repaint.setSingleShot(True)
        self._repaint.timeout.connect(self._repaint_changed)
        self._repainted_at = -REPAINT_EVERY  # time.monotonic() of the last repaint of changed rows
        self._haystacks: dict[Domain, str] = {}  # what the filter searches, by VM (until it changes)
        self._name_cells: dict[Domain, tuple] = {}  # what the VM's name and state cells showed when last announced
        self.sort_column = _NAME
        self._descending = False
        for connection in connections.connections:
            self._add_connection(connection)
        connections.added.connect(self._add_connection)
        connections.removed.connect(self._remove_connection)
        if sampler is not None:
            sampler.sampled.connect(self._stats_changed)

    # -- structure

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not parent.isValid():
            if 0 <= row < len(self._connections):
                return self.createIndex(row, column)
            return QModelIndex()
        if parent.internalPointer() is not None:
            return QModelIndex()
        connection = self._connections[parent.row()]
        if 0 <= row < len(self._rows[connection]):
            return self.createIndex(row, column, connection)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        connection = index.internalPointer()
        if connection is None:
            return QModelIndex()
        return self.createIndex(self._connections.index(connection), 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._connections)
        if parent.internalPointer() is None and parent.column() == 0:
            return len(self._rows[self._connections[parent.row()]])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(Column)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("VmTreeModel", _HEADERS[Column(section)])
        return None

    def connection_at(self, index: Index) -> Connection | None:
        if not index.isValid():
            return None
        pointer = index.internalPointer()
        return pointer if pointer is not None else self._connections[index.row()]

    def domain_at(self, index: Index) -> Domain | None:
        if not index.isValid() or index.internalPointer() is None:
            return None
        return self._rows[index.internalPointer()][index.row()]

    def connection_index(self, connection: Connection, column: int = 0) -> QModelIndex:
        if connection not in self._connections:
            return QModelIndex()  # filtered out
        return self.createIndex(self._connections.index(connection), column)

    def domain_index(self, domain: Domain, column: int = 0) -> QModelIndex:
        row = self._positions.get(domain.connection, {}).get(domain.uuid)
        if row is None:
            return QModelIndex()
        return self.createIndex(row, column, domain.connection)

    # -- data

    # -- filtering

    def set_filter(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self._words = words
            self._refilter()

    def _haystack(self, domain: Domain) -> str:
        """What the filter searches in the VM: its name, title, state and description, casefolded (kept until
        the VM changes)."""
        haystack = self._haystacks.get(domain)
        if haystack is None:
            haystack = self._haystacks[domain] = " ".join(
                (domain.name, domain.title, domain.state_label, domain.description)).casefold()
        return haystack

    def _refilter(self) -> None:
        """Shows what the filter matches of every row: one layout change where what is shown changed."""
        words = self._words
        if words:
            haystack = self._haystack
            rows = {c: [d for d in domains if all(w in haystack(d) for w in words)]
                    for c, domains in self._all.items()}
            connections = [c for c in self._all_connections if rows[c]]
        else:
            rows, connections = self._all, self._all_connections  # the very lists, changed with them
        if connections == self._connections and all(rows[c] == self._rows[c] for c in connections):
            self._connections, self._rows = connections, rows
            return
        was_shown = set(self._connections)
        with self._layout_change():
            self._connections, self._rows = connections, rows
            self._positions = {c: {d.uuid: row for row, d in enumerate(domains)} for c, domains in rows.items()}
        if shown_again := [c for c in connections if c not in was_shown]:
            self.connections_shown.emit(shown_again)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        connection = index.internalPointer()
        if connection is None:
            return self._connection_data(self._connections[index.row()], index.column(), role)
        return self._domain_data(self._rows[connection][index.row()], index.column(), role)

    def _domain_data(self, domain: Domain, column: int, role: int) -> Any:
        if role == _SORT:
            return _domain_sort_key(domain, column)
        if role == _DISPLAY:
            if column == _NAME:
                return domain.name
            if column == _STATE:
                return domain.state_label
            if column == _CPU:
                cpu = domain.stats.cpu.last if domain.is_active else None
                return f"{cpu:.0f} %" if cpu is not None else ""
            if column == _MEMORY:
                return format_kib(domain.memory_kib) if domain.memory_kib else ""
            return str(domain.vcpus) if domain.vcpus else ""
        if role == _DECORATION:
            return state_icon(domain.state, domain.saved) if column == _NAME else None
        if role == _TOOLTIP:
            return "\n".join(t for t in (domain.title, domain.description) if t) or None
        if role == _DOMAIN:
            return domain
        if role == _CONNECTION:
            return domain.connection
        if role == _CPU_HISTORY:
            return domain.stats.cpu if column == _CPU and domain.is_active else None
        if role == _ALIGNMENT and column in (_MEMORY, _VCPUS):
            return _RIGHT
        return None

    def _connection_data(self, connection: Connection, column: int, role: int) -> Any:
        if role == _SORT:
            return connection.label.casefold() if column == _NAME else ""
        if role == _DISPLAY:
            if column == _NAME:
                return connection.label
            if column == _STATE:
                text = connection.state.label
                if connection.state is ConnectionState.ERROR and connection.error:
                    text = f"{text}: {connection.error}"
                elif connection.is_active and not connection.responding:
                    text = self.tr("Not responding")
                return text
            return None
        if role == _TOOLTIP:
            return "\n".join(t for t in (connection.uri, connection.error) if t)
        if role == _FOREGROUND and (connection.state is ConnectionState.ERROR or not connection.responding):
            return Qt.GlobalColor.darkRed
        if role == _CONNECTION:
            return connection
        if role == _FONT and column == _NAME:
            return _bold_font()
        return None

    # -- sorting

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self._descending = column, order == Qt.SortOrder.DescendingOrder
        self._resort()

    def _resort(self, connections: Iterable[Connection] | None = None) -> None:
        """Puts the connections, and the VMs of those given (all: None), in the order sorted by: one layout change
        where any row shown moved. Ties keep their order."""
        column, descending = self.sort_column, self._descending
        if column < 0:
            return  # unsorted: the order they came in
        ordered_connections = sorted(self._all_connections, key=lambda c: self._connection_data(c, column, _SORT),
                                     reverse=descending)
        moved: dict[Connection, list[Domain]] = {}
        for connection in self._all_connections if connections is None else connections:
            rows = self._all.get(connection)
            if rows:
                ordered = sorted(rows, key=lambda d: _domain_sort_key(d, column), reverse=descending)
                if ordered != rows:
                    moved[connection] = ordered
        if not moved and ordered_connections == self._all_connections:
            return
        if self._words:
            self._all_connections[:] = ordered_connections
            self._all.update(moved)
            self._refilter()
            return
        with self._layout_change():
            self._all_connections[:] = ordered_connections  # the list shown too
            for connection, ordered in moved.items():
                self._all[connection] = ordered
                self._positions[connection] = {domain.uuid: row for row, domain in enumerate(ordered)}

    def _in_order(self, connection: Connection, changed_rows: list[int]) -> bool:
        """Whether the connection's VMs are still in the order sorted by (nothing to move), while nothing is
        filtered: the rows that did not change were in order, so only the changed rows and their neighbours are
        looked at (a host's XML read after its listing changes no name, and sorting its rows again costs each row
        a call into Python)."""
        column = self.sort_column
        if column < 0:
            return True
        rows = self._all[connection]
        keys: dict[int, Any] = {}

        def key(row: int) -> Any:
            if row not in keys:
                keys[row] = _domain_sort_key(rows[row], column)
            return keys[row]

        for row in changed_rows:
            for before, after in ((row - 1, row), (row, row + 1)):
                if before >= 0 and after < len(rows) and (
                        key(after) > key(before) if self._descending else key(after) < key(before)):
                    return False
        return True

    @contextmanager
    def _layout_change(self) -> Iterator[None]:
        """Rows move (or hide) within: the indexes held (selection, current row, expanded) follow their VM or
        connection, or end where it is hidden."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [(self.connection_at(index), self.domain_at(index), index.column()) for index in before]
        yield
        self.changePersistentIndexList(before, [
            self.domain_index(domain, at) if domain is not None
            else self.connection_index(connection, at) if connection is not None else QModelIndex()
            for connection, domain, at in held])
        self.layoutChanged.emit()

    # -- updates

    def _add_connection(self, connection: Connection) -> None:
        if self._words:  # shown once one of its VMs matches
            self._all_connections.append(connection)
            self._all[connection] = []
            self._rows[connection] = []
            self._positions[connection] = {}
        else:
            row = len(self._connections)
            self.beginInsertRows(QModelIndex(), row, row)
            self._all_connections.append(connection)
            self._all[connection] = []
            self._positions[connection] = {}
            self.endInsertRows()
        self._resort(())
        connection.state_changed.connect(lambda c=connection: self._connection_changed(c))
        connection.domains_added.connect(lambda domains, c=connection: self._domains_added(c, domains))
        connection.domains_removed.connect(lambda domains, c=connection: self._domains_removed(c, domains))
        connection.domain_changed.connect(self._domain_changed)
        if connection.domains:
            self._domains_added(connection, list(connection.domains.values()))

    def _remove_connection(self, connection: Connection) -> None:
        if connection not in self._all_connections:
            return
        shown = connection in self._connections
        if shown:
            row = self._connections.index(connection)
            self.beginRemoveRows(QModelIndex(), row, row)
        if self._words:
            if shown:
                self._connections.remove(connection)
            self._rows.pop(connection)
        self._all_connections.remove(connection)
        for domain in self._all.pop(connection):
            self._haystacks.pop(domain, None)
            self._name_cells.pop(domain, None)
        del self._positions[connection]
        if shown:
            self.endRemoveRows()

    def _connection_changed(self, connection: Connection) -> None:
        """Repaints the connection's row."""
        if connection in self._connections:
            row = self._connections.index(connection)
            self.dataChanged.emit(self.createIndex(row, 0), self.createIndex(row, len(Column) - 1))
            self._resort(())

    def _domains_added(self, connection: Connection, domains: list[Domain]) -> None:
        if connection not in self._all:
            return
        rows = self._all[connection]
        self._name_cells.update((d, _name_cells(d)) for d in domains)
        if self._words:
            known = {d.uuid for d in rows}
            rows.extend(d for d in domains if d.uuid not in known)
            self._resort((connection,))
            self._refilter()
            return
        positions = self._positions[connection]
        new = [d for d in domains if d.uuid not in positions]
        if not new:
            return
        if not rows and self.sort_column >= 0:  # a host's first listing: inserted in order, no layout change after
            column = self.sort_column
            new.sort(key=lambda d: _domain_sort_key(d, column), reverse=self._descending)
        first = len(rows)
        self.beginInsertRows(self.connection_index(connection), first, first + len(new) - 1)
        for offset, domain in enumerate(new):
            positions[domain.uuid] = first + offset
        rows.extend(new)
        self.endInsertRows()
        self._resort((connection,))
        self._connection_changed(connection)

    def _domains_removed(self, connection: Connection, domains: list[Domain]) -> None:
        positions = self._positions.get(connection)
        if positions is None:
            return
        for domain in domains:
            self._haystacks.pop(domain, None)
            self._name_cells.pop(domain, None)
        if self._words:
            gone = {d.uuid for d in domains}
            self._all[connection] = [d for d in self._all[connection] if d.uuid not in gone]
            self._refilter()
            return
        rows = self._rows[connection]
        parent = self.connection_index(connection)
        if len(domains) == len(rows):
            self.beginRemoveRows(parent, 0, len(rows) - 1)
            rows.clear()
            positions.clear()
            self.endRemoveRows()
        for domain in domains:
            row = positions.pop(domain.uuid, None)
            if row is None:
                continue
            self.beginRemoveRows(parent, row, row)
            rows.pop(row)
            for later in rows[row:]:
                positions[later.uuid] -= 1
            self.endRemoveRows()
        self._connection_changed(connection)

    def _domain_changed(self, domain: Domain) -> None:
        """Repaints the VM's row once the event loop turns, or, while VMs keep changing (the XML read after twenty
        hosts' listings), REPAINT_EVERY seconds after the last repaint: the changes meanwhile reach the views
        together, as one range of rows per connection for each run of rows, and the window counts its VMs again
        once for all of them."""
        if not self._changed:
            wait = self._repainted_at + REPAINT_EVERY - time.monotonic()
            self._repaint.start(max(0, round(wait * 1000)))
        self._changed.add(domain)
        self._haystacks.pop(domain, None)

    def _repaint_changed(self) -> None:
        """Announces the changed rows, from the name column where the name or state changed, else from the memory
        column (the XML read after the listing): a range that starts at the name column makes the view ask the
        model about every row of it (whether it has children), from C++ into Python."""
        changed, self._changed = self._changed, set()
        self._repainted_at = time.monotonic()
        rows: dict[Connection, tuple[list[int], list[int]]] = {}  # (rows whose name cells changed, the others)
        for domain in changed:
            row = self._positions.get(domain.connection, {}).get(domain.uuid)
            if row is not None:
                cells = _name_cells(domain)
                whole, figures = rows.setdefault(domain.connection, ([], []))
                (figures if self._name_cells.get(domain) == cells else whole).append(row)
                self._name_cells[domain] = cells
        for connection, (whole, figures) in rows.items():
            for column, changed_rows in ((_NAME, whole), (_MEMORY, figures)):
                for first, last in _ranges(changed_rows):
                    self.dataChanged.emit(self.createIndex(first, column, connection),
                                          self.createIndex(last, len(Column) - 1, connection))
            if self._words or not self._in_order(connection, whole + figures):
                self._resort((connection,))
        if self._words:
            self._refilter()  # a change of name, title, state or description may show or hide the VM

    def _stats_changed(self, connection: Connection, changed: list[Domain]) -> None:
        """Repaints the figures of the VMs whose figures changed; asks for re-sorting only when the view is
        sorted by one of those figures."""
        positions = self._positions.get(connection)
        if not positions or not changed:
            return
        rows = [positions[d.uuid] for d in changed if d.uuid in positions]
        roles = [_DISPLAY, _CPU_HISTORY] + ([_SORT] if self.sort_column in (_CPU, _MEMORY) else [])
        for first, last in _ranges(rows):
            self.dataChanged.emit(self.createIndex(first, _CPU, connection),
                                  self.createIndex(last, _MEMORY, connection), roles)
        if self.sort_column in (_CPU, _MEMORY):
            self._resort((connection,))


REPAINT_EVERY = 0.05  # seconds between repaints of changed rows, at least, while VMs keep changing
RANGES = 100  # more runs of changed rows than this are announced as one range


def _ranges(rows: list[int]) -> list[tuple[int, int]]:
    """The rows as runs of consecutive rows (first, last), or as one range where they make more than RANGES runs:
    the rows on screen are scattered over the source rows (the view sorts), and a range over rows that did not
    change costs the view a look at each of them."""
    runs: list[tuple[int, int]] = []
    for row in sorted(rows):
        if runs and row <= runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs if len(runs) <= RANGES else [(runs[0][0], runs[-1][1])]


def _name_cells(domain: Domain) -> tuple:
    """What the name, state and CPU cells of the VM show apart from its figures (its tooltip is asked for when
    shown)."""
    return domain.name, domain.state, domain.saved


def _domain_sort_key(domain: Domain, column: int) -> Any:
    if column == _NAME:
        return domain.name.casefold()
    if column == _STATE:
        return int(domain.state)
    if column == _CPU:
        return (domain.stats.cpu.last or 0.0) if domain.is_active else -1.0
    if column == _MEMORY:
        return domain.memory_kib
    return domain.vcpus


def _bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font

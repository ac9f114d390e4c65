"""A grid of check boxes to pin vCPUs and the emulator threads to host CPUs, with cpuset strings ("0-3,6")."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget


def parse_cpuset(text: str, host_cpus: int | None = None) -> set[int]:
    """The CPUs a libvirt cpuset names ("0-3,^2,6"); raises ValueError for bad syntax. CPUs at or past
    host_cpus (when given) are dropped."""
    included: set[int] = set()
    excluded: set[int] = set()
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        target = excluded if part.startswith("^") else included
        part = part.lstrip("^")
        first, _dash, last = part.partition("-")
        low, high = int(first), int(last) if last else int(first)
        if low < 0 or high < low:
            raise ValueError(f"bad cpuset range {part!r}")
        target.update(range(low, high + 1))
    cpus = included - excluded
    return {c for c in cpus if host_cpus is None or c < host_cpus}


def format_cpuset(cpus: set[int]) -> str:
    """The shortest libvirt cpuset for these CPUs: ranges of consecutive ones, "0-3,6"."""
    parts: list[str] = []
    ordered = sorted(cpus)
    start = previous = None
    for cpu in [*ordered, None]:
        if previous is not None and cpu == previous + 1:
            previous = cpu
            continue
        if start is not None:
            parts.append(str(start) if start == previous else f"{start}-{previous}")
        start = previous = cpu
    return ",".join(parts)


class CpuPinningGrid(QTableWidget):
    """Rows are the vCPUs then the emulator threads; columns are host CPUs. A row without checks is unpinned."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultSectionSize(30)
        self.verticalHeader().setDefaultSectionSize(22)
        self.host_cpus = 0
        self.vcpus = 0
        self._filling = False
        self.itemChanged.connect(self._item_changed)

    @property
    def emulator_row(self) -> int:
        return self.vcpus

    def set_shape(self, vcpus: int, host_cpus: int) -> None:
        """Rebuilds the grid for vcpus rows (+ the emulator) and host_cpus columns, keeping checks that fit."""
        kept = {row: self.row_cpus(row) for row in range(self.rowCount())}
        emulator = kept.pop(self.emulator_row, set()) if self.rowCount() else set()
        self.vcpus, self.host_cpus = vcpus, host_cpus
        self._filling = True
        self.clear()
        self.setRowCount(vcpus + 1)
        self.setColumnCount(host_cpus)
        self.setHorizontalHeaderLabels([str(c) for c in range(host_cpus)])
        self.setVerticalHeaderLabels([self.tr("vCPU {n}").format(n=n) for n in range(vcpus)] + [self.tr("Emulator")])
        for row in range(vcpus + 1):
            for column in range(host_cpus):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.setItem(row, column, item)
        self._filling = False
        for row, cpus in kept.items():
            if row < vcpus:
                self.set_row_cpus(row, cpus)
        self.set_row_cpus(self.emulator_row, emulator)

    def row_cpus(self, row: int) -> set[int]:
        return {c for c in range(self.columnCount())
                if (item := self.item(row, c)) is not None and item.checkState() == Qt.CheckState.Checked}

    def set_row_cpus(self, row: int, cpus: set[int]) -> None:
        self._filling = True
        for column in range(self.columnCount()):
            self.item(row, column).setCheckState(Qt.CheckState.Checked if column in cpus else Qt.CheckState.Unchecked)
        self._filling = False

    def cpuset(self, row: int) -> str | None:
        """The row's cpuset string, or None when the row is unpinned."""
        cpus = self.row_cpus(row)
        return format_cpuset(cpus) if cpus else None

    def set_cpuset(self, row: int, cpuset: str | None) -> None:
        try:
            cpus = parse_cpuset(cpuset or "", self.host_cpus)
        except ValueError:
            cpus = set()
        self.set_row_cpus(row, cpus)

    def _item_changed(self, _item: QTableWidgetItem) -> None:
        if not self._filling:
            self.edited.emit()

"""The running VMs of a host with their share of its memory and CPUs, as a Qt table (Overview tab)."""

from __future__ import annotations

import enum

from PySide6.QtCore import QObject, Qt

from virtdesk.gui.host_details.list_table_model import ListTableModel
from virtdesk.gui.host_details.usage_bar import FRACTION_ROLE
from virtdesk.model.vm_shares import VmShare
from virtdesk.units import format_kib, format_percent


class ShareColumn(enum.IntEnum):
    NAME = 0
    VCPUS = 1
    MEMORY = 2
    MEMORY_SHARE = 3
    CPU_SHARE = 4


class VmShareModel(ListTableModel):
    COLUMNS = ShareColumn
    RIGHT_ALIGNED = frozenset({ShareColumn.VCPUS, ShareColumn.MEMORY})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shares: list[VmShare] = []

    def items(self) -> list[VmShare]:
        return self.shares

    def set_shares(self, shares: list[VmShare]) -> None:
        if [s.domain for s in shares] == [s.domain for s in self.shares]:
            self.shares = shares
            if shares:
                self.dataChanged.emit(self.index(0, 0), self.index(len(shares) - 1, len(ShareColumn) - 1))
            return
        self.beginResetModel()
        self.shares = shares
        self.endResetModel()

    def headers(self) -> dict[ShareColumn, str]:
        return {ShareColumn.NAME: self.tr("Name"), ShareColumn.VCPUS: self.tr("vCPUs"),
                ShareColumn.MEMORY: self.tr("Memory"), ShareColumn.MEMORY_SHARE: self.tr("Share of memory"),
                ShareColumn.CPU_SHARE: self.tr("Share of CPU now")}

    def cell(self, share: VmShare, column: ShareColumn, role: int) -> object:
        fraction = {ShareColumn.MEMORY_SHARE: share.memory_fraction,
                    ShareColumn.CPU_SHARE: share.cpu_fraction}.get(column)
        if role == FRACTION_ROLE:
            return fraction
        if role == Qt.ItemDataRole.UserRole:  # sorting
            return {ShareColumn.NAME: share.domain.name.casefold(), ShareColumn.VCPUS: share.domain.vcpus,
                    ShareColumn.MEMORY: share.domain.memory_kib}.get(column, fraction if fraction is not None
                                                                      else -1.0)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column is ShareColumn.NAME:
            return share.domain.name
        if column is ShareColumn.VCPUS:
            return str(share.domain.vcpus)
        if column is ShareColumn.MEMORY:
            return format_kib(share.domain.memory_kib)
        return format_percent(fraction * 100.0) if fraction is not None else "—"

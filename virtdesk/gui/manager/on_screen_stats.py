"""Tells the statistics sampler which VMs the manager's list shows: the rows on screen (all VMs of a connection
while the list is sorted by CPU usage, which needs every VM's figure), none while the window is hidden."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QTreeView

from virtdesk.gui.manager.vm_tree_model import Column, Role
from virtdesk.model.connection import Connection
from virtdesk.model.stats import StatsSampler

SETTLE_MS = 100  # scrolling and resizing report once they pause


class OnScreenStats(QObject):
    def __init__(self, view: QTreeView, sampler: StatsSampler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.sampler = sampler
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.report)
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged,
                       view.verticalScrollBar().valueChanged, view.expanded, view.collapsed,
                       view.header().sortIndicatorChanged):
            signal.connect(self.later)
        view.viewport().installEventFilter(self)
        view.window().installEventFilter(self)
        self.report()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self.later()
        return False

    def later(self, *_args: object) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def on_screen(self) -> dict[Connection, frozenset[str] | None]:
        """The VMs whose rows are on screen, by connection (None: all of the connection's, sorted by CPU)."""
        view = self.view
        model = view.model()
        if not view.isVisible():
            return {}
        if view.header().sortIndicatorSection() == Column.CPU:
            return {model.index(row, 0).data(Role.CONNECTION): None for row in range(model.rowCount())}
        shown: dict[Connection, set[str]] = {}
        viewport = view.viewport().rect()
        index = view.indexAt(viewport.topLeft())
        while index.isValid() and view.visualRect(index).top() <= viewport.bottom():
            domain = index.data(Role.DOMAIN)
            if domain is not None:
                shown.setdefault(domain.connection, set()).add(domain.uuid)
            index = view.indexBelow(index)
        return {connection: frozenset(uuids) for connection, uuids in shown.items()}

    def report(self) -> None:
        self.sampler.watch(self, self.on_screen())


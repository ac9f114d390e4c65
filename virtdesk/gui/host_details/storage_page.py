"""The Host Details Storage tab: the host's storage pools with their sizes and the actions that start, stop,
refresh and autostart them, and the volumes of the selected pool with the VMs using each. Its layout is
ui/host_details_storage.ui."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QWidget,
)

from virtdesk.gui.forms import load_form
from virtdesk.gui.host_details.pool_list_model import POOL_ROLE, PoolColumn, PoolListModel
from virtdesk.gui.host_details.usage_bar import UsageBarDelegate
from virtdesk.gui.host_details.volume_table_model import VolumeColumn, VolumeTableModel
from virtdesk.model import storage_actions
from virtdesk.model.connection import Connection
from virtdesk.model.errors import describe
from virtdesk.model.storage import StoragePool
from virtdesk.model.volume_users import VolumeUsage
from virtdesk.model.worker import Task

ERROR_STYLE = "color: #b00020"


class StoragePage(QWidget):
    def __init__(self, connection: Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connection = connection
        self.catalogue = connection.catalogue
        self._running: dict[str, str] = {}  # pool name -> what is being done to it
        form = load_form("host_details_storage", self)
        self.pool_list = form.child(QTreeView, "pool_list")
        self.volume_table = form.child(QTableView, "volume_table")
        self.volumes_title = form.child(QLabel, "volumes_title")
        self.volumes_note = form.child(QLabel, "volumes_note")
        self.outcome_label = form.child(QLabel, "outcome_label")
        self.start_button = form.child(QPushButton, "start_button")
        self.stop_button = form.child(QPushButton, "stop_button")
        self.refresh_button = form.child(QPushButton, "refresh_button")
        self.autostart_check = form.child(QCheckBox, "autostart_check")
        splitter = form.child(QSplitter, "splitter")
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([220, 480])

        self.pools = PoolListModel(self.catalogue, self)
        self.pool_list.setModel(self.pools)
        self.pool_list.setItemDelegateForColumn(PoolColumn.ALLOCATION, UsageBarDelegate(self.pool_list))
        header = self.pool_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(PoolColumn.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((PoolColumn.TYPE, 80), (PoolColumn.STATE, 90), (PoolColumn.AUTOSTART, 80),
                              (PoolColumn.CAPACITY, 90), (PoolColumn.ALLOCATION, 130), (PoolColumn.AVAILABLE, 90)):
            header.resizeSection(column, width)
        self.pool_list.selectionModel().selectionChanged.connect(self._pool_selected)
        self.pools.modelReset.connect(self._pools_reset)
        self.pools.dataChanged.connect(self._pools_updated)

        self.volumes = VolumeTableModel(self)
        table = self.volume_table
        table.setModel(self.volumes)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        volume_header = table.horizontalHeader()
        volume_header.setHighlightSections(False)
        for column, width in ((VolumeColumn.NAME, 220), (VolumeColumn.FORMAT, 70), (VolumeColumn.CAPACITY, 90),
                              (VolumeColumn.ALLOCATION, 90), (VolumeColumn.PATH, 280), (VolumeColumn.USED_BY, 160)):
            volume_header.resizeSection(column, width)
        volume_header.setStretchLastSection(True)
        table.setSortingEnabled(True)
        table.sortByColumn(VolumeColumn.NAME, Qt.SortOrder.AscendingOrder)
        self.catalogue.volumes_changed.connect(self._volumes_changed)
        self.usage = VolumeUsage(connection, self)
        self.usage.changed.connect(lambda: self.volumes.set_users(self.usage.users))

        self.start_button.clicked.connect(lambda: self._act(storage_actions.start_pool, self.tr("Started {name}."),
                                                            self.tr("Could not start {name}: {error}")))
        self.stop_button.clicked.connect(lambda: self._act(storage_actions.stop_pool, self.tr("Stopped {name}."),
                                                           self.tr("Could not stop {name}: {error}")))
        self.refresh_button.clicked.connect(lambda: self._act(storage_actions.refresh_pool,
                                                              self.tr("Refreshed {name}."),
                                                              self.tr("Could not refresh {name}: {error}")))
        self.autostart_check.clicked.connect(self._autostart_clicked)
        self._pools_reset()

    # -- pools
    def selected_pool(self) -> StoragePool | None:
        rows = self.pool_list.selectionModel().selectedRows()
        return rows[0].data(POOL_ROLE) if rows else None

    def select_pool(self, name: str) -> bool:
        row = self.pools.pool_row(name)
        if row < 0:
            return False
        self.pool_list.setCurrentIndex(self.pools.index(row, 0))
        return True

    def _pools_reset(self) -> None:
        """The list was rebuilt: select the pool that was selected, else the first."""
        wanted = self.volumes.pool
        if not (wanted and self.select_pool(wanted)) and self.pools.pools:
            self.select_pool(self.pools.pools[0].name)
        self._show_volumes()
        self._update_actions()

    def _pools_updated(self, *_args: object) -> None:
        self._update_actions()
        pool = self.selected_pool()
        if pool is not None and pool.active and self.volumes.pool == pool.name and not self.volumes.volumes:
            self._show_volumes()  # it just started: read its volumes

    def _pool_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_volumes()
        self._update_actions()

    def _update_actions(self) -> None:
        pool = self.selected_pool()
        busy = pool is not None and pool.name in self._running
        usable = pool is not None and not busy and self.connection.is_active
        self.start_button.setEnabled(usable and not pool.active)
        self.stop_button.setEnabled(usable and pool.active)
        self.refresh_button.setEnabled(usable and pool.active)
        self.autostart_check.setEnabled(usable and pool.persistent)
        self.autostart_check.setChecked(pool is not None and pool.autostart)

    def _act(self, action: Callable[[Connection, str], Task], done: str, failed: str) -> Task | None:
        pool = self.selected_pool()
        if pool is None:
            return None
        return self._run(pool.name, action(self.connection, pool.name), done, failed)

    def _autostart_clicked(self, checked: bool) -> Task | None:
        pool = self.selected_pool()
        if pool is None:
            return None
        task = storage_actions.set_pool_autostart(self.connection, pool.name, checked)
        if checked:
            return self._run(pool.name, task, self.tr("{name} now starts with the host."),
                             self.tr("Could not turn autostart on for {name}: {error}"))
        return self._run(pool.name, task, self.tr("{name} no longer starts with the host."),
                         self.tr("Could not turn autostart off for {name}: {error}"))

    def _run(self, name: str, task: Task, done: str, failed: str) -> Task:
        self._running[name] = task.description
        self._show_outcome(task.description + "…")
        self._update_actions()

        def finished(error: BaseException | None) -> None:
            self._running.pop(name, None)
            if error is None:
                self._show_outcome(done.format(name=name))
            else:
                self._show_outcome(failed.format(name=name, error=describe(error)), error=True)
            self._update_actions()

        task.then(lambda _result: finished(None), finished, owner=self)
        return task

    def _show_outcome(self, text: str, error: bool = False) -> None:
        self.outcome_label.setStyleSheet(ERROR_STYLE if error else "")
        self.outcome_label.setText(text)

    # -- volumes
    def _volumes_changed(self, pool: str) -> None:
        if pool == self.volumes.pool:
            self._show_volumes()

    def _show_volumes(self) -> None:
        pool = self.selected_pool()
        if pool is None:
            self.volumes.set_volumes("", [])
            self.volumes_title.setText(self.tr("<b>Volumes</b>"))
            self._note(self.tr("No storage pool is selected.") if self.pools.pools
                       else self.tr("This host has no storage pools."))
            return
        self.volumes_title.setText(self.tr("<b>Volumes of {name}</b>").format(name=pool.name))
        if not pool.active:
            self.volumes.set_volumes(pool.name, [])
            self._note(self.tr("The pool is not active: start it to list its volumes."))
            return
        found = self.catalogue.volumes(pool.name)
        if found is None:
            self.volumes.set_volumes(pool.name, [])
            self._note(self.tr("Reading the volumes…"))
            return
        self.volumes.set_volumes(pool.name, found)
        self._note(self.tr("%n volume(s)", "", len(found)))

    def _note(self, text: str) -> None:
        self.volumes_note.setText(text)

    @property
    def loading(self) -> bool:
        """Whether the selected pool's volumes or the VMs using them are still being read."""
        pool = self.selected_pool()
        reading = pool is not None and pool.active and self.catalogue.volumes(pool.name) is None
        return reading or not self.usage.read

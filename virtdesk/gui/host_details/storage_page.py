"""The Host Details Storage tab: the host's storage pools with their sizes and the actions that add, start, stop,
refresh, autostart and delete them, the selected pool's XML, and its volumes with the VMs using each and what can
be done to them (volume_commands.py). The selected volumes stay selected when the pool's volumes are read again.
Its layout is ui/host_details_storage.ui."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from virtdesk.gui.accessible import name_after
from virtdesk.gui.forms import load_form
from virtdesk.gui.host_details.action_outcome import ActionOutcome
from virtdesk.gui.host_details.add_pool_wizard import AddPoolWizard
from virtdesk.gui.host_details.pool_deletion import ask_to_delete_pool
from virtdesk.gui.host_details.pool_list_model import POOL_ROLE, PoolColumn, PoolListModel
from virtdesk.gui.host_details.pool_xml_view import PoolXmlView
from virtdesk.gui.host_details.usage_bar import UsageBarDelegate
from virtdesk.gui.host_details.volume_commands import VolumeCommands
from virtdesk.gui.host_details.volume_table_model import VOLUME_ROLE, VolumeColumn, VolumeTableModel
from virtdesk.model import storage_actions
from virtdesk.model.connection import Connection
from virtdesk.model.storage import StoragePool, Volume
from virtdesk.model.volume_users import VolumeUsage
from virtdesk.model.worker import Task


class StoragePage(QWidget):
    def __init__(self, connection: Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connection = connection
        self.catalogue = connection.catalogue
        self._select_next: tuple[str, set[str]] = ("", set())  # a pool's volumes to select once read (new ones)
        form = load_form("host_details_storage", self)
        self.pool_list = form.child(QTreeView, "pool_list")
        self.volume_table = form.child(QTableView, "volume_table")
        self.volumes_title = form.child(QLabel, "volumes_title")
        name_after(self.pool_list, form.child(QLabel, "pools_title"))
        name_after(self.volume_table, self.volumes_title)
        self.volumes_note = form.child(QLabel, "volumes_note")
        self.outcome_label = form.child(QLabel, "outcome_label")
        self.start_button = form.child(QPushButton, "start_button")
        self.stop_button = form.child(QPushButton, "stop_button")
        self.refresh_button = form.child(QPushButton, "refresh_button")
        self.autostart_check = form.child(QCheckBox, "autostart_check")
        self.add_pool_button = form.child(QPushButton, "add_pool_button")
        self.delete_pool_button = form.child(QPushButton, "delete_pool_button")
        self.outcome = ActionOutcome(self.outcome_label, self)
        self.outcome.changed.connect(self._update_actions)
        self.pool_xml = PoolXmlView(connection)
        form.child(QVBoxLayout, "pool_xml_layout").addWidget(self.pool_xml)
        self.pool_tabs = form.child(QTabWidget, "pool_tabs")
        self.add_pool_wizard: AddPoolWizard | None = None
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
                              (VolumeColumn.ALLOCATION, 90), (VolumeColumn.PATH, 280), (VolumeColumn.BACKING, 200),
                              (VolumeColumn.USED_BY, 160)):
            volume_header.resizeSection(column, width)
        volume_header.setStretchLastSection(True)
        table.setSortingEnabled(True)
        table.sortByColumn(VolumeColumn.NAME, Qt.SortOrder.AscendingOrder)
        self.catalogue.volumes_changed.connect(self._volumes_changed)
        self.usage = VolumeUsage(connection, self)
        self.usage.changed.connect(lambda: self.volumes.set_users(self.usage.users))
        self.commands = VolumeCommands(self, form)
        table.selectionModel().selectionChanged.connect(lambda *_args: self.commands.update())

        self.start_button.clicked.connect(lambda: self._act(storage_actions.start_pool, self.tr("Started {name}."),
                                                            self.tr("Could not start {name}: {error}")))
        self.stop_button.clicked.connect(lambda: self._act(storage_actions.stop_pool, self.tr("Stopped {name}."),
                                                           self.tr("Could not stop {name}: {error}")))
        self.refresh_button.clicked.connect(lambda: self._act(storage_actions.refresh_pool,
                                                              self.tr("Refreshed {name}."),
                                                              self.tr("Could not refresh {name}: {error}")))
        self.autostart_check.clicked.connect(self._autostart_clicked)
        self.add_pool_button.clicked.connect(self.add_pool)
        self.delete_pool_button.clicked.connect(self.delete_pool)
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
        self.pool_xml.show_pool(pool)
        busy = pool is not None and self.outcome.busy(pool.name)
        usable = pool is not None and not busy and self.connection.is_active
        self.add_pool_button.setEnabled(self.connection.is_active)
        self.delete_pool_button.setEnabled(usable)
        self.start_button.setEnabled(usable and not pool.active)
        self.stop_button.setEnabled(usable and pool.active)
        self.refresh_button.setEnabled(usable and pool.active)
        self.autostart_check.setEnabled(usable and pool.persistent)
        self.autostart_check.setChecked(pool is not None and pool.autostart)
        self.commands.update()

    def pool_busy(self, name: str) -> bool:
        """Whether a pool action (start, stop, ...) is running on the pool."""
        return self.outcome.busy(name)

    def _act(self, action: Callable[[Connection, str], Task], done: str, failed: str) -> Task | None:
        pool = self.selected_pool()
        if pool is None:
            return None
        return self.outcome.run(pool.name, action(self.connection, pool.name), done, failed)

    def _autostart_clicked(self, checked: bool) -> Task | None:
        pool = self.selected_pool()
        if pool is None:
            return None
        return self.outcome.run_autostart(
            pool.name, storage_actions.set_pool_autostart(self.connection, pool.name, checked), checked)

    def add_pool(self) -> AddPoolWizard:
        """Opens the Add Pool wizard (one at a time); the pool it makes is selected."""
        if self.add_pool_wizard is None:
            self.add_pool_wizard = AddPoolWizard(self.connection, self)
            self.add_pool_wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.add_pool_wizard.created.connect(self.select_pool)
            self.add_pool_wizard.destroyed.connect(lambda: setattr(self, "add_pool_wizard", None))
        self.add_pool_wizard.show()
        self.add_pool_wizard.raise_()
        return self.add_pool_wizard

    def delete_pool(self) -> QWidget | None:
        """Asks whether to delete the selected pool (and, separately, its storage); the question, or None."""
        pool = self.selected_pool()
        if pool is None:
            return None
        return ask_to_delete_pool(self, self.connection, pool, lambda task: self.outcome.run(
            pool.name, task, self.tr("Deleted {name}."), self.tr("Could not delete {name}: {error}")))

    # -- volumes
    def _volumes_changed(self, pool: str) -> None:
        if pool == self.volumes.pool:
            self._show_volumes()

    def selected_volumes(self) -> list[Volume]:
        return [index.data(VOLUME_ROLE) for index in self.volume_table.selectionModel().selectedRows()]

    def select_when_read(self, names: set[str]) -> None:
        """Selects those volumes of the pool shown (instead of the ones selected now) once its volumes are read
        with them."""
        self._select_next = (self.volumes.pool, set(names))

    def _show_volumes(self) -> None:
        pool = self.selected_pool()
        kept = {v.key for v in self.selected_volumes()} if pool is not None and pool.name == self.volumes.pool \
            else set()
        current = self.volume_table.currentIndex().data(VOLUME_ROLE)
        self._fill_volumes(pool)
        pool_name, names = self._select_next
        wanted = {v.key for v in self.volumes.volumes if v.name in names} if pool_name == self.volumes.pool \
            else set()
        if wanted:
            self._select_next = ("", set())
            kept, current = wanted, None
        self._select_volumes(kept, current.key if current is not None and current.key in kept else None)
        self.commands.update()

    def _select_volumes(self, keys: set[str], current: str | None) -> None:
        rows = self.volumes.rows_of(keys)
        selection = QItemSelection()
        for row in rows:
            selection.select(self.volumes.index(row, 0), self.volumes.index(row, len(VolumeColumn) - 1))
        model = self.volume_table.selectionModel()
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if rows:
            row = next((r for r in rows if self.volumes.volumes[r].key == current), rows[0])
            model.setCurrentIndex(self.volumes.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
            self.volume_table.scrollTo(self.volumes.index(row, 0))

    def _fill_volumes(self, pool: StoragePool | None) -> None:
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

"""The XML of the selected storage pool (its persistent definition), editable: Apply defines the pool again from
the edited text through xmlconf, with the same name and UUID. libvirt's refusal is shown verbatim and the text is
kept; Apply and Revert are enabled only while the text differs from the pool's."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from virtdesk import xmlconf
from virtdesk.gui.details.xml_editor import XmlEditor
from virtdesk.model import storage_actions
from virtdesk.model.connection import Connection
from virtdesk.model.errors import describe
from virtdesk.model.storage import StoragePool
from virtdesk.model.worker import Task


class PoolXmlView(QWidget):
    """`show_pool(pool)` shows that pool's definition (None: nothing); `applied` gives the pool's name once the
    host took the edited definition."""

    applied = Signal(str)

    def __init__(self, connection: Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connection = connection
        self.pool: StoragePool | None = None
        self.busy = False
        self._shown_xml = ""  # the catalogue's XML of the pool when its definition was read
        self._reads = 0
        self._outcome = ""  # what the last Apply did, shown under the pool's definition until another is shown
        self.setObjectName("pool-xml-view")
        self.editor = XmlEditor()
        self.note = QLabel()
        self.note.setObjectName("pool-xml-note")
        self.note.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.setObjectName("apply-pool-xml")
        self.apply_button.setToolTip(self.tr("Define the pool again from this XML"))
        self.revert_button = QPushButton(self.tr("&Revert"))
        self.revert_button.setObjectName("revert-pool-xml")
        self.revert_button.setToolTip(self.tr("Show the pool's definition again, dropping the edits"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, 1)
        layout.addLayout(buttons)
        self.editor.edit.textChanged.connect(self._update_buttons)
        self.apply_button.clicked.connect(self.apply)
        self.revert_button.clicked.connect(self.revert)
        connection.catalogue.pools_changed.connect(self._pools_changed)
        self.show_pool(None)

    def show_pool(self, pool: StoragePool | None) -> None:
        """Shows the pool's definition; the same pool again keeps edits being made to it."""
        same = pool is not None and self.pool is not None and pool.uuid == self.pool.uuid
        self.pool = pool
        if not same:
            self._outcome = ""
        if pool is None:
            self._reads += 1
            self.editor.load("")
            self.editor.edit.setReadOnly(True)
            self.note.setText(self.tr("No storage pool is selected."))
        elif not same or not (self.editor.is_edited() or self.busy):
            self._read()
        self._update_buttons()

    def revert(self) -> None:
        if self.pool is not None and not self.busy:
            self._outcome = ""
            self._read()

    def _read(self) -> None:
        pool = self.pool
        assert pool is not None
        self._reads += 1
        number = self._reads
        self._shown_xml = pool.xml
        self.editor.edit.setReadOnly(True)
        self.note.setText(self.tr("Reading the definition of {name}…").format(name=pool.name))
        storage_actions.read_pool_xml(self.connection, pool.name).then(
            lambda xml: self._loaded(number, xml), lambda exc: self._read_failed(number, exc), owner=self)

    def _loaded(self, number: int, xml: str) -> None:
        if number != self._reads:
            return
        self.editor.load(xml)
        self.editor.edit.setReadOnly(False)
        self.note.setText(self._outcome)
        self._update_buttons()

    def _read_failed(self, number: int, exc: BaseException) -> None:
        if number == self._reads:
            self.editor.load("")
            self.editor.show_message(self.tr("The definition could not be read: {error}").format(error=describe(exc)))

    def _pools_changed(self) -> None:
        """The pool changed elsewhere (or was removed): shown again unless it is being edited."""
        if self.pool is None:
            return
        current = next((p for p in self.connection.catalogue.pools.values() if p.uuid == self.pool.uuid), None)
        if current is None:
            self.show_pool(None)
        elif current.xml != self._shown_xml and not self.busy:
            if self.editor.is_edited():
                self.note.setText(self.tr("The pool changed since you began editing: Revert shows it as it is."))
                self._shown_xml = current.xml
            else:
                self.show_pool(current)

    def _update_buttons(self) -> None:
        edited = self.pool is not None and self.editor.is_edited() and not self.busy
        self.apply_button.setEnabled(edited)
        self.revert_button.setEnabled(edited)

    def edited_pool(self) -> xmlconf.StoragePool:
        """The edited text as the pool's new definition; XMLConfError says why it cannot be."""
        assert self.pool is not None
        document = xmlconf.load(self.editor.text())
        if not isinstance(document, xmlconf.StoragePool):
            raise xmlconf.XMLConfError(self.tr("The XML must be a <pool> document."))
        if document.name != self.pool.name:
            raise xmlconf.XMLConfError(self.tr(
                "The pool's name cannot be changed here: keep <name>{name}</name>.").format(name=self.pool.name))
        if document.uuid is None:
            document.uuid = self.pool.uuid
        elif document.uuid.lower() != self.pool.uuid.lower():
            raise xmlconf.XMLConfError(self.tr(
                "The pool's UUID cannot be changed here: keep <uuid>{uuid}</uuid>.").format(uuid=self.pool.uuid))
        return document

    def apply(self) -> Task | None:
        if self.pool is None or self.busy or not self.editor.is_edited():
            return None
        try:
            edited = self.edited_pool()
        except xmlconf.XMLConfError as exc:
            self.editor.show_message(str(exc))
            return None
        name, active = self.pool.name, self.pool.active
        self.busy = True
        self.editor.show_message("")
        self.note.setText(self.tr("Applying…"))
        self._update_buttons()
        task = storage_actions.redefine_pool(self.connection, edited)
        task.then(lambda _r: self._applied(name, active), self._apply_failed, owner=self)
        return task

    def _applied(self, name: str, active: bool) -> None:
        self.busy = False
        self._outcome = self.tr("Applied: the running pool uses the new definition once it is stopped and started "
                                "again.") if active else self.tr("Applied.")
        if self.pool is not None and self.pool.name == name:
            self._read()
        self.applied.emit(name)

    def _apply_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.note.setText("")
        self.editor.show_message(self.tr("Not applied: {error}").format(error=describe(exc)))
        self._update_buttons()

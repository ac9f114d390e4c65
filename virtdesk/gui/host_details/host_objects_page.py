"""The Host Details tabs of a host's interfaces, secrets and network filters: one page class for the three, told
apart by the catalogue's Kind: a list with each kind's main columns, the selected one's XML, a Refresh button
(interfaces and network filters send no events), and for a secret its value, read only on an explicit request
and forgotten when the selection moves. A host whose driver has no such objects says so instead of failing.
Its layout is ui/host_details_objects.ui."""

from __future__ import annotations

import base64
import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from lxml import etree
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelection, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from virtdesk.gui.accessible import name_after
from virtdesk.gui.details.xml_editor import XmlEditor
from virtdesk.gui.forms import load_form
from virtdesk.gui.host_details.list_table_model import ITEM_ROLE, ListTableModel
from virtdesk.gui.tones import Tone, tone_style
from virtdesk.model.catalogue import Kind
from virtdesk.model.connection import Connection
from virtdesk.model.errors import describe
from virtdesk.model.host_objects import is_unsupported, read_secret_value
from virtdesk.model.worker import Task

CONTEXT = "HostObjectsPage"


@dataclass(frozen=True)
class KindTexts:
    """What a page says of its kind's list (untranslated, in `context`); `unsupported` takes {reason}, `failed`
    {error}."""

    context: str
    title: str
    reading: str
    empty: str
    unsupported: str
    failed: str

    def text(self, which: str, **values: str) -> str:
        return QCoreApplication.translate(self.context, getattr(self, which)).format(**values)


class KindFeed(QObject):
    """The objects of one kind for a page: read when the connection becomes active, again on refresh(). `listed`
    brings the objects each time they were read anew (an empty list once they are forgotten), `changed` says that
    what the page's note says may have changed (reading, read, failed)."""

    listed = Signal(list)
    changed = Signal()

    def __init__(self, connection: Connection, kind: Kind, texts: KindTexts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connection = connection
        self.kind = kind
        self.texts = texts
        self.error: BaseException | None = None
        self._task: Task | None = None
        self._was_active = False
        self._listed: list[Any] | None = None
        connection.catalogue.changed.connect(self._catalogue_changed)
        connection.state_changed.connect(self._state_changed)
        self._state_changed()

    @property
    def objects(self) -> list[Any] | None:
        return self.connection.catalogue.objects(self.kind)

    @property
    def loading(self) -> bool:
        return self.connection.is_active and (self._task is None or not self._task.done)

    def reload(self) -> Task:
        """The objects as read this session (read when they were not)."""
        return self._follow(self.connection.catalogue.need(self.kind))

    def refresh(self) -> Task:
        """The objects read again from the host."""
        return self._follow(self.connection.catalogue.refresh(self.kind))

    @property
    def unsupported(self) -> bool:
        """Whether the host's driver has no objects of this kind at all."""
        return self.error is not None and is_unsupported(self.error)

    def note(self) -> tuple[str, bool]:
        """What to say under the list, and whether it is a failure."""
        if self.error is not None:
            if self.unsupported:
                return self.texts.text("unsupported", reason=describe(self.error)), False
            return self.texts.text("failed", error=describe(self.error)), True
        objects = self.objects
        if objects is None:
            return (self.texts.text("reading") if self.loading else ""), False
        return ("" if objects else self.texts.text("empty")), False

    def show_state(self, note: QLabel, *parts: QWidget) -> None:
        """Says in note what there is to say; the parts showing the objects are hidden where the kind is
        unsupported."""
        show_note(note, *self.note())
        for part in parts:
            part.setVisible(not self.unsupported)
        grows = QSizePolicy.Policy.Expanding if self.unsupported else QSizePolicy.Policy.Preferred
        note.setSizePolicy(QSizePolicy.Policy.Preferred, grows)  # in place of the list: the text stays on top
        note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def _follow(self, task: Task) -> Task:
        self._task = task
        task.then(lambda _found: self._read(None), self._read, owner=self)
        self.changed.emit()
        return task

    def _read(self, error: BaseException | None) -> None:
        self.error = error
        self._announce()

    def _catalogue_changed(self, kind: Kind) -> None:
        if kind is self.kind:
            self.error = None
            self._announce()

    def _announce(self) -> None:
        objects = self.objects
        if objects is not self._listed:  # the catalogue reads a kind into a new list
            self._listed = objects
            self.listed.emit(objects or [])
        self.changed.emit()

    def _state_changed(self) -> None:
        active = self.connection.is_active
        if active and not self._was_active:
            self.reload()
        self._was_active = active


# -- the kinds -----------------------------------------------------------------------------------------------
class InterfaceColumn(enum.IntEnum):
    NAME = 0
    MAC = 1
    ACTIVE = 2
    TYPE = 3


class SecretColumn(enum.IntEnum):
    USAGE_TYPE = 0
    USAGE_ID = 1
    UUID = 2
    EPHEMERAL = 3
    PRIVATE = 4


class FilterColumn(enum.IntEnum):
    NAME = 0
    UUID = 1
    CHAIN = 2


Cell = Callable[[Any, etree._Element], str]  # (the catalogue's object, the root of its XML) -> the text


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


def _yes_no(value: str | None) -> str:
    return _tr("Yes") if value == "yes" else _tr("No")


def _usage_type(secret: etree._Element) -> str:
    """volume, ceph, iscsi, tls, vtpm: what a secret's XML says it is used for."""
    usage = secret.find("usage")
    return usage.get("type", "") if usage is not None else ""


@dataclass(frozen=True)
class KindView:
    """How a page shows one kind: its columns (title, text of a cell), what identifies an object, its texts."""

    kind: Kind
    columns: type[enum.IntEnum]
    cells: dict[Any, tuple[str, Cell]]
    key: Callable[[Any], str]
    texts: KindTexts


VIEWS = {
    Kind.INTERFACES: KindView(
        Kind.INTERFACES, InterfaceColumn, {
            InterfaceColumn.NAME: (QT_TRANSLATE_NOOP("HostObjectsPage", "Name"), lambda i, _x: i.name),
            InterfaceColumn.MAC: (QT_TRANSLATE_NOOP("HostObjectsPage", "MAC address"), lambda i, _x: i.mac),
            InterfaceColumn.ACTIVE: (QT_TRANSLATE_NOOP("HostObjectsPage", "State"),
                                    lambda i, _x: _tr("Active") if i.active else _tr("Inactive")),
            InterfaceColumn.TYPE: (QT_TRANSLATE_NOOP("HostObjectsPage", "Type"), lambda _i, x: x.get("type", "")),
        }, lambda i: i.name,
        KindTexts(CONTEXT, QT_TRANSLATE_NOOP("HostObjectsPage", "<b>Host interfaces</b>"),
                  QT_TRANSLATE_NOOP("HostObjectsPage", "Reading the host's interfaces…"),
                  QT_TRANSLATE_NOOP("HostObjectsPage", "The host reports no interfaces."),
                  QT_TRANSLATE_NOOP("HostObjectsPage", "This host does not report its interfaces: {reason}"),
                  QT_TRANSLATE_NOOP("HostObjectsPage", "Could not read the host's interfaces: {error}"))),
    Kind.SECRETS: KindView(
        Kind.SECRETS, SecretColumn, {
            SecretColumn.USAGE_TYPE: (QT_TRANSLATE_NOOP("HostObjectsPage", "Used for"), lambda _s, x: _usage_type(x)),
            SecretColumn.USAGE_ID: (QT_TRANSLATE_NOOP("HostObjectsPage", "Usage ID"), lambda s, _x: s.usage_id),
            SecretColumn.UUID: (QT_TRANSLATE_NOOP("HostObjectsPage", "UUID"), lambda s, _x: s.uuid),
            SecretColumn.EPHEMERAL: (QT_TRANSLATE_NOOP("HostObjectsPage", "Ephemeral"),
                                     lambda _s, x: _yes_no(x.get("ephemeral"))),
            SecretColumn.PRIVATE: (QT_TRANSLATE_NOOP("HostObjectsPage", "Private"),
                                   lambda _s, x: _yes_no(x.get("private"))),
        }, lambda s: s.uuid,
        KindTexts(CONTEXT, QT_TRANSLATE_NOOP("HostObjectsPage", "<b>Secrets</b>"),
                  QT_TRANSLATE_NOOP("HostObjectsPage", "Reading the host's secrets…"),
                  QT_TRANSLATE_NOOP("HostObjectsPage", "The host keeps no secrets."),
                  QT_TRANSLATE_NOOP("HostObjectsPage", "This host does not report secrets: {reason}"),
                  QT_TRANSLATE_NOOP("HostObjectsPage", "Could not read the host's secrets: {error}"))),
    Kind.NWFILTERS: KindView(
        Kind.NWFILTERS, FilterColumn, {
            FilterColumn.NAME: (QT_TRANSLATE_NOOP("HostObjectsPage", "Name"), lambda f, _x: f.name),
            FilterColumn.UUID: (QT_TRANSLATE_NOOP("HostObjectsPage", "UUID"), lambda f, _x: f.uuid),
            FilterColumn.CHAIN: (QT_TRANSLATE_NOOP("HostObjectsPage", "Chain"), lambda _f, x: x.get("chain", "")),
        }, lambda f: f.name,
        KindTexts(CONTEXT, QT_TRANSLATE_NOOP("HostObjectsPage", "<b>Network filters</b>"),
                  QT_TRANSLATE_NOOP("HostObjectsPage", "Reading the host's network filters…"),
                  QT_TRANSLATE_NOOP("HostObjectsPage", "The host has no network filters."),
                  QT_TRANSLATE_NOOP("HostObjectsPage", "This host does not report network filters: {reason}"),
                  QT_TRANSLATE_NOOP("HostObjectsPage", "Could not read the host's network filters: {error}"))),
}


class HostObjectTableModel(ListTableModel):
    """The objects of one kind as a table, their columns from the kind's view; each object's XML is parsed once,
    when its row is first shown."""

    def __init__(self, view: KindView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.COLUMNS = view.columns
        self.objects: list[Any] = []
        self._roots: dict[int, etree._Element] = {}

    def items(self) -> list[Any]:
        return self.objects

    def headers(self) -> dict[enum.IntEnum, str]:
        return {column: QCoreApplication.translate("HostObjectsPage", title)
                for column, (title, _cell) in self.view.cells.items()}

    def set_objects(self, objects: list[Any]) -> None:
        self.beginResetModel()
        self.objects = sorted(objects, key=self.view.key)
        self._roots = {}
        self.endResetModel()

    def row_of(self, key: str) -> int:
        return next((row for row, obj in enumerate(self.objects) if self.view.key(obj) == key), -1)

    def root(self, obj: Any) -> etree._Element:
        found = self._roots.get(id(obj))
        if found is None:
            try:
                found = etree.fromstring(obj.xml.encode())
            except etree.XMLSyntaxError:
                found = etree.Element("unreadable")
            self._roots[id(obj)] = found
        return found

    def cell(self, item: Any, column: Any, role: int) -> object:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self.view.cells[column][1](item, self.root(item))


# -- the page ------------------------------------------------------------------------------------------------
def read_only_xml(holder: QWidget) -> XmlEditor:
    """A read-only XML view filling the form's placeholder widget."""
    editor = XmlEditor()
    editor.edit.setReadOnly(True)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(editor)
    return editor


def show_note(label: QLabel, text: str, error: bool = False) -> None:
    """A note line: shown only with a text, red for a failure."""
    label.setStyleSheet(tone_style(Tone.ERROR) if error else "")
    label.setText(text)
    label.setVisible(bool(text))


def secret_value_text(value: bytes) -> tuple[str, bool]:
    """A secret's value as text: itself when it is printable UTF-8, else base64 (True)."""
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None and text.isprintable():
        return text, False
    return base64.b64encode(value).decode("ascii"), True


class HostObjectsPage(QWidget):
    def __init__(self, connection: Connection, kind: Kind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connection = connection
        self.view = VIEWS[kind]
        form = load_form("host_details_objects", self)
        self.table = form.child(QTableView, "object_table")
        self.list_title = form.child(QLabel, "list_title")
        self.list_note = form.child(QLabel, "list_note")
        self.refresh_button = form.child(QPushButton, "refresh_button")
        self.show_value_button = form.child(QPushButton, "show_value_button")
        self.value_field = form.child(QLineEdit, "value_field")
        self.value_note = form.child(QLabel, "value_note")
        self.details_part = form.child(QWidget, "details_part")
        splitter = form.child(QSplitter, "splitter")
        splitter.setSizes([320, 280])
        self.xml = read_only_xml(form.child(QWidget, "xml_holder"))
        self.list_title.setText(self.view.texts.text("title"))
        name_after(self.table, self.list_title)
        self.value_field.setAccessibleName(self.tr("Secret value"))

        self.objects = HostObjectTableModel(self.view, self)
        table = self.table
        table.setModel(self.objects)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in self.view.columns:
            header.resizeSection(column, 260 if column.name in ("UUID", "USAGE_ID") else 140)
        table.selectionModel().selectionChanged.connect(self._selected)

        self.is_secrets = kind is Kind.SECRETS
        self.show_value_button.clicked.connect(self._show_value_clicked)
        self._value_request = 0  # the number of the value read whose answer is still wanted
        self.refresh_button.clicked.connect(self.refresh)
        self.feed = KindFeed(connection, kind, self.view.texts, self)
        self.feed.listed.connect(self._list)
        self.feed.changed.connect(self._state_changed)
        self._list(self.feed.objects or [])
        self._state_changed()

    @property
    def loading(self) -> bool:
        """Whether the list is still being read."""
        return self.feed.loading

    def refresh(self) -> Task:
        return self.feed.refresh()

    def selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ITEM_ROLE) if rows else None

    def select(self, key: str) -> bool:
        """Selects the object with that key (an interface's or filter's name, a secret's UUID)."""
        row = self.objects.row_of(key)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    def _list(self, objects: list[Any]) -> None:
        selected = self.selected()
        self.objects.set_objects(objects)
        if not (selected is not None and self.select(self.view.key(selected))) and objects:
            self.table.selectRow(0)
        self._show_selected()

    def _state_changed(self) -> None:
        self.feed.show_state(self.list_note, self.table, self.details_part)
        self.show_value_button.setVisible(self.is_secrets and not self.feed.unsupported)

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        obj = self.selected()
        self.xml.load(obj.xml if obj is not None else "")
        self._hide_value()
        self.show_value_button.setEnabled(obj is not None and self.connection.is_active)

    # -- a secret's value
    def _hide_value(self) -> None:
        self._value_request += 1
        self.value_field.clear()
        self.value_field.setVisible(False)
        self.value_note.clear()
        self.value_note.setVisible(False)
        self.show_value_button.setText(self.tr("Show &Value…"))

    def _show_value_clicked(self) -> Task | None:
        if self.value_field.isVisible():
            self._hide_value()
            return None
        return self.show_value()

    def show_value(self) -> Task | None:
        """Reads the selected secret's value and shows it, until the selection changes."""
        secret = self.selected()
        if not self.is_secrets or secret is None:
            return None
        self._hide_value()
        request = self._value_request
        self._note_value(self.tr("Reading the value of the secret…"))
        private = self.objects.root(secret).get("private") == "yes"

        def read(value: bytes) -> None:
            if request != self._value_request:
                return  # the selection moved on meanwhile
            text, encoded = secret_value_text(value)
            self.value_field.setText(text)
            self.value_field.setVisible(True)
            self.value_field.setCursorPosition(0)
            self._note_value(self.tr("The value is not text: it is shown in base64.") if encoded else "")
            self.show_value_button.setText(self.tr("Hide &Value"))

        def failed(error: BaseException) -> None:
            if request != self._value_request:
                return
            if private:
                text = self.tr("The secret is private: libvirt never gives its value out ({error}).")
            else:
                text = self.tr("Could not read the value of the secret: {error}")
            self._note_value(text.format(error=describe(error)), error=True)

        return read_secret_value(self.connection, secret.uuid).then(read, failed, owner=self)

    def _note_value(self, text: str, error: bool = False) -> None:
        show_note(self.value_note, text, error)

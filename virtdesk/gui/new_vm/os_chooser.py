"""The operating system of the new VM: detected from the install media or tree, or chosen from the catalogue by
searching as one types (releases past their end of life marked, and hidden unless asked for)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QListWidget, QListWidgetItem

from virtdesk.gui.new_vm.page import show_problem
from virtdesk.osinfo import GENERIC_SHORT_ID, Catalogue, OsEntry

if TYPE_CHECKING:
    from virtdesk.gui.new_vm.host_source import SourceCheck
    from virtdesk.gui.new_vm.source_page import SourcePage

SEARCH_LIMIT = 60
OS_ROLE = Qt.ItemDataRole.UserRole


def generic_os_name() -> str:
    return QCoreApplication.translate("OsChooser", "Generic or unknown OS")


def os_name(entry: OsEntry) -> str:
    """The OS's name as the catalogue has it; the generic entry's in the user's language."""
    return generic_os_name() if entry.short_id == GENERIC_SHORT_ID else entry.name


class OsChooser(QObject):
    """`changed` fires whenever the OS the VM gets may have changed."""

    changed = Signal()

    def __init__(self, page: SourcePage) -> None:
        super().__init__(page)
        self.page = page
        self.detect_check = page.child(QCheckBox, "detect_check")
        self.detected_label = page.child(QLabel, "detected_label")
        self.search_edit = page.child(QLineEdit, "os_search_edit")
        self.os_list = page.child(QListWidget, "os_list")
        self.show_eol_check = page.child(QCheckBox, "show_eol_check")
        self.os_label = page.child(QLabel, "os_label")
        self.os_problem = page.child(QLabel, "os_problem")
        self.catalogue: Catalogue | None = None
        self.detected: OsEntry | None = None
        self.chosen: OsEntry | None = None
        self.source_check: SourceCheck | None = None  # what detection reads (the media or the tree)
        self.os_problem.hide()
        self.detect_check.toggled.connect(lambda _on: self.update())
        self.search_edit.textChanged.connect(lambda _t: self._fill_list())
        self.show_eol_check.toggled.connect(lambda _on: self._fill_list())
        self.os_list.currentItemChanged.connect(self._clicked)

    def catalogue_loaded(self, catalogue: Catalogue, wanted: str | None) -> None:
        """The catalogue is read; wanted (a short id) is chosen, else the generic OS."""
        self.catalogue = catalogue
        self.chosen = (catalogue.get(wanted) if wanted else None) or catalogue.get(GENERIC_SHORT_ID)
        self._fill_list()
        self.update()

    def detect_from(self, check: SourceCheck | None) -> None:
        """Detection reads what check checks (None: this install source tells nothing about its OS)."""
        self.source_check = check
        self.detect_check.setEnabled(check is not None)
        self.detected = None
        self.update()

    def set_detected(self, entry: OsEntry | None) -> None:
        self.detected = entry
        self.update()

    def detecting(self) -> bool:
        return self.detect_check.isChecked() and self.detect_check.isEnabled()

    def entry(self) -> OsEntry | None:
        if self.detecting() and self.detected is not None:
            return self.detected
        return self.chosen

    def choose(self, key: str) -> None:
        """Chooses the OS with that short id by hand (detection off)."""
        assert self.catalogue is not None
        self.detect_check.setChecked(False)
        self.chosen = self.catalogue.get(key)
        self._fill_list()
        self.update()

    def _fill_list(self) -> None:
        if self.catalogue is None:
            return
        today = date.today()
        entries = self.catalogue.search(self.search_edit.text(), limit=SEARCH_LIMIT * 2, today=today)
        if not self.show_eol_check.isChecked():
            entries = [e for e in entries if not e.is_eol(today)]
        entries = entries[:SEARCH_LIMIT]
        if self.chosen is not None and self.chosen not in entries and not self.search_edit.text().strip():
            entries.insert(0, self.chosen)
        self.os_list.blockSignals(True)
        self.os_list.clear()
        for entry in entries:
            eol = entry.is_eol(today)
            name = os_name(entry)
            item = QListWidgetItem(self.tr("{name} (end of life)").format(name=name) if eol else name)
            item.setData(OS_ROLE, entry.id)
            item.setToolTip(entry.short_id)
            if eol:
                item.setForeground(self.os_list.palette().placeholderText())
            self.os_list.addItem(item)
            if entry is self.chosen:
                self.os_list.setCurrentItem(item)
        self.os_list.blockSignals(False)

    def _clicked(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is None or self.catalogue is None:
            return
        self.chosen = self.catalogue.get(item.data(OS_ROLE))
        if self.detect_check.isChecked() and self.detected is None:
            self.detect_check.setChecked(False)
        self.update()

    def update(self) -> None:
        """Says what was detected and which OS the VM gets."""
        entry, check = self.entry(), self.source_check
        text = ""
        if self.detecting() and check is not None:
            if check.pending:
                text = self.tr("Reading the install media…")
            elif self.detected is not None:
                text = self.tr("Detected: {name}").format(name=os_name(self.detected))
            elif check.checked is not None:
                text = self.tr("Not recognised: choose the OS below.")
        self.detected_label.setText(text)
        self.os_list.setEnabled(not (self.detecting() and self.detected is not None))
        if self.catalogue is None:
            self.os_label.setText(self.tr("Reading the OS catalogue…"))
        elif entry is not None:
            eol = self.tr(" — past its end of life") if entry.is_eol() else ""
            self.os_label.setText(self.tr("Operating system: {name} ({id}){eol}").format(
                name=os_name(entry), id=entry.short_id, eol=eol))
        else:
            self.os_label.setText("")
        show_problem(self.os_problem, "" if entry is not None or self.catalogue is None else
                     self.tr("Choose the operating system (or “{generic}”).").format(generic=generic_os_name()))
        self.changed.emit()

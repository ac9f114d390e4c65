"""The VM details window: a list of pages on the left (overview, performance, CPUs, memory, boot, one per
device), each with its form and its XML, Apply/Revert, and the VM's lifecycle actions on the toolbar."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from virtdesk import xmlconf
from virtdesk.gui.add_hardware.details_buttons import install_hardware_buttons
from virtdesk.gui.details import pages
from virtdesk.gui.details.diff_dialog import DiffDialog
from virtdesk.gui.details.page import DetailsPage, DevicePage, PageContext
from virtdesk.gui.details.page_list import Label, PageList
from virtdesk.gui.details.pages.generic_device import GenericDevicePage
from virtdesk.gui.details.xml_editor import XmlEditor
from virtdesk.gui.details.xml_edits import ApplyDeclined, hint_xml, judge, judge_xml
from virtdesk.gui.icons import themed
from virtdesk.gui.lifecycle import show_availability, start_action
from virtdesk.gui.shortcuts import add_close_shortcut
from virtdesk.gui.tones import Tone, banner_style, tone_style
from virtdesk.gui.vm_file_actions import VmFileActions
from virtdesk.model.actions import ACTIONS
from virtdesk.model.domain import Domain
from virtdesk.model.domain_config import ApplyResult, ConflictError, DomainConfig
from virtdesk.model.errors import describe
from virtdesk.model.host_schema import HostSchema, SchemaRefused
from virtdesk.model.preferences import Preferences
from virtdesk.model.screenshot import save_screenshot
from virtdesk.model.stats import StatsSampler
from virtdesk.model.worker import Task, file_executor, submit
from virtdesk.xmlconf.schema import relaxng

LIST_NAMES = {decl.path.steps[-1].tag: name for name, decl in xmlconf.Devices.declarations().items()
              if isinstance(decl, xmlconf.properties.ChildList)}


# what the first details window imports besides its pages (console_window with these takes about 110 ms)
# Imported before the page modules, a module a turn of the event loop: the largest of what the console and the
# pages bring in, leaf first, so that no one turn imports much (on a busy machine vnc_widget with what it imports
# held the loop up 90 ms, the Snapshots page 60 ms).
FIRST_IMPORTS = (
    "cryptography.hazmat.primitives.ciphers", "virtdesk.console.rfb_auth", "virtdesk.console.rfb_zrle",
    "virtdesk.console.rfb", "virtdesk.model.console_transport", "virtdesk.model.vnc_session",
    "virtdesk.console.vnc_widget", "wcwidth", "pyte", "virtdesk.model.serial_stream", "virtdesk.console.serial_widget",
    "virtdesk.console.viewer_launcher", "virtdesk.gui.details.monitor_widget", "virtdesk.gui.console_window",
    "virtdesk.remote.files", "virtdesk.model.host_files", "virtdesk.gui.remote_file_dialog",
    "virtdesk.model.pool_creation", "virtdesk.model.volume_actions", "virtdesk.model.vm_deletion",
    "virtdesk.gui.delete_vm_dialog", "virtdesk.model.snapshots", "virtdesk.model.snapshot_jobs",
    "virtdesk.gui.create_snapshot_dialog")


def make_page(context: PageContext, cls: type[DetailsPage], list_name: str, index: int) -> DetailsPage:
    if not list_name:
        return cls(context)
    if cls is GenericDevicePage:
        return GenericDevicePage(context, index, list_name)
    assert issubclass(cls, DevicePage)
    return cls(context, index)


class PageSlot:
    """A row of the page list: which page it is (its class, its device list and index). The page, its XML editor
    and the tab widget holding both are built on first use (`page`, `xml`, `tabs`); `built` tells the window."""

    def __init__(self, cls: type[DetailsPage], list_name: str, index: int, make: Callable[[], DetailsPage],
                 on_built: weakref.WeakMethod[Callable[[PageSlot], None]]) -> None:
        self.cls = cls
        self.index = index
        self.key = (list_name or cls.__name__, index)
        self._make = make
        self._on_built = on_built  # the window's, held weakly: a closed one is freed without the collector
        self._page: DetailsPage | None = None
        self._xml: XmlEditor | None = None
        self._tabs: QTabWidget | None = None

    @property
    def built(self) -> bool:
        return self._page is not None

    @property
    def page(self) -> DetailsPage:
        return self.build()[0]

    @property
    def xml(self) -> XmlEditor:
        return self.build()[1]

    @property
    def tabs(self) -> QTabWidget:
        return self.build()[2]

    def build(self) -> tuple[DetailsPage, XmlEditor, QTabWidget]:
        if self._page is None or self._xml is None or self._tabs is None:
            self._page, self._xml, self._tabs = page, xml, tabs = self._make(), XmlEditor(), QTabWidget()
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(page)
            tabs.addTab(scroll, QCoreApplication.translate("DetailsWindow", "Details"))
            tabs.addTab(xml, QCoreApplication.translate("DetailsWindow", "XML"))
            on_built = self._on_built()
            if on_built is not None:
                on_built(self)
            return page, xml, tabs
        return self._page, self._xml, self._tabs

    def is_dirty(self) -> bool:
        return self._page is not None and self._xml is not None and (self._page.is_dirty() or self._xml.is_edited())


class DetailsWindow(QMainWindow):
    applied = Signal()
    migrate_requested = Signal(object)  # the Domain: the manager opens its Migrate dialog

    def __init__(self, domain: Domain, preferences: Preferences, sampler: StatsSampler | None = None) -> None:
        super().__init__()
        self.domain = domain
        self.preferences = preferences
        self.config = DomainConfig(domain, self)
        self.context = PageContext(domain, self.config, sampler)
        if sampler is not None:
            sampler.watch(self, {domain.connection: frozenset({domain.uuid})})
        self.slots: list[PageSlot] = []
        self._restart_pending: set[tuple[str, int]] = set()
        self._previous_row = -1
        self.diff_dialog: DiffDialog | None = None
        self._apply_task: Task | None = None  # from Apply until it is done: the buttons are off meanwhile
        self._slot_built_weakly = weakref.WeakMethod(self._slot_built)  # one for all the page slots
        self._close_confirmed = False
        self._pages_imported = False
        self._read_failed = False
        self._wanted_key: tuple[str, int] | None = None  # the page to open on
        self._hint_timer = QTimer(self)  # the XML tab's as-you-type check, once typing pauses
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(400)
        self._hint_timer.timeout.connect(self._hint_xml)
        self.setObjectName("details-window")
        self.resize(960, 640)
        self._update_title()

        self.page_list = PageList()
        self.page_list.setObjectName("page-list")
        self.page_list.setAccessibleName(self.tr("Pages"))
        self.page_list.currentRowChanged.connect(self._row_changed)
        self.stack = QStackedWidget()
        self.banner = QLabel()
        self.banner.setObjectName("changed-elsewhere")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(banner_style(Tone.WARNING, 6))
        self.banner.hide()
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setObjectName("apply")
        self.apply_button.clicked.connect(self.apply_current)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setObjectName("revert")
        self.revert_button.clicked.connect(self.revert_current)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.clicked.connect(self.config.reload)
        self.reload_button.hide()
        self.host_schema = HostSchema.of(domain.connection)
        self.host_check_note = QLabel(self.tr("The host checks the configuration on Apply."))
        self.host_check_note.setObjectName("host-check-note")
        self.host_check_note.setStyleSheet(tone_style(Tone.HINT))

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.stack, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.host_check_note)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.apply_button)
        right_layout.addLayout(buttons)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.page_list, 1)
        self.hardware_buttons = QHBoxLayout()
        left_layout.addLayout(self.hardware_buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 730])
        self.setCentralWidget(splitter)
        self._build_toolbar()
        install_hardware_buttons(self)
        add_close_shortcut(self)

        self.config.loaded.connect(self._config_loaded)
        self.config.changed_elsewhere.connect(self._changed_elsewhere)
        domain.connection.domain_changed.connect(self._domain_changed)
        self._domain_changed(domain)
        self.host_schema.changed.connect(self._update_host_check_note)
        self._update_host_check_note()
        self._update_buttons()
        self.config.reload().then(None, self._load_failed, owner=self)
        submit(file_executor(), relaxng, "domain")  # read libvirt's schema before the first apply needs it
        pages.load_in_turns(self, FIRST_IMPORTS, self._imported)  # while the config is read

    def _imported(self) -> None:
        from virtdesk.gui.console_window import send_key_button

        keys = send_key_button(self.domain, "send-key")
        self.send_key_menu = keys.menu()
        self.toolbar.insertWidget(self.screenshot_action, keys)
        self._pages_imported = True
        if self._wanted_key is None:  # unless asked for another, the page a page class asks to open on
            self._wanted_key = next(((cls.__name__, 0) for cls in pages.FIXED_PAGES
                                     if getattr(cls, "shown_first", lambda _domain: False)(self.domain)), None)
        if self.config.persistent is not None:
            self._build_pages()

    # -- toolbar
    def _build_toolbar(self) -> None:
        self.toolbar = toolbar = self.addToolBar(self.tr("Virtual Machine"))
        toolbar.setObjectName("details-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.lifecycle_actions: dict[str, QAction] = {}
        for key, action in ACTIONS.items():
            qaction = QAction(themed(action.icon), action.label, self)
            qaction.setObjectName(f"action-{key}")
            qaction.triggered.connect(lambda _c=False, a=action: start_action(self, a, [self.domain],
                                                                              self.preferences))
            self.lifecycle_actions[key] = qaction
        for key in ("run", "pause", "resume"):
            toolbar.addAction(self.lifecycle_actions[key])
        shutdown = QToolButton()
        shutdown.setDefaultAction(self.lifecycle_actions["shutdown"])
        menu = QMenu(shutdown)
        menu.setToolTipsVisible(True)  # why a choice is off
        for key in ("shutdown", "reboot", "reset", "destroy", "save"):
            menu.addAction(self.lifecycle_actions[key])
        self.file_actions = VmFileActions(self)
        menu.addAction(self.file_actions.save)
        menu.addSeparator()
        for key in ("shutdown-acpi", "shutdown-agent", "reboot-acpi", "reboot-agent", "suspend-ram", "suspend-disk",
                    "wakeup", "nmi", "discard-saved"):
            menu.addAction(self.lifecycle_actions[key])
        menu.addAction(self.file_actions.dump)
        menu.addSeparator()
        self.migrate_action = menu.addAction(self.tr("Migrate…"))
        self.migrate_action.setObjectName("action-migrate-vm")
        self.migrate_action.triggered.connect(lambda: self.migrate_requested.emit(self.domain))
        self.power_menu = menu
        shutdown.setMenu(menu)
        shutdown.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        shutdown.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addWidget(shutdown)
        toolbar.addSeparator()  # the Send Key button comes here once console_window is imported
        self.screenshot_action = toolbar.addAction(themed("camera-photo"), self.tr("Screenshot…"))
        self.screenshot_action.triggered.connect(self.take_screenshot)

    def take_screenshot(self, path: str | None = None):  # noqa: ANN201 - the Task, or None when cancelled
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save Screenshot"),
                                                        f"{self.domain.name}.png", self.tr("PNG image (*.png)"))
            if not path:
                return None
        return save_screenshot(self.domain, path)

    # -- loading
    @property
    def loading(self) -> bool:
        """True until the pages of the config are listed and one is shown, or reading the config failed."""
        return not self.slots and not self._read_failed

    def _load_failed(self, exc: BaseException) -> None:
        self._read_failed = True
        self.banner.setText(self.tr("The configuration could not be read: {error}").format(error=describe(exc)))
        self.banner.show()

    def _config_loaded(self) -> None:
        self._read_failed = False
        self.banner.hide()
        self.reload_button.hide()
        if self._pages_imported:
            self._build_pages()

    def _build_pages(self) -> None:
        """Lists the pages of the config just read; a page is built when first shown or asked for. A page built
        before that is still in the list (same class, device list and index) is kept and loaded again from the new
        config, so what it holds (a console's display, a graph's history) goes on; the others are dropped."""
        config = self.config.persistent
        assert config is not None
        current = self.slots[self.page_list.currentRow()].key if 0 <= self.page_list.currentRow() < len(
            self.slots) else self._wanted_key
        self._wanted_key = None
        kept = {(s.key, s.cls): s for s in self.slots if s.built}
        rows: list[tuple[str, Label]] = []
        self.slots = [self._slot(cls, "", 0, None, kept, rows) for cls in pages.FIXED_PAGES]
        counts: dict[str, int] = {}
        for device in config.devices:
            tag = device.tag or ""
            list_name = LIST_NAMES.get(tag, tag)
            index = counts.get(list_name, 0)
            counts[list_name] = index + 1
            self.slots.append(self._slot(pages.DEVICE_PAGES.get(list_name, GenericDevicePage), list_name, index,
                                         device, kept, rows))
        self.page_list.blockSignals(True)
        self.page_list.set_rows(rows)
        for dropped in kept.values():
            self.stack.removeWidget(dropped.tabs)
            dropped.tabs.deleteLater()
        row = next((i for i, s in enumerate(self.slots) if s.key == current), 0)
        for slot in self.slots:
            if slot.built:
                self._load_slot(slot)
            elif slot.cls.built_with_list:
                slot.build()
        self.page_list.blockSignals(False)
        self.page_list.setCurrentRow(row)
        self.stack.setCurrentWidget(self.slots[row].tabs)
        self._previous_row = row
        self._update_buttons()

    def _slot(self, cls: type[DetailsPage], list_name: str, index: int, device: xmlconf.Device | None,
              kept: dict[tuple[tuple[str, int], type[DetailsPage]], PageSlot], rows: list[tuple[str, Label]]
              ) -> PageSlot:
        rows.append((cls.icon_name, partial(cls.list_label, device, index)))
        slot = kept.pop(((list_name or cls.__name__, index), cls), None)
        return slot or PageSlot(cls, list_name, index, partial(make_page, self.context, cls, list_name, index),
                                self._slot_built_weakly)

    def _slot_built(self, slot: PageSlot) -> None:
        page, xml = slot.page, slot.xml
        page.dirty_changed.connect(self._update_buttons)
        page.label_changed.connect(lambda: self._relabel(slot))
        xml.edit.textChanged.connect(self._update_buttons)
        xml.edit.textChanged.connect(self._hint_timer.start)
        self.stack.addWidget(slot.tabs)
        self._load_slot(slot)

    def _load_slot(self, slot: PageSlot) -> None:
        config = self.config.persistent
        assert config is not None
        page, xml = slot.page, slot.xml
        page.show_note("")
        page.refresh(config, self.config.live)
        element = page.element(config)
        xml.load(self.config.persistent_text if element is None else element.to_xml())
        if slot.key in self._restart_pending and self.config.active:
            page.show_note(page.restart_note())
        self._relabel(slot)

    def _relabel(self, slot: PageSlot) -> None:
        if slot in self.slots:
            self.page_list.set_label(self.slots.index(slot), slot.page.label())

    def current_slot(self) -> PageSlot | None:
        row = self.page_list.currentRow()
        return self.slots[row] if 0 <= row < len(self.slots) else None

    def page(self, cls: type[DetailsPage], index: int = 0) -> DetailsPage | None:
        """The page of that class (and device index), built if it was not yet — for tests and other windows."""
        return next((s.page for s in self.slots if s.cls is cls and s.index == index), None)

    def show_page_of(self, cls: type[DetailsPage]) -> None:
        """Shows the page of that class now, or as soon as the pages are built."""
        page = self.page(cls)
        if page is None:
            self._wanted_key = (cls.__name__, 0)
        else:
            self.show_page(page)

    def show_page(self, page: DetailsPage) -> None:
        row = next(i for i, s in enumerate(self.slots) if s.built and s.page is page)
        self.page_list.setCurrentRow(row)

    # -- switching pages with unapplied edits
    def _row_changed(self, row: int) -> None:
        previous = self._previous_row
        if 0 <= previous < len(self.slots) and previous != row and self.slots[previous].is_dirty():
            self.page_list.blockSignals(True)
            self.page_list.setCurrentRow(previous)
            self.page_list.blockSignals(False)
            self._ask_unapplied(lambda: self._go_to(row))
            return
        self._go_to(row)

    def _go_to(self, row: int) -> None:
        self.page_list.blockSignals(True)
        self.page_list.setCurrentRow(row)
        self.page_list.blockSignals(False)
        if 0 <= row < len(self.slots):
            self.stack.setCurrentWidget(self.slots[row].tabs)
        self._previous_row = row
        self._update_buttons()

    def _ask_unapplied(self, then: object) -> QMessageBox:
        slot = self.current_slot()
        assert slot is not None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unapplied changes"),
                          self.tr("The page “{page}” has changes that are not applied.").format(
                              page=slot.page.label()), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("unapplied-changes")
        apply = box.addButton(self.tr("Apply"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)

        def answered() -> None:
            clicked = box.clickedButton()
            if clicked is discard:
                self.revert_current()
                then()  # type: ignore[operator]
            elif clicked is apply:
                task = self.apply_current()
                if task is not None:
                    task.then(lambda _r: then(), owner=self)  # type: ignore[operator]

        box.finished.connect(lambda _r: answered())
        box.open()
        return box

    # -- apply and revert
    def _update_buttons(self, *_args: object) -> None:
        slot = self.current_slot()
        dirty = slot is not None and slot.is_dirty() and self._apply_task is None
        self.apply_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.reload_button.setEnabled(self._apply_task is None)
        for row, s in enumerate(self.slots):
            if s.built:
                self.page_list.set_edited(row, s.is_dirty())

    def _update_host_check_note(self) -> None:
        self.host_check_note.setVisible(not self.host_schema.local_schema_applies)

    def revert_current(self) -> None:
        slot = self.current_slot()
        config = self.config.persistent
        if slot is None or config is None:
            return
        slot.page.refresh(config, self.config.live)
        element = slot.page.element(config)
        slot.xml.load(self.config.persistent_text if element is None else element.to_xml())
        self._update_buttons()

    def apply_current(self):  # noqa: ANN201 - the Task, or None when nothing could be applied
        """Applies the current page's edits. The local schema judges them on a worker first (Apply and Revert are
        off until the apply is done); an XML edit then shows its diff. The task ends with the apply's result, or
        fails: with SchemaRefused (the edits are kept and the complaint shown), ApplyDeclined (the diff dialog
        closed unapplied) or the apply's error. A window closed during the check gets nothing and applies nothing."""
        slot = self.current_slot()
        if slot is None or self.config.persistent is None or not slot.is_dirty() or self._apply_task is not None:
            return None
        loaded = self.config.persistent
        from_xml = slot.xml.is_edited()
        if from_xml:
            slot.page.needs_restart = True
            checking = submit(file_executor(), judge_xml, self.host_schema.check, loaded, slot.xml.text(),
                              slot.page.element)
            live: list = []
        else:
            message = slot.page.validate()
            if message:
                slot.page.show_note(message)
                return None
            slot.page.needs_restart = False
            edited = self.config.edit()
            live = slot.page.write(edited)
            check = self.host_schema.check
            checking = submit(file_executor(), lambda: (edited, judge(check, edited, None)))
        outcome = self._apply_task = Task()
        outcome.then(self._apply_ended, lambda _exc: self._apply_ended(), owner=self)
        self._update_buttons()
        checking.then(lambda judged: self._judged(slot, loaded, *judged, live, outcome),
                      lambda exc: self._refused(slot, from_xml, exc, outcome), owner=self)
        return outcome

    def _judged(self, slot: PageSlot, loaded: xmlconf.Domain, edited: xmlconf.Domain,
                texts: tuple[str, str] | None, live: list, outcome: Task) -> None:
        if self.config.persistent is not loaded:  # read again meanwhile: the pages show that config now
            outcome.settle(False, ConflictError())
            return
        if texts is None:
            self._commit(slot, edited, live, outcome)
            return
        self.diff_dialog = DiffDialog(*texts, self)
        self.diff_dialog.accepted.connect(lambda: self._commit(slot, edited, live, outcome))
        self.diff_dialog.rejected.connect(lambda: outcome.settle(False, ApplyDeclined()))
        self.diff_dialog.open()

    def _refused(self, slot: PageSlot, from_xml: bool, exc: BaseException, outcome: Task) -> None:
        if isinstance(exc, SchemaRefused):
            (slot.xml.show_message if from_xml else slot.page.show_note)(self._schema_complaint(exc.errors))
        elif isinstance(exc, xmlconf.XMLConfError):
            slot.xml.show_message(str(exc))
        else:
            self._apply_failed(slot, exc)
        outcome.settle(False, exc)

    def _apply_ended(self, _result: object = None) -> None:
        self._apply_task = None
        self._update_buttons()

    def _hint_xml(self) -> None:
        """Says, while the user types, whether the edited XML parses and (where this machine's schemas are the
        host's) whether libvirt's schema accepts it; the host still judges on Apply."""
        slot = self.current_slot()
        if slot is None or self.config.persistent is None:
            return
        if not slot.xml.is_edited():
            slot.xml.show_message("")
            return
        text = slot.xml.text()
        submit(file_executor(), hint_xml, self.host_schema.check, self.config.persistent, text, slot.page.element).then(
            lambda errors: self._show_hint(slot, text, self._schema_complaint(errors) if errors else ""),
            lambda exc: self._show_hint(slot, text, str(exc)) if isinstance(exc, xmlconf.XMLConfError) else None,
            owner=self)

    def _show_hint(self, slot: PageSlot, text: str, hint: str) -> None:
        if slot in self.slots and slot.xml.text() == text:
            slot.xml.show_message(hint)

    def _schema_complaint(self, errors: list[str]) -> str:
        return self.tr("libvirt's schema does not accept this configuration:\n{errors}").format(
            errors="\n".join(errors[:5]))

    def _commit(self, slot: PageSlot, edited: xmlconf.Domain, live: list, outcome: Task) -> None:
        task = self.config.apply(edited, live)
        key = slot.key
        task.then(lambda result: self._applied(key, slot.page, result), lambda exc: self._apply_failed(slot, exc),
                  owner=self)
        task.then(lambda result: outcome.settle(True, result), lambda exc: outcome.settle(False, exc), owner=self)

    def _applied(self, key: tuple[str, int], page: DetailsPage, result: ApplyResult) -> None:
        if self.config.active and (getattr(page, "needs_restart", False) or result.live_failed):
            self._restart_pending.add(key)
        if result.live_failed:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Saved; some changes wait for a restart"),
                              self.tr("The configuration is saved, but these changes could not be made on the "
                                      "running VM and take effect after its next shutdown:\n\n{failures}").format(
                                  failures="\n".join(f"{k}: {v}" for k, v in result.live_failed.items())),
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("live-failed")
            box.open()
        self.applied.emit()

    def _apply_failed(self, slot: PageSlot, exc: BaseException) -> None:
        message = str(exc) if isinstance(exc, ConflictError) else describe(exc)
        if isinstance(exc, ConflictError):
            self.reload_button.show()
        target = slot.xml.show_message if slot.xml.is_edited() else slot.page.show_note
        target(self.tr("Not applied: {error}").format(error=message))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not applied"), message, QMessageBox.StandardButton.Ok,
                          self)
        box.setObjectName("apply-failed")
        box.open()

    # -- changes from elsewhere
    def _changed_elsewhere(self) -> None:
        if any(s.is_dirty() for s in self.slots):
            self.banner.setText(self.tr("This VM's configuration changed elsewhere. Your unapplied changes are "
                                        "kept; reload to see the new configuration (your changes are then lost)."))
            self.banner.show()
            self.reload_button.show()
        else:
            self.config.reload()

    def _domain_changed(self, domain: Domain) -> None:
        if domain is not self.domain:
            return
        self._update_title()
        if not domain.is_active:
            self._restart_pending.clear()
        for key, qaction in self.lifecycle_actions.items():
            show_availability(qaction, ACTIONS[key], [domain], ACTIONS[key].applies(domain))
        self.file_actions.select(domain, None)

    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("{name} on {host}").format(name=self.domain.name,
                                                              host=self.domain.connection.label))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._close_confirmed and any(s.is_dirty() for s in self.slots):
            event.ignore()
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unapplied changes"),
                              self.tr("Close the window and lose the changes that are not applied?"),
                              QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
            box.setObjectName("close-unapplied")
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.finished.connect(lambda result: self._close_answered(result))
            box.open()
            return
        super().closeEvent(event)

    def _close_answered(self, result: int) -> None:
        if result == QMessageBox.StandardButton.Discard:
            self._close_confirmed = True
            self.close()

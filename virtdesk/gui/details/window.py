"""The VM details window: a list of pages on the left (overview, performance, CPUs, memory, boot, one per
device), each with its form and its XML, Apply/Revert, and the VM's lifecycle actions on the toolbar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
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
from virtdesk.gui.details.pages.generic_device import GenericDevicePage
from virtdesk.gui.details.xml_editor import XmlEditor
from virtdesk.gui.icons import list_icon, themed
from virtdesk.gui.lifecycle import show_availability, start_action
from virtdesk.gui.shortcuts import add_close_shortcut
from virtdesk.gui.tones import Tone, banner_style, tone_style
from virtdesk.gui.vm_file_actions import VmFileActions
from virtdesk.model.actions import ACTIONS
from virtdesk.model.domain import Domain
from virtdesk.model.domain_config import ApplyResult, ConflictError, DomainConfig
from virtdesk.model.errors import describe
from virtdesk.model.host_schema import HostSchema
from virtdesk.model.preferences import Preferences
from virtdesk.model.screenshot import save_screenshot
from virtdesk.model.stats import StatsSampler
from virtdesk.model.worker import file_executor, submit
from virtdesk.xmlconf.schema import relaxng

LIST_NAMES = {decl.path.steps[-1].tag: name for name, decl in xmlconf.Devices.declarations().items()
              if isinstance(decl, xmlconf.properties.ChildList)}


class PageSlot:
    """A page, its XML editor and the tab widget holding both."""

    def __init__(self, page: DetailsPage) -> None:
        self.page = page
        self.xml = XmlEditor()
        self.tabs = QTabWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        self.tabs.addTab(scroll, QCoreApplication.translate("DetailsWindow", "Details"))
        self.tabs.addTab(self.xml, QCoreApplication.translate("DetailsWindow", "XML"))

    @property
    def key(self) -> tuple[str, int]:
        page = self.page
        return (page.list_name if isinstance(page, DevicePage) else type(page).__name__,
                page.index if isinstance(page, DevicePage) else 0)

    def is_dirty(self) -> bool:
        return self.page.is_dirty() or self.xml.is_edited()


class DetailsWindow(QMainWindow):
    applied = Signal()
    migrate_requested = Signal(object)  # the Domain: the manager opens its Migrate dialog

    def __init__(self, domain: Domain, preferences: Preferences, sampler: StatsSampler | None = None) -> None:
        super().__init__()
        pages.load_all()
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
        self._close_confirmed = False
        self._wanted_key: tuple[str, int] | None = next(  # the page a page class asks to open on
            ((cls.__name__, 0) for cls in pages.FIXED_PAGES
             if getattr(cls, "shown_first", lambda _domain: False)(domain)), None)
        self._hint_timer = QTimer(self)  # the XML tab's as-you-type check, once typing pauses
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(400)
        self._hint_timer.timeout.connect(self._hint_xml)
        self.setObjectName("details-window")
        self.resize(960, 640)
        self._update_title()

        self.page_list = QListWidget()
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

    # -- toolbar
    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Virtual Machine"))
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
        toolbar.addSeparator()
        from virtdesk.gui.console_window import send_key_button  # loaded with the first details window

        keys = send_key_button(self.domain, "send-key")
        self.send_key_menu = keys.menu()
        toolbar.addWidget(keys)
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
    def _load_failed(self, exc: BaseException) -> None:
        self.banner.setText(self.tr("The configuration could not be read: {error}").format(error=describe(exc)))
        self.banner.show()

    def _config_loaded(self) -> None:
        self.banner.hide()
        self.reload_button.hide()
        self._build_pages()

    def _build_pages(self) -> None:
        config = self.config.persistent
        assert config is not None
        current = self.slots[self.page_list.currentRow()].key if 0 <= self.page_list.currentRow() < len(
            self.slots) else self._wanted_key
        self._wanted_key = None
        self.page_list.blockSignals(True)
        self.page_list.clear()
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.slots = [PageSlot(cls(self.context)) for cls in pages.FIXED_PAGES]
        counts: dict[str, int] = {}
        for device in config.devices:
            tag = device.tag or ""
            list_name = LIST_NAMES.get(tag, tag)
            index = counts.get(list_name, 0)
            counts[list_name] = index + 1
            cls = pages.DEVICE_PAGES.get(list_name)
            page = cls(self.context, index) if cls is not None else GenericDevicePage(self.context, index, list_name)
            self.slots.append(PageSlot(page))
        for slot in self.slots:
            slot.page.refresh(config, self.config.live)
            element = slot.page.element(config)
            slot.xml.load((element or config).to_xml())
            slot.page.dirty_changed.connect(self._update_buttons)
            slot.page.label_changed.connect(lambda s=slot: self._relabel(s))
            slot.xml.edit.textChanged.connect(self._update_buttons)
            slot.xml.edit.textChanged.connect(self._hint_timer.start)
            item = QListWidgetItem(list_icon(slot.page.icon_name), slot.page.label())
            self.page_list.addItem(item)
            self.stack.addWidget(slot.tabs)
            if slot.key in self._restart_pending and self.config.active:
                slot.page.show_note(slot.page.restart_note())
        row = next((i for i, s in enumerate(self.slots) if s.key == current), 0)
        self.page_list.blockSignals(False)
        self.page_list.setCurrentRow(row)
        self.stack.setCurrentIndex(row)
        self._previous_row = row
        self._update_buttons()

    def _relabel(self, slot: PageSlot) -> None:
        if slot in self.slots:
            item = self.page_list.item(self.slots.index(slot))
            if item is not None:
                item.setText(slot.page.label())

    def current_slot(self) -> PageSlot | None:
        row = self.page_list.currentRow()
        return self.slots[row] if 0 <= row < len(self.slots) else None

    def page(self, cls: type[DetailsPage], index: int = 0) -> DetailsPage | None:
        """The page of that class (and device index) — for tests and other windows."""
        return next((s.page for s in self.slots if type(s.page) is cls and getattr(s.page, "index", 0) == index),
                    None)

    def show_page_of(self, cls: type[DetailsPage]) -> None:
        """Shows the page of that class now, or as soon as the pages are built."""
        page = self.page(cls)
        if page is None:
            self._wanted_key = (cls.__name__, 0)
        else:
            self.show_page(page)

    def show_page(self, page: DetailsPage) -> None:
        row = next(i for i, s in enumerate(self.slots) if s.page is page)
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
        self.stack.setCurrentIndex(row)
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
        dirty = slot is not None and slot.is_dirty()
        self.apply_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        for row, s in enumerate(self.slots):
            item = self.page_list.item(row)
            if item is not None:
                font = item.font()
                font.setItalic(s.is_dirty())
                item.setFont(font)

    def _update_host_check_note(self) -> None:
        self.host_check_note.setVisible(not self.host_schema.local_schema_applies)

    def revert_current(self) -> None:
        slot = self.current_slot()
        config = self.config.persistent
        if slot is None or config is None:
            return
        slot.page.refresh(config, self.config.live)
        element = slot.page.element(config)
        slot.xml.load((element or config).to_xml())
        self._update_buttons()

    def apply_current(self):  # noqa: ANN201 - the Task, or None when nothing could be applied
        slot = self.current_slot()
        if slot is None or self.config.persistent is None or not slot.is_dirty():
            return None
        edited = self.config.edit()
        if slot.xml.is_edited():
            try:
                edited = self._with_xml(slot, edited)
            except xmlconf.XMLConfError as exc:
                slot.xml.show_message(str(exc))
                return None
            live = []
            slot.page.needs_restart = True
        else:
            message = slot.page.validate()
            if message:
                slot.page.show_note(message)
                return None
            slot.page.needs_restart = False
            live = slot.page.write(edited)
        errors = self.host_schema.check(edited)
        if errors:
            (slot.xml.show_message if slot.xml.is_edited() else slot.page.show_note)(self._schema_complaint(errors))
            return None
        if slot.xml.is_edited():
            self.diff_dialog = DiffDialog(self.config.persistent.to_xml(), edited.to_xml(), self)
            self.diff_dialog.accepted.connect(lambda: self._commit(slot, edited, live))
            self.diff_dialog.open()
            return None
        return self._commit(slot, edited, live)

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
        try:
            edited = self._with_xml(slot, self.config.edit())
        except xmlconf.XMLConfError as exc:
            slot.xml.show_message(str(exc))
            return
        submit(file_executor(), self.host_schema.check, edited).then(
            lambda errors: self._show_hint(slot, text, errors), owner=self)

    def _show_hint(self, slot: PageSlot, text: str, errors: list[str] | None) -> None:
        if slot in self.slots and slot.xml.text() == text:
            slot.xml.show_message(self._schema_complaint(errors) if errors else "")

    def _schema_complaint(self, errors: list[str]) -> str:
        return self.tr("libvirt's schema does not accept this configuration:\n{errors}").format(
            errors="\n".join(errors[:5]))

    def _commit(self, slot: PageSlot, edited: xmlconf.Domain, live: list):  # noqa: ANN202 - Task
        task = self.config.apply(edited, live)
        key = slot.key
        task.then(lambda result: self._applied(key, slot.page, result), lambda exc: self._apply_failed(slot, exc),
                  owner=self)
        return task

    def _with_xml(self, slot: PageSlot, edited: xmlconf.Domain) -> xmlconf.Domain:
        element = slot.page.element(edited)
        if element is None:
            document = xmlconf.load(slot.xml.text())
            if not isinstance(document, xmlconf.Domain):
                raise xmlconf.XMLConfError(self.tr("The XML must be a <domain> document."))
            return document
        new = xmlconf.parse(slot.xml.text())
        old = element.node
        if new.tag != old.tag:
            raise xmlconf.XMLConfError(self.tr("The XML must stay a <{tag}> element.").format(tag=old.tag))
        new.tail = old.tail
        old.getparent().replace(old, new)
        return edited

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

"""The base of every page of the details window: load from the config, write edits back, say what is dirty."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from virtdesk import xmlconf
from virtdesk.gui.forms import Form, load_form
from virtdesk.gui.tones import Tone, tone_style
from virtdesk.model.domain import Domain
from virtdesk.model.domain_config import DomainConfig, LiveChange
from virtdesk.model.stats import StatsSampler


@dataclass
class PageContext:
    """What every page may use: the VM, its config, the sampler (for graphs)."""

    domain: Domain
    config: DomainConfig
    sampler: StatsSampler | None = None


class DetailsPage(QWidget):
    """One page. Subclasses fill widgets in `load`, put them into the config in `write`, and call
    `watch(widget)` on each input so edits mark the page dirty."""

    dirty_changed = Signal(bool)
    label_changed = Signal()
    title = "Page"
    icon_name = "document-properties"
    editable = True
    needs_restart = False  # set by write() when a change cannot be made on the running VM
    built_with_list: ClassVar[bool] = False  # True: built with the page list, not when first shown

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self._dirty = False
        self._loading = False
        self.note = QLabel()
        self.note.setObjectName("page-note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(tone_style(Tone.WARNING))
        self.note.hide()

    # -- to be provided by pages
    @classmethod
    def list_label(cls, device: xmlconf.Device | None, index: int) -> str:
        """The name in the page list, known before the page is built: from its device (None: a page of the whole
        VM, or a device page not loaded yet) and the device's index in its list."""
        return cls.title

    def label(self) -> str:
        """The name in the page list."""
        return self.list_label(None, 0)

    def element(self, config: xmlconf.Domain) -> xmlconf.XMLElement | None:
        """The part of the config this page's XML tab shows (None: the whole domain)."""
        return None

    def load(self, config: xmlconf.Domain, live: xmlconf.Domain | None) -> None:
        """Fill the widgets from the persistent config (and the live one, for figures only the running VM has)."""

    def write(self, config: xmlconf.Domain) -> list[LiveChange]:
        """Put the widgets' values into config; return what should also change on the running VM."""
        return []

    def validate(self) -> str:
        """A message when the input cannot be applied (nothing is changed then), else ''."""
        return ""

    # -- shared behaviour
    def refresh(self, config: xmlconf.Domain, live: xmlconf.Domain | None) -> None:
        self._loading = True
        try:
            self.load(config, live)
        finally:
            self._loading = False
        self.set_dirty(False)

    def is_dirty(self) -> bool:
        return self._dirty

    def set_dirty(self, dirty: bool = True) -> None:
        if self._loading:
            return
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def watch(self, *widgets: QWidget) -> None:
        """Marks the page dirty whenever one of these inputs is changed by the user."""
        for widget in widgets:
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda *_: self.set_dirty())
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(lambda *_: self.set_dirty())
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(lambda *_: self.set_dirty())
                if widget.isEditable():
                    widget.editTextChanged.connect(lambda *_: self.set_dirty())
            elif isinstance(widget, QAbstractSpinBox):
                widget.editingFinished.connect(lambda *_: self.set_dirty())
                widget.valueChanged.connect(lambda *_: self.set_dirty())  # type: ignore[attr-defined]
            elif isinstance(widget, QAbstractButton | QGroupBox):
                widget.toggled.connect(lambda *_: self.set_dirty())

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def restart_note(self) -> str:
        return self.tr("Some of these changes take effect after the next shutdown of the VM.")

    def designer_form(self, name: str) -> Form:
        """The page laid out by ui/NAME.ui above the note; returns the form's widgets."""
        form = load_form(name, self)
        outer = self.layout()
        outer.addWidget(self.note)
        outer.addStretch(1)
        return form

    @staticmethod
    def form_page(page: DetailsPage) -> QFormLayout:
        """A page laid out as a form above the note; returns the form to fill."""
        outer = QVBoxLayout(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(form)
        outer.addWidget(page.note)
        outer.addStretch(1)
        return form


class DevicePage(DetailsPage):
    """A page for one device, found again in each fresh config by its kind and position."""

    list_name = ""

    def __init__(self, context: PageContext, index: int) -> None:
        super().__init__(context)
        self.index = index
        self._loaded_device: xmlconf.Device | None = None

    def refresh(self, config: xmlconf.Domain, live: xmlconf.Domain | None) -> None:
        self._loaded_device = self.device(config)
        super().refresh(config, live)

    def label(self) -> str:
        return self.list_label(self._loaded_device, self.index)

    def device(self, config: xmlconf.Domain) -> xmlconf.Device | None:
        devices = getattr(config.devices, self.list_name)
        return devices[self.index] if self.index < len(devices) else None

    def element(self, config: xmlconf.Domain) -> xmlconf.XMLElement | None:
        return self.device(config)

    def live_device(self, live: xmlconf.Domain | None) -> xmlconf.Device | None:
        return self.device(live) if live is not None else None

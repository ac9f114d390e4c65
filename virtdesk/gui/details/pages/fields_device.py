"""A device page declared as a list of fields: each field names one xmlconf property of the device, how it is
edited (a choice, text, a whole number, yes/no, or shown read-only) and when it applies. The page builds the
form, loads it, and writes back only the fields the user changed, so values the page does not know survive.

A simple page is a few lines::

    @register
    class WatchdogPage(FieldsDevicePage):
        list_name = "watchdogs"
        fields = (Field("model", N_("Model:"), CHOICE, choices=(("i6300esb", "i6300esb"), ...)), ...)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QWidget

from virtdesk import xmlconf
from virtdesk.gui.details.page import DevicePage, PageContext
from virtdesk.gui.details.widgets.field_editors import (
    CheckValue,
    ChoiceCombo,
    Choices,
    OptionalSpin,
    ReadOnlyValue,
    TextEdit,
)
from virtdesk.model.domain_config import LiveChange


def N_(text: str) -> str:  # noqa: N802 - the usual name of a translation marker
    """Marks a declared text for translation; it is translated where it is shown, by tr(). lupdate reads N_()
    as QT_TR_NOOP (scripts/update_translations.py), which puts the text in the empty context."""
    return text


def tr(text: str) -> str:
    """Translates a text marked with N_() (the empty context)."""
    return QCoreApplication.translate("", text) if text else ""


def same_choices(*values: str) -> Choices:
    """Choices whose shown text is the value itself (model names and the like)."""
    return tuple((v, v) for v in values)


class Kind(Enum):
    CHOICE = "choice"
    TEXT = "text"
    INT = "int"
    BOOL = "bool"
    READONLY = "readonly"


CHOICE, TEXT, INT, BOOL, READONLY = Kind.CHOICE, Kind.TEXT, Kind.INT, Kind.BOOL, Kind.READONLY
DevicePredicate = Callable[[xmlconf.Device], bool]


@dataclass(frozen=True)
class Field:
    """One row of a device page.

    `shown_when=(other, values)`: the field applies only while the field `other` holds one of `values`; a value
    it had is removed when the user makes it stop applying. `live`: a read-only value taken from the running VM
    (the row is hidden when the VM is off). `fixed(device)`: shown but not editable for such devices.
    """

    name: str
    label: str
    kind: Kind = TEXT
    choices: Choices | Callable[[xmlconf.Device], Choices] = ()
    none_text: str = ""
    tooltip: str = ""
    shown_when: tuple[str, tuple[Any, ...]] | None = None
    minimum: int = 0
    maximum: int = 2**31 - 1
    suffix: str = ""
    required: bool = False
    live: bool = False
    fixed: DevicePredicate | None = None
    format: Callable[[Any], str] | None = None
    prop: str = ""

    @property
    def attr(self) -> str:
        """The device property the field reads and writes (its name unless `prop` says otherwise)."""
        return self.prop or self.name

    @property
    def editable(self) -> bool:
        return self.kind is not READONLY


class FieldsDevicePage(DevicePage):
    """A device page built from `fields`. Subclasses set `list_name`, `fields`, `describe()` (the list text),
    and may add rows in `build_extra`, fill them in `load_extra`, and make live changes in `live_changes`."""

    fields: ClassVar[Sequence[Field]] = ()

    def __init__(self, context: PageContext, index: int) -> None:
        super().__init__(context, index)
        self.form = self.form_page(self)
        self.editors: dict[str, QWidget] = {}
        self.loaded: dict[str, Any] = {}
        self._applied_at_load: dict[str, bool] = {}
        self._device: xmlconf.Device | None = None
        for field in self.fields:
            editor = self._make_editor(field)
            editor.setObjectName(f"field-{field.name}")
            if field.tooltip:
                editor.setToolTip(tr(field.tooltip))
            self.editors[field.name] = editor
            self.form.addRow(tr(field.label), editor)
            if field.editable:
                self.watch(editor)
        for name in {f.shown_when[0] for f in self.fields if f.shown_when}:
            self._on_change(self.editors[name], self.update_rows)
        self.build_extra(self.form)

    # -- for subclasses
    @classmethod
    def describe(cls, device: xmlconf.Device, index: int) -> str:
        """The list text for this device, e.g. "Watchdog (i6300esb)"."""
        return QCoreApplication.translate("FieldsDevicePage", "Device {tag}").format(tag=device.tag)

    def build_extra(self, form: QFormLayout) -> None:
        """Adds rows the fields do not cover."""

    def load_extra(self, device: xmlconf.Device, config: xmlconf.Domain, live: xmlconf.Domain | None) -> None:
        """Fills the extra rows."""

    def write_extra(self, config: xmlconf.Domain, device: xmlconf.Device) -> list[LiveChange]:
        """Writes what the extra rows edit; returns live changes for them."""
        return []

    def live_changes(self, device: xmlconf.Device, changed: list[str]) -> list[LiveChange]:
        """Live changes for the changed fields. By default none can be made live: they wait for a restart."""
        if changed and self.context.config.active:
            self.needs_restart = True
        return []

    # -- the mechanism
    @classmethod
    def list_label(cls, device: xmlconf.Device | None, index: int) -> str:
        return cls.describe(device, index) if device is not None else cls.title

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    def value(self, name: str) -> Any:
        """The value the form holds for a field now (None: not set)."""
        field, editor = self.field(name), self.editors[name]
        if field.kind is READONLY:
            return self.loaded.get(name)
        if isinstance(editor, ChoiceCombo):
            return editor.value()
        return editor.optional_value()  # type: ignore[attr-defined]

    def set_value(self, name: str, value: Any) -> None:
        field, editor = self.field(name), self.editors[name]
        if field.kind is READONLY:
            text = field.format(value) if field.format is not None and value is not None else value
            editor.setText(self.tr("—") if text in (None, "") else str(text))  # type: ignore[attr-defined]
        elif isinstance(editor, ChoiceCombo):
            editor.set_value(value)
        else:
            editor.set_optional_value(value)  # type: ignore[attr-defined]

    def applies(self, field: Field) -> bool:
        if field.shown_when is None:
            return True
        other, values = field.shown_when
        return self.value(other) in values and self.applies(self.field(other))

    def update_rows(self) -> None:
        for field in self.fields:
            shown = self.applies(field)
            if field.live:
                shown = shown and self.loaded.get(field.name) is not None
            self.form.setRowVisible(self.editors[field.name], shown)

    def load(self, config: xmlconf.Domain, live: xmlconf.Domain | None) -> None:
        device = self.device(config)
        self._device = device
        if device is None:
            return
        live_device = self.live_device(live)
        for field in self.fields:
            source = live_device if field.live else device
            value = getattr(source, field.attr) if source is not None else None
            editor = self.editors[field.name]
            if isinstance(editor, ChoiceCombo) and callable(field.choices):
                editor.set_choices([(v, tr(t)) for v, t in field.choices(device)])
            self.loaded[field.name] = value
            self.set_value(field.name, value)
            editor.setEnabled(field.fixed is None or not field.fixed(device))
        for field in self.fields:
            self._applied_at_load[field.name] = self.applies(field)
        self.load_extra(device, config, live)
        self.update_rows()

    def write(self, config: xmlconf.Domain) -> list[LiveChange]:
        device = self.device(config)
        if device is None:
            return []
        changed: list[str] = []
        for field in self.fields:
            if not field.editable or not self.editors[field.name].isEnabled():
                continue
            old = self.loaded.get(field.name)
            if not self.applies(field):
                if self._applied_at_load.get(field.name) and old is not None:
                    setattr(device, field.attr, None)
                    changed.append(field.name)
                continue
            new = self.value(field.name)
            if (bool(old) == new) if field.kind is BOOL else (old == new):
                continue
            setattr(device, field.attr, new)
            changed.append(field.name)
        return self.live_changes(device, changed) + self.write_extra(config, device)

    def validate(self) -> str:
        for field in self.fields:
            if field.required and self.applies(field) and self.value(field.name) in (None, ""):
                return self.tr("{field} must be filled in.").format(field=tr(field.label).rstrip(":"))
        return ""

    def _make_editor(self, field: Field) -> QWidget:
        if field.kind is CHOICE:
            choices = () if callable(field.choices) else field.choices
            return ChoiceCombo([(v, tr(t)) for v, t in choices], tr(field.none_text))
        if field.kind is INT:
            return OptionalSpin(field.minimum, field.maximum, tr(field.none_text), tr(field.suffix))
        if field.kind is BOOL:
            return CheckValue()
        if field.kind is READONLY:
            return ReadOnlyValue()
        return TextEdit()

    @staticmethod
    def _on_change(editor: QWidget, slot: Callable[[], None]) -> None:
        if isinstance(editor, ChoiceCombo):
            editor.currentIndexChanged.connect(lambda *_: slot())
        elif isinstance(editor, CheckValue):
            editor.toggled.connect(lambda *_: slot())
        elif isinstance(editor, TextEdit):
            editor.textChanged.connect(lambda *_: slot())
        elif isinstance(editor, OptionalSpin):
            editor.valueChanged.connect(lambda *_: slot())

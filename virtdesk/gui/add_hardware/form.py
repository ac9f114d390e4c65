"""The base of every device kind's form in the Add Hardware wizard, and the registry of kinds."""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from virtdesk import xmlconf
from virtdesk.gui.tones import Tone, tone_style
from virtdesk.model import hardware
from virtdesk.model.domain import Domain


class InputError(Exception):
    """Input that cannot make a device: the message is shown in the wizard and nothing is changed."""


@dataclass
class FormContext:
    """The VM the device is for (its saved config) and what the host offers."""

    domain: Domain
    config: xmlconf.Domain
    choices: hardware.HostChoices

    @property
    def virtio(self) -> bool:
        return hardware.uses_virtio(self.config)

    @property
    def q35(self) -> bool:
        return hardware.is_q35(self.config)

    @property
    def running(self) -> bool:
        return self.domain.is_active


class DeviceForm(QWidget):
    """One device kind's form. `build` makes the device from the inputs or raises InputError.

    A form that must do host work first (create a disk image) returns it from `prepare` (run on a worker; its
    result goes to `build`) and says in `undo_prepare` how to take it back when adding the device fails.
    """

    notice_changed = Signal()
    order = 100
    icon_name = "preferences-other"

    def __init__(self, context: FormContext) -> None:
        super().__init__()
        self.context = context
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

    def title(self) -> str:
        raise NotImplementedError

    def build(self, prepared: Any = None) -> xmlconf.Device:
        raise NotImplementedError

    def validate(self) -> str:
        """A message when the input cannot be used, else ''."""
        return ""

    def prepare(self) -> Any:
        """A callable fn(virConnect) to run on a worker before the device is built, or None."""
        return None

    def undo_prepare(self, prepared: Any) -> Any:
        """A callable fn(virConnect) that takes back what `prepare` did, or None."""
        return None

    def adjust(self, config: xmlconf.Domain) -> None:
        """Other changes to the VM's config that the device needs (made in the same apply)."""

    def notice(self) -> str:
        """Something the user should know before adding (shown above the form)."""
        return ""

    # -- helpers for forms
    def combo(self, label: str, items: list[tuple[str, Any]], current: Any = None) -> QComboBox:
        """A row with a combo box of (text, value) items, ``current`` selected."""
        box = QComboBox()
        for text, value in items:
            box.addItem(text, value)
        if current is not None:
            index = box.findData(current)
            box.setCurrentIndex(max(index, 0))
        self.form.addRow(label, box)
        return box

    def hint(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(tone_style(Tone.HINT))
        self.form.addRow(label)
        return label


F = TypeVar("F", bound=type[DeviceForm])
FORMS: list[type[DeviceForm]] = []


def register(cls: F) -> F:
    FORMS.append(cls)
    FORMS.sort(key=lambda c: c.order)
    return cls


def load_all() -> list[type[DeviceForm]]:
    from virtdesk.gui.add_hardware import forms

    for module in pkgutil.iter_modules(forms.__path__):
        importlib.import_module(f"{forms.__name__}.{module.name}")
    return FORMS


"""Inputs that edit one optional XML value: a choice list that keeps values it does not know, a whole number
that may be unset, a line of text, a check box, and a read-only label. Each reads and shows `None` for "not set".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

Choices = Sequence[tuple[Any, str]]  # (value of the xmlconf property, text shown)


class ChoiceCombo(QComboBox):
    """A fixed list of values with readable texts. A value outside the list (one the VM already has) is shown
    as an extra entry, so loading never changes it; `none_text` adds an entry for "not set" (None)."""

    def __init__(self, choices: Choices, none_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.none_text = none_text
        self.set_choices(choices)

    def set_choices(self, choices: Choices) -> None:
        """Offers these choices, keeping the value shown; signals only if the value itself changed (a new list
        arriving after the page was loaded is not an edit)."""
        had_items = self.count() > 0
        current = self.value() if had_items else None
        was_blocked = self.blockSignals(True)
        self.clear()
        if self.none_text:
            self.addItem(self.none_text, None)
        for value, text in choices:
            self.addItem(text, value)
        if current is not None:
            self.set_value(current)
        self.blockSignals(was_blocked)
        if had_items and self.value() != current:
            self.currentIndexChanged.emit(self.currentIndex())

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value)
        if index < 0:
            self.addItem(self.tr("(not set)") if value is None else str(value), value)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def values(self) -> list[str | None]:
        return [self.itemData(i) for i in range(self.count())]


class OptionalSpin(QSpinBox):
    """A whole number; when `none_text` is given, the value just below `minimum` means "not set" (None)."""

    def __init__(self, minimum: int, maximum: int, none_text: str = "", suffix: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = bool(none_text)
        self.setRange(minimum - 1 if self.optional else minimum, maximum)
        if self.optional:
            self.setSpecialValueText(none_text)
        if suffix:
            self.setSuffix(suffix)

    def optional_value(self) -> int | None:
        value = self.value()
        return None if self.optional and value == self.minimum() else value

    def set_optional_value(self, value: int | None) -> None:
        """Shows value; a value outside the range (one the VM already has) widens the range to keep it."""
        if value is None:
            self.setValue(self.minimum())
            return
        lowest = self.minimum() + (1 if self.optional else 0)
        if value < lowest:
            self.setMinimum(value - 1 if self.optional else value)
        if value > self.maximum():
            self.setMaximum(value)
        self.setValue(value)


class TextEdit(QLineEdit):
    """One line of text; empty means "not set"."""

    def optional_value(self) -> str | None:
        return self.text().strip() or None

    def set_optional_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))


class ReadOnlyValue(QLabel):
    """A value shown, not edited (it can be selected and copied)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


class CheckValue(QCheckBox):
    """A yes/no value; shows unchecked for "not set"."""

    def optional_value(self) -> bool:
        return self.isChecked()

    def set_optional_value(self, value: Any) -> None:
        self.setChecked(bool(value))

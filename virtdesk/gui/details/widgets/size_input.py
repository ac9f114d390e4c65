"""A size entry: a number with a MiB/GiB unit chooser, read and written in KiB."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QWidget

UNITS = (("MiB", 1024), ("GiB", 1024**2))


class SizeInput(QWidget):
    """`kib()` / `set_kib()`; `edited` fires when the user changes the number (not when only the unit is
    switched, which keeps the size and shows it in the other unit)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spin = QDoubleSpinBox()
        self.spin.setRange(0, 1024**3)
        self.spin.setDecimals(0)
        self.unit = QComboBox()
        for name, factor in UNITS:
            self.unit.addItem(name, factor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin)
        layout.addWidget(self.unit)
        layout.addStretch(1)
        self.spin.setMinimumWidth(120)
        self._factor = UNITS[0][1]
        self._kib = 0
        self.spin.valueChanged.connect(self._value_changed)
        self.unit.currentIndexChanged.connect(self._unit_changed)

    def kib(self) -> int:
        return self._kib

    def set_kib(self, kib: int) -> None:
        """Shows kib in GiB when it is a whole number of GiB, else in MiB."""
        index = 1 if kib and kib % UNITS[1][1] == 0 else 0
        self._kib = kib
        self.unit.blockSignals(True)
        self.unit.setCurrentIndex(index)
        self.unit.blockSignals(False)
        self._show(kib)

    def _show(self, kib: int) -> None:
        self._factor = int(self.unit.currentData())
        self.spin.blockSignals(True)
        self.spin.setDecimals(0 if self._factor == UNITS[0][1] else 2)
        self.spin.setValue(kib / self._factor)
        self.spin.blockSignals(False)

    def _value_changed(self, value: float) -> None:
        self._kib = int(round(value * self._factor))
        self.edited.emit()

    def _unit_changed(self, _index: int) -> None:
        self._show(self._kib)

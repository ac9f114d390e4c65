"""A password input: masked, with a button that shows it. A saved password is not read until the user asks to see
or change it; then `saved_wanted` is emitted (once) and `fill` puts the answer in, unless the user typed first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget


class PasswordInput(QWidget):
    saved_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit()
        self.line.setObjectName("password")
        self.line.setEchoMode(QLineEdit.EchoMode.Password)
        self.reveal = QToolButton()
        self.reveal.setObjectName("reveal-password")
        self.reveal.setText(self.tr("Show"))
        self.reveal.setToolTip(self.tr("Show the password"))
        self.reveal.setCheckable(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.reveal)
        self.reveal.toggled.connect(self._revealed)
        self.line.textEdited.connect(self._typed)
        self.line.installEventFilter(self)
        self._saved = False
        self._asked = False
        self._typed_text: str | None = None

    def reset(self, saved: bool) -> None:
        """Empty and masked; `saved`: a password is saved, to be read when wanted."""
        self._saved, self._asked, self._typed_text = saved, False, None
        self.line.clear()
        self.line.setPlaceholderText(self.tr("Saved; shown or changed here") if saved else "")
        self.reveal.setChecked(False)

    def typed(self) -> str | None:
        """What the user typed (None: nothing, the saved password stays)."""
        return self._typed_text

    def fill(self, saved: str | None) -> None:
        """Shows the saved password that was asked for."""
        if self._typed_text is None:
            self.line.setText(saved or "")
            if self.line.hasFocus():
                self.line.selectAll()

    def fill_failed(self) -> None:
        self._asked = False

    def _want(self) -> None:
        if self._saved and not self._asked and self._typed_text is None:
            self._asked = True
            self.saved_wanted.emit()

    def _revealed(self, shown: bool) -> None:
        self.line.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        if shown:
            self._want()

    def _typed(self, text: str) -> None:
        self._typed_text = text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.FocusIn:
            self._want()
        return super().eventFilter(watched, event)

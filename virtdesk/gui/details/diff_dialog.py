"""Shows what an apply will change in the VM's XML, and asks before doing it."""

from __future__ import annotations

import difflib

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from virtdesk.gui.details.xml_editor import XmlHighlighter


def unified_diff(before: str, after: str) -> str:
    return "".join(difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                        "saved", "edited", n=2))


class DiffDialog(QDialog):
    def __init__(self, before: str, after: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("xml-diff")
        self.setWindowTitle(self.tr("Apply these changes?"))
        self.resize(720, 480)
        self.diff = unified_diff(before, after)
        label = QLabel(self.tr("The VM's configuration will change like this:"))
        text = QPlainTextEdit(self.diff or self.tr("(no change)"))
        text.setReadOnly(True)
        text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._highlighter = XmlHighlighter(text.document())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(text)
        layout.addWidget(buttons)

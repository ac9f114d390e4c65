"""Shows what an apply will change in the VM's XML, and asks before doing it. Its layout is ui/diff_dialog.ui."""

from __future__ import annotations

import difflib

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QWidget

from virtdesk.gui.details.xml_editor import XmlHighlighter
from virtdesk.gui.forms import load_form


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
        form = load_form("diff_dialog", self)
        text = form.child(QPlainTextEdit, "diff_view")
        text.setPlainText(self.diff or self.tr("(no change)"))
        self._highlighter = XmlHighlighter(text.document())
        buttons = form.child(QDialogButtonBox, "buttons")
        self.apply_button = buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

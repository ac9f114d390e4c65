"""An XML text editor with syntax highlighting, used by every page's XML tab."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QFontDatabase, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget


def _format(colour: str, bold: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(colour))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


class XmlHighlighter(QSyntaxHighlighter):
    RULES = [
        (re.compile(r"</?[\w:.-]+|/?>"), _format("#1a5fb4", bold=True)),
        (re.compile(r"\s[\w:.-]+(?==)"), _format("#9141ac")),
        (re.compile(r"\"[^\"]*\"|'[^']*'"), _format("#26a269")),
        (re.compile(r"<!--.*?-->"), _format("#77767b")),
    ]

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)

    def highlightBlock(self, text: str) -> None:
        for pattern, fmt in self.RULES:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), fmt)


class XmlEditor(QWidget):
    """Text + a message line. The page's XML tab; `text_edited` tells the page the user changed it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("xml-text")
        self.edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.highlighter = XmlHighlighter(self.edit.document())
        self.message = QLabel()
        self.message.setObjectName("xml-message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self._loaded = ""

    def load(self, text: str) -> None:
        self._loaded = text
        self.edit.setPlainText(text)
        self.show_message("")

    def text(self) -> str:
        return self.edit.toPlainText()

    def is_edited(self) -> bool:
        return self.text() != self._loaded

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

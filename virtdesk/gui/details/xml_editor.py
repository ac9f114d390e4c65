"""An XML text editor with syntax highlighting, used by every page's XML tab."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QFontDatabase, QShowEvent, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from virtdesk.gui.tones import Tone, is_dark, tone_style


def _format(colour: str, bold: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(colour))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


_PATTERNS = (re.compile(r"</?[\w:.-]+|/?>"), re.compile(r"\s[\w:.-]+(?==)"), re.compile(r"\"[^\"]*\"|'[^']*'"),
             re.compile(r"<!--.*?-->"))  # tags, attribute names, values, comments
_COLOURS = {False: ("#1a5fb4", "#9141ac", "#26a269", "#77767b"), True: ("#99c1f1", "#dc8add", "#8ff0a4", "#9a9996")}


class XmlHighlighter(QSyntaxHighlighter):
    """Colours for a light or a dark text background, as the palette is when the highlighter is made."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        colours = _COLOURS[is_dark()]
        self.rules = [(pattern, _format(colour, bold=pattern is _PATTERNS[0]))
                      for pattern, colour in zip(_PATTERNS, colours, strict=True)]

    def highlightBlock(self, text: str) -> None:
        for pattern, fmt in self.rules:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), fmt)


class XmlEditor(QWidget):
    """Text + a message line. The page's XML tab; `text_edited` tells the page the user changed it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("xml-text")
        self.edit.setAccessibleName(self.tr("XML"))
        self.edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.highlighter = XmlHighlighter(self.edit.document())
        self.message = QLabel()
        self.message.setObjectName("xml-message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(tone_style(Tone.ERROR))
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self._loaded = ""
        self._unfilled = False  # loaded text not yet put in the editor: that waits until the tab is first shown
        self.edit.textChanged.connect(self._typed)

    def load(self, text: str) -> None:
        """Takes the text; a hidden editor lays it out only once shown (a VM of thousands of devices has as many
        XML tabs, and laying out megabytes of XML takes seconds)."""
        self._loaded = text
        self.show_message("")
        self._unfilled = True
        if self.isVisible():
            self._fill()

    def _fill(self) -> None:
        self._unfilled = False
        self.edit.setPlainText(self._loaded)

    def _typed(self) -> None:
        self._unfilled = False  # text set in the editor itself replaces what was waiting

    def showEvent(self, event: QShowEvent) -> None:
        if self._unfilled:
            self._fill()
        super().showEvent(event)

    def text(self) -> str:
        return self._loaded if self._unfilled else self.edit.toPlainText()

    def is_edited(self) -> bool:
        return self.text() != self._loaded

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

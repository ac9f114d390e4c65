"""Names for screen readers where Qt finds none itself: a control sharing a form row with others, one inside a
composite field, a list under a heading, a field with only a placeholder. The names are words the window
already shows, so they are translated wherever the window is."""

from __future__ import annotations

from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QAbstractButton, QFormLayout, QLabel, QLayout, QWidget


def shown_words(text: str) -> str:
    """A label's text as a name: plain text, without its mnemonic "&" and its closing colon."""
    plain = QTextDocumentFragment.fromHtml(text).toPlainText() if "<" in text else text
    return plain.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":：").strip()


def name_after(control: QWidget, words: str | QLabel | QAbstractButton) -> None:
    """Names `control` after a label, a button (a radio button it belongs to, say) or a text."""
    control.setAccessibleName(shown_words(words if isinstance(words, str) else words.text()))


def name_after_row(form: QFormLayout, field: QWidget | QLayout, control: QWidget) -> None:
    """Names `control`, which is or is inside the field of one of the form's rows, after that row's label."""
    label = form.labelForField(field)
    if isinstance(label, QLabel):
        name_after(control, label)

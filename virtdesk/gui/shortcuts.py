"""Keyboard shortcuts that every window of the program shares."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def add_close_shortcut(window: QWidget) -> QAction:
    """The platform's Close keys (Ctrl+F4 on some) and Ctrl+W close the window."""
    close = QAction(window)
    shortcuts = QKeySequence.keyBindings(QKeySequence.StandardKey.Close)
    if QKeySequence("Ctrl+W") not in shortcuts:
        shortcuts.append(QKeySequence("Ctrl+W"))
    close.setShortcuts(shortcuts)
    close.triggered.connect(window.close)
    window.addAction(close)
    return close

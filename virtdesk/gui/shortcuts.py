"""Keyboard shortcuts that every window of the program shares."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def standard_keys(key: QKeySequence.StandardKey, usual: str) -> list[QKeySequence]:
    """The platform's keys for a standard action, and the usual key on Linux desktops where they lack it."""
    shortcuts = QKeySequence.keyBindings(key)
    if QKeySequence(usual) not in shortcuts:
        shortcuts.append(QKeySequence(usual))
    return shortcuts


def add_close_shortcut(window: QWidget) -> QAction:
    """The platform's Close keys (Ctrl+F4 on some) and Ctrl+W close the window."""
    close = QAction(window)
    close.setShortcuts(standard_keys(QKeySequence.StandardKey.Close, "Ctrl+W"))
    close.triggered.connect(window.close)
    window.addAction(close)
    return close

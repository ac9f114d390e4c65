"""Keeping one window per key: made on demand, raised when already open, forgotten when closed."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)
K = TypeVar("K", bound=Hashable)


def shown(windows: dict[K, W], key: K, create: Callable[[], W]) -> W:
    """The window of key (made by create, kept in windows until it closes), shown and raised."""
    window = windows.get(key)
    if window is None:
        window = create()
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda _obj=None: windows.pop(key, None))
        windows[key] = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window

"""The details window's pages: each module here defines page classes and registers them with `register`.

Fixed pages (Overview, CPUs, ...) appear in `order`; device pages appear once per device of their list.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer

from virtdesk.gui.details.page import DetailsPage, DevicePage

FIXED_PAGES: list[type[DetailsPage]] = []
DEVICE_PAGES: dict[str, type[DevicePage]] = {}

P = TypeVar("P", bound=type[DetailsPage])


def register(cls: P) -> P:
    if issubclass(cls, DevicePage):
        DEVICE_PAGES[cls.list_name] = cls
    else:
        FIXED_PAGES.append(cls)
        FIXED_PAGES.sort(key=lambda c: getattr(c, "order", 100))
    return cls


def module_names() -> list[str]:
    return [f"{__name__}.{module.name}" for module in pkgutil.iter_modules(__path__)]


def load_all() -> None:
    for name in module_names():
        importlib.import_module(name)


def load_in_turns(owner: QObject, first: Sequence[str], then: Callable[[], None]) -> None:
    """Imports `first`, then the page modules, a module a turn of the event loop (owner's timer), then calls
    `then`: all at once they hold the first details window up for 0.3-1 s, the longest one about 50 ms."""
    names = [name for name in (*first, *module_names()) if name not in sys.modules]
    timer = QTimer(owner)

    def next_one() -> None:
        if names:
            importlib.import_module(names.pop(0))
        else:
            timer.stop()
            timer.deleteLater()
            then()

    timer.timeout.connect(next_one)
    timer.start(0)

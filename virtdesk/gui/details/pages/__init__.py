"""The details window's pages: each module here defines page classes and registers them with `register`.

Fixed pages (Overview, CPUs, ...) appear in `order`; device pages appear once per device of their list.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import TypeVar

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


def load_all() -> None:
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")

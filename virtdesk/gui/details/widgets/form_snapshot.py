"""Which inputs of a form the user changed: the values read right after loading, compared with the values now.
Pages write only what changed, so a value the user did not touch is never rewritten."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from types import MethodType
from typing import Any


class FormSnapshot:
    """`take()` after loading; `changed()` gives {name: new value} for each input whose value differs.

    read is usually a method of the page that keeps the snapshot: it is held weakly, as a strong hold would make
    page and snapshot a reference cycle, which only the cyclic garbage collector frees. The program's collector
    seldom runs a full collection (app.py freezes the long-lived objects), so each closed details window stayed
    in memory with all its pages (bench/details_cycles.py --no-collect)."""

    def __init__(self, read: Callable[[], dict[str, Any]]) -> None:
        self._read: Callable[[], Callable[[], dict[str, Any]] | None] = (
            weakref.WeakMethod(read) if isinstance(read, MethodType) else lambda: read)
        self._shown: dict[str, Any] = {}

    def _values(self) -> dict[str, Any]:
        read = self._read()
        return read() if read is not None else {}

    def take(self) -> None:
        self._shown = self._values()

    def shown(self, name: str) -> Any:
        return self._shown.get(name)

    def changed(self) -> dict[str, Any]:
        return {name: value for name, value in self._values().items() if self._shown.get(name) != value}

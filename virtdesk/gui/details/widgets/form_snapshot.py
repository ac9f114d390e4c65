"""Which inputs of a form the user changed: the values read right after loading, compared with the values now.
Pages write only what changed, so a value the user did not touch is never rewritten."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class FormSnapshot:
    """`take()` after loading; `changed()` gives {name: new value} for each input whose value differs."""

    def __init__(self, read: Callable[[], dict[str, Any]]) -> None:
        self._read = read
        self._shown: dict[str, Any] = {}

    def take(self) -> None:
        self._shown = self._read()

    def shown(self, name: str) -> Any:
        return self._shown.get(name)

    def changed(self) -> dict[str, Any]:
        return {name: value for name, value in self._read().items() if self._shown.get(name) != value}

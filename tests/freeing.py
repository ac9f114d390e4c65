"""What a test of freeing needs: objects left behind by reference counting alone, as in the program, which freezes
its long-lived objects (app.py, gc.freeze) and so seldom runs the cyclic collector."""

from __future__ import annotations

import contextlib
import gc
import weakref
from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QEvent


def left_behind(qtbot, open_and_close: Callable[[], list[weakref.ref]], wait_ms: int = 10) -> list[str]:
    """The class names of the objects open_and_close gave weak references to that are still alive once it has run
    and the deferred deletions are done, with the cyclic collector switched off meanwhile."""
    gc.collect()
    with no_cyclic_collection():
        kept = open_and_close()
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            qtbot.wait(wait_ms)
        return [type(obj).__name__ for ref in kept if (obj := ref()) is not None]


@contextlib.contextmanager
def no_cyclic_collection() -> Iterator[None]:
    """Neither Python's own collector nor the program's (virtdesk.model.collector, on a GUI-thread timer) runs in
    the block; whichever ran before runs again after it."""
    was_enabled = gc.isenabled()
    thresholds = gc.get_threshold()
    gc.disable()
    gc.set_threshold(0)  # the program's collector reads Python's thresholds: 0 stops it too
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        if was_enabled:
            gc.enable()

"""What a test of freeing needs: objects left behind by reference counting alone, as in the program, which freezes
its long-lived objects (app.py, gc.freeze) and so seldom runs the cyclic collector."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent


def left_behind(qtbot, open_and_close: Callable[[], list[weakref.ref]], wait_ms: int = 10) -> list[str]:
    """The class names of the objects open_and_close gave weak references to that are still alive once it has run
    and the deferred deletions are done, with the cyclic collector switched off meanwhile."""
    gc.collect()
    was_enabled = gc.isenabled()  # the program collects on a timer of its own (virtdesk.model.collector)
    gc.disable()
    try:
        kept = open_and_close()
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            qtbot.wait(wait_ms)
        return [type(obj).__name__ for ref in kept if (obj := ref()) is not None]
    finally:
        if was_enabled:
            gc.enable()

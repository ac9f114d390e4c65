"""Python's cyclic garbage collector, run on the GUI thread only.

Left to itself, the collector runs on whichever thread happens to allocate when a generation fills up, and frees
the cycles it finds there. A cycle that holds a Qt object (a connection and its timers, a task, a window's
helpers) would then be destroyed on a worker or on libvirt's event thread, and its timers torn down under the
GUI thread's event loop, which crashes when they come due. So automatic collection is switched off, and a timer on
the GUI thread collects as Python would: a generation when the allocations since its last collection pass
Python's own thresholds. Reference counting still frees everything not in a cycle at once, on any thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadCollector(QObject):
    INTERVAL_MS = 100

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(self.INTERVAL_MS)

    def check(self) -> None:
        """Collects the generation Python would have collected by now: the allocations since the last check count
        as the collections of the younger generations they would have brought on."""
        count0, count1, count2 = gc.get_count()
        threshold0, threshold1, threshold2 = gc.get_threshold()  # Python's, still set (0: collect nothing)
        if not threshold0 or count0 <= threshold0:
            return
        young = count1 + count0 // threshold0
        if young <= threshold1:
            gc.collect(0)
        elif count2 + young // threshold1 <= threshold2:
            gc.collect(1)
        else:
            gc.collect(2)


_collector: GuiThreadCollector | None = None


def collect_on_gui_thread(gui_object: QObject) -> None:
    """Installs the collector (once), living where ``gui_object`` lives: the GUI thread."""
    global _collector
    if _collector is None:
        _collector = GuiThreadCollector()
        _collector.moveToThread(gui_object.thread())

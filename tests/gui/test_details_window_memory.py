"""A closed details window leaves nothing behind: opened and closed 20 times, every page browsed, it is freed as
soon as it closes, by reference counting alone.

The program freezes its long-lived objects (app.py, gc.freeze) and so seldom runs a full garbage collection: in
bench/details_cycles.py --no-collect none ran in 30 cycles. A closed window held in a reference cycle (window and
VmFileActions, a page and its FormSnapshot) stayed in memory with all its pages, ~0.4 MiB a cycle. The cyclic
collector is therefore switched off here: what a closed window leaves must be freed without it.
"""

from __future__ import annotations

import collections
import gc
import weakref

import pytest
import shiboken6
from freeing import no_cyclic_collection
from PySide6.QtCore import QCoreApplication, QEvent, QObject

from virtdesk.gui.details.window import DetailsWindow
from virtdesk.gui.windows import WindowRegistry
from virtdesk.model.preferences import Preferences
from virtdesk.model.stats import StatsSampler

pytestmark = pytest.mark.gui
CYCLES = 20


def _virtdesk_qobjects() -> collections.Counter[str]:
    """virtdesk's own QObjects that Python still holds, by class (wrappers of deleted C++ objects included)."""
    return collections.Counter(type(o).__name__ for o in gc.get_objects()
                               if isinstance(o, QObject) and type(o).__module__.startswith("virtdesk."))


def _deleted_later(qtbot) -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qtbot.wait(10)


def test_a_closed_details_window_is_freed_without_the_cycle_collector(qtbot, demo_connection):
    preferences = Preferences()
    sampler = StatsSampler(250, preferences.stats)
    sampler.add(demo_connection)
    sampler.start()
    registry = WindowRegistry(preferences, sampler)
    domains = sorted((d for d in demo_connection.domains.values()), key=lambda d: (not d.is_active, d.name))
    domain = domains[0]  # a running VM: its Performance page draws graphs

    def open_and_close() -> list[weakref.ref]:
        window = registry.show_details(domain)
        qtbot.waitUntil(lambda w=window: bool(w.slots), timeout=10000)
        for row in range(window.page_list.count()):  # each page shown once, as a person browses them
            window.page_list.setCurrentRow(row)
            qtbot.wait(5)
        kept = [weakref.ref(window), weakref.ref(window.config), weakref.ref(window.file_actions),
                *(weakref.ref(s.page) for s in window.slots), *(weakref.ref(s.xml) for s in window.slots)]
        window.close()
        del window
        qtbot.waitUntil(lambda: not registry.details, timeout=5000)
        _deleted_later(qtbot)
        return kept

    def details_widgets() -> int:  # those of other tests' windows too
        return len([w for w in QCoreApplication.instance().allWidgets() if isinstance(w, DetailsWindow)])

    open_and_close()  # modules loaded, caches filled
    qtbot.wait(300)  # the first window's reads have come back
    gc.collect()
    baseline, widgets = _virtdesk_qobjects(), details_widgets()
    with no_cyclic_collection():
        kept: list[weakref.ref] = []
        for _ in range(CYCLES):
            kept += open_and_close()
        qtbot.wait(300)  # reads still in flight come back (a pending callback holds its owner until then)
        _deleted_later(qtbot)
        alive = collections.Counter(type(obj).__name__ for ref in kept if (obj := ref()) is not None)
        grown = {name: count - baseline[name] for name, count in _virtdesk_qobjects().items()
                 if count > baseline[name] and name != "Task"}  # tasks are held by their time limits' timers
    sampler.stop()
    assert not alive, f"still alive after {CYCLES} closed windows: {dict(alive)}"
    assert not grown, f"virtdesk objects more than before the cycles: {grown}"
    assert details_widgets() == widgets, "a closed window's Qt object still exists"
    assert all(not shiboken6.isValid(ref()) for ref in kept if ref() is not None)

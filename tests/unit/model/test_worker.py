"""Tasks: outcomes arrive on the GUI thread, and only at owners that still exist."""

from __future__ import annotations

import gc
import threading
import weakref
from concurrent.futures import ThreadPoolExecutor

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt

from virtdesk.model.worker import NotAnswering, submit

pytestmark = pytest.mark.unit


@pytest.fixture
def executor():
    pool = ThreadPoolExecutor(max_workers=1)
    yield pool
    pool.shutdown(wait=True)


def test_the_result_reaches_its_owner_on_the_gui_thread(qtbot, executor):
    owner = QObject()
    seen = []
    task = submit(executor, lambda: 42).then(lambda value: seen.append((value, threading.current_thread())),
                                             owner=owner)
    qtbot.waitUntil(lambda: task.done)
    assert seen == [(42, threading.main_thread())]


def test_an_error_reaches_the_error_callback(qtbot, executor):
    owner = QObject()
    errors = []
    task = submit(executor, lambda: 1 / 0).then(lambda _v: errors.append("ok?"), errors.append, owner=owner)
    qtbot.waitUntil(lambda: task.done)
    assert len(errors) == 1 and isinstance(errors[0], ZeroDivisionError)


def test_an_owner_destroyed_before_the_result_gets_nothing(qtbot, executor):
    release = threading.Event()
    owner, survivor = QObject(), QObject()
    seen = []
    task = submit(executor, release.wait, 5)
    task.then(lambda _v: seen.append("destroyed owner"), lambda _e: seen.append("destroyed owner"), owner=owner)
    task.then(lambda _v: seen.append("survivor"), owner=survivor)
    shiboken6.delete(owner)
    release.set()
    qtbot.waitUntil(lambda: task.done)
    assert seen == ["survivor"]


def test_then_on_a_finished_task_calls_at_once(qtbot, executor):
    task = submit(executor, lambda: "ready")
    qtbot.waitUntil(lambda: task.done)
    seen = []
    task.then(seen.append, owner=QObject())
    assert seen == ["ready"]


def test_a_call_past_its_time_fails_as_not_answering_and_its_late_result_is_dropped(qtbot, executor):
    release = threading.Event()
    owner = QObject()
    seen = []
    task = submit(executor, release.wait, 5, description="Reading", timeout=0.2)
    task.then(seen.append, seen.append, owner=owner)
    qtbot.waitUntil(lambda: task.done)
    release.set()
    qtbot.wait(100)
    assert len(seen) == 1 and isinstance(seen[0], NotAnswering)
    assert seen[0].seconds == 0.2 and str(seen[0])


def test_a_call_that_finishes_before_its_timeout_is_not_kept_alive_by_it(qtbot, executor):
    """The timeout does not hold a finished task (nor the windows its callbacks close over) until it expires."""
    owner = QObject()
    seen = []
    gone = weakref.ref(submit(executor, lambda: "quick", timeout=600).then(seen.append, owner=owner))
    qtbot.waitUntil(lambda: seen == ["quick"])
    qtbot.wait(50)  # the event loop runs on after the result was delivered
    gc.collect()
    assert gone() is None


def test_a_read_of_a_connection_is_not_kept_alive_by_its_watch_once_answered(qtbot, connection):
    seen = []
    gone = weakref.ref(connection.call(lambda conn: conn.getHostname()).then(seen.append, owner=connection))
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=5000)
    qtbot.wait(50)
    gc.collect()
    assert gone() is None


def test_results_arrive_while_a_result_callback_runs_a_nested_event_loop(qtbot, executor):
    """A callback that opens a modal dialog (its own event loop) does not hold up the results behind it."""
    from PySide6.QtCore import QEventLoop, QTimer

    owner = QObject()
    seen: list[str] = []

    def modal(_value: object) -> None:
        loop = QEventLoop()
        QTimer.singleShot(5000, loop.quit)  # the test's limit: the second result quits it at once
        second.then(lambda _v: loop.quit(), owner=owner)
        loop.exec()
        seen.append("modal closed")

    gate = threading.Event()
    first = submit(executor, gate.wait).then(modal, owner=owner)
    second = submit(executor, lambda: "second").then(lambda _v: seen.append("second"), owner=owner)
    gate.set()
    qtbot.waitUntil(lambda: first.done and second.done and len(seen) == 2, timeout=10000)
    assert seen == ["second", "modal closed"]


def test_many_results_arriving_together_leave_the_event_loop_turns_between_slices(qtbot, executor):
    from PySide6.QtCore import QTimer

    owner = QObject()
    ticks: list[int] = []
    order: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(len(order)))
    timer.start(0)

    def slow(index: int) -> None:
        order.append(index)
        threading.Event().wait(0.004)

    gate = threading.Event()
    submit(executor, gate.wait)
    tasks = [submit(executor, lambda i=i: i).then(slow, owner=owner) for i in range(40)]
    gate.set()
    qtbot.waitUntil(lambda: all(t.done for t in tasks), timeout=10000)
    timer.stop()
    assert order == list(range(40))  # in the order posted
    assert any(0 < count < 40 for count in ticks)  # the timer ran while results were still coming in


@pytest.mark.parametrize("fails", [False, True], ids=["returns", "raises"])
def test_what_a_call_holds_is_let_go_on_the_gui_thread(qtbot, executor, fails):
    """A QObject that only a submitted call keeps (a connection whose window closed while it read) is destroyed on
    the GUI thread once the call is over, never on the worker (its timers would be torn down under the GUI
    thread's event loop). Many calls, one after the other: the worker and the GUI thread race for the last
    reference (a name left on the worker lost that race about once in fifty calls)."""
    destroyed_on: list[threading.Thread] = []

    def call(_held: QObject) -> str:
        if fails:
            raise ValueError("refused")
        return "done"

    for count in range(1, CALLS + 1):
        held = QObject()
        held.destroyed.connect(lambda: destroyed_on.append(threading.current_thread()),
                               Qt.ConnectionType.DirectConnection)
        task = submit(executor, call, held)
        del held
        qtbot.waitUntil(lambda task=task, count=count: task.done and len(destroyed_on) == count, timeout=5000)
        assert (task.error is not None) == fails
    assert set(destroyed_on) == {threading.main_thread()}


CALLS = 400


def test_garbage_cycles_are_collected_on_the_gui_thread_only(qtbot, executor):
    """A cycle holding a Qt object, left by a worker that then allocates a lot (which, left to Python, would run
    the collector there), is collected on the GUI thread (virtdesk.model.collector)."""
    destroyed_on: list[threading.Thread] = []
    held = QObject()
    held.destroyed.connect(lambda: destroyed_on.append(threading.current_thread()), Qt.ConnectionType.DirectConnection)
    cycle: list[object] = [held]
    cycle.append(cycle)
    dropped = threading.Event()

    def drop_and_allocate(parts: list[list[object]]) -> list[list[int]]:
        parts.clear()  # the worker had the last reference to the cycle
        dropped.set()
        return [[n] for n in range(200_000)]  # kept (the task's result): the allocations count

    task = submit(executor, drop_and_allocate, [cycle])
    del held, cycle
    assert dropped.wait(5)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    qtbot.waitUntil(lambda: bool(destroyed_on), timeout=5000)
    assert destroyed_on == [threading.main_thread()]
    assert not gc.isenabled()

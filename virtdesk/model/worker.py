"""Runs blocking calls (libvirt, SSH, disk) off the GUI thread and brings results back on it.

`submit(executor, fn, ...)` returns a `Task`; its `finished`/`failed` signals and the callbacks given to
`Task.then` always run on the thread that owns the bridge (the GUI thread), never on the worker, and a callback
runs only while the QObject that owns it exists.
"""

from __future__ import annotations

import threading
import time
import traceback
import weakref
from collections import deque
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot

from virtdesk.model.collector import collect_on_gui_thread


class _Bridge(QObject):
    """Lives on the GUI thread; what is posted to it from any thread runs there, in order.

    The posted calls run a time slice at a time: results that arrive together (twenty hosts answering at once)
    leave the event loop free to paint and to run timers between slices.
    """

    drain = Signal()
    SLICE = 0.015  # seconds of posted calls per turn of the event loop, at most (a call is never cut short)

    def __init__(self) -> None:
        super().__init__()
        self._pending: deque[Callable[[], None]] = deque()
        self._lock = threading.Lock()
        self._posted = False  # a drain is queued in the event loop
        self.drain.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    def post(self, fn: Callable[[], None]) -> None:
        with self._lock:
            self._pending.append(fn)
            if self._posted:
                return
            self._posted = True
        self.drain.emit()

    @Slot()
    def _drain(self) -> None:
        """Runs posted calls until the slice is used up. While calls are left, another drain is queued before the
        next call runs: a call that opens a modal dialog (a nested event loop) does not hold up the rest, and a
        call that raises leaves the rest to run."""
        deadline = time.monotonic() + self.SLICE
        with self._lock:
            self._posted = False
        while True:
            with self._lock:
                if not self._pending:
                    return
                fn = self._pending.popleft()
                again = bool(self._pending) and not self._posted
                self._posted = self._posted or again
            if again:
                self.drain.emit()
            fn()
            if time.monotonic() >= deadline:
                return


_bridge: _Bridge | None = None
_bridge_lock = threading.Lock()


def _get_bridge() -> _Bridge:
    global _bridge
    with _bridge_lock:
        if _bridge is None:
            app = QCoreApplication.instance()
            if app is None:
                raise RuntimeError("a QCoreApplication must exist before tasks run")
            _bridge = _Bridge()
            _bridge.moveToThread(app.thread())
            collect_on_gui_thread(_bridge)  # from now on, other threads hold Python objects too
        return _bridge


def call_in_gui(fn: Callable[[], None]) -> None:
    """Queues fn to run on the GUI thread (safe from any thread)."""
    _get_bridge().post(fn)


class Task(QObject):
    """One blocking call running on a worker; its outcome is delivered on the GUI thread.

    Callbacks given to `then` belong to an owner: they run only while that QObject exists, so a result never
    reaches a window (or a page, or a config) that is gone. The `finished`/`failed` signals are for waiting.
    """

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, description: str = "") -> None:
        super().__init__()
        self.description = description
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._callbacks: list[tuple[QObject, Callable[[Any], None] | None, Callable[[BaseException], None] | None]] = []

    @classmethod
    def answered(cls, value: Any, description: str = "") -> Task:
        """A task that is already done with value (for answers that need no worker)."""
        task = cls(description)
        task._deliver(True, value)
        return task

    def settle(self, ok: bool, value: Any) -> None:
        """Ends a task made by hand, one that stands for several steps, with its result (ok) or its error (on the
        GUI thread); a task already done keeps its first outcome."""
        if not self.done:
            self._deliver(ok, value)

    def then(self, on_ok: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None, *, owner: QObject) -> Task:
        """Calls on_ok(result) or on_error(exception) on the GUI thread, unless owner was destroyed first."""
        if self.done:
            self._run(owner, on_ok, on_error)
        else:
            self._callbacks.append((owner, on_ok, on_error))
        return self

    def _run(self, owner: QObject, on_ok: Callable[[Any], None] | None,
             on_error: Callable[[BaseException], None] | None) -> None:
        if not shiboken6.isValid(owner):
            return  # its receiver is gone: the outcome is dropped, never delivered
        if self.error is None:
            if on_ok is not None:
                on_ok(self.result)
        elif on_error is not None:
            on_error(self.error)

    def _deliver(self, ok: bool, value: Any) -> None:
        self.done = True
        if ok:
            self.result = value
        else:
            self.error = value
        callbacks, self._callbacks = self._callbacks, []
        for owner, on_ok, on_error in callbacks:
            self._run(owner, on_ok, on_error)
        if ok:
            self.finished.emit(value)
        else:
            self.failed.emit(value)


_running: set[Task] = set()
_files: ThreadPoolExecutor | None = None
_mapping: ThreadPoolExecutor | None = None


def file_executor() -> ThreadPoolExecutor:
    """The worker for reading and writing local files (never the GUI thread)."""
    global _files
    if _files is None:
        _files = ThreadPoolExecutor(max_workers=1, thread_name_prefix="files")
    return _files


def mapping_executor() -> ThreadPoolExecutor:
    """The worker for short work on data already at hand (parsing the VMs' XML): never held up by a file copy."""
    global _mapping
    if _mapping is None:
        _mapping = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mapping")
    return _mapping


class NotAnswering(TimeoutError):
    """A call that did not come back within its lane's time: the host (or the link to it) is not answering."""

    def __init__(self, description: str, seconds: float) -> None:
        super().__init__(description, seconds)
        self.description = description
        self.seconds = seconds

    def __str__(self) -> str:
        return QCoreApplication.translate("worker", "No answer within {seconds:.0f} s").format(seconds=self.seconds)


def _settle(task: Task, ok: bool, value: Any) -> None:
    """Delivers a submitted task's first outcome (its result, its error or its timeout); later ones are dropped."""
    if task.done:
        return
    _running.discard(task)
    task._deliver(ok, value)


def _arm_timeout(task_ref: weakref.ref[Task], timeout: float) -> None:
    """Fails the task with NotAnswering after timeout seconds. The timer holds the task only weakly and belongs to
    it: a task that finished and was dropped is collected at once, and its timer goes with it."""
    task = task_ref()
    if task is None or task.done:
        return

    def expire() -> None:
        late = task_ref()
        if late is not None:
            _settle(late, False, NotAnswering(late.description, timeout))

    QTimer.singleShot(int(timeout * 1000), task, expire)


def submit(executor: Executor, fn: Callable[..., Any], *args: Any, description: str = "",
           timeout: float | None = None, **kwargs: Any) -> Task:
    """Runs fn(*args, **kwargs) on executor; returns the Task that reports its outcome on the GUI thread.

    With a timeout (seconds, counted from now), a call still running then fails with NotAnswering; its late
    outcome is dropped. The blocked worker cannot be interrupted; the rest of the program does not wait for it.
    """
    bridge = _get_bridge()
    task = Task(description)
    _running.add(task)
    task_ref = weakref.ref(task)  # the worker holds neither the task nor, once the call returned, what it called
    call: list[Any] = [fn, args, kwargs]

    def work() -> None:
        fn, args, kwargs = call
        try:
            outcome = (True, fn(*args, **kwargs))
        except BaseException as exc:  # noqa: BLE001 - every failure is reported to the caller
            traceback.clear_frames(exc.__traceback__)  # the error, kept for its report, keeps no arguments alive
            outcome = (False, exc)
        del fn, args, kwargs
        call.append(outcome)
        del outcome
        # From here on only `call` holds the call, its arguments and its outcome, and the GUI thread empties it:
        # a local name left on this thread could be the last reference once the GUI thread is done.
        bridge.post(partial(_outcome, task_ref, call))

    if timeout is not None:
        bridge.post(partial(_arm_timeout, task_ref, timeout))
    try:
        executor.submit(work)
    except RuntimeError as exc:  # the executor was shut down (its connection is being removed)
        bridge.post(partial(_outcome, task_ref, [(False, exc)]))
    return task


def _outcome(task_ref: weakref.ref[Task], call: list[Any]) -> None:
    """On the GUI thread: the outcome of a call (the last item of `call`) reaches its task, unless it settled
    already. The call and its arguments, the items before it, are let go here: a QObject only they keep (a
    connection whose work outlived its window) is destroyed on the thread it lives on, never on a worker, where its
    timers would be torn down under the GUI thread's event loop."""
    outcome = call.pop()
    call.clear()
    task = task_ref()
    if task is not None:
        _settle(task, *outcome)

"""Runs blocking calls (libvirt, SSH, disk) off the GUI thread and brings results back on it.

`submit(executor, fn, ...)` returns a `Task`; its `finished`/`failed` signals and the callbacks given to
`Task.then` always run on the thread that owns the bridge (the GUI thread), never on the worker.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot


class _Bridge(QObject):
    """Lives on the GUI thread; anything emitted to it from another thread runs there."""

    call = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, fn: Callable[[], None]) -> None:
        fn()


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
        return _bridge


def call_in_gui(fn: Callable[[], None]) -> None:
    """Queues fn to run on the GUI thread (safe from any thread)."""
    _get_bridge().call.emit(fn)


class Task(QObject):
    """One blocking call running on a worker; its outcome is delivered on the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, description: str = "") -> None:
        super().__init__()
        self.description = description
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None

    def then(self, on_ok: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None) -> Task:
        if on_ok is not None:
            self.finished.connect(on_ok)
        if on_error is not None:
            self.failed.connect(on_error)
        return self

    def _deliver(self, ok: bool, value: Any) -> None:
        self.done = True
        if ok:
            self.result = value
            self.finished.emit(value)
        else:
            self.error = value
            self.failed.emit(value)


_running: set[Task] = set()
_files: ThreadPoolExecutor | None = None


def file_executor() -> ThreadPoolExecutor:
    """The worker for reading and writing local files (never the GUI thread)."""
    global _files
    if _files is None:
        _files = ThreadPoolExecutor(max_workers=1, thread_name_prefix="files")
    return _files


def submit(executor: Executor, fn: Callable[..., Any], *args: Any, description: str = "",
           **kwargs: Any) -> Task:
    """Runs fn(*args, **kwargs) on executor; returns the Task that reports its outcome on the GUI thread."""
    bridge = _get_bridge()
    task = Task(description)
    _running.add(task)

    def deliver(ok: bool, value: Any) -> None:
        _running.discard(task)
        task._deliver(ok, value)

    def work() -> None:
        try:
            value = fn(*args, **kwargs)
        except BaseException as exc:  # noqa: BLE001 - every failure is reported to the caller
            bridge.call.emit(lambda error=exc: deliver(False, error))
        else:
            bridge.call.emit(lambda result=value: deliver(True, result))

    try:
        executor.submit(work)
    except RuntimeError as exc:  # the executor was shut down (its connection is being removed)
        bridge.call.emit(lambda error=exc: deliver(False, error))
    return task

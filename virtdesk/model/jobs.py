"""Long operations (uploads, saves, snapshots, migrations): a phase, progress, cancel, a result and a report.

A `Job` lives on the GUI thread and announces every change; its work runs in the connection's job lane and
talks to it through a `JobContext`. Every job goes into the history (`job_history()`), which windows list.
The report says what was done, step by step, and how the job ended.
"""

from __future__ import annotations

import contextlib
import enum
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from virtdesk.model.errors import describe
from virtdesk.model.worker import Task, call_in_gui


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


class JobState(enum.Enum):
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return {JobState.RUNNING: _tr("Running"), JobState.SUCCEEDED: _tr("Done"),
                JobState.FAILED: _tr("Failed"), JobState.CANCELLED: _tr("Cancelled")}[self]


class JobCancelled(Exception):
    """Raised in a job's work once the user cancelled it."""


class JobContext:
    """The work's side of a job (any thread): say the phase and progress, record steps, honour cancel."""

    PROGRESS_EVERY_S = 0.1

    def __init__(self, job: Job) -> None:
        self._job = job
        self._cancelled = threading.Event()
        self._cancel_hooks: list[Callable[[], object]] = []
        self._lock = threading.Lock()
        self._last_progress = 0.0

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check_cancelled(self) -> None:
        if self.cancelled:
            raise JobCancelled

    def phase(self, text: str) -> None:
        call_in_gui(lambda: self._job._set(phase=text))

    def progress(self, done: int, total: int, *, force: bool = False) -> None:
        """Amount done of total (bytes, steps); sent to the GUI at most every PROGRESS_EVERY_S."""
        now = time.monotonic()
        if not force and done < total and now - self._last_progress < self.PROGRESS_EVERY_S:
            return
        self._last_progress = now
        call_in_gui(lambda: self._job._set(done=done, total=total))

    def step(self, text: str) -> None:
        """A step that is done, for the final report."""
        call_in_gui(lambda: self._job._steps.append(text))

    def on_cancel(self, hook: Callable[[], object]) -> None:
        """hook() runs (on a thread of its own) when the user cancels, e.g. virDomain.abortJob or stream.abort."""
        with self._lock:
            run_now = self.cancelled
            if not run_now:
                self._cancel_hooks.append(hook)
        if run_now:
            _run_hook(hook)

    def _cancel(self) -> None:
        with self._lock:
            self._cancelled.set()
            hooks, self._cancel_hooks = self._cancel_hooks, []
        for hook in hooks:
            threading.Thread(target=_run_hook, args=(hook,), name="job-cancel", daemon=True).start()


def _run_hook(hook: Callable[[], object]) -> None:
    with contextlib.suppress(Exception):  # cancelling something that already ended is not an error
        hook()


class Job(QObject):
    """One long operation, as windows show it."""

    changed = Signal()
    ended = Signal()

    def __init__(self, title: str, source: str, cancellable: bool = True) -> None:
        super().__init__()
        self.title = title
        self.source = source
        self.cancellable = cancellable  # whether the work can stop once it runs
        self.state = JobState.RUNNING
        self.phase = ""
        self.done = 0
        self.total = 0
        self.result: Any = None
        self.error = ""
        self.started = time.time()
        self.finished_at: float | None = None
        self._steps: list[str] = []
        self.context = JobContext(self)

    @property
    def fraction(self) -> float | None:
        """0.0 to 1.0, or None while the amount of work is unknown."""
        return min(1.0, self.done / self.total) if self.total else None

    @property
    def steps(self) -> list[str]:
        return list(self._steps)

    @property
    def report(self) -> str:
        """What was done, then how the job ended."""
        ending = {JobState.RUNNING: _tr("Still running."), JobState.SUCCEEDED: _tr("Finished."),
                  JobState.CANCELLED: _tr("Cancelled: what is listed above was done, nothing after it."),
                  JobState.FAILED: _tr("Failed: {error}").format(error=self.error)}[self.state]
        return "\n".join([*self._steps, ending])

    @property
    def can_cancel(self) -> bool:
        return self.cancellable and self.state is JobState.RUNNING and not self.context.cancelled

    def cancel(self) -> None:
        if self.can_cancel:
            self.context._cancel()
            self._set(phase=_tr("Cancelling…"))

    def _set(self, **values: Any) -> None:
        if self.state is not JobState.RUNNING:
            return
        for name, value in values.items():
            setattr(self, name, value)
        self.changed.emit()

    def _end(self, state: JobState, result: Any = None, error: str = "") -> None:
        self.state, self.result, self.error = state, result, error
        self.finished_at = time.time()
        self.changed.emit()
        self.ended.emit()

    def follow(self, task: Task) -> Job:
        """Ends this job with the outcome of the task that runs its work."""
        task.then(lambda result: self._end(JobState.SUCCEEDED, result), self._failed, owner=self)
        return self

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, JobCancelled) or self.context.cancelled:
            self._end(JobState.CANCELLED)
        else:
            self._end(JobState.FAILED, error=describe(exc))


class JobHistory(QObject):
    """Every job of this run, newest last (bounded)."""

    added = Signal(object)
    removed = Signal(object)  # a finished job dropped to keep within the limit

    def __init__(self, limit: int = 500) -> None:
        super().__init__()
        self.limit = limit
        self.jobs: list[Job] = []

    def add(self, job: Job) -> None:
        self.jobs.append(job)
        if len(self.jobs) > self.limit:
            finished = [j for j in self.jobs if j.state is not JobState.RUNNING]
            for old in finished[: len(self.jobs) - self.limit]:
                self.jobs.remove(old)
                self.removed.emit(old)
        self.added.emit(job)

    def running(self) -> list[Job]:
        return [j for j in self.jobs if j.state is JobState.RUNNING]


_history: JobHistory | None = None


def job_history() -> JobHistory:
    global _history
    if _history is None:
        _history = JobHistory()
    return _history

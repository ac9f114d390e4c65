"""Tasks: outcomes arrive on the GUI thread, and only at owners that still exist."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import shiboken6
from PySide6.QtCore import QObject

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

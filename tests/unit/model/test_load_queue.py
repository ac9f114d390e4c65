"""The reads after listing: a bounded number at a time across connections, in turn from each, and a read that does
not come back gives its place up after a while."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6 import QtCore

from virtdesk.model import load_queue
from virtdesk.model.worker import Task

pytestmark = pytest.mark.unit

_made: list[QtCore.QObject] = []


@pytest.fixture(autouse=True)
def _deleted_here():
    """The test's queues, owners and tasks, deleted on this thread at its end: left to the cyclic collector, they
    could be deleted on whichever thread it runs on (libvirt's event thread)."""
    yield
    while _made:
        made = _made.pop()
        if shiboken6.isValid(made):
            shiboken6.delete(made)


def made(obj):
    _made.append(obj)
    return obj


def new_queue() -> load_queue.LoadQueue:
    return made(load_queue.LoadQueue())


def owner() -> QtCore.QObject:
    return made(QtCore.QObject())


class Reads:
    """Reads made by hand: each start records its name and returns a task the test settles."""

    def __init__(self) -> None:
        self.started: list[str] = []
        self.tasks: dict[str, Task] = {}

    def start(self, name: str):
        def start() -> Task:
            self.started.append(name)
            task = self.tasks[name] = made(Task(name))
            return task

        return start

    def finish(self, name: str, ok: bool = True) -> None:
        self.tasks[name].settle(ok, None if ok else RuntimeError(name))


def test_at_most_limit_reads_run_taken_in_turn_from_each_owner(qtbot, monkeypatch):
    monkeypatch.setattr(load_queue.LoadQueue, "LIMIT", 2)
    queue, reads = new_queue(), Reads()
    first, second = owner(), owner()
    queue.add(first, [reads.start(f"a{i}") for i in range(3)])
    queue.add(second, [reads.start(f"b{i}") for i in range(2)])
    assert reads.started == ["a0", "a1"]  # the first owner's reads took both places before the second queued
    reads.finish("a0")
    assert reads.started[2:] == ["a2"]  # the first owner was the first waiting; now the second is
    queue.add(first, [reads.start("a3")])
    reads.finish("a1", ok=False)  # a failed read gives its place up too
    assert reads.started[3:] == ["b0"]
    reads.finish("a2")
    assert reads.started[4:] == ["a3"]
    reads.finish("b0")
    assert reads.started[5:] == ["b1"]


def test_a_start_with_nothing_left_to_read_takes_no_place(qtbot, monkeypatch):
    monkeypatch.setattr(load_queue.LoadQueue, "LIMIT", 1)
    queue, reads = new_queue(), Reads()
    queue.add(owner(), [lambda: None, reads.start("next")])
    assert reads.started == ["next"]


def test_reads_of_a_forgotten_owner_do_not_start(qtbot, monkeypatch):
    monkeypatch.setattr(load_queue.LoadQueue, "LIMIT", 1)
    queue, reads = new_queue(), Reads()
    closed, other = owner(), owner()
    queue.add(closed, [reads.start("c0"), reads.start("c1")])
    queue.add(other, [reads.start("o0")])
    queue.forget(closed)
    reads.finish("c0")
    assert reads.started == ["c0", "o0"]


def test_a_read_that_does_not_come_back_gives_its_place_up_after_a_while(qtbot, monkeypatch):
    monkeypatch.setattr(load_queue.LoadQueue, "LIMIT", 1)
    monkeypatch.setattr(load_queue.LoadQueue, "SLOW", 0.1)
    queue, reads = new_queue(), Reads()
    queue.add(owner(), [reads.start("hung")])
    queue.add(owner(), [reads.start("next")])
    assert reads.started == ["hung"]
    qtbot.waitUntil(lambda: reads.started == ["hung", "next"], timeout=2000)
    reads.finish("hung")  # late: counted once only
    reads.finish("next")
    queue.add(owner(), [reads.start("a"), reads.start("b")])
    assert reads.started[2:] == ["a"]

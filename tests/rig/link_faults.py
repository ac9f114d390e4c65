"""The SSH link of a connection killed or frozen under an open console, timed until the console is back."""

from __future__ import annotations

import signal
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from rig.loop_gaps import LoopGaps
from rig.procs import signal_all
from virtdesk.model.connection import Connection, ConnectionState


class LossShown(Protocol):
    message: QLabel
    reconnect_button: QPushButton


@dataclass(frozen=True)
class LinkLoss:
    """What the console said and when (seconds after the fault): shown, connection back, console back."""

    fault: signal.Signals
    message: str
    shown_after: float
    back_after: float
    again_after: float
    largest_gap_ms: float

    def summary(self, again: str) -> str:
        return (f"\n{self.fault.name}: console said {self.message!r} after {self.shown_after:.1f} s; connection "
                f"back after {self.back_after:.1f} s; {again} after {self.again_after:.1f} s; largest loop gap "
                f"{self.largest_gap_ms:.0f} ms")


def lose_and_come_back(
    qtbot: QtBot,
    connection: Connection,
    serving: set[int],
    console: LossShown,
    fault: signal.Signals,
    error_within_s: float,
    *,
    tracebacks_logged: Callable[[], AbstractContextManager[list[str]]],
    check_lost: Callable[[str], None],
    reopen: Callable[[], None],
    reopened: Callable[[], None] = lambda: None,
) -> LinkLoss:
    """Sends ``fault`` to the ``serving`` sshd processes and waits for ``console`` to offer Reconnect within
    ``error_within_s`` (``check_lost`` gets its message), then for ``connection`` to come back; SIGCONTs them and
    times ``reopen`` (the wait for the console to show again), then runs ``reopened``. Fails if anything logged
    a traceback or the event loop was held up 100 ms or more."""
    gaps = LoopGaps()
    gaps.start()
    with tracebacks_logged() as tracebacks:
        started = time.monotonic()
        signal_all(serving, fault)
        qtbot.waitUntil(lambda: console.reconnect_button.isVisible(), timeout=int(error_within_s * 1000))
        shown_after = time.monotonic() - started
        message = console.message.text()
        check_lost(message)
        qtbot.waitUntil(lambda: connection.state is ConnectionState.ACTIVE and connection.loaded, timeout=60000)
        back_after = time.monotonic() - started
        signal_all(serving, signal.SIGCONT)
        reopen()
        again_after = time.monotonic() - started
        reopened()
    gaps.stop()
    assert tracebacks == [], tracebacks
    assert gaps.largest_ms < 100, f"the event loop was held up {gaps.largest_ms:.0f} ms"
    return LinkLoss(fault, message, shown_after, back_after, again_after, gaps.largest_ms)

"""Connections opening together: a listed connection's XML reads wait while another one is still opening, for a
bounded time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Signal

from virtdesk.model.connection import ConnectionState
from virtdesk.model.listing_first import ListingFirst

pytestmark = pytest.mark.unit


class Opening(QObject):
    """What ListingFirst watches of a connection: its state and the signal that it changed."""

    state_changed = Signal()

    def __init__(self, state: ConnectionState = ConnectionState.CONNECTING) -> None:
        super().__init__()
        self.state = state

    def become(self, state: ConnectionState) -> None:
        self.state = state
        self.state_changed.emit()


def test_with_no_other_connection_opening_the_reads_start_at_once(qtbot):
    gate = ListingFirst()
    gate.watch(Opening(ConnectionState.ACTIVE))
    ran = []
    gate.when_listed(lambda: ran.append(1))
    assert ran == [1]


@pytest.mark.parametrize("outcome", [ConnectionState.ACTIVE, ConnectionState.ERROR])
def test_the_reads_wait_until_the_other_connection_has_opened_or_failed(qtbot, outcome):
    gate = ListingFirst()
    other = Opening()
    gate.watch(other)
    ran = []
    gate.when_listed(lambda: ran.append("first"))
    gate.when_listed(lambda: ran.append("second"))
    assert ran == []
    other.become(outcome)
    assert ran == ["first", "second"]


def test_a_connection_that_stays_opening_holds_the_reads_up_for_a_while_only(qtbot, monkeypatch):
    monkeypatch.setattr(ListingFirst, "HOLD", 0.2)
    gate = ListingFirst()
    gate.watch(Opening())  # asking for a password, say
    ran = []
    gate.when_listed(lambda: ran.append(1))
    assert ran == []
    qtbot.waitUntil(lambda: ran == [1], timeout=2000)

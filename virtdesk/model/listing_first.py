"""Connections opening together list their VMs before any of them reads its VMs' XML.

What the user waits for at start is every host's list of VMs (names and states); each VM's XML (memory, vCPUs,
title) can follow. With many hosts opening at once on a busy machine or daemon, the XML reads of the hosts that
answer first slow down the opening of the rest: twenty hosts of 250 VMs were all listed about half a second later
than without them. A connection's XML reads therefore wait while another connection of the list is still opening,
for at most HOLD seconds (a host that asks for a password, or does not answer, holds no one up for longer).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from virtdesk.model.connection import Connection, ConnectionState


class ListingFirst(QObject):
    HOLD = 1.5  # seconds a listed connection's XML reads wait at most

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._opening: set[Connection] = set()
        self._waiting: list[Callable[[], None]] = []
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.timeout.connect(self._release)

    def watch(self, connection: Connection) -> None:
        connection.state_changed.connect(lambda: self._state_changed(connection))
        self._state_changed(connection)

    def forget(self, connection: Connection) -> None:
        self._opening.discard(connection)
        if not self._opening:
            self._release()

    def when_listed(self, fn: Callable[[], None]) -> None:
        """Runs fn once no other connection is opening, or HOLD seconds from the first call left waiting."""
        if not self._opening:
            fn()
            return
        self._waiting.append(fn)
        if not self._hold.isActive():
            self._hold.start(int(self.HOLD * 1000))

    def _state_changed(self, connection: Connection) -> None:
        if connection.state is ConnectionState.CONNECTING:
            self._opening.add(connection)
        else:
            self.forget(connection)

    def _release(self) -> None:
        self._hold.stop()
        waiting, self._waiting = self._waiting, []
        for fn in waiting:
            fn()

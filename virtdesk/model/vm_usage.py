"""What a connection's VMs use (volumes, networks, host devices), mapped from the XML the connection keeps of each
VM: off the GUI thread (no libvirt call: the XML is at hand), once after a burst of VM changes, the latest mapping
winning."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from virtdesk.model.worker import mapping_executor, submit

if TYPE_CHECKING:
    from virtdesk.model.connection import Connection

Users = TypeVar("Users")
Mapper = Callable[[list[tuple[str, str]]], "Users"]  # (VM name, XML) pairs -> what they use


class VmUsage(QObject, Generic[Users]):
    """Keeps `users` (what mapper makes of the VMs) current as the connection's VMs come, go and change."""

    changed = Signal()
    DELAY_MS = 200

    def __init__(self, connection: Connection, mapper: Callable[[list[tuple[str, str]]], Users], empty: Users,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connection = connection
        self.users = empty
        self.read = False
        self._mapper = mapper
        self._again = QTimer(self)  # many VMs change at once: map them once afterwards
        self._again.setSingleShot(True)
        self._again.setInterval(self.DELAY_MS)
        self._again.timeout.connect(self.refresh)
        self._number = 0
        for signal in (connection.domains_added, connection.domains_removed, connection.domain_changed):
            signal.connect(self._domains_changed)
        self.refresh()

    def _domains_changed(self, *_args: object) -> None:
        self._again.start()

    def refresh(self) -> None:
        self._number += 1
        number = self._number
        domains = [(d.name, d.xml) for d in self.connection.domains.values()]
        submit(mapping_executor(), self._mapper, domains, description="VM usage").then(
            lambda users: self._mapped(number, users), owner=self)

    def _mapped(self, number: int, users: Users) -> None:
        if number == self._number:
            self.users = users
            self.read = True
            self.changed.emit()

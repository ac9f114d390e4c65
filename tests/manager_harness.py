"""A manager window over connections to hosts written by the tests."""

from __future__ import annotations

from virtdesk.gui.manager.window import ManagerWindow
from virtdesk.model.connection import ConnectionState
from virtdesk.model.connections import ConnectionList
from virtdesk.model.preferences import Preferences
from virtdesk.model.stats import StatsSampler


class ManagerHarness:
    def __init__(self, qtbot, authenticator=None) -> None:
        self.qtbot = qtbot
        self.preferences = Preferences()
        self.sampler = StatsSampler(500, self.preferences.stats)
        self.connections = ConnectionList(authenticator=authenticator)
        self.connections.added.connect(self.sampler.add)
        self.window = ManagerWindow(self.connections, self.preferences, self.sampler)
        qtbot.addWidget(self.window)
        self.window.show()

    def connect(self, uri: str, wait_for: ConnectionState = ConnectionState.ACTIVE):
        connection = self.connections.add(uri, autoconnect=True, save=False)
        connection.open()
        self.qtbot.waitUntil(lambda: connection.state is not ConnectionState.CONNECTING, timeout=20000)
        assert connection.state is wait_for, connection.error
        return connection

    def close(self) -> None:
        self.sampler.stop()
        self.connections.shutdown()

"""A manager window over connections to hosts written by the tests."""

from __future__ import annotations

from virtdesk.gui.manager.vm_tree_model import Column
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
        if wait_for is ConnectionState.ACTIVE:  # listed at once; each VM's XML, networks and pools follow
            self.qtbot.waitUntil(lambda: connection.loaded, timeout=20000)
        return connection

    def rows(self, connection) -> dict[str, str]:
        """The window's VM rows of the connection: name -> the state shown."""
        model = self.window.model
        parent = model.connection_index(connection)
        return {model.index(row, Column.NAME, parent).data(): model.index(row, Column.STATE, parent).data()
                for row in range(model.rowCount(parent))}

    def close(self) -> None:
        self.sampler.stop()
        self.connections.shutdown()

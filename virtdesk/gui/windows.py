"""One details window per VM and one Host Details window per connection: opened on demand, raised when already
open, forgotten when closed."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from virtdesk.gui import console_choice
from virtdesk.gui.details.window import DetailsWindow
from virtdesk.gui.window_keeping import shown
from virtdesk.model.connection import Connection
from virtdesk.model.domain import Domain
from virtdesk.model.preferences import Preferences
from virtdesk.model.stats import StatsSampler

if TYPE_CHECKING:
    from virtdesk.gui.console_window import ConsoleWindow
    from virtdesk.gui.host_details.window import HostDetailsWindow
    from virtdesk.gui.new_vm.wizard import NewVmWizard

class WindowRegistry(QObject):
    migrate_requested = Signal(object)  # a Domain, from its details window

    def __init__(self, preferences: Preferences, sampler: StatsSampler) -> None:
        super().__init__()
        self.preferences = preferences
        self.sampler = sampler
        console_choice.use(preferences)
        self.details: dict[tuple[str, str], DetailsWindow] = {}
        self.host_details: dict[Connection, HostDetailsWindow] = {}
        self.new_vm: dict[int, NewVmWizard] = {}

    def show_details(self, domain: Domain) -> DetailsWindow:
        def create() -> DetailsWindow:
            window = DetailsWindow(domain, self.preferences, self.sampler)
            window.migrate_requested.connect(self.migrate_requested)
            return window

        return shown(self.details, (domain.connection.uri, domain.uuid), create)

    def show_host_details(self, connection: Connection) -> HostDetailsWindow:
        def create() -> HostDetailsWindow:
            from virtdesk.gui.host_details.window import HostDetailsWindow  # not needed at start-up

            return HostDetailsWindow(connection, self.preferences.stats_interval_ms)

        return shown(self.host_details, connection, create)

    def show_new_vm(self, connections: list[Connection], connection: Connection | None = None,
                    like: Domain | None = None) -> NewVmWizard:
        """A New VM wizard (one per request: several VMs can be prepared at once)."""
        from virtdesk.gui.new_vm.wizard import NewVmWizard  # not needed at start-up

        key = max(self.new_vm, default=0) + 1
        return shown(self.new_vm, key, lambda: NewVmWizard(connections, connection, like=like,
                                                            show_details=self.show_details,
                                                            show_console=self.show_console))

    @property
    def consoles(self) -> dict[tuple[str, str], ConsoleWindow]:
        """The open console windows: none before their module is first loaded, which start-up does not need
        (asking at every start loaded it and pyte, ~240 ms)."""
        module = sys.modules.get("virtdesk.gui.console_window")
        return module.console_windows if module is not None else {}

    def show_console(self, domain: Domain) -> ConsoleWindow:
        from virtdesk.gui.console_window import show_console_window

        return show_console_window(domain)

    def connection_removed(self, connection: Connection) -> None:
        window = self.host_details.get(connection)
        if window is not None:
            window.connection_removed()

    def close_all(self) -> None:
        for window in [*self.new_vm.values(), *self.details.values(), *self.host_details.values(),
                       *self.consoles.values()]:
            window.close()

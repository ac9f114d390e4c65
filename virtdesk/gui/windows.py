"""One details window per VM: opened on demand, raised when already open, forgotten when closed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from virtdesk.gui.details.window import DetailsWindow
from virtdesk.model.domain import Domain
from virtdesk.model.preferences import Preferences
from virtdesk.model.stats import StatsSampler


class WindowRegistry(QObject):
    def __init__(self, preferences: Preferences, sampler: StatsSampler) -> None:
        super().__init__()
        self.preferences = preferences
        self.sampler = sampler
        self.details: dict[tuple[str, str], DetailsWindow] = {}

    def show_details(self, domain: Domain) -> DetailsWindow:
        key = (domain.connection.uri, domain.uuid)
        window = self.details.get(key)
        if window is None:
            window = DetailsWindow(domain, self.preferences, self.sampler)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda _obj=None, k=key: self.details.pop(k, None))
            self.details[key] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def close_all(self) -> None:
        for window in list(self.details.values()):
            window.close()

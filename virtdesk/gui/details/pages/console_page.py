"""Console: the VM's graphical display in the details window (the page shown first for a running VM), or what
stands in its place: that the VM is not running, or why it has no display virtdesk can show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout

from virtdesk import xmlconf
from virtdesk.gui.console_window import ConsoleView
from virtdesk.gui.details.page import DetailsPage, PageContext
from virtdesk.gui.details.pages import register
from virtdesk.model.console_transport import has_display_servers, vnc_index
from virtdesk.model.domain import Domain


@register
class GraphicalConsolePage(DetailsPage):
    title = "Console"
    icon_name = "video-display"
    order = 5
    editable = False

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.view = ConsoleView(context.domain)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)

    @staticmethod
    def shown_first(domain: Domain) -> bool:
        """Whether the details window opens on this page: for a running VM of a host with displays."""
        return domain.is_active and has_display_servers(domain.connection.uri)

    @classmethod
    def list_label(cls, device: xmlconf.Device | None, index: int) -> str:
        return QCoreApplication.translate("GraphicalConsolePage", "Console")

    def element(self, config: xmlconf.Domain) -> xmlconf.XMLElement | None:
        index = vnc_index(config)
        return config.devices.graphics[index] if index is not None else None

    def load(self, config: xmlconf.Domain, live: xmlconf.Domain | None) -> None:
        self.view.show_config(live or config)

"""A device kind without a page of its own: shown by its XML, which can be edited."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from virtdesk import xmlconf
from virtdesk.gui.details.page import DevicePage, PageContext


class GenericDevicePage(DevicePage):
    """Used for any device whose kind has no registered page (the XML tab edits it)."""

    editable = False

    def __init__(self, context: PageContext, index: int, list_name: str) -> None:
        self.list_name = list_name
        super().__init__(context, index)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def label(self) -> str:
        device = self.device(self.context.config.persistent) if self.context.config.persistent else None
        tag = (device.tag if device is not None else None) or self.list_name
        return f"{tag.capitalize()} {self.index + 1}"

    def load(self, config: xmlconf.Domain, live: xmlconf.Domain | None) -> None:
        device = self.device(config)
        self.summary.setText(self.tr("Edit this device in the XML tab.") if device is not None else "")

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

    @classmethod
    def list_label(cls, device: xmlconf.Device | None, index: int) -> str:
        return cls.numbered((device.tag if device is not None else None) or "", index)

    def label(self) -> str:
        device = self._loaded_device
        return self.numbered((device.tag if device is not None else None) or self.list_name, self.index)

    @staticmethod
    def numbered(tag: str, index: int) -> str:
        return f"{tag.capitalize()} {index + 1}"

    def load(self, config: xmlconf.Domain, live: xmlconf.Domain | None) -> None:
        device = self.device(config)
        self.summary.setText(self.tr("Edit this device in the XML tab.") if device is not None else "")

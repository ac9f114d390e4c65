"""The details window's "Add Hardware…" and "Remove" buttons under its page list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from virtdesk import xmlconf
from virtdesk.gui.add_hardware.remove_dialog import RemoveHardwareDialog
from virtdesk.gui.add_hardware.wizard import AddHardwareDialog
from virtdesk.gui.details.page import DevicePage
from virtdesk.gui.icons import themed
from virtdesk.model import hardware

if TYPE_CHECKING:
    from virtdesk.gui.details.window import DetailsWindow


def current_device(window: DetailsWindow) -> xmlconf.Device | None:
    """The device of the page shown (None on a fixed page or before the config is loaded)."""
    slot = window.current_slot()
    config = window.config.persistent
    if slot is None or config is None or not isinstance(slot.page, DevicePage):
        return None
    return slot.page.device(config)


def install_hardware_buttons(window: DetailsWindow) -> None:
    """Puts "Add Hardware…" and "Remove" into ``window.hardware_buttons`` and keeps Remove enabled only on
    the page of a device that can be removed. The buttons are named "add-hardware" and "remove-hardware"; the
    dialogs they open are children of the window."""
    add = QPushButton(themed("list-add"), QCoreApplication.translate("DetailsWindow", "Add Hardware…"))
    add.setObjectName("add-hardware")
    remove = QPushButton(themed("list-remove"), QCoreApplication.translate("DetailsWindow", "Remove"))
    remove.setObjectName("remove-hardware")
    window.hardware_buttons.addWidget(add)
    window.hardware_buttons.addWidget(remove)

    def update() -> None:
        config = window.config.persistent
        add.setEnabled(config is not None and window.domain.persistent)
        device = current_device(window)
        problem = hardware.removal_problem(config, device) if device is not None and config is not None else ""
        remove.setEnabled(device is not None and not problem and window.domain.persistent)
        if device is None:
            hint = QCoreApplication.translate("DetailsWindow", "Choose a device in the list")
        else:
            hint = QCoreApplication.translate("DetailsWindow", "Remove {device}").format(
                device=hardware.describe_device(device))
        remove.setToolTip(problem or hint)

    def open_add() -> None:
        if window.config.persistent is None:
            return
        AddHardwareDialog(window.config, window).open()

    def open_remove() -> None:
        device = current_device(window)
        if device is None:
            return
        RemoveHardwareDialog(window.config, device, window).open()

    add.clicked.connect(open_add)
    remove.clicked.connect(open_remove)
    window.page_list.currentRowChanged.connect(lambda _row: update())
    window.config.loaded.connect(update)
    update()

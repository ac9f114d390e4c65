"""The program's one icon in the system tray, shared by the desktop notifications (notifications.py) and the
manager's tray menu (manager/tray.py).

Where the desktop has no tray (QSystemTrayIcon.isSystemTrayAvailable() is false, as on the offscreen platform)
there is no icon; a tray that starts later (a panel starting after the program at login) or goes away (the panel
ends or crashes) is noticed within TRAY_LOOK_MS, since nothing tells of either: the icon is made then (`appeared`),
or hidden and shown again with the tray (`availability_changed`). With a tray the icon shows while the
Preferences' tray option is on, or while notifications are on and the tray can show messages, since they appear
from it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from virtdesk.gui.icons import app_icon
from virtdesk.model.preferences import Preferences

TRAY_LOOK_MS = 2000


class TrayIcon(QObject):
    """`icon` is the QSystemTrayIcon, or None without a tray; `clicked` is a plain click on the icon itself;
    `appeared`: a tray started after the program, `icon` is there from now on; `availability_changed`: the tray
    went away or came back (`kept` and `shows_messages` follow it)."""

    clicked = Signal()
    appeared = Signal()
    availability_changed = Signal()

    def __init__(self, preferences: Preferences, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.icon: QSystemTrayIcon | None = None
        self._available = QSystemTrayIcon.isSystemTrayAvailable()
        if self._available:
            self._create()
        self._looking = QTimer(self, interval=TRAY_LOOK_MS)
        self._looking.timeout.connect(self._look_for_the_tray)
        self._looking.start()

    def _create(self) -> None:
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.icon.setToolTip(self.tr("virtdesk"))
        self.icon.activated.connect(self._activated)
        self.preferences.changed.connect(self._update)
        self._update()

    def _look_for_the_tray(self) -> None:
        available = QSystemTrayIcon.isSystemTrayAvailable()
        if available == self._available:
            return
        self._available = available
        if self.icon is None:
            self._create()
            self.appeared.emit()
        else:
            self._update()
            self.availability_changed.emit()

    @property
    def shows_messages(self) -> bool:
        """Notifications can appear from the icon."""
        return self.icon is not None and self._available and QSystemTrayIcon.supportsMessages()

    @property
    def kept(self) -> bool:
        """The user asked for the icon (the tray option) and the desktop has a tray."""
        return self.icon is not None and self._available and self.preferences.tray_icon

    def _update(self) -> None:
        if self.icon is not None:
            self.icon.setVisible(self.kept or (self.shows_messages and self.preferences.notifications))

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.clicked.emit()

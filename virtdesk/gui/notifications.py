"""Desktop notifications: a job that ends while the window that started it is closed or in the background, and a VM
that crashes or stops unexpectedly.

They go to the system tray where the desktop has one (QSystemTrayIcon.showMessage, from the one icon the tray menu
uses too: tray_icon.py), else over the session D-Bus from a worker: to the desktop's notification server
(org.freedesktop.Notifications, through virtdesk/desktop_bus.py: its Notify takes a uint32 that PySide6's QtDBus
cannot write), or where there is none, to the desktop portal's notifications (org.freedesktop.portal.Notification),
without waiting for an answer.
"""

from __future__ import annotations

import itertools
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from virtdesk import desktop_bus
from virtdesk.gui.tray_icon import TrayIcon
from virtdesk.model.domain import Domain, DomainState
from virtdesk.model.jobs import Job, JobHistory, JobState, job_history
from virtdesk.model.log import event_log
from virtdesk.model.preferences import Preferences
from virtdesk.model.worker import submit
from virtdesk.resources import APP_ID

PORTAL = ("org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop", "org.freedesktop.portal.Notification")
BUS_NAME = "virtdesk-notifications"  # the name of virtdesk's own connection to the session bus
SHOWN_MS = 10000
_bus_worker: ThreadPoolExecutor | None = None
_ids = itertools.count(1)


@dataclass(frozen=True)
class Notification:
    title: str
    body: str
    urgent: bool = False  # a failure or a crash, rather than news


def send_to_desktop(notification: Notification, notification_id: str) -> None:
    """Worker side: shows the notification through the desktop's notification server, or where the session has
    none, hands it to the portal."""
    try:
        desktop_bus.notify("virtdesk", notification.title, notification.body,
                           urgent=notification.urgent, desktop_entry=APP_ID)
    except desktop_bus.CallFailed:  # no server, or one that failed to start
        send_to_portal(notification, notification_id)


def send_to_portal(notification: Notification, notification_id: str) -> None:
    """Worker side: hands the notification to the portal, not waiting for its answer."""
    from PySide6.QtDBus import QDBusConnection, QDBusMessage  # only where there is no tray

    # libdbus remembers the session bus's address from its first try: read it afresh, where the session says it
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    name = f"{BUS_NAME} {address}"
    bus = QDBusConnection.connectToBus(address or QDBusConnection.BusType.SessionBus, name)
    if not bus.isConnected():
        error = bus.lastError().message()
        QDBusConnection.disconnectFromBus(name)  # the next notification tries again
        raise OSError(error)
    message = QDBusMessage.createMethodCall(*PORTAL, "AddNotification")
    message.setArguments([notification_id, {"title": notification.title, "body": notification.body,
                                            "priority": "high" if notification.urgent else "normal"}])
    if not bus.send(message):
        raise OSError(bus.lastError().message())


def _worker() -> ThreadPoolExecutor:
    global _bus_worker
    if _bus_worker is None:
        _bus_worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="notifications")
    return _bus_worker


def watching(window: QWidget | None) -> bool:
    """The window still exists, is shown and is the one the user works in."""
    return window is not None and shiboken6.isValid(window) and window.isVisible() and window.isActiveWindow()


class Notifier(QObject):
    """Tells the desktop what ended or crashed, unless the user turned notifications off in the Preferences.

    `notified` carries each Notification once it was handed to the tray ("tray") or to the session bus ("desktop");
    `clicked` is a click on a tray notification.
    """

    notified = Signal(object, str)
    clicked = Signal()

    def __init__(self, preferences: Preferences, history: JobHistory | None = None,
                 parent: QObject | None = None, tray: TrayIcon | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self._shared = tray or TrayIcon(preferences, self)
        self.tray: QSystemTrayIcon | None = None
        self._use_tray()
        self._shared.appeared.connect(self._use_tray)
        self._starters: dict[Job, QWidget | None] = {}
        self._bus_failed = False
        (history or job_history()).added.connect(self._job_started)

    def _use_tray(self) -> None:
        """Notifications appear from the tray icon where it can show them (also once a tray started later)."""
        if self.tray is None and self._shared.shows_messages:
            self.tray = self._shared.icon
            self.tray.messageClicked.connect(self.clicked)

    # -- what is told

    def _job_started(self, job: Job) -> None:
        """The window the user works in when a job starts is the one that started it."""
        self._starters[job] = QApplication.activeWindow()
        job.ended.connect(self._job_ended)  # a bound slot: dropped with the notifier

    def _job_ended(self) -> None:
        job = self.sender()
        if not isinstance(job, Job) or job not in self._starters:
            return
        if not watching(self._starters.pop(job)):
            self.notify(self.job_notification(job))

    def job_notification(self, job: Job) -> Notification:
        if job.state is JobState.SUCCEEDED:
            return Notification(job.title, self.tr("Finished on {host}.").format(host=job.source))
        if job.state is JobState.CANCELLED:
            return Notification(job.title, self.tr("Cancelled on {host}.").format(host=job.source))
        return Notification(job.title, self.tr("Failed on {host}: {error}").format(host=job.source, error=job.error),
                            urgent=True)

    def vm_crashed(self, domain: Domain) -> None:
        """A VM stopped or paused by a crash (Connection.domain_crashed)."""
        host = domain.connection.label
        if domain.state is DomainState.PAUSED:
            body = self.tr("The guest of {vm} on {host} crashed; the VM is paused.")
        elif domain.state is DomainState.CRASHED:
            body = self.tr("{vm} on {host} crashed.")
        else:
            body = self.tr("{vm} on {host} stopped unexpectedly: its emulator crashed or failed.")
        self.notify(Notification(self.tr("{vm} crashed").format(vm=domain.name),
                                 body.format(vm=domain.name, host=host), urgent=True))

    # -- how it is told

    def notify(self, notification: Notification) -> None:
        if not self.preferences.notifications:
            return
        if self.tray is not None:
            icon = QSystemTrayIcon.MessageIcon
            self.tray.showMessage(notification.title, notification.body,
                                  icon.Warning if notification.urgent else icon.Information, SHOWN_MS)
            self.notified.emit(notification, "tray")
            return
        task = submit(_worker(), send_to_desktop, notification, f"{APP_ID}.{next(_ids)}",
                      description=self.tr("Desktop notification"))
        task.then(lambda _none: self.notified.emit(notification, "desktop"), self._bus_unreachable, owner=self)

    def _bus_unreachable(self, exc: BaseException) -> None:
        if not self._bus_failed:  # said once: the desktop will not get a bus later in this run
            self._bus_failed = True
            event_log().warning(self.tr("Notifications"),
                                self.tr("Desktop notifications cannot be shown: there is no system tray, and the "
                                        "session bus is not reachable."), str(exc))

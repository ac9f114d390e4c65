"""User preferences kept in QSettings: stats sampling, confirmations, desktop notifications, the tray icon,
where consoles open."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal

from virtdesk.model.stats import StatsSelection


def settings() -> QSettings:
    return QSettings("virtdesk", "virtdesk")


class Preferences(QObject):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        s = settings()
        self.stats_interval_s = _int(s.value("stats/interval", 2), 2)
        # finer sampling than the dialog's whole seconds, set by hand (the soak benchmark samples at 10 Hz)
        self.stats_interval_ms_set = _int(s.value("stats/interval_ms"), 0) if s.contains("stats/interval_ms") else None
        self.stats = StatsSelection(
            cpu=_bool(s.value("stats/cpu", True)), memory=_bool(s.value("stats/memory", True)),
            disk=_bool(s.value("stats/disk", True)), network=_bool(s.value("stats/network", True)))
        self.confirm_forced = _bool(s.value("confirm/forced", True))
        self.notifications = _bool(s.value("notifications/enabled", True))
        self.tray_icon = _bool(s.value("tray/enabled", False))  # an icon in the system tray; closing hides there
        self.console_external = _bool(s.value("console/external", False))  # displays open in remote-viewer

    @property
    def stats_interval_ms(self) -> int:
        return self.stats_interval_ms_set or self.stats_interval_s * 1000

    def save(self) -> None:
        s = settings()
        s.setValue("stats/interval", self.stats_interval_s)
        if self.stats_interval_ms_set is None:
            s.remove("stats/interval_ms")
        s.setValue("stats/cpu", self.stats.cpu)
        s.setValue("stats/memory", self.stats.memory)
        s.setValue("stats/disk", self.stats.disk)
        s.setValue("stats/network", self.stats.network)
        s.setValue("confirm/forced", self.confirm_forced)
        s.setValue("notifications/enabled", self.notifications)
        s.setValue("tray/enabled", self.tray_icon)
        s.setValue("console/external", self.console_external)
        s.sync()
        self.changed.emit()


def _bool(value: object) -> bool:
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return bool(value)


def _int(value: object, default: int) -> int:
    try:
        return max(1, int(value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default

"""The Preferences dialog: how often and which statistics are sampled, which actions ask first, and whether
desktop notifications and the tray icon are shown. Its layout is ui/preferences_dialog.ui."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QRadioButton, QSpinBox, QSystemTrayIcon, QWidget

from virtdesk.gui.forms import load_form
from virtdesk.model.preferences import Preferences
from virtdesk.model.stats import StatsSelection

MIN_INTERVAL_S, MAX_INTERVAL_S = 1, 60


class PreferencesDialog(QDialog):
    """Edits a Preferences object; OK saves it (which announces `changed`), Cancel leaves it as it was."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.setWindowTitle(self.tr("Preferences"))
        self.form = load_form("preferences_dialog", self)

        self.interval_spin = self.form.child(QSpinBox, "interval_spin")
        self.interval_spin.setRange(MIN_INTERVAL_S, MAX_INTERVAL_S)
        self.interval_spin.setValue(min(max(preferences.stats_interval_s, MIN_INTERVAL_S), MAX_INTERVAL_S))
        self.cpu_check, self.memory_check, self.disk_check, self.network_check = (
            self.form.child(QCheckBox, f"{name}_check") for name in ("cpu", "memory", "disk", "network"))
        stats = preferences.stats
        for check, value in ((self.cpu_check, stats.cpu), (self.memory_check, stats.memory),
                             (self.disk_check, stats.disk), (self.network_check, stats.network)):
            check.setChecked(value)
        self.confirm_forced_check = self.form.child(QCheckBox, "confirm_forced_check")
        self.confirm_forced_check.setChecked(preferences.confirm_forced)
        self.notifications_check = self.form.child(QCheckBox, "notifications-check")
        self.notifications_check.setChecked(preferences.notifications)
        self.console_external_radio = self.form.child(QRadioButton, "console-external")
        self.console_external_radio.setChecked(preferences.console_external)
        self.tray_check = self.form.child(QCheckBox, "tray-check")
        self.tray_check.setChecked(preferences.tray_icon)
        if not QSystemTrayIcon.isSystemTrayAvailable():
            self.tray_check.setEnabled(False)
            self.tray_check.setToolTip(self.tr("This desktop has no system tray."))

        buttons = self.form.child(QDialogButtonBox, "buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(max(380, self.sizeHint().width()), self.sizeHint().height())

    def accept(self) -> None:
        if self.interval_spin.value() != self.preferences.stats_interval_s:
            self.preferences.stats_interval_s = self.interval_spin.value()
            self.preferences.stats_interval_ms_set = None  # what the user chose here replaces a finer one
        self.preferences.stats = StatsSelection(
            cpu=self.cpu_check.isChecked(), memory=self.memory_check.isChecked(),
            disk=self.disk_check.isChecked(), network=self.network_check.isChecked())
        self.preferences.confirm_forced = self.confirm_forced_check.isChecked()
        self.preferences.notifications = self.notifications_check.isChecked()
        self.preferences.tray_icon = self.tray_check.isChecked()
        self.preferences.console_external = self.console_external_radio.isChecked()
        self.preferences.save()
        super().accept()

"""The Preferences dialog: how often and which statistics are sampled, which actions ask first, and whether
desktop notifications and the tray icon are shown."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QSpinBox,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from virtdesk.model.preferences import Preferences
from virtdesk.model.stats import StatsSelection

MIN_INTERVAL_S, MAX_INTERVAL_S = 1, 60


class PreferencesDialog(QDialog):
    """Edits a Preferences object; OK saves it (which announces `changed`), Cancel leaves it as it was."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.setWindowTitle(self.tr("Preferences"))

        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(MIN_INTERVAL_S, MAX_INTERVAL_S)
        self.interval_spin.setSuffix(self.tr(" s"))
        self.interval_spin.setValue(min(max(preferences.stats_interval_s, MIN_INTERVAL_S), MAX_INTERVAL_S))
        self.cpu_check = QCheckBox(self.tr("&CPU usage"))
        self.memory_check = QCheckBox(self.tr("&Memory usage"))
        self.disk_check = QCheckBox(self.tr("&Disk I/O"))
        self.network_check = QCheckBox(self.tr("&Network I/O"))
        stats = preferences.stats
        for check, value in ((self.cpu_check, stats.cpu), (self.memory_check, stats.memory),
                             (self.disk_check, stats.disk), (self.network_check, stats.network)):
            check.setChecked(value)
        self.confirm_forced_check = QCheckBox(self.tr("Confirm &force off and force reset"))
        self.confirm_forced_check.setChecked(preferences.confirm_forced)
        self.notifications_check = QCheckBox(self.tr("Show desktop &notifications when a job ends while its "
                                                     "window is closed, or a VM crashes"))
        self.notifications_check.setObjectName("notifications-check")
        self.notifications_check.setChecked(preferences.notifications)
        self.tray_check = QCheckBox(self.tr("Show an icon in the system &tray; closing the manager window then "
                                            "keeps virtdesk running there"))
        self.tray_check.setObjectName("tray-check")
        self.tray_check.setChecked(preferences.tray_icon)
        if not QSystemTrayIcon.isSystemTrayAvailable():
            self.tray_check.setEnabled(False)
            self.tray_check.setToolTip(self.tr("This desktop has no system tray."))

        stats_group = QGroupBox(self.tr("Statistics"))
        stats_form = QFormLayout(stats_group)
        stats_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        stats_form.addRow(self.tr("&Update every:"), self.interval_spin)
        sampled = QVBoxLayout()
        for check in (self.cpu_check, self.memory_check, self.disk_check, self.network_check):
            sampled.addWidget(check)
        stats_form.addRow(self.tr("Sample:"), sampled)

        confirm_group = QGroupBox(self.tr("Confirmations"))
        QVBoxLayout(confirm_group).addWidget(self.confirm_forced_check)
        notifications_group = QGroupBox(self.tr("Notifications"))
        notifications_layout = QVBoxLayout(notifications_group)
        notifications_layout.addWidget(self.notifications_check)
        notifications_layout.addWidget(self.tray_check)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(stats_group)
        layout.addWidget(confirm_group)
        layout.addWidget(notifications_group)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(max(380, self.sizeHint().width()), self.sizeHint().height())

    def accept(self) -> None:
        self.preferences.stats_interval_s = self.interval_spin.value()
        self.preferences.stats = StatsSelection(
            cpu=self.cpu_check.isChecked(), memory=self.memory_check.isChecked(),
            disk=self.disk_check.isChecked(), network=self.network_check.isChecked())
        self.preferences.confirm_forced = self.confirm_forced_check.isChecked()
        self.preferences.notifications = self.notifications_check.isChecked()
        self.preferences.tray_icon = self.tray_check.isChecked()
        self.preferences.save()
        super().accept()

"""The Preferences dialog: OK saves to QSettings (isolated here), Cancel changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from virtdesk.gui.preferences_dialog import PreferencesDialog
from virtdesk.model.preferences import Preferences, settings
from virtdesk.model.stats import MIN_INTERVAL_MS, StatsSampler, StatsSelection

pytestmark = pytest.mark.gui

FORMAT, SCOPE = QSettings.Format.NativeFormat, QSettings.Scope.UserScope


@pytest.fixture(autouse=True)
def settings_dir(tmp_path: Path) -> Iterator[Path]:
    """Points the user's QSettings at tmp_path for the test, then back where it was."""
    previous = Path(QSettings(FORMAT, SCOPE, "probe", "probe").fileName()).parent.parent
    QSettings.setPath(FORMAT, SCOPE, str(tmp_path))
    yield tmp_path
    QSettings.setPath(FORMAT, SCOPE, str(previous))


def make_dialog(qtbot: QtBot, preferences: Preferences) -> PreferencesDialog:
    dialog = PreferencesDialog(preferences)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click(qtbot: QtBot, dialog: PreferencesDialog, which: QDialogButtonBox.StandardButton) -> None:
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(which), Qt.MouseButton.LeftButton)


def test_shows_the_current_preferences(qtbot: QtBot) -> None:
    preferences = Preferences()
    preferences.stats_interval_s = 7
    preferences.stats = StatsSelection(cpu=True, memory=False, disk=True, network=False)
    preferences.confirm_forced = False
    dialog = make_dialog(qtbot, preferences)
    assert dialog.interval_spin.value() == 7
    assert [c.isChecked() for c in (dialog.cpu_check, dialog.memory_check, dialog.disk_check,
                                    dialog.network_check)] == [True, False, True, False]
    assert not dialog.confirm_forced_check.isChecked()


def test_interval_is_limited_to_one_to_sixty_seconds(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, Preferences())
    dialog.interval_spin.setValue(0)
    assert dialog.interval_spin.value() == 1
    dialog.interval_spin.setValue(600)
    assert dialog.interval_spin.value() == 60


def test_ok_saves_to_qsettings(qtbot: QtBot, settings_dir: Path) -> None:
    preferences = Preferences()
    assert (preferences.stats_interval_s, preferences.confirm_forced) == (2, True)
    dialog = make_dialog(qtbot, preferences)
    dialog.interval_spin.setValue(17)
    dialog.disk_check.click()
    dialog.network_check.click()
    dialog.confirm_forced_check.click()
    assert not preferences.console_external
    dialog.console_external_radio.click()
    with qtbot.waitSignal(preferences.changed, timeout=1000):
        click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    expected = StatsSelection(cpu=True, memory=True, disk=False, network=False)
    assert (preferences.stats_interval_s, preferences.stats, preferences.confirm_forced) == (17, expected, False)
    reloaded = Preferences()
    assert (reloaded.stats_interval_s, reloaded.stats, reloaded.confirm_forced) == (17, expected, False)
    assert preferences.console_external and reloaded.console_external
    assert (settings_dir / "virtdesk" / "virtdesk.conf").is_file()


def test_cancel_changes_nothing(qtbot: QtBot, settings_dir: Path) -> None:
    preferences = Preferences()
    dialog = make_dialog(qtbot, preferences)
    dialog.interval_spin.setValue(30)
    dialog.cpu_check.click()
    dialog.confirm_forced_check.click()
    with qtbot.assertNotEmitted(preferences.changed):
        click(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)
    assert (preferences.stats_interval_s, preferences.stats, preferences.confirm_forced) == (2, StatsSelection(), True)
    reloaded = Preferences()
    assert (reloaded.stats_interval_s, reloaded.stats, reloaded.confirm_forced) == (2, StatsSelection(), True)
    assert not (settings_dir / "virtdesk" / "virtdesk.conf").exists()


def test_a_finer_interval_set_by_hand_is_kept_until_one_is_chosen_in_the_dialog(qtbot):
    settings().setValue("stats/interval_ms", 100)  # as the soak benchmark writes it
    preferences = Preferences()
    assert preferences.stats_interval_ms == 100
    preferences.save()
    assert Preferences().stats_interval_ms == 100
    make_dialog(qtbot, preferences).accept()  # the interval left as it was
    assert Preferences().stats_interval_ms == 100
    dialog = make_dialog(qtbot, preferences)
    dialog.interval_spin.setValue(3)
    dialog.accept()
    assert preferences.stats_interval_ms == 3000 and Preferences().stats_interval_ms == 3000
    assert StatsSampler(50).interval_ms == MIN_INTERVAL_MS == 100

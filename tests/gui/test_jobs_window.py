"""Jobs in the manager, on a test-driver host the test writes: the status bar counts the running jobs and shows the
newest one's title, phase and progress; the Jobs window (View → Jobs) lists every job with its host, state, phase,
progress and times, shows the selected one's report in full and cancels it; the manager's Save runs as a job; a job
that ends while the window that started it is closed, and a VM that crashes, are told to the desktop (over a private
session bus here, as the offscreen platform has no tray) unless the Preferences turn notifications off."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time

import pytest
from gui.test_accessible_names import unnamed_controls
from gui.test_delete_vm import on_host
from pictures import save_picture
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from testhosts import RUNNING, domain_xml, write_host

from virtdesk.gui.host_details.list_table_model import ITEM_ROLE
from virtdesk.gui.host_details.usage_bar import FRACTION_ROLE
from virtdesk.gui.jobs_window import JobColumn, JobsWindow
from virtdesk.gui.local_time import short_date_time
from virtdesk.gui.notifications import Notification
from virtdesk.gui.preferences_dialog import PreferencesDialog
from virtdesk.model.actions import ACTIONS
from virtdesk.model.domain import DomainState
from virtdesk.model.jobs import Job, JobState
from virtdesk.model.preferences import Preferences
from virtdesk.model.vm_saving import AfterDump, DumpChoice, core_dump

pytestmark = pytest.mark.gui
WAIT_MS = 10000


class HeldWork:
    """Job work that says its phase and progress, then waits until the test lets it go (or the user cancels)."""

    def __init__(self) -> None:
        self.release = threading.Event()

    def __call__(self, conn, context, phase: str, done: int, total: int) -> str:
        context.phase(phase)
        context.progress(done, total, force=True)
        context.step(f"{phase}: began with {len(conn.listAllDomains())} VM(s) on the host")
        deadline = time.monotonic() + 20
        while not self.release.is_set() and time.monotonic() < deadline:
            context.check_cancelled()
            time.sleep(0.01)
        context.step(f"{phase}: done")
        return phase


@pytest.fixture
def held():
    work = HeldWork()
    yield work
    work.release.set()


@pytest.fixture
def host(manager, tmp_path):
    return manager.connect(write_host(tmp_path, domain_xml("web", RUNNING), domain_xml("db")))


@pytest.fixture
def session_bus(monkeypatch, tmp_path):
    """A private session bus for the test, and everything sent to the notification portal on it (read by
    dbus-monitor)."""
    if not (shutil.which("dbus-daemon") and shutil.which("dbus-monitor")):
        pytest.skip("needs dbus-daemon and dbus-monitor (package dbus)")
    config = tmp_path / "bus.conf"  # a session bus that starts no services: no notification server answers
    config.write_text("<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen><policy context='default'>"
                      "<allow send_destination='*' eavesdrop='true'/><allow eavesdrop='true'/><allow own='*'/>"
                      "</policy></busconfig>")
    daemon = subprocess.Popen(["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
                              stdout=subprocess.PIPE, text=True)
    address = daemon.stdout.readline().strip()
    monitor = subprocess.Popen(["dbus-monitor", "--address", address,
                                "interface='org.freedesktop.portal.Notification'"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    seen: list[str] = []
    reader = threading.Thread(target=lambda: seen.extend(monitor.stdout), daemon=True)
    reader.start()
    time.sleep(0.3)  # dbus-monitor has become a monitor
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield seen
    monitor.terminate()
    daemon.terminate()
    monitor.wait(5)
    daemon.wait(5)


def start(host, work: HeldWork, title: str, phase: str, done: int = 1, total: int = 2) -> Job:
    return host.start_job(title, work, phase, done, total)


def ended(qtbot, job: Job) -> None:
    qtbot.waitUntil(lambda: job.state is not JobState.RUNNING, timeout=WAIT_MS)


def row_of(window: JobsWindow, job: Job) -> dict[JobColumn, str]:
    index = window.model.job_index(job)
    assert index.isValid()
    return {column: window.model.index(index.row(), column).data() for column in JobColumn}


def active_dialog(qtbot) -> QDialog:
    """A window the user works in (a dialog that starts a job, say)."""
    dialog = QDialog()
    dialog.setWindowTitle("Starter")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    return dialog


# -- the status bar

def test_the_status_bar_counts_the_running_jobs_and_shows_the_newest(manager, host, held, qtbot):
    indicator = manager.window.jobs_indicator
    assert indicator.isHidden()
    first = start(host, held, "Cloning web as web-clone", "copying vda", 1, 4)
    second = start(host, held, "Uploading disk1.qcow2", "sending", 3, 4)
    qtbot.waitUntil(lambda: indicator.text == "2 job(s) running: Uploading disk1.qcow2, sending", timeout=WAIT_MS)
    assert not indicator.isHidden() and indicator.current is second
    assert (indicator.progress.maximum(), indicator.progress.value()) == (1000, 750)
    assert "Cloning web as web-clone" in indicator.button.toolTip()
    second.cancel()
    ended(qtbot, second)
    qtbot.waitUntil(lambda: indicator.text == "1 job(s) running: Cloning web as web-clone, copying vda",
                    timeout=WAIT_MS)
    assert indicator.progress.value() == 250
    with qtbot.waitSignal(manager.window.jobs_indicator.open_requested):
        qtbot.mouseClick(indicator.button, Qt.MouseButton.LeftButton)
    held.release.set()
    ended(qtbot, first)
    qtbot.waitUntil(indicator.isHidden, timeout=WAIT_MS)


# -- the Jobs window

def test_the_jobs_window_lists_every_job_with_its_state_progress_and_report(
        fresh_job_history, manager, host, held, qtbot):
    done = host.start_job("Counting VMs", lambda conn, context: context.step(f"{len(conn.listAllDomains())} VMs"))
    ended(qtbot, done)
    running = start(host, held, "Deleting db", "removing disks", 1, 2)
    qtbot.waitUntil(lambda: running.phase == "removing disks", timeout=WAIT_MS)
    manager.window.jobs_action.trigger()
    window = manager.window._jobs_window
    assert isinstance(window, JobsWindow) and window.isVisible()
    assert row_of(window, done)[JobColumn.STATE] == "Done" and row_of(window, done)[JobColumn.ENDED]
    assert row_of(window, done)[JobColumn.PROGRESS] == "100 %"
    shown = row_of(window, running)
    assert (shown[JobColumn.TITLE], shown[JobColumn.HOST], shown[JobColumn.STATE], shown[JobColumn.PHASE],
            shown[JobColumn.PROGRESS], shown[JobColumn.ENDED]) == (
        "Deleting db", host.label, "Running", "removing disks", "50 %", "")
    assert shown[JobColumn.STARTED]
    progress = window.model.job_index(running, JobColumn.PROGRESS)
    assert progress.data(FRACTION_ROLE) == 0.5
    assert window.selected_job() is running  # the newest
    assert window.summary_label.text() == "1 job(s) running"
    qtbot.waitUntil(lambda: "removing disks: began with 2 VM(s)" in window.report_view.toPlainText(),
                    timeout=WAIT_MS)
    assert window.report_view.toPlainText().startswith(f"Deleting db on {host.label}: Running")
    assert window.cancel_button.isEnabled()
    save_picture(window, "jobs")

    window.view.setCurrentIndex(window.model.job_index(done))
    assert window.report_view.toPlainText() == f"Counting VMs on {host.label}: Done\n\n2 VMs\nFinished."
    assert not window.cancel_button.isEnabled()

    held.release.set()
    ended(qtbot, running)
    assert row_of(window, running)[JobColumn.STATE] == "Done" and row_of(window, running)[JobColumn.PHASE] == ""
    assert window.model.job_index(running).data(ITEM_ROLE) is running
    qtbot.waitUntil(lambda: window.summary_label.text() == "No job running.", timeout=WAIT_MS)
    assert manager.window.show_jobs() is window  # one Jobs window
    view_menu = next(a.menu() for a in manager.window.menuBar().actions() if a.text() == "&View")
    assert manager.window.jobs_action in view_menu.actions()
    assert unnamed_controls(window) == [] and unnamed_controls(manager.window) == []


def test_cancel_in_the_jobs_window_reaches_the_job(manager, host, held, qtbot):
    job = start(host, held, "Migrating web", "copying memory", 1, 3)
    window = manager.window.show_jobs()
    qtbot.waitUntil(lambda: window.selected_job() is job and window.cancel_button.isEnabled(), timeout=WAIT_MS)
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    ended(qtbot, job)
    assert job.state is JobState.CANCELLED
    assert row_of(window, job)[JobColumn.STATE] == "Cancelled"
    qtbot.waitUntil(lambda: "Cancelled: what is listed above was done" in window.report_view.toPlainText(),
                    timeout=WAIT_MS)
    assert "copying memory: began" in window.report_view.toPlainText()
    assert not window.cancel_button.isEnabled()


def test_a_job_libvirt_cannot_stop_has_no_cancel(manager, host, held, qtbot):
    job = host.start_job("Restoring web", held, "restoring", 0, 0, cancellable=False)
    window = manager.window.show_jobs()
    qtbot.waitUntil(lambda: window.selected_job() is job, timeout=WAIT_MS)
    assert not window.cancel_button.isEnabled()
    assert window.cancel_button.toolTip() == "libvirt cannot stop this job once it has begun."
    job.cancel()
    assert not job.context.cancelled
    held.release.set()
    ended(qtbot, job)
    assert job.state is JobState.SUCCEEDED


# -- Save from the manager

def test_the_managers_save_runs_as_a_job_in_the_list(manager, host, qtbot):
    web = host.find_domain("web")
    window = manager.window.show_jobs()
    count = window.model.rowCount()
    manager.window.run_action(ACTIONS["save"], [web])
    qtbot.waitUntil(lambda: window.model.rowCount() == count + 1, timeout=WAIT_MS)
    job = window.model.jobs[-1]
    assert (job.title, job.source) == ("Save web", host.label)
    ended(qtbot, job)
    assert job.state is JobState.SUCCEEDED, job.report
    assert job.report == ("Saved the memory and state of web on its host and stopped it; Run restores it as it was."
                          "\nFinished.")
    qtbot.waitUntil(lambda: web.saved, timeout=WAIT_MS)
    assert on_host(host, lambda conn: conn.lookupByName("web").hasManagedSaveImage(0)) == 1
    assert web.state_label == "Saved"


# -- notifications

def notifications(qtbot, notifier, action, timeout: int = WAIT_MS) -> list[tuple[Notification, str]]:
    """What the notifier handed to the desktop while action() ran and for a moment after."""
    told: list[tuple[Notification, str]] = []
    notifier.notified.connect(lambda notification, via: told.append((notification, via)))
    action()
    deadline = time.monotonic() + timeout / 1000
    while not told and time.monotonic() < deadline:
        qtbot.wait(20)
    qtbot.wait(200)
    return told


def test_a_job_that_ends_after_its_window_closed_is_told_to_the_desktop(manager, host, held, session_bus, qtbot):
    notifier = manager.window.notifier
    assert notifier.tray is None  # the offscreen platform has no tray: the session bus it is
    dialog = active_dialog(qtbot)
    job = start(host, held, "Cloning web as web-2", "copying vda")
    dialog.close()

    def finish() -> None:
        held.release.set()
        ended(qtbot, job)

    told = notifications(qtbot, notifier, finish)
    assert told == [(Notification("Cloning web as web-2", f"Finished on {host.label}."), "desktop")]
    deadline = time.monotonic() + 5
    while not any("Cloning web as web-2" in line for line in session_bus) and time.monotonic() < deadline:
        time.sleep(0.05)
    sent = "".join(session_bus)
    assert "member=AddNotification" in sent and "Cloning web as web-2" in sent
    assert f"Finished on {host.label}." in sent and '"normal"' in sent


def test_a_failed_job_is_told_urgently_and_one_in_its_active_window_is_not_told(manager, host, held, session_bus,
                                                                                qtbot):
    notifier = manager.window.notifier
    starter = active_dialog(qtbot)
    watched = start(host, held, "Watched", "waiting")
    assert notifications(qtbot, notifier, lambda: (held.release.set(), ended(qtbot, watched)), timeout=500) == []

    failing = host.start_job("Looking up", lambda conn, context: conn.lookupByName("absent"))
    failing_told = notifications(qtbot, notifier, lambda: ended(qtbot, failing), timeout=500)
    assert failing_told == []  # the dialog that started it is still the active window
    assert starter.isActiveWindow()

    failing = host.start_job("Looking up again", lambda conn, context: (time.sleep(0.3), conn.lookupByName("absent")))
    starter.hide()
    told = notifications(qtbot, notifier, lambda: ended(qtbot, failing))
    assert len(told) == 1 and told[0][0].urgent and told[0][0].title == "Looking up again"
    assert told[0][0].body.startswith(f"Failed on {host.label}: ") and "Domain not found" in told[0][0].body


def test_notifications_turned_off_in_the_preferences_are_not_shown(manager, host, held, session_bus, qtbot):
    dialog = PreferencesDialog(manager.preferences)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.notifications_check.isChecked()
    dialog.notifications_check.setChecked(False)
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert manager.preferences.notifications is False and Preferences().notifications is False
    active_dialog(qtbot).close()
    job = start(host, held, "Quiet", "waiting")
    assert notifications(qtbot, manager.window.notifier, lambda: (held.release.set(), ended(qtbot, job)),
                         timeout=500) == []
    assert not any("Quiet" in line for line in session_bus)


def test_a_vm_that_crashes_is_told_to_the_desktop(manager, host, session_bus, qtbot, tmp_path):
    web = host.find_domain("web")
    crash = DumpChoice(memory_only=False, after=AfterDump.CRASH)  # the test driver stops the VM as crashed

    def dump() -> None:
        ended(qtbot, core_dump(web, str(tmp_path / "web.core"), crash))
        qtbot.waitUntil(lambda: web.state is DomainState.SHUTOFF, timeout=WAIT_MS)

    told = notifications(qtbot, manager.window.notifier, dump)
    crashes = [notification for notification, _via in told if notification.title == "web crashed"]
    assert crashes == [Notification("web crashed", f"web on {host.label} stopped unexpectedly: its emulator crashed "
                                    "or failed.", urgent=True)]
    assert os.path.exists(tmp_path / "web.core")


def test_a_vm_shut_down_on_request_is_not_a_crash(manager, host, session_bus, qtbot):
    web = host.find_domain("web")
    crashed: list[object] = []
    host.domain_crashed.connect(crashed.append)
    on_host(host, lambda conn: conn.lookupByName("web").destroy())
    qtbot.waitUntil(lambda: web.state is DomainState.SHUTOFF, timeout=WAIT_MS)
    qtbot.wait(200)
    assert crashed == []


def test_times_are_written_as_the_locale_writes_them_and_as_iso_under_the_c_locale():
    moment = QDateTime(QDate(2026, 12, 3), QTime(5, 7)).toSecsSinceEpoch()
    assert short_date_time(moment, QLocale.c()) == "2026-12-03 05:07"
    assert short_date_time(moment, QLocale("en_US")) == \
        "12/3/26 5:07\u202fAM"
    assert short_date_time(moment, QLocale("ja_JP")) == "2026/12/03 5:07"

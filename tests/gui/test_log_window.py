"""The event log window: live rows, detail of the selected entry, copy, clear, the errors-only filter and the log
file's folder."""

from __future__ import annotations

import logging

import libvirt
import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from virtdesk.gui.log_window import LogTableModel, LogWindow, entry_text
from virtdesk.model.errors import describe
from virtdesk.model.log import EventLog, event_log
from virtdesk.model.log_file import log_path

pytestmark = pytest.mark.gui


def libvirt_failure() -> libvirt.libvirtError:
    with pytest.raises(libvirt.libvirtError) as failure:
        libvirt.open("test:///nonexistent/dir/host.xml")
    return failure.value


@pytest.fixture
def log() -> EventLog:
    log = EventLog()
    log.info("QEMU/KVM", "Connected to qemu:///system")
    log.error("Test: host1", "Could not connect to test:///nonexistent/dir/host.xml", describe(libvirt_failure()))
    log.add(logging.WARNING, "Demo host", "Guest agent not responding")
    return log


def make_window(qtbot: QtBot, log: EventLog | None) -> LogWindow:
    window = LogWindow(log)
    qtbot.addWidget(window)
    window.show()
    return window


def cell(window: LogWindow, row: int, column: int) -> str:
    return window.table.model().index(row, column).data()


def messages(window: LogWindow) -> list[str]:
    return [cell(window, row, LogTableModel.MESSAGE) for row in range(window.table.model().rowCount())]


def test_shows_existing_and_new_entries(qtbot: QtBot, log: EventLog) -> None:
    window = make_window(qtbot, log)
    assert messages(window) == ["Connected to qemu:///system",
                                "Could not connect to test:///nonexistent/dir/host.xml",
                                "Guest agent not responding"]
    assert [cell(window, 1, c) for c in (LogTableModel.LEVEL, LogTableModel.SOURCE)] == ["Error", "Test: host1"]
    assert cell(window, 0, LogTableModel.LEVEL) == "Info" and cell(window, 2, LogTableModel.LEVEL) == "Warning"
    assert cell(window, 0, LogTableModel.TIME) == log.entries[0].time.strftime("%Y-%m-%d %H:%M:%S")
    log.error("QEMU/KVM", "Could not start vm-1", "boom")
    assert messages(window)[-1] == "Could not start vm-1"
    assert window.table.model().rowCount() == 4


def test_default_log_is_the_applications(qtbot: QtBot) -> None:
    window = make_window(qtbot, None)
    before = window.table.model().rowCount()
    event_log().info("virtdesk", "a line for the log window test")
    assert window.table.model().rowCount() == min(before + 1, event_log().limit)
    assert messages(window)[-1] == "a line for the log window test"


def test_selecting_a_row_shows_libvirts_message_and_code(qtbot: QtBot, log: EventLog) -> None:
    window = make_window(qtbot, log)
    assert window.detail_edit.toPlainText() == "" and not window.copy_button.isEnabled()
    window.table.selectRow(1)
    detail = window.detail_edit.toPlainText()
    assert "Could not connect to test:///nonexistent/dir/host.xml" in detail
    failure = libvirt_failure()
    assert failure.get_error_message() in detail
    assert f"libvirt error code {failure.get_error_code()}" in detail
    assert window.detail_edit.isReadOnly()
    window.table.clearSelection()
    assert window.detail_edit.toPlainText() == ""


def test_copy_puts_the_selected_entries_on_the_clipboard(qtbot: QtBot, log: EventLog) -> None:
    window = make_window(qtbot, log)
    window.table.selectRow(1)
    qtbot.mouseClick(window.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == entry_text(log.entries[1])
    assert log.entries[1].detail in QApplication.clipboard().text()
    window.table.selectAll()
    qtbot.mouseClick(window.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "\n\n".join(entry_text(e) for e in log.entries)


def test_clear_empties_the_log(qtbot: QtBot, log: EventLog) -> None:
    window = make_window(qtbot, log)
    window.table.selectRow(0)
    qtbot.mouseClick(window.clear_button, Qt.MouseButton.LeftButton)
    assert window.table.model().rowCount() == 0 and log.entries == []
    assert window.detail_edit.toPlainText() == "" and not window.copy_button.isEnabled()
    log.info("x", "after clear")
    assert messages(window) == ["after clear"]
    assert make_window(qtbot, log).table.model().rowCount() == 1


def test_errors_only_hides_info_and_warnings(qtbot: QtBot, log: EventLog) -> None:
    window = make_window(qtbot, log)
    window.errors_only_check.click()
    assert messages(window) == ["Could not connect to test:///nonexistent/dir/host.xml"]
    log.info("QEMU/KVM", "Domain vm-1 started")
    log.error("QEMU/KVM", "Could not start vm-2", "detail")
    assert messages(window) == ["Could not connect to test:///nonexistent/dir/host.xml", "Could not start vm-2"]
    window.table.selectRow(1)
    assert "Could not start vm-2" in window.detail_edit.toPlainText()
    window.errors_only_check.click()
    assert len(messages(window)) == 5


def test_rows_stay_within_the_logs_bound(qtbot: QtBot) -> None:
    log = EventLog(limit=5)
    window = make_window(qtbot, log)
    for i in range(8):
        log.info("src", f"#{i}")
    assert messages(window) == [f"#{i}" for i in range(3, 8)]
    assert [e.message for e in log.entries] == messages(window)


class OpenedUrls(QObject):
    """What QDesktopServices.openUrl is asked to open (Qt's own handler hook, instead of a file manager)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_the_log_files_folder_is_opened(qtbot: QtBot, log: EventLog) -> None:
    window = make_window(qtbot, log)
    button = window.folder_button
    assert button.text() == "Open Log &Folder" and str(log_path()) in button.toolTip()
    opened = OpenedUrls()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert opened.urls == [QUrl.fromLocalFile(str(log_path().parent))]

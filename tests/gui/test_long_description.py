"""A VM whose description is megabytes long (issue 17): its details window opens without holding the event loop
up, says the description is there and how long it is, keeps it exactly when something else is applied, and loads
it into the editor on demand, where an edit is applied whole."""

from __future__ import annotations

import time

import pytest
from details_harness import open_connection, open_details
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from rig.loop_gaps import LoopGaps
from testhosts import SHUTOFF, domain_xml, write_host

from virtdesk import xmlconf
from virtdesk.gui.details import pages
from virtdesk.gui.details.pages.overview import DESCRIPTION_SHOWN_AT_ONCE, OverviewPage

pytestmark = pytest.mark.gui

MIB = 1024 * 1024
LARGEST_GAP_MS = 100
# lines of text with markup characters and Japanese, then one line of 1 MiB without a space (the slowest to lay out)
DESCRIPTION = ("".join(f"line {i}: <b>notes</b> & 'more' 説明 \"quoted\"\n" for i in range(40_000))
               + "x" * MIB + "\nthe end")
TITLE = "Huge notes"


@pytest.fixture
def connection(qtbot, tmp_path):
    connection = open_connection(qtbot, write_host(tmp_path, domain_xml("notes", SHUTOFF, description=DESCRIPTION)))
    yield connection
    connection.shutdown()


def saved_description(qtbot, connection) -> str | None:
    task = connection.call(lambda conn: conn.lookupByName("notes").XMLDesc(0))
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    config = xmlconf.load(task.result)
    assert isinstance(config, xmlconf.Domain)
    return config.description


def applied(qtbot, window) -> float:
    started = time.monotonic()
    with qtbot.waitSignal(window.config.loaded, timeout=30000):
        qtbot.mouseClick(window.apply_button, Qt.MouseButton.LeftButton)
    return time.monotonic() - started


def test_a_description_of_megabytes_opens_at_once_and_is_kept_whole(qtbot, connection):
    assert len(DESCRIPTION) > 2 * MIB > DESCRIPTION_SHOWN_AT_ONCE
    pages.load_all()  # imported before: this test measures the description, not the first import of the pages
    gaps = LoopGaps()
    gaps.start()
    try:
        window = open_details(qtbot, connection, "notes")
        qtbot.wait(300)
    finally:
        gaps.stop()
    assert gaps.largest_ms < LARGEST_GAP_MS
    page = window.page(OverviewPage)
    assert not page.description_edit.isVisible() and page.edit_description_button.isVisible()
    assert "MiB" in page.long_description_note.text() and "MiB" in page.edit_description_button.text()
    assert not window.apply_button.isEnabled()

    qtbot.keyClicks(page.title_edit, TITLE)  # another change applied: the description is kept as it was
    applied(qtbot, window)
    assert window.config.persistent.title == TITLE
    assert saved_description(qtbot, connection) == DESCRIPTION

    page = window.page(OverviewPage)  # built again from the config applied
    assert page.edit_description_button.isVisible()
    qtbot.mouseClick(page.edit_description_button, Qt.MouseButton.LeftButton)
    assert page.description_edit.isVisible() and not page.edit_description_button.isVisible()
    assert page.description_edit.toPlainText() == DESCRIPTION
    assert not page.is_dirty() and not window.apply_button.isEnabled()  # loaded on demand, not edited
    page.description_edit.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(page.description_edit, "Edited: ")
    assert page.is_dirty() and window.apply_button.isEnabled()
    applied(qtbot, window)
    assert saved_description(qtbot, connection) == "Edited: " + DESCRIPTION
    assert window.config.persistent.title == TITLE


def test_revert_puts_a_long_description_away_again_unchanged(qtbot, connection):
    window = open_details(qtbot, connection, "notes")
    page = window.page(OverviewPage)
    page.edit_description()
    page.description_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(page.description_edit, " typed")
    assert window.revert_button.isEnabled()
    qtbot.mouseClick(window.revert_button, Qt.MouseButton.LeftButton)
    assert not page.is_dirty() and not page.description_edit.isVisible()
    assert page.edit_description_button.isVisible()
    edited = window.config.edit()
    assert page.write(edited) == [] and edited.description == DESCRIPTION

"""A page kept across a reload of the VM's configuration shows exactly what a page built afresh shows: loading a
page again adds nothing, loses nothing and leaves it unedited (every page of the VM of every device kind)."""

from __future__ import annotations

from pathlib import Path

import pytest
from details_harness import open_connection, open_details
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget
from testhosts import write_host

from virtdesk.model import worker

pytestmark = pytest.mark.gui

DATA = Path(__file__).parent / "data"


def shown(widget: QWidget) -> list[tuple[str, object]]:
    """What a person can see and change on the page, input by input, in order."""
    seen: list[tuple[str, object]] = []
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, QLineEdit):
            value: object = child.text()
        elif isinstance(child, QPlainTextEdit):
            value = child.toPlainText()
        elif isinstance(child, QComboBox):
            value = (child.currentText(), child.count())
        elif isinstance(child, QAbstractSpinBox):
            value = child.text()
        elif isinstance(child, QAbstractButton):
            value = (child.text(), child.isChecked(), child.isEnabled())
        elif isinstance(child, QLabel):
            value = child.text()
        else:
            continue
        seen.append((type(child).__name__, value))
    return seen


def every_page(qtbot, window) -> dict[tuple[str, int], list]:
    for row in range(window.page_list.count()):
        window.page_list.setCurrentRow(row)
    qtbot.wait(50)
    return {slot.key: shown(slot.page) for slot in window.slots}


def test_every_page_loaded_again_shows_what_a_new_one_shows(qtbot, tmp_path):
    connection = open_connection(qtbot, write_host(tmp_path, (DATA / "all-devices.xml").read_text()))
    try:
        window = open_details(qtbot, connection, "all-devices")
        first = every_page(qtbot, window)
        pages = {slot.key: slot.page for slot in window.slots}
        with qtbot.waitSignal(window.config.loaded, timeout=10000):
            window.config.reload()
        assert all(slot.page is pages[slot.key] for slot in window.slots)  # kept, not built again
        again = every_page(qtbot, window)
        fresh = every_page(qtbot, open_details(qtbot, connection, "all-devices"))
        assert len(first) > 40
        for key, seen in fresh.items():
            assert again[key] == seen, key
            assert first[key] == seen, key
        assert not [slot.key for slot in window.slots if slot.is_dirty()]
        qtbot.waitUntil(lambda: not worker._running, timeout=10000)
    finally:
        connection.shutdown()

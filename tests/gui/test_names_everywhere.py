"""Names, titles and descriptions with markup characters (`<>&'"`), in Japanese and very long: shown as they are
in the manager and the details window, saved exactly, renamed to and from, and named exactly in the log
(issue 17, Bad input)."""

from __future__ import annotations

import pytest
from details_harness import open_details
from manager_harness import ManagerHarness
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel
from testhosts import RUNNING, SHUTOFF, domain_xml, write_host

from virtdesk import xmlconf
from virtdesk.gui.details.pages.overview import OverviewPage
from virtdesk.gui.manager.vm_tree_model import Column
from virtdesk.model.log import event_log

pytestmark = pytest.mark.gui

MARKUP = """web <b>front<b> & "back" 'end'"""
JAPANESE = "開発サーバー（検証用）"
LONG = "a-very-long-name-" + "x" * 183
TITLE = "<i>Title</i> & タイトル"
DESCRIPTION = "Line one <script>alert('x')</script> & more\n二行目: 説明 \"quoted\""


@pytest.fixture
def desk(qtbot, tmp_path):
    uri = write_host(tmp_path,
                     domain_xml(MARKUP, SHUTOFF, title=TITLE, description=DESCRIPTION),
                     domain_xml(JAPANESE, RUNNING, title="日本語のタイトル"),
                     domain_xml(LONG, SHUTOFF))
    harness = ManagerHarness(qtbot)
    connection = harness.connect(uri)
    qtbot.waitUntil(lambda: connection.loaded, timeout=10000)
    yield harness, connection
    harness.close()


def rows(harness: ManagerHarness, connection) -> dict[str, tuple[str, str]]:
    model = harness.window.model
    parent = model.connection_index(connection)
    return {model.index(row, Column.NAME, parent).data(): (
        model.index(row, Column.NAME, parent).data(Qt.ItemDataRole.ToolTipRole) or "",
        model.index(row, Column.STATE, parent).data()) for row in range(model.rowCount(parent))}


def saved(qtbot, connection, name: str) -> xmlconf.Domain:
    task = connection.call(lambda conn: conn.lookupByName(name).XMLDesc(0))
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    config = xmlconf.load(task.result)
    assert isinstance(config, xmlconf.Domain)
    return config


def test_the_manager_shows_every_name_as_it_is(qtbot, desk):
    harness, connection = desk
    shown = rows(harness, connection)
    assert set(shown) == {MARKUP, JAPANESE, LONG}
    assert shown[JAPANESE][1] == "Running" and shown[MARKUP][1] == "Shut off"
    harness.window.filter_edit.setText("開発")
    model = harness.window.model
    qtbot.waitUntil(lambda: model.rowCount(model.index(0, 0)) == 1, timeout=5000)
    assert model.index(0, Column.NAME, model.index(0, 0)).data() == JAPANESE
    harness.window.filter_edit.setText("<b>front<b>")
    qtbot.waitUntil(lambda: model.rowCount(model.index(0, 0)) == 1, timeout=5000)
    assert model.index(0, Column.NAME, model.index(0, 0)).data() == MARKUP


def test_the_details_window_shows_and_saves_markup_and_japanese_exactly(qtbot, desk):
    _harness, connection = desk
    window = open_details(qtbot, connection, MARKUP)
    page = window.page(OverviewPage)
    assert page.name_label.text() == MARKUP
    showing = [label for label in window.findChildren(QLabel) if MARKUP in label.text()]
    assert showing and all(label.textFormat() is Qt.TextFormat.PlainText for label in showing), \
        [(label.objectName(), label.textFormat()) for label in showing]
    assert MARKUP in window.windowTitle()
    assert page.title_edit.text() == TITLE and page.description_edit.toPlainText() == DESCRIPTION
    new_title, new_description = "新しい <タイトル> & \"引用\"", DESCRIPTION + "\n& <added> 'more'"
    page.title_edit.setText(new_title)
    page.description_edit.setPlainText(new_description)
    with qtbot.waitSignal(window.config.loaded, timeout=10000):
        qtbot.mouseClick(window.apply_button, Qt.MouseButton.LeftButton)
    config = saved(qtbot, connection, MARKUP)
    assert (config.name, config.title, config.description) == (MARKUP, new_title, new_description)
    window.close()


def test_a_vm_is_renamed_to_a_long_japanese_name_and_back(qtbot, desk):
    harness, connection = desk
    window = open_details(qtbot, connection, LONG)
    page = window.page(OverviewPage)
    target = JAPANESE + " <二> & 'x' " + "長" * 100
    page.rename()
    dialog = page.findChild(QInputDialog, "rename-dialog")
    assert dialog is not None and dialog.textValue() == LONG
    dialog.setTextValue(target)
    dialog.accept()
    qtbot.waitUntil(lambda: target in rows(harness, connection), timeout=10000)
    assert LONG not in rows(harness, connection)
    qtbot.waitUntil(lambda: window.page(OverviewPage).name_label.text() == target, timeout=10000)
    assert saved(qtbot, connection, target).name == target
    window.close()


def test_the_log_names_a_vm_exactly(qtbot, desk):
    """A rename that libvirt refuses (the new name is taken): the log's entry names both VMs as they are."""
    harness, connection = desk
    entries = []
    event_log().added.connect(entries.append)
    window = open_details(qtbot, connection, MARKUP)
    page = window.page(OverviewPage)
    page.rename()
    dialog = page.findChild(QInputDialog, "rename-dialog")
    dialog.setTextValue(LONG)
    dialog.accept()
    qtbot.waitUntil(lambda: any(e.level >= 40 for e in entries), timeout=10000)
    failure = next(e for e in entries if e.level >= 40)
    assert failure.message == f"Rename {MARKUP} to {LONG}", failure
    assert MARKUP in harness.window.error_label.full_text()
    assert set(rows(harness, connection)) == {MARKUP, JAPANESE, LONG}
    window.close()

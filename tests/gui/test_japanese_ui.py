"""virtdesk in Japanese: the translators installed as the program installs them, for the ja_JP locale, then the
real manager and details windows on the demo host; also the Japanese screenshots of the docs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from details_harness import open_details
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QTabWidget

from virtdesk import app, demo
from virtdesk.gui.details.pages.boot import BootPage
from virtdesk.gui.details.pages.cpus import CpusPage
from virtdesk.gui.details.pages.fields_device import FieldsDevicePage
from virtdesk.gui.details.pages.memory import MemoryPage
from virtdesk.gui.details.pages.overview import OverviewPage
from virtdesk.gui.manager.vm_tree_model import Column
from virtdesk.resources import translations_dir

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "docs" / "screenshots"


def is_japanese(text: str) -> bool:
    """Holds kana or kanji."""
    return any("\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" for c in text)


@pytest.fixture
def japanese(qapp):
    """Compiles the translations when out of date (as scripts/setup does), then installs them for ja_JP."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_translations
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    build_translations.main()
    previous = QLocale()
    QLocale.setDefault(QLocale("ja_JP"))
    before = set(qapp.findChildren(QTranslator))
    app._install_translations(qapp)
    installed = [t for t in qapp.findChildren(QTranslator) if t not in before]
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(previous)


def test_both_translations_are_installed_over_the_english_plurals(japanese):
    assert sorted(Path(t.filePath()).name for t in japanese) == ["qtbase_ja.qm", "virtdesk_en.qm", "virtdesk_ja.qm"]
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"
    assert "(s)" not in QCoreApplication.translate("StoragePage", "%n volume(s)", "", 2)  # Japanese over English


def test_english_says_one_volume_and_two_volumes(qapp):
    translator = QTranslator()
    assert translator.load("virtdesk_en", str(translations_dir()))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("StoragePage", "%n volume(s)", "", 1) == "1 volume"
        assert QCoreApplication.translate("StoragePage", "%n volume(s)", "", 2) == "2 volumes"
    finally:
        qapp.removeTranslator(translator)


def test_the_manager_window_speaks_japanese(japanese, manager, qtbot):
    window = manager.window
    assert window.windowTitle() == "仮想マシンマネージャー"
    assert [a.text() for a in window.menuBar().actions()] == [
        "ファイル(&F)", "編集(&E)", "仮想マシン(&V)", "表示(&V)", "ヘルプ(&H)"]
    headers = [window.model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) for c in Column]
    assert headers[:3] == ["名前", "状態", "CPU 使用率"]
    assert all(is_japanese(h) for h in headers if h not in ("vCPUs", "vCPU")), headers
    assert window.lifecycle_actions["destroy"].text() == "強制オフ"

    connection = manager.connect(demo.demo_uri())
    qtbot.waitUntil(lambda: connection.loaded, timeout=20000)
    host = window.model.connection_index(connection)
    qtbot.waitUntil(lambda: window.model.rowCount(host) > 0)
    states = {window.model.index(row, Column.STATE, host).data() for row in range(window.model.rowCount(host))}
    assert states and all(is_japanese(s) for s in states), states

    window.resize(900, 560)
    window.view.expandAll()
    qtbot.wait(100)
    path = SCREENSHOTS / "manager-ja.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(path))
    assert path.stat().st_size > 10000


def test_the_details_window_speaks_japanese(japanese, demo_connection, qtbot):
    window = open_details(qtbot, demo_connection, "db-primary")
    overview = window.page(OverviewPage)
    window.show_page(overview)
    assert window.page_list.label(0) == "概要"
    tabs = overview.parentWidget()
    while not isinstance(tabs, QTabWidget):
        tabs = tabs.parentWidget()
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["詳細", "XML"]
    assert window.apply_button.text() == "適用"

    fields_page = next(s.page for s in window.slots if isinstance(s.page, FieldsDevicePage))
    form = fields_page.findChild(QFormLayout)
    label = form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget()
    assert isinstance(label, QLabel) and is_japanese(label.text()), (type(fields_page).__name__, label.text())

    qtbot.wait(100)
    path = SCREENSHOTS / "details-overview-ja.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 10000


def test_without_the_translators_the_windows_are_english_again(manager):
    """Runs after the Japanese tests: their translators are gone again."""
    assert manager.window.windowTitle() == "Virtual Machine Manager"


def test_the_details_pages_forms_are_translated_in_the_pages_context(japanese, qtbot, demo_connection):
    window = open_details(qtbot, demo_connection, "mail-server")
    texts = {(MemoryPage, QLabel, "current_label"): "Current allocation:",
             (CpusPage, QCheckBox, "topology_check"): "Set the CPU topology by hand",
             (BootPage, QGroupBox, "direct-kernel-boot"): "Direct kernel boot"}
    for (cls, kind, name), english in texts.items():
        page = window.page(cls)
        window.show_page(page)
        widget = page.findChild(kind, name)
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        assert text == QCoreApplication.translate(cls.__name__, english) != english, (name, text)

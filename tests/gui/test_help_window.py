"""The user guide and its window: Help → Contents (F1) in the manager opens the guide's contents in the Help
window; every link between the pages, and to their sections, leads somewhere; following a link, Back, Forward
and Contents work inside the window; a missing guide is said, not shown as an empty page."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence

from virtdesk.gui.help_window import INDEX, HelpWindow, guide_index
from virtdesk.resources import data_root, guide_dir

pytestmark = pytest.mark.gui


class Page(HTMLParser):
    """A guide page's links and anchors."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.links: list[str] = []
        self.anchors: set[str] = set()
        self.feed(path.read_text(encoding="utf-8"))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.links.append(values["href"])
        for name in ("id", "name"):
            if values.get(name):
                self.anchors.add(values[name])


def pages() -> dict[str, Page]:
    return {path.name: Page(path) for path in sorted(guide_dir().glob("*.html"))}


def test_the_guide_lives_with_the_other_data_files():
    assert guide_dir() == data_root() / "docs" / "guide"
    assert guide_index("en") == guide_dir() / INDEX and guide_index("en").is_file()


def test_every_link_leads_to_a_page_and_section_and_every_page_is_in_the_contents():
    guide = pages()
    assert len(guide) >= 9
    broken = []
    for name, page in guide.items():
        for link in page.links:
            if link.startswith(("http://", "https://")):
                continue
            target, _hash, section = link.partition("#")
            target = target or name
            if target not in guide or (section and section not in guide[target].anchors):
                broken.append(f"{name}: {link}")
    assert broken == []
    listed = {link.partition("#")[0] for link in guide[INDEX].links}
    assert set(guide) - {INDEX} <= listed


def test_help_contents_f1_opens_the_guide(manager, qtbot):
    action = manager.window.help_action
    assert QKeySequence("F1") in action.shortcuts()
    help_menu = next(a.menu() for a in manager.window.menuBar().actions() if a.text() == "&Help")
    assert help_menu.actions()[0] is action
    action.trigger()
    window = manager.window._help_window
    assert window is not None and window.isVisible()
    qtbot.addWidget(window)
    assert window.page() == INDEX
    assert window.windowTitle() == "virtdesk User Guide — virtdesk Help"
    assert "Connecting to hosts" in window.browser.toPlainText()
    action.trigger()
    assert manager.window._help_window is window  # one window, raised again


def test_links_back_forward_and_contents_work_in_the_window(qtbot):
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show()
    assert not window.back_button.isEnabled() and not window.forward_button.isEnabled()
    window.browser.setSource(window.browser.source().resolved(QUrl("consoles.html#serial")))
    assert window.page() == "consoles.html" and window.windowTitle() == "Consoles — virtdesk Help"
    assert window.browser.verticalScrollBar().value() > 0  # scrolled to the section
    assert window.back_button.isEnabled()
    window.back_button.click()
    assert window.page() == INDEX and window.forward_button.isEnabled()
    window.forward_button.click()
    assert window.page() == "consoles.html"
    window.show_page("keys.html")
    assert "Ctrl+Alt+F" in window.browser.toPlainText()
    window.contents_button.click()
    assert window.page() == INDEX


def test_a_missing_guide_is_said(qtbot, tmp_path):
    missing = tmp_path / "guide" / INDEX
    window = HelpWindow(missing)
    qtbot.addWidget(window)
    assert window.browser.toPlainText() == f"The user guide is not installed here: {missing} is missing."
    assert window.windowTitle() == "virtdesk Help" and not window.contents_button.isEnabled()

"""The user guide and its window: Help → Contents (F1) in the manager opens the guide's contents in the Help
window; every link between the pages, and to their sections, leads somewhere; following a link, Back, Forward
and Contents work inside the window; the pages are read on a worker (the window says it is loading meanwhile); a
missing guide, or a missing page, is said, not shown as an empty page."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QKeySequence, QTextDocument

from virtdesk.gui.help_window import HelpWindow
from virtdesk.model.guide import INDEX, guide_index
from virtdesk.resources import data_root, guide_dir

pytestmark = pytest.mark.gui


class Page(HTMLParser):
    """A guide page's links and anchors."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.links: list[str] = []
        self.pictures: list[str] = []
        self.anchors: set[str] = set()
        self.feed(path.read_text(encoding="utf-8"))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.links.append(values["href"])
        if tag == "img":
            self.pictures.append(values.get("src") or "")
        for name in ("id", "name"):
            if values.get(name):
                self.anchors.add(values[name])


def pages() -> dict[str, Page]:
    return {path.name: Page(path) for path in sorted(guide_dir().glob("*.html"))}


def wait_for_page(qtbot, window: HelpWindow, page: str, text: str) -> None:
    """Waits until the window shows the page (read on a worker) with text in it."""
    qtbot.waitUntil(lambda: window.page() == page and text in window.browser.toPlainText(), timeout=5000)


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


def test_the_pages_show_pictures_of_the_windows_and_every_picture_is_there():
    pictures = {name: page.pictures for name, page in pages().items()}
    assert sum(map(len, pictures.values())) >= 10
    assert {"manager.html", "details.html", "new-vm.html", "host-details.html"} <= {n for n, p in pictures.items() if p}
    missing = [f"{name}: {src}" for name, sources in pictures.items() for src in sources
               if not QImage(str(guide_dir() / src)).width() > 300]
    assert missing == []


def test_a_page_is_shown_with_its_pictures_read_on_the_worker(qtbot):
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show()
    wait_for_page(qtbot, window, INDEX, "Connecting to hosts")
    window.show_page("host-details.html", "storage")
    wait_for_page(qtbot, window, "host-details.html", "Storage")
    sources = Page(guide_dir() / "host-details.html").pictures
    assert len(sources) == 4
    document = window.browser.document()
    for source in sources:
        url = window.browser.source().resolved(QUrl(source))
        shown = document.resource(QTextDocument.ResourceType.ImageResource.value, url)
        assert isinstance(shown, QImage) and shown.width() == min(640, QImage(url.toLocalFile()).width()), source


def test_a_picture_that_cannot_be_read_leaves_the_page_readable(qtbot, tmp_path):
    guide = tmp_path / "guide"
    guide.mkdir()
    (guide / "not-a-picture.png").write_text("text", encoding="utf-8")
    (guide / INDEX).write_text("<html><body><p>Before.</p><img src='gone.png'><img src='not-a-picture.png'>"
                               "<p>After.</p></body></html>", encoding="utf-8")
    window = HelpWindow(guide / INDEX)
    qtbot.addWidget(window)
    window.show()
    wait_for_page(qtbot, window, INDEX, "After.")
    assert window.browser.pictures == {}
    assert "Before." in window.browser.toPlainText()


def test_help_contents_f1_opens_the_guide(manager, qtbot):
    action = manager.window.help_action
    assert QKeySequence("F1") in action.shortcuts()
    help_menu = next(a.menu() for a in manager.window.menuBar().actions() if a.text() == "&Help")
    assert help_menu.actions()[0] is action
    action.trigger()
    window = manager.window._help_window
    assert window is not None and window.isVisible()
    qtbot.addWidget(window)
    wait_for_page(qtbot, window, INDEX, "Connecting to hosts")
    assert window.windowTitle() == "virtdesk User Guide — virtdesk Help"
    action.trigger()
    assert manager.window._help_window is window  # one window, raised again


def test_links_back_forward_and_contents_work_in_the_window(qtbot):
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.browser.toPlainText() == "Loading…"  # the page is read on a worker
    wait_for_page(qtbot, window, INDEX, "Connecting to hosts")
    assert not window.back_button.isEnabled() and not window.forward_button.isEnabled()
    window.browser.setSource(window.browser.source().resolved(QUrl("consoles.html#serial")))
    assert window.page() == "consoles.html" and window.browser.toPlainText() == "Loading…"
    wait_for_page(qtbot, window, "consoles.html", "Serial")
    assert window.windowTitle() == "Consoles — virtdesk Help"
    assert window.browser.verticalScrollBar().value() > 0  # scrolled to the section
    assert window.back_button.isEnabled()
    window.back_button.click()
    assert window.page() == INDEX and window.forward_button.isEnabled()
    window.forward_button.click()
    assert window.page() == "consoles.html"
    window.show_page("keys.html")
    wait_for_page(qtbot, window, "keys.html", "Ctrl+Alt+F")
    window.contents_button.click()
    assert window.page() == INDEX


def test_a_missing_guide_is_said(qtbot, tmp_path):
    missing = tmp_path / "guide" / INDEX
    window = HelpWindow(missing)
    qtbot.addWidget(window)
    message = f"The user guide is not installed here: {missing} is missing."
    qtbot.waitUntil(lambda: window.browser.toPlainText() == message, timeout=5000)
    assert window.windowTitle() == "virtdesk Help" and not window.contents_button.isEnabled()


def test_a_missing_page_is_said_and_the_guide_still_works(qtbot, tmp_path):
    guide = tmp_path / "guide"
    guide.mkdir()
    (guide / INDEX).write_text("<html><head><title>Guide</title></head><body><p>Start here.</p>"
                               "<a href='gone.html'>Gone</a></body></html>", encoding="utf-8")
    window = HelpWindow(guide / INDEX)
    qtbot.addWidget(window)
    wait_for_page(qtbot, window, INDEX, "Start here.")
    window.browser.setSource(window.browser.source().resolved(QUrl("gone.html")))  # a link to a page not there
    message = f"gone.html cannot be read: No such file or directory: {guide / 'gone.html'}"
    qtbot.waitUntil(lambda: window.browser.toPlainText() == message, timeout=5000)
    assert window.page() == "gone.html" and window.windowTitle() == "virtdesk Help"
    assert window.contents_button.isEnabled()
    window.back_button.click()
    wait_for_page(qtbot, window, INDEX, "Start here.")
    assert window.windowTitle() == "Guide — virtdesk Help"

"""The Help window (Help → Contents, F1): the user guide shipped with the program (docs/guide/, HTML pages with
pictures of the windows) in a browser with Back, Forward and Contents; links between the pages and to their
sections work inside the window, links to the web open in the desktop's browser. A page and its pictures are read
and decoded on a worker: a page says it is loading until it arrives, or why it cannot be read."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QPushButton, QTextBrowser, QToolButton, QWidget

from virtdesk.gui.forms import load_form
from virtdesk.gui.icons import themed
from virtdesk.gui.shortcuts import add_close_shortcut
from virtdesk.model.errors import describe
from virtdesk.model.guide import guide_index, picture_key, read_guide_page
from virtdesk.model.worker import file_executor, submit


def paragraph(text: str) -> str:
    """Plain text as a page of HTML."""
    return f"<p>{html.escape(text)}</p>"


PICTURE_WIDTH = 640  # the pages' width="640": a wider picture is scaled here, smoothly, not by the browser


def read_page(path: Path) -> tuple[str, dict[str, QImage]]:
    """A page's HTML and its pictures decoded (run on a worker); a picture that is no image is left out."""
    page = read_guide_page(path)
    pictures = {}
    for key, data in page.pictures.items():
        image = QImage.fromData(data)
        if image.width() > PICTURE_WIDTH:
            image = image.scaledToWidth(PICTURE_WIDTH, Qt.TransformationMode.SmoothTransformation)
        if not image.isNull():
            pictures[key] = image
    return page.text, pictures


class GuideBrowser(QTextBrowser):
    """A browser that never reads the disk: it shows the pages given to `pages` (by their file's path) with the
    pictures given to `pictures` (by picture_key of their path) and, for a page it does not have yet, the
    `placeholder` text while it asks for it with `wanted`."""

    wanted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages: dict[str, str] = {}
        self.pictures: dict[str, QImage] = {}
        self.placeholder = ""

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 - Qt's name
        if kind == QTextDocument.ResourceType.ImageResource.value and url.isLocalFile():
            return self.pictures.get(picture_key(url.toLocalFile()))  # read with its page
        if kind != QTextDocument.ResourceType.HtmlResource.value:
            return None  # the guide's pages have no style sheets
        page = url.toLocalFile()
        text = self.pages.get(page)
        if text is None:
            self.wanted.emit(page)
            return self.placeholder
        return text


class HelpWindow(QWidget):
    """One window showing the guide; `show_page` opens a page (and a section of it) by its file name."""

    def __init__(self, index: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("help-window")
        self.setWindowIcon(themed("help-contents"))
        self.index = index
        self._reading: set[str] = set()  # the pages being read
        self._asked: tuple[str, str] | None = None  # the page show_page was asked for before the guide was found
        form = load_form("help_window", self)
        self.browser = form.promote("browser", GuideBrowser())
        self.browser.placeholder = paragraph(self.tr("Loading…"))
        self.browser.wanted.connect(self._read)
        self.back_button = form.child(QToolButton, "back_button")
        self.forward_button = form.child(QToolButton, "forward_button")
        self.contents_button = form.child(QToolButton, "contents_button")
        self.close_button = form.child(QPushButton, "close_button")
        self.back_button.setIcon(themed("go-previous"))
        self.forward_button.setIcon(themed("go-next"))
        self.contents_button.setIcon(themed("go-home"))
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.browser.sourceChanged.connect(self._update_title)
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.contents_button.clicked.connect(self.show_contents)
        self.close_button.clicked.connect(self.close)
        add_close_shortcut(self)
        self.resize(820, 640)
        if index is None:  # the first page in the user's language, where the guide has one
            self.browser.setHtml(self.browser.placeholder)
            submit(file_executor(), guide_index, QLocale().name().split("_")[0],
                   description="the user guide").then(self._index_found, owner=self)
        else:
            self.show_contents()

    def _index_found(self, index: Path) -> None:
        self.index = index
        if self._asked is not None:
            self.show_page(*self._asked)
        else:
            self.show_contents()

    def show_contents(self) -> None:
        if self.index is not None:
            self.browser.setSource(QUrl.fromLocalFile(str(self.index)))

    def show_page(self, page: str, section: str = "") -> None:
        """A page of the guide by its file name (e.g. "consoles.html"), scrolled to a section's anchor."""
        if self.index is None:
            self._asked = (page, section)  # shown once the guide is found
            return
        url = QUrl.fromLocalFile(str(self.index.parent / page))
        if section:
            url.setFragment(section)
        self.browser.setSource(url)

    def _read(self, page: str) -> None:
        """Reads a page the browser was asked for; it is shown when it arrives if it is still the one asked for."""
        if page in self._reading:
            return
        self._reading.add(page)
        submit(file_executor(), read_page, Path(page), description="a page of the user guide").then(
            lambda read: self._arrived(page, *read), lambda error: self._unreadable(page, error), owner=self)

    def _unreadable(self, page: str, error: BaseException) -> None:
        """Says why the page cannot be read instead of showing it; it is read again when asked for again."""
        path = Path(page)
        if self.index is not None and path == self.index and isinstance(error, FileNotFoundError):
            # a broken installation: say what is missing rather than show nothing
            text = self.tr("The user guide is not installed here: {path} is missing.").format(path=path)
            self.contents_button.setEnabled(False)
        else:
            text = self.tr("{page} cannot be read: {error}").format(page=path.name, error=describe(error))
        self._arrived(page, paragraph(text))
        del self.browser.pages[page]

    def _arrived(self, page: str, text: str, pictures: dict[str, QImage] | None = None) -> None:
        self._reading.discard(page)
        self.browser.pages[page] = text
        self.browser.pictures.update(pictures or {})
        if self.browser.source().toLocalFile() == page:
            self.browser.reload()  # the page shown in its place, at its section
            self._update_title()

    def page(self) -> str:
        """The file name of the page shown ("" when none is)."""
        return Path(self.browser.source().toLocalFile()).name if self.browser.source().isLocalFile() else ""

    def _update_title(self) -> None:
        title = self.browser.documentTitle()
        self.setWindowTitle(self.tr("{page} — virtdesk Help").format(page=title) if title
                            else self.tr("virtdesk Help"))

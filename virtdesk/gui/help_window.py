"""The Help window (Help → Contents, F1): the user guide shipped with the program (docs/guide/, HTML pages) in a
browser with Back, Forward and Contents; links between the pages and to their sections work inside the window,
links to the web open in the desktop's browser."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtWidgets import QPushButton, QTextBrowser, QToolButton, QWidget

from virtdesk.gui.forms import load_form
from virtdesk.gui.icons import themed
from virtdesk.gui.shortcuts import add_close_shortcut
from virtdesk.resources import guide_dir

INDEX = "index.html"


def guide_index(language: str | None = None) -> Path:
    """The guide's first page in the user's language where the guide has it (docs/guide/LANG/), else English."""
    language = language or QLocale().name().split("_")[0]
    translated = guide_dir() / language / INDEX
    return translated if translated.is_file() else guide_dir() / INDEX


class HelpWindow(QWidget):
    """One window showing the guide; `show_page` opens a page (and a section of it) by its file name."""

    def __init__(self, index: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("help-window")
        self.setWindowIcon(themed("help-contents"))
        self.index = index or guide_index()
        form = load_form("help_window", self)
        self.browser = form.child(QTextBrowser, "browser")
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
        self.show_contents()

    def show_contents(self) -> None:
        if not self.index.is_file():  # a broken installation: say what is missing rather than show nothing
            self.browser.setPlainText(self.tr("The user guide is not installed here: {path} is missing.").format(
                path=self.index))
            self.contents_button.setEnabled(False)
            self._update_title()
            return
        self.browser.setSource(QUrl.fromLocalFile(str(self.index)))

    def show_page(self, page: str, section: str = "") -> None:
        """A page of the guide by its file name (e.g. "consoles.html"), scrolled to a section's anchor."""
        url = QUrl.fromLocalFile(str(self.index.parent / page))
        if section:
            url.setFragment(section)
        self.browser.setSource(url)

    def page(self) -> str:
        """The file name of the page shown ("" when none is)."""
        return Path(self.browser.source().toLocalFile()).name if self.browser.source().isLocalFile() else ""

    def _update_title(self) -> None:
        title = self.browser.documentTitle()
        self.setWindowTitle(self.tr("{page} — virtdesk Help").format(page=title) if title
                            else self.tr("virtdesk Help"))

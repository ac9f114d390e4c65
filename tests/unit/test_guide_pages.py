"""The user guide's translations (docs/guide/LANG/, opened by the Help window for a user of that language): every
English page has its translated page of the same file name, declared in that language and encoding, with the same
anchors (the program opens pages by file name and section), the same links between the pages and the same
pictures in its language (NAME-LANG.png); every link of a translated page, to a page or to a section of one,
leads to a page of that translation."""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from virtdesk.model.guide import INDEX, guide_index
from virtdesk.resources import guide_dir

pytestmark = pytest.mark.unit

LANGUAGES = ("ja",)
EXTERNAL = ("http://", "https://", "mailto:")
ENGLISH = sorted(path.name for path in guide_dir().glob("*.html"))
PAGES = [(language, name) for language in LANGUAGES for name in ENGLISH]


class Page(HTMLParser):
    """What of a guide page has to match across languages: its language, encoding, title, anchors, links and
    pictures."""

    def __init__(self, path: Path) -> None:
        super().__init__(convert_charrefs=True)
        self.path = path
        self.language: str | None = None
        self.charset: str | None = None
        self.title = ""
        self.ids: list[str] = []
        self.names: list[str] = []
        self.links: list[str] = []
        self.pictures: list[tuple[str, str]] = []  # (src, alt) of each <img>
        self._in_title = False
        self.feed(path.read_text(encoding="utf-8"))
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        if tag == "html":
            self.language = values.get("lang")
        elif tag == "meta" and "charset" in values:
            self.charset = values["charset"].lower()
        elif tag == "title":
            self._in_title = True
        elif tag == "a" and values.get("href"):
            self.links.append(values["href"])
        elif tag == "img":
            self.pictures.append((values.get("src", ""), values.get("alt", "")))
        if values.get("id"):
            self.ids.append(values["id"])
        if tag == "a" and values.get("name"):
            self.names.append(values["name"])

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data

    @property
    def anchors(self) -> set[str]:
        return set(self.ids) | set(self.names)

    def internal_links(self) -> list[str]:
        return [link for link in self.links if not link.startswith(EXTERNAL)]

    def picture_files(self) -> list[Path]:
        return sorted((self.path.parent / src).resolve() for src, _alt in self.pictures)


def english(name: str) -> Page:
    return Page(guide_dir() / name)


def translated(language: str, name: str) -> Page:
    path = guide_dir() / language / name
    if not path.is_file():
        pytest.fail(f"{language}/{name} is missing: every page of the English guide needs its translation")
    return Page(path)


def broken_links(folder: Path) -> list[str]:
    """Each link of the pages in folder that leads to no page of that folder, or to no anchor of its page."""
    pages = {path.resolve(): Page(path) for path in sorted(folder.glob("*.html"))}
    broken = []
    for path, page in pages.items():
        for link in page.internal_links():
            target, _hash, section = link.partition("#")
            target_path = (path.parent / target).resolve() if target else path
            if target_path not in pages:
                broken.append(f"{path.name}: {link} (no such page in {folder.name}/)")
            elif section and section not in pages[target_path].anchors:
                broken.append(f"{path.name}: {link} (no such anchor in {target_path.name})")
    return broken


def test_the_english_guide_is_there():
    assert INDEX in ENGLISH and len(ENGLISH) >= 9


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_english_page_has_its_translation_and_no_other(language):
    folder = guide_dir() / language
    pages = sorted(path.name for path in folder.glob("*.html"))
    assert pages == ENGLISH, f"{language}/ has {pages}, the English guide {ENGLISH}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_help_window_opens_the_translation(language):
    assert guide_index(language) == guide_dir() / language / INDEX


@pytest.mark.parametrize(("language", "name"), PAGES)
def test_a_translated_page_says_its_language_encoding_and_title(language, name):
    page = translated(language, name)
    assert page.language == language
    assert page.charset == "utf-8"
    assert page.title.strip(), "the page has no title"
    assert page.title.strip() != english(name).title.strip(), "the title is not translated"


@pytest.mark.parametrize(("language", "name"), PAGES)
def test_a_translated_page_has_the_same_anchors(language, name):
    page, original = translated(language, name), english(name)
    assert sorted(page.ids) == sorted(original.ids)
    assert sorted(page.names) == sorted(original.names)


@pytest.mark.parametrize(("language", "name"), PAGES)
def test_a_translated_page_links_where_the_english_one_does(language, name):
    page, original = translated(language, name), english(name)
    assert Counter(page.internal_links()) == Counter(original.internal_links())


@pytest.mark.parametrize(("language", "name"), PAGES)
def test_a_translated_page_shows_the_same_pictures_in_its_language_with_translated_text(language, name):
    page, original = translated(language, name), english(name)
    in_language = sorted(path.with_name(f"{path.stem}-{language}{path.suffix}") for path in original.picture_files())
    assert page.picture_files() == in_language, "the pictures differ (is a src not adjusted with ../ and -LANG?)"
    missing = [str(path) for path in page.picture_files() if not path.is_file()]
    assert missing == []
    english_texts = {alt.strip() for _src, alt in original.pictures if alt.strip()}
    for src, alt in page.pictures:
        assert alt.strip(), f"{src} has no alternative text"
        assert alt.strip() not in english_texts, f"the alternative text of {src} is not translated"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_link_of_a_translation_leads_to_a_page_and_section_of_it(language):
    folder = guide_dir() / language
    assert (folder / INDEX).is_file(), f"{language}/{INDEX} is missing"
    assert broken_links(folder) == []


def test_a_broken_link_or_anchor_is_found(tmp_path):
    (tmp_path / "index.html").write_text('<html><body><h2 id="here">Here</h2><a href="gone.html">Gone</a>'
                                         '<a href="other.html#nowhere">Nowhere</a><a href="#here">Here</a>'
                                         '<a href="other.html#there">There</a></body></html>', encoding="utf-8")
    (tmp_path / "other.html").write_text('<html><body><h2 id="there">There</h2>'
                                         '<a href="https://libvirt.org/">libvirt</a></body></html>', encoding="utf-8")
    assert broken_links(tmp_path) == [f"index.html: gone.html (no such page in {tmp_path.name}/)",
                                      "index.html: other.html#nowhere (no such anchor in other.html)"]

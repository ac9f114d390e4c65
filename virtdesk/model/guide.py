"""The user guide shipped with the program (docs/guide/, HTML pages) as the Help window reads it: which first page
to show and each page's text, read from the disk on a worker (never on the GUI thread)."""

from __future__ import annotations

from pathlib import Path

from virtdesk.resources import guide_dir

INDEX = "index.html"


def guide_index(language: str) -> Path:
    """The guide's first page in that language where the guide has it (docs/guide/LANG/), else English."""
    translated = guide_dir() / language / INDEX
    return translated if translated.is_file() else guide_dir() / INDEX


def read_guide_page(path: Path) -> str:
    """A page's HTML; OSError (FileNotFoundError for a page that is not there) when it cannot be read."""
    return path.read_text(encoding="utf-8")

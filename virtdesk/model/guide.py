"""The user guide shipped with the program (docs/guide/, HTML pages, their pictures in docs/screenshots/) as the
Help window reads it: which first page to show and each page's text and pictures, read from the disk on a worker
(never on the GUI thread)."""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from virtdesk.resources import guide_dir

logger = logging.getLogger("virtdesk.guide")

INDEX = "index.html"
_PICTURE = re.compile(r"""<img\b[^>]*?\bsrc=["']([^"']+)["']""", re.IGNORECASE)


@dataclass(frozen=True)
class GuidePage:
    text: str
    pictures: dict[str, bytes] = field(default_factory=dict)  # each picture's file, by picture_key of its path


def picture_key(path: str | Path) -> str:
    """The one spelling of a picture's path, however the page or the browser wrote it (``a/../b``, ``./b``)."""
    return os.path.normpath(os.path.abspath(path))


def picture_sources(text: str) -> list[str]:
    """The src of each picture a page shows, in order, each once."""
    return list(dict.fromkeys(_PICTURE.findall(text)))


def guide_index(language: str) -> Path:
    """The guide's first page in that language where the guide has it (docs/guide/LANG/), else English."""
    translated = guide_dir() / language / INDEX
    return translated if translated.is_file() else guide_dir() / INDEX


def read_guide_page(path: Path) -> GuidePage:
    """A page's HTML and the files of its pictures; OSError (FileNotFoundError for a page that is not there) when
    the page cannot be read. A picture that cannot be read is left out (logged): the page is shown without it."""
    text = path.read_text(encoding="utf-8")
    pictures = {}
    for source in picture_sources(text):
        picture = picture_key(path.parent / source)
        try:
            pictures[picture] = Path(picture).read_bytes()
        except OSError as error:
            logger.warning("a picture of the user guide cannot be read: %s", error)
    return GuidePage(text, pictures)

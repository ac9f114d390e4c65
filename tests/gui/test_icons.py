"""Every icon the program asks for by its freedesktop name shows, even on a desktop without an icon theme."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon

from virtdesk.gui.icons import themed
from virtdesk.model.actions import ACTIONS
from virtdesk.resources import resource_path

pytestmark = pytest.mark.gui

SOURCE = Path(__file__).resolve().parents[2] / "virtdesk"
# themed("x") / list_icon("x"), a page's or form's icon_name = "x", and VmFileActions._action("x", ...)
ICON_NAME = re.compile(r'(?:\bthemed|\blist_icon|\bself\._action)\("([a-z-]+)"|\bicon_name = "([a-z-]+)"')


def icon_names_in_code() -> set[str]:
    names = {a.icon for a in ACTIONS.values()}
    for path in SOURCE.rglob("*.py"):
        names |= {call or attribute for call, attribute in ICON_NAME.findall(path.read_text())}
    return names


@pytest.fixture
def no_icon_theme(qapp):
    saved = QIcon.themeName(), QIcon.themeSearchPaths(), QIcon.fallbackSearchPaths()
    QIcon.setThemeSearchPaths([])
    QIcon.setFallbackSearchPaths([])
    QIcon.setThemeName("")
    yield
    QIcon.setThemeSearchPaths(saved[1])
    QIcon.setFallbackSearchPaths(saved[2])
    QIcon.setThemeName(saved[0])


def test_every_icon_name_the_code_uses_has_a_bundled_picture(no_icon_theme):
    names = icon_names_in_code()
    assert len(names) > 40
    blank = sorted(name for name in names if themed(name).pixmap(16, 16).isNull())
    assert blank == []


def test_the_bundled_set_holds_only_names_the_code_uses():
    bundled = {path.stem for path in resource_path("icons", "fallback").glob("*.svg")}
    assert bundled == icon_names_in_code()
    assert "CC0-1.0" in resource_path("icons", "fallback", "LICENSE").read_text()

"""The windows on a dark desktop and at 200% scaling: the pictures of the docs, and text that stays readable.

A dark desktop theme reaches Qt as the application palette (the platform theme sets it; offscreen has none), so
the dark tests set the palette a dark theme gives, with Fusion, before the windows are made.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from details_harness import open_details
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from virtdesk import demo
from virtdesk.gui.tones import Tone, tone_colour

pytestmark = pytest.mark.gui

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
READABLE = 4.5  # WCAG AA for body text

DARK_ROLES = {
    QPalette.ColorRole.Window: "#353535", QPalette.ColorRole.WindowText: "#eeeeec",
    QPalette.ColorRole.Base: "#2a2a2a", QPalette.ColorRole.AlternateBase: "#323232",
    QPalette.ColorRole.Text: "#eeeeec", QPalette.ColorRole.Button: "#3c3c3c",
    QPalette.ColorRole.ButtonText: "#eeeeec", QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: "#3584e4", QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#202020", QPalette.ColorRole.ToolTipText: "#eeeeec",
    QPalette.ColorRole.PlaceholderText: "#9a9996", QPalette.ColorRole.Link: "#78aeed",
    QPalette.ColorRole.Light: "#4a4a4a", QPalette.ColorRole.Midlight: "#404040",
    QPalette.ColorRole.Mid: "#2c2c2c", QPalette.ColorRole.Dark: "#1e1e1e", QPalette.ColorRole.Shadow: "#141414",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK_ROLES.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7e7e7e"))
    return palette


def luminance(colour: QColor) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(c) for c in colour.getRgbF()[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def unreadable_labels(window: QWidget) -> list[str]:
    """The visible labels whose text colour (after their style sheets) is too close to their background."""
    found = []
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text().strip() or not label.isEnabled():
            continue
        label.ensurePolished()
        palette = label.palette()
        ratio = contrast(palette.color(label.foregroundRole()), palette.color(label.backgroundRole()))
        if ratio < READABLE:
            found.append(f"{label.objectName() or label.text()[:40]!r}: {ratio:.1f}")
    return found


@pytest.fixture
def dark(qapp):
    style, palette = qapp.style().name(), qapp.palette()
    qapp.setStyle("Fusion")
    qapp.setPalette(dark_palette())
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)


def test_message_tones_are_readable_on_light_and_dark_windows(qapp):
    for palette in (QPalette(QColor("#efefef")), dark_palette()):
        window = palette.color(QPalette.ColorRole.Window)
        for tone in (Tone.ERROR, Tone.WARNING, Tone.HINT):
            assert contrast(tone_colour(tone, palette), window) >= READABLE, (tone, window.name())


def test_the_manager_on_a_dark_desktop(dark, manager, qtbot):
    connection = manager.connect(demo.demo_uri())
    manager.sampler.set_interval(100)
    manager.sampler.start()
    web = connection.find_domain("web-frontend-01")
    qtbot.waitUntil(lambda: len(web.stats.cpu) >= 4, timeout=10000)
    window = manager.window
    window.resize(900, 560)
    palette = window.view.palette()
    assert contrast(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)) >= 7
    assert contrast(palette.color(QPalette.ColorRole.HighlightedText),
                    palette.color(QPalette.ColorRole.Highlight)) >= 3
    window.error_label.setText("demo: an example of the last error")
    assert unreadable_labels(window) == []
    window.error_label.clear()
    assert window.grab().save(str(SCREENSHOTS / "manager-dark.png"))


def test_every_details_page_on_a_dark_desktop(dark, demo_connection, qtbot):
    window = open_details(qtbot, demo_connection, "web-frontend-01")
    for row in range(window.page_list.count()):
        window.page_list.setCurrentRow(row)
        qtbot.wait(10)
        assert unreadable_labels(window) == [], window.page_list.label(row)
    window.page_list.setCurrentRow(0)
    qtbot.wait(50)
    assert window.grab().save(str(SCREENSHOTS / "details-dark.png"))


def scaled_screenshot(tmp_path: Path, name: str, *args: str) -> QImage:
    """`virtdesk --connect demo ... --screenshot` at QT_SCALE_FACTOR=2, saved as docs/screenshots/NAME."""
    path = SCREENSHOTS / name
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2", XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-m", "virtdesk", "--connect", "demo", *args, "--screenshot", str(path)],
                            capture_output=True, text=True, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return QImage(str(path))


def test_the_manager_at_200_percent(tmp_path):
    image = scaled_screenshot(tmp_path, "manager-200.png")
    assert image.width() >= 1800 and image.height() >= 1100


def test_the_details_window_at_200_percent(tmp_path):
    image = scaled_screenshot(tmp_path, "details-200.png", "--show-domain-editor", "web-frontend-01")
    assert image.width() >= 1800 and image.height() >= 1200

"""The pictures of the windows the README and the user guide show (docs/screenshots/), made by the tests that
drive those windows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

SCREENSHOTS = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def save_picture(widget: QWidget, name: str) -> Path:
    """Saves the widget as it is painted now as docs/screenshots/NAME.png, checked to be more than one colour."""
    image = widget.grab().toImage()
    corner = image.pixel(0, 0)
    step = max(1, image.width() // 40)
    assert any(image.pixel(x, y) != corner for x in range(0, image.width(), step)
               for y in range(0, image.height(), step)), f"{name}: the picture is blank"
    path = SCREENSHOTS / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(path)), path
    return path

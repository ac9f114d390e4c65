"""Colours for messages, hints and banners that stay readable on the desktop's palette, light or dark.

A style is computed from the application's palette when it is applied, so a label set after the desktop
switched to a dark theme gets the dark variant.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor, QGuiApplication, QPalette


class Tone(Enum):
    ERROR = "error"
    WARNING = "warning"
    HINT = "hint"  # secondary text: explanations, notes
    INFO = "info"  # banners only


# (on a light window, on a dark window)
_TEXT = {Tone.ERROR: ("#b00020", "#ff8a80"), Tone.WARNING: ("#8a5a00", "#f5c060")}
_BANNER = {Tone.WARNING: ("#fff3cd", "#4a3c10"), Tone.INFO: ("#e7f1ff", "#1d3552")}
_HINT_WEIGHT = 0.7  # of the window's text colour, the rest its background


def palette() -> QPalette:
    return QGuiApplication.palette()


def is_dark(of: QPalette | None = None) -> bool:
    """The palette draws light text on a dark window."""
    return (of or palette()).color(QPalette.ColorRole.Window).lightness() < 128


def tone_colour(tone: Tone, of: QPalette | None = None) -> QColor:
    """The text colour of `tone` on the palette's window."""
    of = of or palette()
    if tone is Tone.HINT:
        text, window = of.color(QPalette.ColorRole.WindowText), of.color(QPalette.ColorRole.Window)
        return QColor.fromRgbF(*(_HINT_WEIGHT * t + (1 - _HINT_WEIGHT) * w for t, w in
                                 zip(text.getRgbF()[:3], window.getRgbF()[:3], strict=True)))
    return QColor(_TEXT[tone][is_dark(of)])


def tone_style(tone: Tone) -> str:
    """A style sheet giving a label the text colour of `tone`."""
    return f"color: {tone_colour(tone).name()}"


def banner_style(tone: Tone, padding: int) -> str:
    """A style sheet for a banner (a label across a window) in the background of `tone`, with readable text."""
    text = palette().color(QPalette.ColorRole.WindowText).name()
    return f"background: {_BANNER[tone][is_dark()]}; color: {text}; padding: {padding}px"

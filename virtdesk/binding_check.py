"""Detects a Qt binding that leaks references to None, which aborts the program minutes after start.

PySide6-Essentials 6.12.0 on CPython 3.11 takes a reference from None on every Qt call that returns void (from
True or False on one that returns a bool) and never gives it back; after a few thousand calls the interpreter
aborts ("none_dealloc"). pyproject.toml keeps that combination from being installed; this check turns any other
way of getting it into a clear message at start instead of a crash later. From Python 3.12 on these objects are
immortal and such a loss does no harm.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

IMMORTAL_NONE = sys.version_info >= (3, 12)


SINGLETONS = (None, True, False)


def references_lost(call: Callable[[], object], repeat: int) -> float:
    """How many references to None, True or False ``call`` loses on average (0.0 for a sound binding)."""
    call()  # first calls may cache objects that hold them
    before = [sys.getrefcount(singleton) for singleton in SINGLETONS]
    for _ in range(repeat):
        call()
    after = [sys.getrefcount(singleton) for singleton in SINGLETONS]
    return max(b - a for b, a in zip(before, after, strict=True)) / repeat


def qt_binding_leaks() -> bool:
    """Whether void Qt calls lose references to None in this process (never where None is immortal)."""
    if IMMORTAL_NONE:
        return False
    from PySide6.QtGui import QPainterPath

    path = QPainterPath()
    return references_lost(lambda: path.lineTo(1.0, 1.0), 200) >= 0.5

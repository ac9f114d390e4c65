"""The start-up path loads only what listing VMs needs: connections start opening before Qt loads, and the XML
object model loads when a window first needs it (README, Performance)."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.unit


def _loaded_after(statement: str, *modules: str) -> list[str]:
    probe = f"import sys; {statement}; print(' '.join(m for m in {modules!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    return result.stdout.split()


def test_connections_start_opening_before_qt_loads():
    assert _loaded_after("import virtdesk.model.early_open", "PySide6.QtCore", "virtdesk.xmlconf") == []


def test_the_manager_loads_without_the_xml_object_model():
    statement = "import virtdesk.app, virtdesk.gui.manager.window"
    assert _loaded_after(statement, "virtdesk.xmlconf", "virtdesk.osinfo") == []

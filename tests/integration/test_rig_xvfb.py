"""The rig's Xvfb: a real top-level Qt window maps on it and a screenshot of it is taken."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from rig.xvfb import Xvfb

pytestmark = pytest.mark.integration

SHOW_WINDOW = """
import sys
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
window = QWidget()
window.setWindowTitle(sys.argv[1])
window.setStyleSheet("background: rgb(10, 200, 30)")
window.resize(320, 200)
window.show()
assert QTest.qWaitForWindowExposed(window, 10000), "window not exposed"
QTest.qWait(200)
assert window.screen().grabWindow(window.winId()).save(sys.argv[2])
print("SHOWN", flush=True)
sys.stdin.readline()
"""


def test_window_maps_on_xvfb_and_is_captured(xvfb: Xvfb, tmp_path: Path) -> None:
    title = f"virtdesk-rig-{uuid.uuid4().hex[:8]}"
    shot = tmp_path / "window.png"
    env = dict(os.environ, DISPLAY=xvfb.display, QT_QPA_PLATFORM="xcb")
    window = subprocess.Popen([sys.executable, "-c", SHOW_WINDOW, title, str(shot)], env=env,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert window.stdout.readline().strip() == "SHOWN", window.stderr.read()
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title], env=env,
                               capture_output=True, text=True, timeout=10)
        assert found.stdout.split(), "the window is not mapped on the X server"
    finally:
        window.stdin.close()
        window.wait(10)
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (320, 200)
    assert image.pixelColor(160, 100) == QColor(10, 200, 30)

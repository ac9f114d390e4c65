"""GUI test fixtures: clean settings per test and a manager window harness."""

from __future__ import annotations

import pytest
from manager_harness import ManagerHarness
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def clean_settings():
    QSettings("virtdesk", "virtdesk").clear()
    yield
    QSettings("virtdesk", "virtdesk").clear()


@pytest.fixture
def manager(qtbot):
    harness = ManagerHarness(qtbot)
    yield harness
    harness.close()

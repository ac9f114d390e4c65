"""GUI test fixtures: clean settings per test and a manager window harness."""

from __future__ import annotations

import pytest
from details_harness import open_connection
from manager_harness import ManagerHarness
from PySide6.QtCore import QSettings

from virtdesk import demo
from virtdesk.model import jobs


@pytest.fixture(autouse=True)
def clean_settings():
    QSettings("virtdesk", "virtdesk").clear()
    yield
    QSettings("virtdesk", "virtdesk").clear()


@pytest.fixture
def fresh_job_history(monkeypatch):
    """An empty job history for the test (the process's own holds the jobs of earlier tests): ask for it before
    the windows that show the history."""
    monkeypatch.setattr(jobs, "_history", None)


@pytest.fixture
def manager(qtbot):
    harness = ManagerHarness(qtbot)
    yield harness
    harness.close()


@pytest.fixture
def demo_connection(qtbot):
    """The built-in demo host, opened for one test."""
    connection = open_connection(qtbot, demo.demo_uri())
    yield connection
    connection.shutdown()

"""Results of calls still in flight never reach a window that is gone: windows opened and closed in a loop."""

from __future__ import annotations

import logging
import time

import pytest
from PySide6.QtCore import QCoreApplication, QEventLoop

from virtdesk.gui.windows import WindowRegistry
from virtdesk.model.log import event_log
from virtdesk.model.preferences import Preferences
from virtdesk.model.stats import StatsSampler

pytestmark = pytest.mark.gui
SLOW_CALLS = 4


def _spin(qtbot, ms: int) -> None:
    if ms:
        qtbot.wait(ms)
    else:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def test_details_windows_opened_and_closed_in_a_tight_loop_leave_no_error(qtbot, demo_connection, caplog):
    preferences = Preferences()
    sampler = StatsSampler(200, preferences.stats)
    sampler.add(demo_connection)
    sampler.start()
    registry = WindowRegistry(preferences, sampler)
    errors_before = len([e for e in event_log().entries if e.level >= logging.ERROR])
    names = sorted(d.name for d in demo_connection.domains.values())
    with caplog.at_level(logging.WARNING):
        for round_ in range(40):
            domain = demo_connection.find_domain(names[round_ % len(names)])
            for _ in range(SLOW_CALLS):  # a slow host: the window's own reads wait behind these
                demo_connection.call(lambda _conn: time.sleep(0.05), quiet=True)
            window = registry.show_details(domain)
            _spin(qtbot, round_ % 4)  # closed before, while and after its reads come back
            window.close()
            _spin(qtbot, round_ % 3)
        qtbot.waitUntil(lambda: not registry.details, timeout=10000)
        qtbot.wait(500)  # every read still in flight has come back
        demo_connection.catalogue.volumes_changed.emit("default")  # no page of a closed window may hear it
    sampler.stop()
    errors = [e for e in event_log().entries if e.level >= logging.ERROR][errors_before:]
    assert not errors, [(e.message, e.detail) for e in errors]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.text

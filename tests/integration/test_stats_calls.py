"""Statistics over real RPC ask only for what is looked at: a test-driver host of 200 running VMs served by the rig's
session libvirtd, the manager open. Each tick makes one bulk call for the connection, naming the VMs whose rows are
on screen; scrolling, a details window, sorting by CPU usage and hiding the window change what is asked for."""

from __future__ import annotations

from pathlib import Path

import pytest
from manager_harness import ManagerHarness
from PySide6.QtCore import Qt

from virtdesk.gui.details.window import DetailsWindow
from virtdesk.gui.manager.on_screen_stats import SETTLE_MS
from virtdesk.gui.manager.vm_tree_model import Column, Role
from virtdesk.large_host import generate_host_xml
from virtdesk.model import stats

pytestmark = pytest.mark.integration

VMS = 200


@pytest.fixture
def desk(qtbot, session_daemon, tmp_path: Path, monkeypatch):
    host = tmp_path / "stats-host.xml"
    host.write_text(generate_host_xml(VMS, running_share=1.0), encoding="utf-8")
    harness = ManagerHarness(qtbot)
    harness.window.resize(700, 500)
    connection = harness.connect(session_daemon.test_uri(host))
    harness.sampler.stop()  # ticked by the test
    calls: list[tuple[frozenset[str] | None, int]] = []  # what each bulk call named, how many VMs it brought
    sample = stats.sample

    def counted(conn, flags, uuids=None):  # noqa: ANN001, ANN202 - stats.sample's own signature
        result = sample(conn, flags, uuids)
        calls.append((uuids, len(result[1])))
        return result

    monkeypatch.setattr(stats, "sample", counted)
    yield harness, connection, calls
    harness.close()


def on_screen(window) -> set[str]:
    """The UUIDs of the VM rows painted in the list's viewport, read from the view."""
    view = window.view
    area = view.viewport().rect()
    found = set()
    for row in range(view.model().rowCount()):
        parent = view.model().index(row, 0)
        for child in range(view.model().rowCount(parent)):
            index = view.model().index(child, 0, parent)
            if view.visualRect(index).intersects(area):
                found.add(index.data(Role.DOMAIN).uuid)
    return found


def tick(qtbot, harness, calls, *, expect_call: bool = True) -> tuple[frozenset[str] | None, int] | None:
    """One tick after the list has settled; the call it made (None: no call)."""
    qtbot.wait(SETTLE_MS * 2)
    calls.clear()
    with qtbot.waitSignal(harness.sampler.sampled, timeout=10000 if expect_call else 1000, raising=expect_call):
        harness.sampler.tick()
    assert len(calls) <= 1, calls
    return calls[0] if calls else None


def test_each_tick_asks_once_for_the_rows_on_screen(qtbot, desk):
    harness, connection, calls = desk
    window = harness.window
    shown = on_screen(window)
    assert 5 < len(shown) < VMS / 4
    asked, brought = tick(qtbot, harness, calls)
    assert asked == shown and brought == len(shown)

    window.view.scrollToBottom()
    bottom = on_screen(window)
    assert bottom and not bottom & shown
    asked, brought = tick(qtbot, harness, calls)
    assert asked == bottom and brought == len(bottom)

    elsewhere = next(d for d in connection.domains.values() if d.uuid not in bottom)
    details = DetailsWindow(elsewhere, harness.preferences, harness.sampler)  # deleted below
    asked, _brought = tick(qtbot, harness, calls)
    assert asked == bottom | {elsewhere.uuid}
    with qtbot.waitSignal(details.destroyed):
        details.deleteLater()
    asked, _brought = tick(qtbot, harness, calls)
    assert asked == bottom

    window.view.sortByColumn(Column.CPU, Qt.SortOrder.DescendingOrder)  # needs every VM's figure
    asked, brought = tick(qtbot, harness, calls)
    assert asked is None and brought == VMS

    window.hide()
    assert tick(qtbot, harness, calls, expect_call=False) is None  # nothing on screen: no call at all

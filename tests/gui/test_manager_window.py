"""The manager window driven like a user: clicking actions, filtering, connections, errors."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import libvirt
import pytest
from manager_harness import ManagerHarness
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QToolButton
from testhosts import CRASHED, PAUSED, RUNNING, SHUTOFF, domain_xml, write_host

from virtdesk import demo, large_host
from virtdesk.gui.manager.vm_tree_model import Column, Role
from virtdesk.model.connection import ConnectionState
from virtdesk.model.domain import Domain, DomainState
from virtdesk.model.lanes import Lane
from virtdesk.model.log import event_log

pytestmark = pytest.mark.gui


@pytest.fixture
def host(tmp_path):
    return write_host(
        tmp_path,
        domain_xml("web-01", RUNNING, title="Shop frontend", description="nginx & php <fpm>"),
        domain_xml("db-01", SHUTOFF, title="Database", description="postgres primary"),
        domain_xml("cache-01", PAUSED, title="Cache"),
        domain_xml("broken-01", CRASHED),
        domain_xml("開発サーバー", RUNNING, title="東京チーム"),
    )


def visible_names(window) -> list[str]:
    model = window.model
    names = []
    for row in range(model.rowCount()):
        parent = model.index(row, 0)
        names += [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]
    return sorted(names)


def click_action(qtbot, window, key: str) -> None:
    action = window.lifecycle_actions[key]
    assert action.isEnabled(), f"{key} is disabled"
    toolbar = window.findChild(type(window.addToolBar("x")), "main-toolbar")
    button = toolbar.widgetForAction(action)
    if button is None:  # the shutdown group sits in a menu button
        shutdown = window.findChild(QToolButton, "shutdown-button")
        if shutdown.defaultAction() is action:
            button = shutdown
    if button is not None:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    else:
        action.trigger()


def test_lists_connection_and_vms_with_columns(manager, host, qtbot):
    connection = manager.connect(host)
    window = manager.window
    assert visible_names(window) == sorted(["web-01", "db-01", "cache-01", "broken-01", "開発サーバー"])
    web = window.model.domain_index(connection.find_domain("web-01"))
    assert web.siblingAtColumn(Column.STATE).data() == "Running"
    assert web.siblingAtColumn(Column.MEMORY).data() == "1.0 GiB"
    assert web.siblingAtColumn(Column.VCPUS).data() == "2"
    assert web.data(Qt.ItemDataRole.ToolTipRole) == "Shop frontend\nnginx & php <fpm>"
    conn_index = window.model.connection_index(connection)
    assert conn_index.siblingAtColumn(Column.STATE).data() == "Connected"
    qtbot.waitUntil(lambda: "5 VMs, 2 running" in window.summary_label.text())


def test_run_pause_resume_and_force_off_by_clicking(manager, host, qtbot):
    connection = manager.connect(host)
    window = manager.window
    db = connection.find_domain("db-01")
    window.select_domains([db])
    assert not window.lifecycle_actions["pause"].isEnabled()

    click_action(qtbot, window, "run")
    qtbot.waitUntil(lambda: db.state is DomainState.RUNNING)
    qtbot.waitUntil(lambda: window.lifecycle_actions["pause"].isEnabled())
    assert window.model.domain_index(db, Column.STATE).data() == "Running"

    click_action(qtbot, window, "pause")
    qtbot.waitUntil(lambda: db.state is DomainState.PAUSED)
    qtbot.waitUntil(lambda: window.lifecycle_actions["resume"].isEnabled())
    click_action(qtbot, window, "resume")
    qtbot.waitUntil(lambda: db.state is DomainState.RUNNING)

    click_action(qtbot, window, "destroy")
    box = window.findChild(QMessageBox, "confirm-forced")
    assert box is not None and box.isVisible()
    assert "db-01" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.wait(200)
    assert db.state is DomainState.RUNNING  # keeping is the default

    click_action(qtbot, window, "destroy")
    box = [b for b in window.findChildren(QMessageBox, "confirm-forced") if b.isVisible()][0]
    force = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    qtbot.mouseClick(force, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: db.state is DomainState.SHUTOFF)


def test_action_on_several_vms_reports_failures_together(manager, host, qtbot):
    connection = manager.connect(host)
    window = manager.window
    web = connection.find_domain("web-01")
    japanese = connection.find_domain("開発サーバー")
    ghost = Domain(connection, "00000000-0000-4000-8000-000000000000", "ghost")
    ghost.state = DomainState.RUNNING
    window.run_action(window_action(window, "pause"), [web, japanese, ghost])
    qtbot.waitUntil(lambda: web.state is DomainState.PAUSED and japanese.state is DomainState.PAUSED)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "lifecycle-failures") is not None)
    summary = window.findChild(QMessageBox, "lifecycle-failures")
    assert "1 of the selected VMs" in summary.text()
    assert "ghost" in summary.detailedText()
    assert "Domain not found" in summary.detailedText() or "no domain" in summary.detailedText().lower()


def window_action(window, key):
    from virtdesk.model.actions import ACTIONS

    return ACTIONS[key]


@pytest.mark.parametrize("text, expected", [
    ("web", ["web-01"]),
    ("shop", ["web-01"]),  # title
    ("PHP", ["web-01"]),  # description, any case
    ("paused", ["cache-01"]),  # state
    ("crashed", ["broken-01"]),
    ("-01 running", ["web-01"]),  # every word must match
    ("東京", ["開発サーバー"]),
    ("nothing-like-this", []),
])
def test_filter_matches_name_title_state_and_description(manager, host, qtbot, text, expected):
    manager.connect(host)
    window = manager.window
    if text.isascii():
        qtbot.keyClicks(window.filter_edit, text)
    else:  # QTest cannot synthesise keys for CJK text; an input method inserts it like this
        window.filter_edit.insert(text)
    assert visible_names(window) == sorted(expected)
    window.filter_edit.clear()
    assert len(visible_names(window)) == 5


def test_sorting_by_memory_column(manager, tmp_path, qtbot):
    uri = write_host(tmp_path, domain_xml("small", memory_mib=512), domain_xml("big", memory_mib=8192),
                     domain_xml("mid", memory_mib=2048))
    manager.connect(uri)
    window = manager.window
    window.view.sortByColumn(Column.MEMORY, Qt.SortOrder.DescendingOrder)
    parent = window.model.index(0, 0)
    assert [window.model.index(r, 0, parent).data() for r in range(3)] == ["big", "mid", "small"]


def test_auth_failure_is_shown_on_the_connection_row(qtbot, tmp_path):
    def wrong_password(request):
        request.answer(["alice" if c.type == libvirt.VIR_CRED_AUTHNAME else "wrong" for c in request.credentials])

    uri = write_host(tmp_path, domain_xml("secret-vm"), auth="<auth><user password='s3cret'>alice</user></auth>")
    harness = ManagerHarness(qtbot, authenticator=wrong_password)
    try:
        connection = harness.connect(uri, wait_for=ConnectionState.ERROR)
        state_text = harness.window.model.connection_index(connection, Column.STATE).data()
        assert state_text.startswith("Error: ")
        assert "authentication" in state_text.lower()
        assert "secret-vm" not in visible_names(harness.window)
        assert "authentication" in harness.window.error_label.full_text().lower() or \
            "Could not connect" in harness.window.error_label.full_text()
    finally:
        harness.close()


def test_demo_host_lists_every_state(manager, qtbot):
    connection = manager.connect(demo.demo_uri())
    states = {d.state for d in connection.domains.values()}
    assert {DomainState.RUNNING, DomainState.PAUSED, DomainState.SHUTOFF, DomainState.CRASHED,
            DomainState.PMSUSPENDED} <= states
    row = manager.window.model.connection_index(connection)
    assert row.data() == "Demo host"
    assert manager.window.model.rowCount(manager.window.model.index(0, 0)) == len(connection.domains)


def test_five_thousand_vms_fill_the_list_and_the_window_stays_responsive(manager, tmp_path, qtbot):
    uri = large_host.write_generated_host(tmp_path, 5000)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    connection = manager.connect(uri)
    qtbot.waitUntil(lambda: manager.window.model.rowCount(manager.window.model.index(0, 0)) == 5000)
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert len(connection.domains) == 5000
    assert max(gaps) < 1.5, f"event loop stalled for {max(gaps):.2f} s"
    window = manager.window
    window.view.scrollToBottom()
    QApplication.processEvents()
    assert not window.grab().isNull()
    qtbot.keyClicks(window.filter_edit, "vm-04999")
    assert visible_names(window) == ["vm-04999"]
    assert window.model.domain_index(connection.find_domain("vm-04999")).data(Role.DOMAIN).name == "vm-04999"


def test_add_and_remove_a_connection_through_the_dialogs(manager, host, tmp_path, qtbot):
    from virtdesk.model.connections import ConnectionList

    window = manager.window
    dialog = window.add_connection()
    dialog.hypervisor_combo.setCurrentIndex(dialog.hypervisor_combo.count() - 1)  # custom URI
    dialog.custom_uri_edit.clear()
    qtbot.keyClicks(dialog.custom_uri_edit, host)
    assert dialog.uri() == host
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: manager.connections.find(host) is not None)
    connection = manager.connections.find(host)
    qtbot.waitUntil(lambda: connection.is_active and len(connection.domains) == 5)
    assert "web-01" in visible_names(window)

    saved = ConnectionList()
    assert saved.load_saved() and [c.uri for c in saved.connections] == [host]

    window.view.setCurrentIndex(window.model.connection_index(connection))
    box = window.remove_connection()
    assert connection.label in box.text() and "Nothing on the host is changed" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert manager.connections.find(host) is connection
    box = window.remove_connection()
    remove = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: manager.connections.find(host) is None)
    assert visible_names(window) == []
    assert window.model.rowCount() == 0
    reloaded = ConnectionList()
    assert reloaded.load_saved() and reloaded.connections == []


def test_adding_a_connection_already_in_the_list_adds_nothing(manager, qtbot):
    existing = manager.connections.add("qemu:///system", autoconnect=False, save=False)
    dialog = manager.window.add_connection()
    assert dialog.preview_edit.text() == "qemu:///system"
    assert "already in the list" in dialog.error()
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert manager.connections.connections == [existing]
    assert existing.state is ConnectionState.DISCONNECTED


def test_manager_screenshot_for_the_docs(manager, qtbot):
    connection = manager.connect(demo.demo_uri())
    manager.sampler.set_interval(100)
    manager.sampler.start()
    web = connection.find_domain("web-frontend-01")
    qtbot.waitUntil(lambda: len(web.stats.cpu) >= 4, timeout=10000)  # sparklines drawn
    manager.window.resize(900, 560)
    path = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "manager.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    assert manager.window.grab().save(str(path))
    assert path.stat().st_size > 10000


def test_start_pause_and_stop_a_demo_vm_by_clicking(manager, qtbot):
    connection = manager.connect(demo.demo_uri())
    window = manager.window
    vm = connection.find_domain("mail-server")
    assert vm.state is DomainState.SHUTOFF
    window.select_domains([vm])
    click_action(qtbot, window, "run")
    qtbot.waitUntil(lambda: vm.state is DomainState.RUNNING)
    qtbot.waitUntil(lambda: window.lifecycle_actions["pause"].isEnabled())
    click_action(qtbot, window, "pause")
    qtbot.waitUntil(lambda: vm.state is DomainState.PAUSED)
    manager.preferences.confirm_forced = False  # the confirmation itself is tested above
    qtbot.waitUntil(lambda: window.lifecycle_actions["destroy"].isEnabled())
    click_action(qtbot, window, "destroy")
    qtbot.waitUntil(lambda: vm.state is DomainState.SHUTOFF)
    assert window.model.domain_index(vm, Column.STATE).data() == "Shut off"


def test_open_shows_the_details_of_each_selected_vm(manager, host, qtbot):
    connection = manager.connect(host)
    window = manager.window
    assert not window.open_action.isEnabled()
    web, db = connection.find_domain("web-01"), connection.find_domain("db-01")
    window.select_domains([web])
    window.view.selectionModel().select(window.model.domain_index(db),
                                        window.view.selectionModel().SelectionFlag.Select
                                        | window.view.selectionModel().SelectionFlag.Rows)
    opened = []
    window.domain_activated.connect(opened.append)
    assert window.open_action.isEnabled()
    window.open_action.trigger()
    assert {d.name for d in opened} == {"web-01", "db-01"}


def test_a_connections_error_leaves_the_status_bar_once_it_connects(manager, tmp_path, qtbot):
    error_label = manager.window.error_label
    connection = manager.connections.add(f"test://{tmp_path}/later.xml", autoconnect=False, save=False)
    connection.open()
    qtbot.waitUntil(lambda: connection.state is ConnectionState.ERROR)
    assert error_label.full_text().startswith("Test: later.xml: Could not connect")
    write_host(tmp_path, domain_xml("late-vm"), name="later.xml")
    connection.open()
    qtbot.waitUntil(lambda: connection.is_active)
    assert error_label.full_text() == "" and error_label.text() == "" and error_label.toolTip() == ""


def test_another_connections_error_stays_in_the_status_bar(manager, tmp_path, qtbot):
    error_label = manager.window.error_label
    first = manager.connections.add(f"test://{tmp_path}/first.xml", autoconnect=False, save=False)
    second = manager.connections.add(f"test://{tmp_path}/second.xml", autoconnect=False, save=False)
    for connection in (first, second):
        connection.open()
        qtbot.waitUntil(lambda c=connection: c.state is ConnectionState.ERROR)
    assert error_label.full_text().startswith("Test: second.xml: Could not connect")
    write_host(tmp_path, domain_xml("vm"), name="first.xml")
    first.open()
    qtbot.waitUntil(lambda: first.is_active)
    assert error_label.full_text().startswith("Test: second.xml: Could not connect")


def test_a_long_error_never_clips_the_summary(manager, tmp_path, qtbot):
    window = manager.window
    manager.connect(large_host.write_generated_host(tmp_path, 5000))
    qtbot.waitUntil(lambda: window.summary_label.text() == "5000 VMs, 2500 running")
    far_away = "qemu+ssh://administrator@a-very-long-host-name.example.com:2222/system?keyfile=/home/me/.ssh/id"
    event_log().error("QEMU/KVM: a-very-long-host-name.example.com",
                      f"Could not connect to {far_away}", "the host stopped answering")
    summary, error = window.summary_label, window.error_label
    assert window.width() == 900  # the default size
    for width in (900, 300):  # and narrow, where the two once shared what was left
        window.resize(width, window.height())
        qtbot.waitUntil(lambda w=width: window.width() == w and error.text().endswith("…"))
        assert summary.width() >= summary.fontMetrics().horizontalAdvance(summary.text()), width
        assert error.geometry().left() > summary.geometry().right()
    assert far_away in error.full_text() and far_away in error.toolTip()


def test_a_host_that_stops_answering_says_so_on_its_row_until_it_answers(manager, host, qtbot):
    connection = manager.connect(host)
    connection.lane_timeouts[Lane.QUICK] = 0.3
    release = threading.Event()
    connection.call(lambda _conn: release.wait(30))
    row = manager.window.model.connection_index(connection, Column.STATE)
    qtbot.waitUntil(lambda: row.data() == "Not responding", timeout=5000)
    release.set()
    connection.call(lambda conn: conn.getHostname())
    qtbot.waitUntil(lambda: row.data() == "Connected", timeout=5000)

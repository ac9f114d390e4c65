"""The manager's list keeps its order and its filter as VMs come, go and change (the tree model sorts and
filters)."""

from __future__ import annotations

import pytest
from manager_harness import ManagerHarness
from PySide6.QtCore import QItemSelectionModel, Qt
from testhosts import RUNNING, SHUTOFF, domain_xml, write_host

from virtdesk.gui.manager.vm_tree_model import Column, Role

pytestmark = pytest.mark.gui


@pytest.fixture
def manager(qtbot):
    harness = ManagerHarness(qtbot)
    yield harness
    harness.close()


def shown(window) -> list[str]:
    """The VM names in the order the list shows them."""
    model = window.model
    return [model.index(row, 0, model.index(connection, 0)).data()
            for connection in range(model.rowCount()) for row in range(model.rowCount(model.index(connection, 0)))]


def test_the_order_follows_a_change_and_the_selection_stays_on_its_vm(manager, tmp_path, qtbot):
    connection = manager.connect(write_host(tmp_path, domain_xml("b-web", RUNNING), domain_xml("a-db", SHUTOFF),
                                            domain_xml("c-cache", SHUTOFF)))
    window = manager.window
    assert shown(window) == ["a-db", "b-web", "c-cache"]
    window.view.sortByColumn(Column.STATE, Qt.SortOrder.AscendingOrder)  # running before shut off
    assert shown(window) == ["b-web", "a-db", "c-cache"]
    cache = window.model.domain_index(connection.find_domain("c-cache"))
    window.view.selectionModel().setCurrentIndex(cache, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                 | QItemSelectionModel.SelectionFlag.Rows)
    connection.call(lambda conn: conn.lookupByName("c-cache").create())  # libvirt's event only
    qtbot.waitUntil(lambda: shown(window) == ["b-web", "c-cache", "a-db"], timeout=5000)
    assert window.view.currentIndex().data(Role.DOMAIN).name == "c-cache"
    assert [d.name for d in window.selected_domains()] == ["c-cache"]
    window.view.sortByColumn(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert shown(window) == ["c-cache", "b-web", "a-db"]


def test_a_vm_defined_takes_its_place_in_the_order(manager, tmp_path, qtbot):
    connection = manager.connect(write_host(tmp_path, domain_xml("alpha"), domain_xml("gamma")))
    connection.call(lambda conn: conn.defineXML(domain_xml("beta")))
    qtbot.waitUntil(lambda: shown(manager.window) == ["alpha", "beta", "gamma"], timeout=5000)


def test_a_connection_hidden_by_the_filter_shows_once_one_of_its_vms_matches(manager, tmp_path, qtbot):
    connection = manager.connect(write_host(tmp_path, domain_xml("web-01", SHUTOFF), domain_xml("db-01", SHUTOFF)))
    window = manager.window
    qtbot.keyClicks(window.filter_edit, "running")
    assert window.model.rowCount() == 0  # no VM matches: the connection is hidden too
    connection.call(lambda conn: conn.lookupByName("db-01").create())
    qtbot.waitUntil(lambda: shown(window) == ["db-01"], timeout=5000)
    assert window.view.isExpanded(window.model.index(0, 0))
    window.filter_edit.clear()
    assert shown(window) == ["db-01", "web-01"]


def test_while_filtered_vms_come_go_and_sort_and_the_selection_follows_its_vm(manager, tmp_path, qtbot):
    connection = manager.connect(write_host(tmp_path, domain_xml("web-02"), domain_xml("web-01"),
                                            domain_xml("db-01")))
    window = manager.window
    window.select_domains([connection.find_domain("web-02")])
    qtbot.keyClicks(window.filter_edit, "web")
    assert shown(window) == ["web-01", "web-02"]
    assert [d.name for d in window.selected_domains()] == ["web-02"]  # still selected, at its new row
    connection.call(lambda conn: conn.defineXML(domain_xml("web-00")))
    connection.call(lambda conn: conn.defineXML(domain_xml("db-02")))
    qtbot.waitUntil(lambda: connection.find_domain("db-02") is not None, timeout=5000)
    qtbot.waitUntil(lambda: shown(window) == ["web-00", "web-01", "web-02"], timeout=5000)
    window.view.sortByColumn(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert shown(window) == ["web-02", "web-01", "web-00"]
    assert [d.name for d in window.selected_domains()] == ["web-02"]
    connection.call(lambda conn: conn.lookupByName("web-01").undefine())
    qtbot.waitUntil(lambda: shown(window) == ["web-02", "web-00"], timeout=5000)
    qtbot.keyClicks(window.filter_edit, "-01")  # "web-01", gone: nothing matches, the selected VM is hidden
    assert shown(window) == [] and window.model.rowCount() == 0
    assert window.selected_domains() == []
    window.filter_edit.clear()
    assert shown(window) == ["web-02", "web-00", "db-02", "db-01"]
    assert window.view.isExpanded(window.model.index(0, 0))

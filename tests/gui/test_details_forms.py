"""The details window's static pages are laid out by Qt Designer forms (ui/details_*.ui): each page's inputs are
the form's widgets and every details form is used by a page (test_japanese_ui.py checks the forms' texts are
translated in their page's context)."""

from __future__ import annotations

from pathlib import Path

import pytest
from details_harness import open_details
from PySide6.QtWidgets import QWidget

from virtdesk.gui.details.pages.boot import BootPage
from virtdesk.gui.details.pages.cpus import CpusPage
from virtdesk.gui.details.pages.memory import MemoryPage
from virtdesk.gui.details.pages.overview import OverviewPage
from virtdesk.gui.details.pages.performance import PerformancePage
from virtdesk.gui.details.pages.snapshots import SnapshotsPage
from virtdesk.resources import ui_path

pytestmark = pytest.mark.gui

FORMS = {OverviewPage: "details_overview", PerformancePage: "details_performance", MemoryPage: "details_memory",
         CpusPage: "details_cpus", BootPage: "details_boot", SnapshotsPage: "details_snapshots"}


def shown(window, cls):
    page = window.page(cls)
    window.show_page(page)
    return page


def test_every_details_form_is_a_pages_layout():
    forms = {path.stem for path in Path(ui_path("details_memory")).parent.glob("details_*.ui")}
    assert forms == set(FORMS.values())


@pytest.mark.parametrize("cls", [OverviewPage, PerformancePage, MemoryPage, CpusPage, BootPage])
def test_a_pages_inputs_are_its_forms_widgets(qtbot, demo_connection, cls):
    window = open_details(qtbot, demo_connection, "mail-server")
    page = shown(window, cls)
    form = page.findChild(QWidget, f"{cls.__name__}Form")
    assert form is not None
    inputs = {PerformancePage: ("cpu_graph", "memory_graph", "disk_graph", "network_graph"),
              OverviewPage: ("name_label", "rename_button", "title_edit", "description_edit", "autostart_check",
                             "edit_description_button"),
              MemoryPage: ("current_input", "maximum_input", "hugepages_check", "page_size_combo", "shared_check"),
              CpusPage: ("current_spin", "maximum_spin", "topology_check", "mode_combo", "model_combo",
                         "shares_spin", "pinning_grid"),
              BootPage: ("per_device_check", "order_list", "bootmenu_check", "timeout_spin", "kernel_group",
                         "kernel_edit", "init_edit")}[cls]
    for name in inputs:
        assert form.isAncestorOf(getattr(page, name)), name
    assert form.isAncestorOf(page.note) is False and page.isAncestorOf(page.note)  # the note below the form


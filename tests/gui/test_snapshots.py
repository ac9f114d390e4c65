"""The Snapshots page of the details window walked on a test-driver host the tests write and on the demo host: the
tree with the current snapshot in bold, Create (a free name derived from the date, external disabled with the
reason), Revert (warning, Cancel the default, snapshotting the current state first or not), Delete (naming what
goes, children kept by default, choices this libvirt refuses disabled with the reason), the description edited in
place, Merge/Pull shown for external snapshots and disabled with the reason, and a page built again while a job
runs that picks it up."""

from __future__ import annotations

import pytest
from details_harness import open_connection, open_details
from PySide6.QtWidgets import QMessageBox
from unit.model.test_snapshots import write_host

from virtdesk.gui.create_snapshot_dialog import CreateSnapshotDialog
from virtdesk.gui.details.pages.snapshots import SnapshotsPage
from virtdesk.model import snapshot_jobs
from virtdesk.model.jobs import JobState
from virtdesk.model.snapshots import DeleteMode, SnapshotRequest

pytestmark = pytest.mark.gui
Column = SnapshotsPage.Column


@pytest.fixture
def host(qtbot, tmp_path):
    connection = open_connection(qtbot, write_host(tmp_path))
    yield connection
    connection.shutdown()


def open_page(qtbot, connection, name: str) -> SnapshotsPage:
    window = open_details(qtbot, connection, name)
    window.show_page_of(SnapshotsPage)
    page = window.page(SnapshotsPage)
    assert isinstance(page, SnapshotsPage)
    qtbot.waitUntil(lambda: page.facts is not None, timeout=10000)
    return page


def select(page: SnapshotsPage, name: str) -> None:
    page.tree.setCurrentItem(page.items[name])


def job_done(qtbot, page: SnapshotsPage, job) -> None:
    qtbot.waitUntil(lambda: job.state is not JobState.RUNNING, timeout=15000)
    assert job.state is JobState.SUCCEEDED, job.report
    qtbot.waitUntil(lambda: page.job is None and not page.report_view.isHidden(), timeout=10000)
    qtbot.waitUntil(lambda: page.facts is not None and page.status_label.text().count("snapshot"), timeout=10000)


def reread(qtbot, page: SnapshotsPage, check) -> None:
    qtbot.waitUntil(lambda: page.facts is not None and check(page.facts), timeout=10000)


def test_the_tree_marks_the_current_snapshot(qtbot, host):
    page = open_page(qtbot, host, "app")
    top = page.tree.topLevelItem(0)
    assert page.tree.topLevelItemCount() == 1 and top.text(Column.NAME) == "installed"
    configured = top.child(0)
    assert configured.text(Column.NAME) == "configured" and configured.font(Column.NAME).bold()
    assert [configured.child(i).text(Column.NAME) for i in range(configured.childCount())] == ["tuned", "experiment"]
    assert not top.font(Column.NAME).bold() and top.text(Column.DESCRIPTION) == "fresh"
    assert page.tree.currentItem() is configured
    assert "the current one (in bold) is configured" in page.status_label.text()
    assert "configured (current)" in page.detail_label.text()
    assert page.buttons["revert"].isEnabled() and page.buttons["delete"].isEnabled()
    assert page.buttons["merge"].isHidden() and page.buttons["pull"].isHidden()


def test_create_takes_a_snapshot_with_a_picture_of_the_screen(qtbot, host):
    page = open_page(qtbot, host, "app")
    dialog = page.create()
    assert isinstance(dialog, CreateSnapshotDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    assert dialog.name_edit.text().startswith("snapshot-") and dialog.internal_radio.isChecked()
    assert not dialog.external_radio.isEnabled()
    assert dialog.external_reason.text() == "The test driver takes no external snapshots."
    assert not dialog.quiesce_check.isEnabled() and not dialog.table.isEnabled()
    assert dialog.cancel_button.isDefault() and dialog.action_button.isEnabled()
    dialog.name_edit.setText("configured")
    assert not dialog.action_button.isEnabled() and "already has a snapshot named configured" in \
        dialog.name_problem.text()
    dialog.name_edit.setText("before-upgrade")
    dialog.description_edit.setPlainText("kernel 6.1")
    dialog.action_button.click()
    job_done(qtbot, page, dialog.job)
    assert "Created the internal snapshot before-upgrade with the VM's memory" in dialog.report_view.toPlainText()
    qtbot.waitUntil(lambda: "before-upgrade" in page.items, timeout=10000)
    item = page.items["before-upgrade"]
    assert item.font(Column.NAME).bold() and page.tree.currentItem() is item
    assert item.text(Column.DESCRIPTION) == "kernel 6.1" and item.parent() is page.items["configured"]
    assert not page.items["configured"].font(Column.NAME).bold()
    qtbot.waitUntil(lambda: not page.thumbnail_label.pixmap().isNull(), timeout=10000)
    assert "Created the internal snapshot before-upgrade" in page.report_view.toPlainText()


def test_revert_warns_and_can_snapshot_the_current_state_first(qtbot, host):
    page = open_page(qtbot, host, "app")
    window = page.window()  # the revert changes the VM's XML: the window may build its pages again
    select(page, "installed")
    box = page.revert()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert "is lost, unless you take a snapshot of it first" in box.text()
    first = next(b for b in box.buttons() if b.text().startswith("&Snapshot the Current State"))
    assert first.isEnabled()
    first.click()
    job_done(qtbot, page, page.job)
    qtbot.waitUntil(lambda: (facts := window.page(SnapshotsPage).facts) is not None and facts.current is not None
                    and facts.current.name == "installed", timeout=10000)
    page = window.page(SnapshotsPage)  # a page built again shows the latest job's report too
    saved = [s for s in page.facts.snapshots if s.description == "Before reverting to installed"]
    assert len(saved) == 1 and saved[0].parent == "configured"
    assert "Reverted to installed: the VM is shut off" in page.report_view.toPlainText()


def test_revert_without_a_snapshot_and_cancel_that_does_nothing(qtbot, host):
    page = open_page(qtbot, host, "app")
    select(page, "tuned")
    page.revert().reject()
    assert page.job is None and page.facts.current.name == "configured"
    box = page.revert()
    next(b for b in box.buttons() if b.text().startswith("Revert and &Lose")).click()
    job = page.job
    job_done(qtbot, page, job)
    reread(qtbot, page, lambda facts: facts.current.name == "tuned")
    assert len(page.facts.snapshots) == 4


def test_delete_names_what_goes_and_keeps_children_by_default(qtbot, host):
    page = open_page(qtbot, host, "app")
    select(page, "configured")
    dialog = page.delete()
    assert dialog.mode() is DeleteMode.ONE
    assert dialog.summary_label.text() == "Deleted: configured.\nKept: tuned, experiment."
    assert not dialog.metadata_check.isEnabled()
    assert dialog.metadata_check.toolTip() == "The test driver cannot remove a snapshot's metadata alone."
    assert not dialog.delete_button.isDefault() and not dialog.delete_button.autoDefault()
    dialog.radios[DeleteMode.CHILDREN_ONLY].setChecked(True)
    assert dialog.summary_label.text() == "Deleted: tuned, experiment.\nKept: configured."
    dialog.radios[DeleteMode.WITH_CHILDREN].setChecked(True)
    assert dialog.summary_label.text() == "Deleted: configured, tuned, experiment."
    dialog.radios[DeleteMode.ONE].setChecked(True)
    dialog.delete_button.click()
    job_done(qtbot, page, page.job)
    reread(qtbot, page, lambda facts: {s.name: s.parent for s in facts.snapshots} == {
        "installed": "", "tuned": "installed", "experiment": "installed"})
    assert page.items["tuned"].parent() is page.items["installed"]


def test_a_leaf_has_no_children_to_delete(qtbot, host):
    page = open_page(qtbot, host, "app")
    select(page, "experiment")
    dialog = page.delete()
    for mode in (DeleteMode.CHILDREN_ONLY, DeleteMode.WITH_CHILDREN):
        assert not dialog.radios[mode].isEnabled()
        assert dialog.radios[mode].toolTip() == "experiment has no children."
    dialog.reject()
    assert page.job is None and len(page.facts.snapshots) == 4


def test_the_description_is_edited_in_place(qtbot, host):
    page = open_page(qtbot, host, "app")
    page.edit_description("tuned")
    assert page.tree.currentItem() is page.items["tuned"]
    page.items["tuned"].setText(Column.DESCRIPTION, "fast settings")  # as the closing editor writes it
    reread(qtbot, page, lambda facts: facts.snapshot("tuned").description == "fast settings")
    assert page.facts.current.name == "configured"
    assert page.items["tuned"].text(Column.DESCRIPTION) == "fast settings"


def test_external_snapshots_show_merge_and_pull_with_the_reason(qtbot, host):
    page = open_page(qtbot, host, "chain")
    select(page, "ext2")
    for name in ("merge", "pull"):
        button = page.buttons[name]
        assert button.isVisibleTo(page) and not button.isEnabled()
        assert button.toolTip() == "This driver runs no block jobs."
    assert "Merge Back: This driver runs no block jobs." in page.reason_label.text()
    assert page.merge() is None
    assert "vda: overlay /var/lib/libvirt/images/chain.ext2" in page.detail_label.text()
    select(page, "base")
    assert page.buttons["merge"].isHidden()


def test_a_page_built_again_while_a_job_runs_follows_it(qtbot, host):
    page = open_page(qtbot, host, "app")
    job = snapshot_jobs.create_snapshot(page.domain, SnapshotRequest("while-rebuilt"))
    again = SnapshotsPage(page.context)
    qtbot.addWidget(again)
    assert again.job is job and not again.buttons["create"].isEnabled()
    assert again.buttons["create"].toolTip() == "A snapshot job is running."
    job_done(qtbot, again, job)
    assert "while-rebuilt" in again.items and "Finished." in again.report_view.toPlainText()
    after = SnapshotsPage(page.context)  # built once the job ended: it shows the job's report
    qtbot.addWidget(after)
    assert after.job is None and "Created the internal snapshot while-rebuilt" in after.report_view.toPlainText()
    assert after.job_label.text() == f"{job.title}: Done"


def test_demo_host(qtbot, demo_connection):
    page = open_page(qtbot, demo_connection, "db-primary")
    names = [page.tree.topLevelItem(0).text(Column.NAME)]
    assert names == ["fresh-install"]
    assert page.items["after-pg16-upgrade"].font(Column.NAME).bold()
    assert page.items["after-pg16-upgrade"].parent() is page.items["before-pg16-upgrade"]
    dialog = page.create()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    assert dialog.action_button.isEnabled()
    dialog.reject()
    select(page, "fresh-install")
    assert page.buttons["revert"].isEnabled()

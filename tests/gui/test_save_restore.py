"""Saving, restoring, dumping and power management on a test-driver host the test writes: a shut-off VM with a
saved state shows "Saved" in the manager's list and the details overview, starts by restoring and has its saved state
discarded only after a question naming what is lost; power choices (ACPI, guest agent, sleep, wake up, NMI) are
offered where the VM's configuration allows them and a refusal is reported in libvirt's words; the Save, Restore and
Dump dialogs refuse bad paths with a message and without changing anything, ask before replacing a file (naming
it), and run their jobs to a report."""

from __future__ import annotations

from pathlib import Path

import pytest
from details_harness import open_connection, open_details
from gui.test_delete_vm import on_host
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from virtdesk.gui.details.pages.overview import OverviewPage
from virtdesk.gui.dump_vm_dialog import DumpVmDialog
from virtdesk.gui.host_file_job_dialog import HostFileJobDialog
from virtdesk.gui.icons import state_icon
from virtdesk.gui.manager.vm_tree_model import Column
from virtdesk.gui.restore_vm_dialog import RestoreVmDialog
from virtdesk.gui.save_vm_dialog import SaveVmDialog
from virtdesk.model.actions import ACTIONS
from virtdesk.model.domain import DomainState
from virtdesk.model.jobs import JobState
from virtdesk.model.vm_saving import AfterDump

pytestmark = pytest.mark.gui
NS = "xmlns:test='http://libvirt.org/schemas/domain/test/1.0'"
AGENT = ("<channel type='unix'><source mode='bind' path='/run/agent.sock'/>"
         "<target type='virtio' name='org.qemu.guest_agent.0'/></channel>")
POWER_KEYS = ("shutdown-acpi", "shutdown-agent", "reboot-acpi", "reboot-agent", "suspend-ram", "suspend-disk",
              "wakeup", "nmi", "discard-saved")


def _vm(name: str, state: int, *, devices: str = "", features: str = "", extra: str = "") -> str:
    return (f"<domain type='test'><name>{name}</name><memory unit='MiB'>64</memory><os><type>hvm</type></os>"
            f"{features}<devices>{devices}</devices>{extra}<test:runstate>{state}</test:runstate></domain>")


def write_host(directory: Path) -> str:
    """web: running with ACPI and a guest agent; sleepy: the same with suspend to RAM turned off; plain: running,
    neither; db: shut off with a saved state; off: shut off."""
    path = directory / "save-host.xml"
    path.write_text(
        f"<node {NS}>"
        + _vm("web", 1, devices=AGENT, features="<features><acpi/></features>")
        + _vm("sleepy", 1, devices=AGENT, extra="<pm><suspend-to-mem enabled='no'/></pm>")
        + _vm("plain", 1) + _vm("db", 5, extra="<test:hasmanagedsave/>") + _vm("off", 5)
        + "</node>", encoding="utf-8")
    return "test://" + str(path.resolve())


@pytest.fixture
def host(qtbot, tmp_path):
    connection = open_connection(qtbot, write_host(tmp_path))
    yield connection
    connection.shutdown()


def state_of(connection, name: str) -> tuple[int, bool]:
    return on_host(connection, lambda conn: (conn.lookupByName(name).state()[0],
                                             bool(conn.lookupByName(name).hasManagedSaveImage(0))))


def answer(qtbot, parent, name: str, *, yes: bool) -> str:
    """Answers the question box of that name (yes: its destructive button; no: its default); returns its text."""
    qtbot.waitUntil(lambda: any(b.isVisible() for b in parent.findChildren(QMessageBox, name)), timeout=5000)
    box = next(b for b in parent.findChildren(QMessageBox, name) if b.isVisible())
    destructive = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    assert box.defaultButton() is not destructive
    text = box.text()
    qtbot.mouseClick(destructive if yes else box.defaultButton(), Qt.MouseButton.LeftButton)
    return text


def open_dialog(qtbot, kind: type[HostFileJobDialog], target) -> HostFileJobDialog:
    dialog = kind(target)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def press(qtbot, dialog: HostFileJobDialog, path: str) -> None:
    """Types path, presses the action button and waits for the host's answer about it."""
    dialog.path_edit.setText(path)
    assert dialog.action_button.isEnabled(), dialog.problem_label.text()
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.checking, timeout=10000)


def finished(qtbot, dialog: HostFileJobDialog) -> None:
    assert dialog.job is not None, dialog.problem_label.text()
    qtbot.waitUntil(lambda: dialog.job.state is not JobState.RUNNING, timeout=15000)
    assert dialog.report_view.isVisible() and dialog.cancel_button.text() == "Close"


# -- the saved state

def test_a_saved_vm_shows_saved_in_the_list_the_filter_and_the_overview(qtbot, manager, tmp_path):
    connection = manager.connect(write_host(tmp_path))
    window = manager.window
    qtbot.waitUntil(lambda: connection.find_domain("db") is not None and connection.find_domain("off") is not None)
    db, off = connection.find_domain("db"), connection.find_domain("off")
    assert db.saved and not off.saved
    assert window.model.domain_index(db, Column.STATE).data() == "Saved"
    assert window.model.domain_index(off, Column.STATE).data() == "Shut off"
    saved_icon = window.model.domain_index(db).data(Qt.ItemDataRole.DecorationRole)
    assert saved_icon.pixmap(16).toImage() != state_icon(DomainState.SHUTOFF).pixmap(16).toImage()
    window.filter_edit.setText("saved")
    qtbot.waitUntil(lambda: window.model.rowCount(window.model.index(0, 0)) == 1)
    assert window.model.index(0, 0, window.model.index(0, 0)).data() == "db"
    window.filter_edit.clear()

    details = open_details(qtbot, connection, "db")
    overview = details.page(OverviewPage)
    assert overview.facts["state"].text() == "Saved: starting it restores it where it left off"

    window.select_domains([db])
    assert window.lifecycle_actions["discard-saved"].isEnabled() and window.lifecycle_actions["run"].isEnabled()
    window.lifecycle_actions["discard-saved"].trigger()
    text = answer(qtbot, window, "confirm-forced", yes=False)
    assert "Discarding the saved state of db" in text and "unsaved data are lost" in text and "disks are kept" in text
    qtbot.wait(200)
    assert state_of(connection, "db") == (5, True)  # keeping it is the default

    window.lifecycle_actions["discard-saved"].trigger()
    answer(qtbot, window, "confirm-forced", yes=True)
    qtbot.waitUntil(lambda: not db.managed_save, timeout=5000)
    assert state_of(connection, "db") == (5, False)
    assert window.model.domain_index(db, Column.STATE).data() == "Shut off"
    qtbot.waitUntil(lambda: overview.facts["state"].text() == "Shut off", timeout=5000)
    assert not window.lifecycle_actions["discard-saved"].isEnabled()


def test_run_restores_a_saved_vm(qtbot, manager, tmp_path):
    connection = manager.connect(write_host(tmp_path))
    qtbot.waitUntil(lambda: connection.find_domain("db") is not None)
    db = connection.find_domain("db")
    manager.window.select_domains([db])
    manager.window.lifecycle_actions["run"].trigger()
    qtbot.waitUntil(lambda: db.state is DomainState.RUNNING, timeout=5000)
    assert state_of(connection, "db") == (1, False)
    assert manager.window.model.domain_index(db, Column.STATE).data() == "Running"


# -- power choices

def test_power_choices_are_offered_where_the_configuration_allows_them(host):
    offered = {name: {key for key in POWER_KEYS if ACTIONS[key].applies(host.find_domain(name))}
               for name in ("web", "sleepy", "plain", "db", "off")}
    assert offered == {
        "web": {"shutdown-acpi", "shutdown-agent", "reboot-acpi", "reboot-agent", "suspend-ram", "suspend-disk",
                "nmi"},
        "sleepy": {"shutdown-agent", "reboot-agent", "suspend-disk", "nmi"},
        "plain": {"nmi"},
        "db": {"discard-saved"},
        "off": set(),
    }


def test_a_refused_power_choice_is_reported_in_libvirts_words_and_nmi_asks_first(qtbot, manager, tmp_path):
    connection = manager.connect(write_host(tmp_path))
    window = manager.window
    qtbot.waitUntil(lambda: connection.find_domain("web") is not None)
    web = connection.find_domain("web")
    window.select_domains([web])
    window.lifecycle_actions["shutdown-agent"].trigger()  # the test driver has no guest agent
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "lifecycle-failures") is not None, timeout=5000)
    summary = window.findChild(QMessageBox, "lifecycle-failures")
    assert "Shut Down (Guest Agent) failed" in summary.text() and "unsupported flags" in summary.detailedText()
    assert web.state is DomainState.RUNNING

    window.lifecycle_actions["nmi"].trigger()
    text = answer(qtbot, window, "confirm-forced", yes=True)
    assert "non-maskable interrupt" in text and "web" in text
    qtbot.wait(300)
    assert len(window.findChildren(QMessageBox, "lifecycle-failures")) == 1  # the NMI went in


def test_the_details_window_offers_the_power_choices_and_the_file_dialogs(qtbot, host):
    window = open_details(qtbot, host, "web")
    names = [a.objectName() for a in window.power_menu.actions() if a.objectName()]
    assert {f"action-{key}" for key in POWER_KEYS} <= set(names)
    assert {"action-save-to-file", "action-core-dump"} <= set(names)
    assert window.lifecycle_actions["suspend-ram"].isEnabled() and not window.lifecycle_actions["wakeup"].isEnabled()
    assert window.file_actions.save.isEnabled() and window.file_actions.dump.isEnabled()
    dialog = window.file_actions.open_save()
    assert isinstance(dialog, SaveVmDialog) and dialog.isVisible()
    dialog.reject()
    plain = open_details(qtbot, host, "plain")
    assert not plain.lifecycle_actions["shutdown-agent"].isEnabled()
    assert not plain.lifecycle_actions["shutdown-acpi"].isEnabled()


# -- Save to File and Restore from File

def test_save_to_a_file_then_restore_from_it_through_the_manager(qtbot, manager, tmp_path):
    connection = manager.connect(write_host(tmp_path))
    window = manager.window
    qtbot.waitUntil(lambda: connection.find_domain("web") is not None)
    web = connection.find_domain("web")
    window.select_domains([web])
    assert window.file_actions.save.isEnabled() and window.file_actions.dump.isEnabled()
    dialog = window.file_actions.open_save()
    qtbot.waitUntil(lambda: dialog.path().endswith("/web.save"), timeout=5000)  # proposed in the home folder
    target = tmp_path / "web.save"
    press(qtbot, dialog, str(target))
    finished(qtbot, dialog)
    assert dialog.job.state is JobState.SUCCEEDED, dialog.job.report
    assert target.is_file() and state_of(connection, "web") == (5, False)
    assert f"Saved the memory and state of web to {target}." in dialog.report_view.toPlainText()
    assert not dialog.path_edit.isEnabled() and not dialog.action_button.isVisible()
    dialog.reject()
    qtbot.waitUntil(lambda: web.state is DomainState.SHUTOFF, timeout=5000)
    assert window.model.domain_index(web, Column.STATE).data() == "Shut off"  # a file is not a managed save

    window.view.setCurrentIndex(window.model.connection_index(connection))
    assert window.file_actions.restore.isEnabled()
    restore = window.file_actions.open_restore()
    assert isinstance(restore, RestoreVmDialog)
    press(qtbot, restore, str(target))
    finished(qtbot, restore)
    assert restore.job.state is JobState.SUCCEEDED, restore.job.report
    assert state_of(connection, "web") == (1, False) and target.is_file()
    report = restore.report_view.toPlainText()
    assert f"Restored web from {target}; it is running." in report and f"The file {target} is kept." in report
    assert not restore.cancel_button.toolTip()  # enabled again to close


def test_bad_paths_are_refused_with_a_message_and_change_nothing(qtbot, host, tmp_path):
    web = host.find_domain("web")
    dialog = open_dialog(qtbot, SaveVmDialog, web)
    for typed, message in (("", "Type or choose the path of a file on the host."),
                           ("web.save", "web.save is not a full path"),
                           (f"{tmp_path}/", "names a folder")):
        dialog.path_edit.setText(typed)
        assert message in dialog.problem_label.text() and not dialog.action_button.isEnabled()
    press(qtbot, dialog, str(tmp_path))
    assert dialog.problem_label.text() == f"{tmp_path} is a folder: give the path of a file."
    press(qtbot, dialog, str(tmp_path / "missing" / "web.save"))
    assert dialog.problem_label.text() == f"{tmp_path / 'missing'} does not exist."
    assert dialog.job is None and web.state is DomainState.RUNNING

    existing = tmp_path / "keep.save"
    existing.write_text("precious")
    press(qtbot, dialog, str(existing))
    text = answer(qtbot, dialog, "confirm-overwrite", yes=False)
    assert text == f"{existing} already exists. Replace it? What it holds now is lost."
    assert dialog.job is None and existing.read_text() == "precious" and state_of(host, "web") == (1, False)
    press(qtbot, dialog, str(existing))
    answer(qtbot, dialog, "confirm-overwrite", yes=True)
    finished(qtbot, dialog)
    assert dialog.job.state is JobState.SUCCEEDED and existing.read_bytes() != b"precious"


def test_restore_refuses_a_missing_file_and_reports_one_that_is_no_save(qtbot, host, tmp_path):
    dialog = open_dialog(qtbot, RestoreVmDialog, host)
    assert dialog.problem_label.text() == "Type or choose the path of a file on the host."
    press(qtbot, dialog, str(tmp_path / "nothing.save"))
    assert dialog.problem_label.text() == f"{tmp_path / 'nothing.save'} does not exist." and dialog.job is None
    junk = tmp_path / "junk.save"
    junk.write_text("not a saved VM")
    press(qtbot, dialog, str(junk))
    assert not dialog.cancel_button.isEnabled() or dialog.job.state is not JobState.RUNNING  # cannot be stopped
    finished(qtbot, dialog)
    assert dialog.job.state is JobState.FAILED
    assert "Failed:" in dialog.report_view.toPlainText() and dialog.problem_label.text() == dialog.job.error
    assert {name: state_of(host, name)[0] for name in ("web", "db")} == {"web": 1, "db": 5}


def test_a_shut_off_vm_cannot_be_saved_or_dumped(qtbot, host, tmp_path):
    for kind, verb in ((SaveVmDialog, "saved"), (DumpVmDialog, "dumped")):
        dialog = open_dialog(qtbot, kind, host.find_domain("off"))
        dialog.path_edit.setText(str(tmp_path / "off.file"))
        assert dialog.problem_label.text() == f"off is shut off: only a running or paused VM can be {verb}."
        assert not dialog.action_button.isEnabled()


# -- Core Dump

def test_a_core_dump_writes_the_file_and_a_refused_kind_is_reported(qtbot, host, tmp_path):
    web = host.find_domain("web")
    dialog = open_dialog(qtbot, DumpVmDialog, web)
    assert dialog.memory_only_radio.isChecked() and dialog.format_combo.isEnabled()
    dialog.after_combo.setCurrentIndex(dialog.after_combo.findData(AfterDump.CRASH))
    assert dialog.after_warning.text() == ("web is stopped once its memory is written: what runs in it and its "
                                           "unsaved data are lost.")
    dialog.after_combo.setCurrentIndex(dialog.after_combo.findData(AfterDump.KEEP))
    assert dialog.after_warning.text() == ""
    press(qtbot, dialog, str(tmp_path / "web.core"))  # the test driver dumps no memory on its own
    assert not dialog.cancellable  # libvirt cannot abort a memory-only dump
    finished(qtbot, dialog)
    assert dialog.job.state is JobState.FAILED and "unsupported flags" in dialog.job.error
    assert not (tmp_path / "web.core").exists()

    full = open_dialog(qtbot, DumpVmDialog, web)
    full.full_radio.setChecked(True)
    assert not full.format_combo.isEnabled()
    press(qtbot, full, str(tmp_path / "web.core"))
    assert full.cancellable
    finished(qtbot, full)
    assert full.job.state is JobState.SUCCEEDED, full.job.report
    assert (tmp_path / "web.core").stat().st_size > 0 and state_of(host, "web") == (1, False)
    assert f"Wrote the memory and device state of web to {tmp_path / 'web.core'}." in full.report_view.toPlainText()

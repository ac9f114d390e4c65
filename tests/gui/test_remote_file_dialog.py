"""The host file chooser on a local test-driver connection (HostFiles on this machine's files): a folder listed
folders first with sizes, the name filter, Loading… until the worker answers, entering folders, up, home, a typed
path, OK and double-click choosing, errors shown in the dialog, folder mode, no result for a closed dialog, and the
disk editor's Browse (the chooser for a host over virtdesk's SSH)."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from virtdesk.gui.details.widgets.storage_source import StorageSourceChooser
from virtdesk.gui.remote_file_dialog import (
    FileListModel,
    RemoteFileDialog,
    can_choose_host_file,
    disk_image_filters,
)
from virtdesk.model.connection import Connection
from virtdesk.model.host_files import HostFiles
from virtdesk.model.remote_hosts import RemoteHosts
from virtdesk.model.worker import file_executor, submit
from virtdesk.remote.hostkeys import KnownHosts

pytestmark = pytest.mark.gui


@pytest.fixture
def isos(tmp_path: Path) -> Path:
    folder = tmp_path / "isos"
    (folder / "sub").mkdir(parents=True)
    (folder / "Zeta").mkdir()
    (folder / "debian 12.iso").write_bytes(b"d" * 2048)
    (folder / "small.IMG").write_bytes(b"s" * 10)
    (folder / "notes.txt").write_text("notes")
    (folder / "to-sub").symlink_to("sub")
    (folder / "sub" / "inner.qcow2").write_bytes(b"q")
    return folder


def open_dialog(qtbot, connection: Connection, start: str, **options) -> RemoteFileDialog:
    dialog = RemoteFileDialog(HostFiles(connection), start=start, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    loaded(qtbot, dialog)
    return dialog


def loaded(qtbot, dialog: RemoteFileDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)


def rows(dialog: RemoteFileDialog, column: int = FileListModel.NAME) -> list[str]:
    model = dialog.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def row_rect(dialog: RemoteFileDialog, name: str):
    index = dialog.model.index(dialog.model.row_of(name), 0)
    assert index.isValid(), name
    return dialog.view.visualRect(index)


def double_click(qtbot, dialog: RemoteFileDialog, name: str) -> None:
    rect = row_rect(dialog, name)
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_loading_shows_until_the_worker_answers_then_folders_come_first(qtbot, demo_connection: Connection,
                                                                        isos: Path) -> None:
    dialog = RemoteFileDialog(HostFiles(demo_connection), start=str(isos), filters=disk_image_filters())
    qtbot.addWidget(dialog)
    assert dialog.loading and dialog.status_label.text() == "Loading…"
    assert not dialog.view.isEnabled() and not dialog.ok_button.isEnabled()
    loaded(qtbot, dialog)
    assert dialog.status_label.text() == "" and dialog.view.isEnabled()
    assert dialog.host_label.text() == "Files on this computer"
    assert dialog.path_edit.text() == dialog.folder == str(isos)
    assert rows(dialog) == ["sub", "to-sub", "Zeta", "debian 12.iso", "small.IMG"]
    assert rows(dialog, FileListModel.SIZE) == ["", "", "", "2 KiB", "10 bytes"]
    assert [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["Name", "Size", "Modified"]
    assert dialog.filter_combo.currentText() == \
        "Disk images and ISO files (*.iso *.img *.qcow2 *.raw *.vmdk *.vdi)"
    dialog.filter_combo.setCurrentIndex(1)
    assert dialog.filter_combo.currentText() == "All files (*)"
    assert rows(dialog) == ["sub", "to-sub", "Zeta", "debian 12.iso", "notes.txt", "small.IMG"]
    dialog.resize(760, 380)
    dialog.grab().save("/tmp/sftp-local.png")


def test_double_click_enters_a_folder_and_up_and_home_go_back(qtbot, demo_connection: Connection,
                                                               isos: Path) -> None:
    dialog = open_dialog(qtbot, demo_connection, str(isos))
    double_click(qtbot, dialog, "to-sub")
    loaded(qtbot, dialog)
    assert dialog.folder == str(isos / "sub") and rows(dialog) == ["inner.qcow2"]
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    loaded(qtbot, dialog)
    assert dialog.folder == str(isos)
    qtbot.mouseClick(dialog.home_button, Qt.MouseButton.LeftButton)
    loaded(qtbot, dialog)
    assert dialog.folder == os.path.realpath(os.path.expanduser("~"))
    dialog.go("/")
    loaded(qtbot, dialog)
    assert dialog.folder == "/" and not dialog.up_button.isEnabled()


def test_a_typed_path_and_enter_goes_there_without_choosing(qtbot, demo_connection: Connection,
                                                             isos: Path) -> None:
    dialog = open_dialog(qtbot, demo_connection, str(isos))
    dialog.path_edit.setFocus()
    dialog.path_edit.setText(str(isos / "sub"))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    loaded(qtbot, dialog)
    assert dialog.folder == str(isos / "sub") and dialog.isVisible() and dialog.result() == 0
    dialog.path_edit.setText(str(isos / "debian 12.iso"))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    loaded(qtbot, dialog)
    assert dialog.folder == str(isos) and dialog.name_edit.text() == "debian 12.iso"
    assert dialog.current_entry().name == "debian 12.iso" and dialog.isVisible()


def test_ok_returns_the_selected_file(qtbot, demo_connection: Connection, isos: Path) -> None:
    dialog = open_dialog(qtbot, demo_connection, str(isos), filters=disk_image_filters())
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=row_rect(dialog, "debian 12.iso").center())
    assert dialog.name_edit.text() == "debian 12.iso" and dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.chosen, timeout=5000) as chosen:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert chosen.args == [str(isos / "debian 12.iso")]
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.selected_path() == str(isos / "debian 12.iso")


def test_double_click_on_a_file_chooses_it(qtbot, demo_connection: Connection, isos: Path) -> None:
    dialog = open_dialog(qtbot, demo_connection, str(isos))
    with qtbot.waitSignal(dialog.chosen, timeout=5000) as chosen:
        double_click(qtbot, dialog, "small.IMG")
    assert chosen.args == [str(isos / "small.IMG")]


def test_a_typed_name_is_looked_up_a_folder_entered_a_file_chosen(qtbot, demo_connection: Connection,
                                                                   isos: Path) -> None:
    dialog = open_dialog(qtbot, demo_connection, str(isos), filters=disk_image_filters())
    assert "notes.txt" not in rows(dialog)
    dialog.name_edit.setText(str(isos / "sub"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    loaded(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.folder == str(isos / "sub"), timeout=5000)
    assert dialog.isVisible()
    dialog.name_edit.setText(str(isos / "notes.txt"))
    with qtbot.waitSignal(dialog.chosen, timeout=5000) as chosen:
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert chosen.args == [str(isos / "notes.txt")]


def test_errors_are_shown_in_the_dialog_and_the_listing_stays(qtbot, demo_connection: Connection,
                                                             isos: Path) -> None:
    dialog = open_dialog(qtbot, demo_connection, str(isos))
    missing = str(isos / "missing")
    dialog.go(missing)
    loaded(qtbot, dialog)
    assert dialog.status_label.text() == f"{missing} does not exist."
    assert dialog.status_label.property("error") is True and dialog.status_label.isVisible()
    assert dialog.folder == str(isos) and "sub" in rows(dialog) and dialog.path_edit.text() == missing
    dialog.name_edit.setText("not-there.iso")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "not-there.iso does not exist" in dialog.status_label.text(), timeout=5000)
    assert dialog.isVisible() and dialog.selected_path() == ""
    marked_up = str(isos / "<b>bold</b>")  # a name is shown as it is, never read as markup
    dialog.go(marked_up)
    loaded(qtbot, dialog)
    assert dialog.status_label.text() == f"{marked_up} does not exist."
    assert dialog.status_label.textFormat() == Qt.TextFormat.PlainText
    dialog.go(str(isos))
    loaded(qtbot, dialog)
    assert dialog.status_label.text() == "" and dialog.status_label.property("error") is False


def test_a_start_path_that_is_gone_opens_the_home_folder_and_says_why(qtbot, demo_connection: Connection,
                                                                      isos: Path) -> None:
    gone = str(isos / "old" / "install.iso")
    dialog = open_dialog(qtbot, demo_connection, gone)
    qtbot.waitUntil(lambda: dialog.folder != "", timeout=10000)
    loaded(qtbot, dialog)
    assert dialog.folder == os.path.realpath(os.path.expanduser("~"))
    assert dialog.status_label.text() == f"{gone} does not exist. Showing your home folder instead."


def test_folder_mode_lists_folders_only_and_chooses_the_selected_or_the_shown_one(
    qtbot, demo_connection: Connection, isos: Path
) -> None:
    dialog = open_dialog(qtbot, demo_connection, str(isos), directory=True)
    assert dialog.windowTitle() == "Choose a Folder"
    assert rows(dialog) == ["sub", "to-sub", "Zeta"]
    assert not dialog.name_edit.isVisible() and not dialog.filter_combo.isVisible()
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.chosen, timeout=5000) as chosen:
        dialog.ok_button.click()
    assert chosen.args == [str(isos)]
    dialog = open_dialog(qtbot, demo_connection, str(isos), directory=True)
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=row_rect(dialog, "Zeta").center())
    with qtbot.waitSignal(dialog.chosen, timeout=5000) as chosen:
        dialog.ok_button.click()
    assert chosen.args == [str(isos / "Zeta")]


def test_a_closed_dialog_gets_no_result(qtbot, demo_connection: Connection, isos: Path) -> None:
    dialog = RemoteFileDialog(HostFiles(demo_connection), start=str(isos))
    shiboken6.delete(dialog)
    drained = submit(file_executor(), lambda: None)
    qtbot.waitUntil(lambda: drained.done, timeout=10000)
    qtbot.wait(50)  # a delivery to the dead dialog would raise here (pytest-qt fails the test)


def test_only_hosts_whose_files_can_be_reached_are_browsed(demo_connection: Connection) -> None:
    assert can_choose_host_file(demo_connection)
    for uri in ("qemu+tls://host.example/system", "qemu+ssh://root@host.example/system"):
        connection = Connection(uri)  # no virtdesk SSH here: libvirt's own transports reach no files
        assert not can_choose_host_file(connection)
        with pytest.raises(ValueError):
            HostFiles(connection)


def test_browse_in_the_disk_editor_opens_the_chooser_on_a_host_over_virtdesks_ssh(qtbot, tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nothing listens on: the login fails at once, as a real SSH error
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    remote = RemoteHosts(interactive=False, known_hosts=KnownHosts(tmp_path / "known_hosts", []), ssh_dir=tmp_path)
    connection = Connection(f"qemu+ssh://nobody@127.0.0.1:{port}/system", remote=remote)
    chooser = StorageSourceChooser(connection)
    qtbot.addWidget(chooser)
    chooser.path_edit.setText("/var/lib/libvirt/images/install.iso")
    assert chooser.browse_button.isEnabled()
    chooser.browse_button.click()
    dialog = chooser.findChild(RemoteFileDialog)
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Choose a Disk Image"
    assert dialog.host_label.text() == "Files on 127.0.0.1" and dialog.path_edit.text() == chooser.path_edit.text()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=20000)
    assert f"127.0.0.1 refused the connection on port {port}" in dialog.status_label.text()
    assert dialog.isVisible() and dialog.folder == ""
    dialog.reject()
    connection.shutdown()


def test_browse_in_the_disk_editor_is_there_for_a_local_connection(qtbot, demo_connection: Connection) -> None:
    chooser = StorageSourceChooser(demo_connection)
    qtbot.addWidget(chooser)
    assert chooser.browse_button.isEnabled() and chooser.browse_button.text() == "Browse…"

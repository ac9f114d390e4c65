"""The Storage tab's volume operations on the rig's real session libvirtd, driven through the tab's own buttons and
dialogs, and checked on disk with qemu-img: a dir pool of the test's own, qcow2 and raw volumes created (one
allocated in full, one over a backing store), cloned, resized (grown and, allowed, shrunk), converted, wiped and
deleted; a file uploaded into a new volume and over an existing one and downloaded back byte for byte; a
cancelled upload and a cancelled download that leave nothing behind."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import libvirt
import pytest
import shiboken6
from details_harness import open_host_details
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from virtdesk import xmlconf
from virtdesk.gui.host_details.volume_table_model import VolumeColumn
from virtdesk.model.jobs import JobState
from virtdesk.model.volume_actions import formats_for

pytestmark = pytest.mark.integration
MIB = 1024 * 1024


@pytest.fixture
def pool(session_conn: libvirt.virConnect, session_tmp: Path) -> libvirt.virStoragePool:
    pool = session_conn.storagePoolDefineXML(xmlconf.build_pool(session_tmp.name, "dir", str(session_tmp)).to_xml())
    pool.build(0)
    pool.create(0)
    return pool


@pytest.fixture
def window(qtbot, virtdesk_connection, pool):
    qtbot.waitUntil(lambda: pool.name() in {p.name for p in virtdesk_connection.pools.values()}, timeout=10000)
    return open_host_details(qtbot, virtdesk_connection, "storage", interval_ms=60000)


@pytest.fixture
def page(qtbot, window, pool):
    storage = window.storage
    assert storage.select_pool(pool.name())
    qtbot.waitUntil(lambda: not storage.loading, timeout=10000)
    return storage


def image(path: Path) -> dict:
    """What qemu-img says of the file (format, virtual-size, actual-size, backing-filename, ...)."""
    done = subprocess.run(["qemu-img", "info", "--force-share", "--output=json", str(path)], capture_output=True,
                          text=True, check=True, timeout=30)
    return json.loads(done.stdout)


def names(page) -> set[str]:
    return {v.name for v in page.volumes.volumes}


def choose(qtbot, page, *wanted: str) -> None:
    qtbot.waitUntil(lambda: set(wanted) <= names(page), timeout=15000)
    model, selection = page.volumes, page.volume_table.selectionModel()
    selection.clearSelection()
    for row in model.rows_of({v.key for v in model.volumes if v.name in wanted}):
        selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def finish(qtbot, page, dialog, outcome: str) -> None:
    """Presses the dialog's action and waits for the tab to say outcome."""
    assert dialog.action_button.isEnabled(), [label.text() for label in dialog.findChildren(QLabel)
                                              if label.isVisibleTo(dialog) and label.styleSheet()]
    dialog.action_button.click()
    qtbot.waitUntil(lambda: page.commands.outcome_label.text() == outcome or bool(refused(dialog)), timeout=60000)
    assert page.commands.outcome_label.text() == outcome, refused(dialog)


def refused(dialog) -> str:
    """libvirt's refusal, which a dialog shows while it stays open."""
    return dialog.error_label.text() if shiboken6.isValid(dialog) and dialog.isVisible() else ""


def new_volume(qtbot, page, name: str, fmt: str, mib: int, allocation_mib: int = 0, over: str = "") -> None:
    dialog = page.commands.create()
    qtbot.waitUntil(lambda: dialog.format_combo.count() > 0, timeout=10000)
    dialog.format_combo.setCurrentText(fmt)
    dialog.name_edit.setText(name)
    dialog.capacity.set_kib(mib * 1024)
    dialog.allocation.set_kib(allocation_mib * 1024)
    if over:
        qtbot.waitUntil(lambda: any(v.name == over for v in dialog.backing_volumes), timeout=10000)
        dialog.backing_check.setChecked(True)
        dialog.backing_combo.setCurrentIndex(next(i for i, v in enumerate(dialog.backing_volumes) if v.name == over))
    dialog.revalidate()
    finish(qtbot, page, dialog, f"Created {name} in {page.volumes.pool}.")


def confirm(qtbot, box: QMessageBox) -> None:
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.waitUntil(box.isVisible, timeout=5000)
    box.go_button.click()


def test_create_clone_resize_convert_wipe_and_delete_on_a_real_pool(qtbot, page, session_conn, session_tmp):
    dialog = page.commands.create()
    qtbot.waitUntil(lambda: dialog.format_combo.count() > 0, timeout=10000)
    offered = [dialog.format_combo.itemText(i) for i in range(dialog.format_combo.count())]
    assert offered == formats_for("dir", session_conn.getStoragePoolCapabilities(0))  # what the host allows
    assert offered[:2] == ["qcow2", "raw"] and len(offered) > 2
    dialog.reject()

    new_volume(qtbot, page, "disk.qcow2", "qcow2", 64)
    disk = image(session_tmp / "disk.qcow2")
    assert disk["format"] == "qcow2" and disk["virtual-size"] == 64 * MIB
    new_volume(qtbot, page, "full.raw", "raw", 32, allocation_mib=32)
    full = image(session_tmp / "full.raw")
    assert full["format"] == "raw" and full["virtual-size"] == 32 * MIB and full["actual-size"] >= 32 * MIB
    new_volume(qtbot, page, "over.qcow2", "qcow2", 64, over="disk.qcow2")
    over = image(session_tmp / "over.qcow2")
    assert over["backing-filename"] == str(session_tmp / "disk.qcow2") and over["format"] == "qcow2"
    choose(qtbot, page, "over.qcow2")
    row = page.volumes.rows_of({page.selected_volumes()[0].key})[0]
    assert page.volumes.index(row, VolumeColumn.BACKING).data() == str(session_tmp / "disk.qcow2")

    choose(qtbot, page, "disk.qcow2")
    dialog = page.commands.copy(converting=False)
    assert dialog.name_edit.text() == "disk-clone.qcow2"
    finish(qtbot, page, dialog, "Cloned disk.qcow2 as disk-clone.qcow2.")
    clone = image(session_tmp / "disk-clone.qcow2")
    assert clone["format"] == "qcow2" and clone["virtual-size"] == 64 * MIB

    choose(qtbot, page, "disk-clone.qcow2")
    dialog = page.commands.resize()
    dialog.capacity.set_kib(128 * 1024)
    dialog.revalidate()
    finish(qtbot, page, dialog, "Resized disk-clone.qcow2 to 128 MiB.")
    assert image(session_tmp / "disk-clone.qcow2")["virtual-size"] == 128 * MIB

    choose(qtbot, page, "full.raw")
    dialog = page.commands.resize()
    dialog.capacity.set_kib(16 * 1024)
    dialog.revalidate()
    assert not dialog.action_button.isEnabled()  # smaller: refused until shrinking is allowed
    dialog.shrink_check.setChecked(True)
    dialog.action_button.click()
    qtbot.waitUntil(lambda: bool(refused(dialog)), timeout=15000)
    assert refused(dialog) == "invalid argument: can't shrink capacity below existing allocation (libvirt error " \
                              "code 8)"  # libvirt's words; the dialog stays open with what was typed
    assert dialog.capacity.kib() == 16 * 1024 and dialog.shrink_check.isChecked()
    dialog.reject()
    assert image(session_tmp / "full.raw")["virtual-size"] == 32 * MIB

    new_volume(qtbot, page, "sparse.raw", "raw", 32)
    choose(qtbot, page, "sparse.raw")
    dialog = page.commands.resize()
    dialog.capacity.set_kib(16 * 1024)
    dialog.shrink_check.setChecked(True)
    finish(qtbot, page, dialog, "Resized sparse.raw to 16.0 MiB.")
    assert image(session_tmp / "sparse.raw")["virtual-size"] == 16 * MIB

    choose(qtbot, page, "disk.qcow2")
    qtbot.waitUntil(page.commands.convert_button.isEnabled, timeout=10000)
    dialog = page.commands.copy(converting=True)
    dialog.format_combo.setCurrentText("raw")
    assert dialog.name_edit.text() == "disk.raw"
    finish(qtbot, page, dialog, "Converted disk.qcow2 to raw as disk.raw.")
    converted = image(session_tmp / "disk.raw")
    assert converted["format"] == "raw" and converted["virtual-size"] == 64 * MIB
    assert image(session_tmp / "disk.qcow2")["format"] == "qcow2"  # the original is kept

    (session_tmp / "full.raw").write_bytes(b"\x5a" * (32 * MIB))
    choose(qtbot, page, "full.raw")
    confirm(qtbot, page.commands.wipe())
    qtbot.waitUntil(lambda: page.commands.outcome_label.text() == "Wiped full.raw: it holds only zeros now.",
                    timeout=60000)
    wiped = (session_tmp / "full.raw").read_bytes()
    assert len(wiped) == 32 * MIB and not wiped.strip(b"\0")

    choose(qtbot, page, "over.qcow2", "disk-clone.qcow2")
    box = page.commands.delete()
    assert str(session_tmp / "over.qcow2") in box.text() and str(session_tmp / "disk-clone.qcow2") in box.text()
    confirm(qtbot, box)
    qtbot.waitUntil(lambda: page.commands.outcome_label.text() == "Deleted disk-clone.qcow2, over.qcow2.",
                    timeout=15000)
    assert not (session_tmp / "over.qcow2").exists() and not (session_tmp / "disk-clone.qcow2").exists()
    qtbot.waitUntil(lambda: names(page) == {"disk.qcow2", "disk.raw", "full.raw", "sparse.raw"}, timeout=15000)
    assert sorted(session_conn.storagePoolLookupByName(session_tmp.name).listVolumes()) == [
        "disk.qcow2", "disk.raw", "full.raw", "sparse.raw"]


def upload_dialog(qtbot, page, path: Path, new_name: str | None):
    dialog = page.commands.upload()
    dialog.file_edit.setText(str(path))
    if new_name is None:
        dialog.existing_radio.setChecked(True)
    else:
        dialog.name_edit.setText(new_name)
    qtbot.waitUntil(dialog.action_button.isEnabled, timeout=10000)
    return dialog


def transfer(qtbot, page):
    job = page.commands.transfer
    assert job is not None and page.commands.transfer_panel.isVisibleTo(page)
    qtbot.waitUntil(lambda: job.state is not JobState.RUNNING, timeout=60000)
    return job


def test_upload_into_new_and_existing_volumes_and_download_back(qtbot, page, session_tmp, tmp_path):
    data = os.urandom(3 * MIB + 12345)
    source = tmp_path / "data.img"
    source.write_bytes(data)
    upload_dialog(qtbot, page, source, "data.img").action_button.click()
    job = transfer(qtbot, page)
    assert job.state is JobState.SUCCEEDED, job.report
    assert page.commands.outcome_label.text() == "Uploading data.img into data.img: done, 3.0 MiB copied."
    assert (session_tmp / "data.img").read_bytes() == data  # the file's bytes, and its size
    qtbot.waitUntil(lambda: [v.name for v in page.selected_volumes()] == ["data.img"], timeout=15000)
    assert page.selected_volumes()[0].capacity == len(data)

    file_dialog = page.commands.download()
    qtbot.waitUntil(file_dialog.isVisible, timeout=5000)
    back = tmp_path / "back.img"
    file_dialog.selectFile(str(back))
    file_dialog.accept()
    job = transfer(qtbot, page)
    assert job.state is JobState.SUCCEEDED, job.report
    assert back.read_bytes() == data
    assert job.done == job.total == len(data)

    new_volume(qtbot, page, "target.raw", "raw", 8)
    patch = os.urandom(MIB)
    (tmp_path / "patch.img").write_bytes(patch)
    choose(qtbot, page, "target.raw")
    dialog = upload_dialog(qtbot, page, tmp_path / "patch.img", None)
    assert dialog.action_button.text() == "&Overwrite target.raw"
    dialog.action_button.click()
    assert transfer(qtbot, page).state is JobState.SUCCEEDED
    written = (session_tmp / "target.raw").read_bytes()
    assert written[:MIB] == patch and len(written) == 8 * MIB and not written[MIB:].strip(b"\0")


def test_cancelled_transfers_leave_nothing_behind(qtbot, page, session_tmp, tmp_path):
    big = tmp_path / "big.img"
    with big.open("wb") as file:
        file.truncate(256 * MIB)  # sparse here; all of it goes through the stream
    upload_dialog(qtbot, page, big, "big.img").action_button.click()
    job = page.commands.transfer
    job.changed.connect(lambda: job.done > 0 and page.commands.cancel_transfer_button.click())
    job = transfer(qtbot, page)
    assert job.state is JobState.CANCELLED and 0 < job.done < 256 * MIB
    text = page.commands.outcome_label.text()
    assert text == ("Uploading big.img into big.img: cancelled. Created the volume big.img of 256 MiB. "
                    "Removed the unfinished volume big.img.")
    assert not (session_tmp / "big.img").exists()
    qtbot.waitUntil(lambda: "big.img" not in names(page), timeout=15000)

    new_volume(qtbot, page, "large.raw", "raw", 256)
    target = tmp_path / "large.img"
    target.write_bytes(b"kept")
    choose(qtbot, page, "large.raw")
    file_dialog = page.commands.download()
    qtbot.waitUntil(file_dialog.isVisible, timeout=5000)
    file_dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)  # its own question would block the test
    file_dialog.selectFile(str(target))
    file_dialog.accept()
    job = page.commands.transfer
    assert job is not None
    job.changed.connect(lambda: job.done > 0 and job.cancel())
    job = transfer(qtbot, page)
    assert job.state is JobState.CANCELLED and 0 < job.done < 256 * MIB
    assert target.read_bytes() == b"kept"  # the old file stays as it was; the partial copy is gone
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.img", "large.img"]


"""The volume operations of the Host Details Storage tab on a test-driver host the tests write: names, formats and
backing stores a new volume may have, the buttons following the selection and the pool, the New Volume, Clone,
Convert, Resize and Upload dialogs checking what is typed, deleting (with a second question for volumes VMs use),
wiping, libvirt's refusals shown verbatim, and the selection kept when the volumes are read again. What the test
driver cannot do (resize, wipe, upload, download) succeeding is in tests/integration/test_host_volumes.py."""

from __future__ import annotations

import uuid as uuidlib
from pathlib import Path

import pytest
from details_harness import open_connection, open_host_details
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from testhosts import RUNNING, SHUTOFF

from virtdesk.gui.host_details.volume_table_model import VOLUME_ROLE, VolumeColumn
from virtdesk.model import volume_actions
from virtdesk.model.jobs import JobState

pytestmark = pytest.mark.gui
GIB = 1024**3


def vm(name: str, state: int, path: str) -> str:
    return (f"<domain type='test'><name>{name}</name><uuid>{uuidlib.uuid4()}</uuid><memory unit='MiB'>256</memory>"
            f"<vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os><devices><disk type='file' device='disk'>"
            f"<source file='{path}'/><target dev='vda'/></disk></devices><test:runstate>{state}</test:runstate>"
            "</domain>")


def vol(name: str, gib: int, fmt: str) -> str:
    return (f"<volume type='file'><name>{name}</name><capacity unit='GiB'>{gib}</capacity>"
            f"<allocation unit='MiB'>{gib}</allocation><target><format type='{fmt}'/></target></volume>")


def write_host(directory: Path) -> str:
    """Pools: images (dir: web.qcow2 used by the VMs web and backup, db.qcow2, spare.raw), vg (logical), off (a
    stopped dir pool)."""
    path = directory / "volumes-host.xml"
    path.write_text(
        "<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>"
        + vm("web", RUNNING, "/srv/images/web.qcow2") + vm("backup", SHUTOFF, "/srv/images/web.qcow2")
        + "<pool type='dir'><name>images</name><target><path>/srv/images</path></target>"
        + vol("web.qcow2", 10, "qcow2") + vol("db.qcow2", 20, "qcow2") + vol("spare.raw", 1, "raw") + "</pool>"
        "<pool type='logical'><name>vg</name><source><name>vg</name></source><target><path>/dev/vg</path></target>"
        "</pool><pool type='dir'><name>off</name><target><path>/srv/off</path></target></pool></node>",
        encoding="utf-8")
    return "test://" + str(path.resolve())


@pytest.fixture
def host(qtbot, tmp_path):
    connection = open_connection(qtbot, write_host(tmp_path))
    stop = connection.call(lambda conn: conn.storagePoolLookupByName("off").destroy())
    qtbot.waitUntil(lambda: stop.done, timeout=5000)
    yield connection
    connection.shutdown()


@pytest.fixture
def window(qtbot, host):
    return open_host_details(qtbot, host, "storage", interval_ms=60000)


@pytest.fixture
def page(qtbot, window):
    storage = window.storage
    show_pool(qtbot, storage, "images")
    qtbot.waitUntil(lambda: storage.commands.formats(storage.selected_pool()).done, timeout=5000)
    return storage


def show_pool(qtbot, page, name: str) -> None:
    assert page.select_pool(name)
    qtbot.waitUntil(lambda: not page.loading, timeout=10000)


def names(page) -> list[str]:
    return [v.name for v in page.volumes.volumes]


def select(page, *wanted: str) -> None:
    model, selection = page.volumes, page.volume_table.selectionModel()
    selection.clearSelection()
    for row, volume in enumerate(model.volumes):
        if volume.name in wanted:
            selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
    assert sorted(v.name for v in page.selected_volumes()) == sorted(wanted)


def on_host(qtbot, connection, fn):
    task = connection.call(fn)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert task.error is None, task.error
    return task.result


def volume_xml(qtbot, connection, name: str) -> str:
    return on_host(qtbot, connection, lambda conn: conn.storagePoolLookupByName("images")
                   .storageVolLookupByName(name).XMLDesc(0))


def answer(qtbot, box: QMessageBox, go: bool) -> None:
    qtbot.waitUntil(box.isVisible, timeout=5000)
    box.button(QMessageBox.StandardButton.Cancel).click() if not go else box.go_button.click()


def enabled(page) -> set[str]:
    commands = page.commands
    buttons = {"new": commands.new_button, "clone": commands.clone_button, "resize": commands.resize_button,
               "convert": commands.convert_button, "wipe": commands.wipe_button, "delete": commands.delete_button,
               "upload": commands.upload_button, "download": commands.download_button}
    return {name for name, button in buttons.items() if button.isEnabled()}


# -- names, formats, backing stores --------------------------------------------------------------------------
CAPABILITIES = """<storagepoolCapabilities>
  <pool type='dir' supported='yes'><volOptions><defaultFormat type='raw'/><enum name='targetFormatType'>
    <value>none</value><value>raw</value><value>dir</value><value>iso</value><value>vmdk</value>
    <value>qcow2</value></enum></volOptions></pool>
  <pool type='logical' supported='yes'><poolOptions><defaultFormat type='lvm2'/></poolOptions></pool>
  <pool type='disk' supported='yes'><volOptions><defaultFormat type='none'/><enum name='targetFormatType'>
    <value>none</value><value>linux</value><value>fat32</value></enum></volOptions></pool>
</storagepoolCapabilities>"""


def test_names_formats_and_backing_stores_of_new_volumes():
    taken = {"web.qcow2", "web-clone.qcow2", "disk"}
    assert volume_actions.check_volume_name("", "images", taken) == "Give the volume a name."
    assert "/" in volume_actions.check_volume_name("a/b", "images", taken)
    assert volume_actions.check_volume_name("..", "images", taken)
    assert volume_actions.check_volume_name(". ", "images", taken)  # libvirt's schema refuses it as "."
    assert volume_actions.check_volume_name("web.qcow2", "images", taken) == \
        "The pool images already has a volume web.qcow2."
    assert volume_actions.check_volume_name("new.qcow2", "images", taken) == ""
    assert volume_actions.clone_name("web.qcow2", taken) == "web-clone-2.qcow2"
    assert volume_actions.clone_name("disk", taken) == "disk-clone"
    assert volume_actions.free_name("disk", taken) == "disk-2"
    assert volume_actions.converted_name("web.qcow2", "raw", taken) == "web.raw"
    assert volume_actions.converted_name("web.raw", "qcow2", taken) == "web-2.qcow2"
    assert volume_actions.converted_name("web.qcow2", "vpc", taken) == "web.vhd"
    # what the host says, where it says it: image formats qemu-img makes for file pools, none for logical
    assert volume_actions.formats_for("dir", CAPABILITIES) == ["qcow2", "raw", "vmdk"]
    assert volume_actions.formats_for("logical", CAPABILITIES) == []
    assert volume_actions.formats_for("disk", CAPABILITIES) == ["linux", "fat32"]
    assert volume_actions.formats_for("netfs", CAPABILITIES) == ["qcow2", "raw"]  # not described: the fallback
    assert volume_actions.formats_for("dir") == ["qcow2", "raw"] and volume_actions.formats_for("iscsi") == []
    assert volume_actions.formats_for("dir", "<broken") == ["qcow2", "raw"]
    assert volume_actions.backing_store_path(
        "<volume><backingStore><path>/p/base.qcow2</path></backingStore></volume>") == "/p/base.qcow2"
    assert volume_actions.backing_store_path("<volume/>") == volume_actions.backing_store_path("<x") == ""


# -- the buttons ---------------------------------------------------------------------------------------------------
def test_the_buttons_follow_the_selection_and_the_pool(qtbot, page):
    assert page.volumes.headerData(VolumeColumn.BACKING, Qt.Orientation.Horizontal) == "Backing store"
    select(page)
    assert enabled(page) == {"new", "upload"}
    select(page, "db.qcow2")
    assert enabled(page) == {"new", "clone", "resize", "convert", "wipe", "delete", "upload", "download"}
    select(page, "db.qcow2", "spare.raw")
    assert enabled(page) == {"new", "delete", "upload"}  # several: only deleting them all
    show_pool(qtbot, page, "vg")
    select(page)
    assert enabled(page) == {"new", "upload"}
    show_pool(qtbot, page, "off")
    assert enabled(page) == set() and page.volumes_note.text().startswith("The pool is not active")
    show_pool(qtbot, page, "images")
    page.stop_button.click()
    qtbot.waitUntil(lambda: page.start_button.isEnabled(), timeout=5000)
    assert enabled(page) == set()


# -- New Volume ------------------------------------------------------------------------------------------------------
def test_new_volume_checks_what_is_typed_and_creates_it_selected(qtbot, page, host):
    dialog = page.commands.create()
    qtbot.waitUntil(lambda: dialog.format_combo.count() == 2, timeout=5000)
    assert [dialog.format_combo.itemText(i) for i in range(2)] == ["qcow2", "raw"]
    assert dialog.name_edit.text() == "disk.qcow2" and dialog.action_button.isEnabled()
    assert dialog.available_label.text() == "100.0 GiB"
    dialog.format_combo.setCurrentText("raw")
    assert dialog.name_edit.text() == "disk.raw"  # the proposed name follows the format
    assert not dialog.backing_check.isEnabled()  # a backing store is for qcow2 only
    for typed, problem in (("", "Give the volume a name."), ("a/b", "A volume name cannot contain “/”."),
                           ("web.qcow2", "The pool images already has a volume web.qcow2.")):
        dialog.name_edit.setText(typed)
        assert dialog.name_problem.text() == problem and dialog.name_problem.isVisibleTo(dialog)
        assert not dialog.action_button.isEnabled()
    dialog.name_edit.setText("base.qcow2")
    dialog.format_combo.setCurrentText("qcow2")
    assert dialog.name_edit.text() == "base.qcow2"  # typed by the user: kept
    dialog.capacity.spin.setValue(0)
    assert dialog.capacity_problem.text() == "Give the volume a capacity." and not dialog.action_button.isEnabled()
    dialog.capacity.spin.setValue(2)  # GiB
    dialog.allocation.spin.setValue(4096)  # MiB
    assert dialog.allocation_problem.text() == "The allocation cannot be more than the capacity."
    dialog.allocation.spin.setValue(1024)
    assert not dialog.allocation_problem.isVisibleTo(dialog) and dialog.action_button.isEnabled()
    assert dialog.start() is not None
    qtbot.waitUntil(lambda: "base.qcow2" in names(page), timeout=5000)
    qtbot.waitUntil(lambda: [v.name for v in page.selected_volumes()] == ["base.qcow2"], timeout=5000)
    assert page.commands.outcome_label.text() == "Created base.qcow2 in images."
    xml = volume_xml(qtbot, host, "base.qcow2")
    assert "<capacity unit='bytes'>2147483648</capacity>" in xml and "<allocation unit='bytes'>1073741824" in xml

    dialog = page.commands.create()
    qtbot.waitUntil(lambda: dialog.format_combo.count() == 2, timeout=5000)
    qtbot.waitUntil(lambda: dialog.backing_combo.count() == 4, timeout=5000)  # the host's volumes
    dialog.name_edit.setText("over.qcow2")
    dialog.backing_check.setChecked(True)
    dialog.backing_combo.setCurrentIndex(next(i for i, v in enumerate(dialog.backing_volumes) if v.name == "db.qcow2"))
    assert dialog.capacity.kib() * 1024 == 20 * GIB  # the backing store's capacity
    dialog.start()
    qtbot.waitUntil(lambda: "over.qcow2" in names(page), timeout=5000)
    row = page.volumes.rows_of({page.selected_volumes()[0].key})[0]
    assert page.volumes.index(row, VolumeColumn.BACKING).data() == "/srv/images/db.qcow2"
    assert "<path>/srv/images/db.qcow2</path>" in volume_xml(qtbot, host, "over.qcow2").split("<backingStore>")[1]


def test_a_pool_without_formats_and_a_refused_create(qtbot, page, host):
    show_pool(qtbot, page, "vg")
    dialog = page.commands.create()
    qtbot.waitUntil(lambda: dialog.format_note.text() == "The volumes of this pool have no format.", timeout=5000)
    assert not dialog.format_combo.isEnabled() and dialog.name_edit.text() == "disk"
    dialog.name_edit.setText("lv0")
    on_host(qtbot, host, lambda conn: conn.storagePoolLookupByName("vg").createXML(
        "<volume><name>lv0</name><capacity>1048576</capacity></volume>", 0))  # made elsewhere meanwhile
    task = dialog.start()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert dialog.isVisible() and dialog.name_edit.text() == "lv0"  # kept open with what was typed
    assert dialog.error_label.text() == "operation failed: storage vol already exists (libvirt error code 9)"
    assert dialog.error_label.isVisibleTo(dialog) and dialog.action_button.isEnabled()
    qtbot.waitUntil(lambda: names(page) == ["lv0"], timeout=5000)  # the pool was read again all the same
    dialog.name_edit.setText("lv1")
    dialog.start()
    qtbot.waitUntil(lambda: "lv1" in names(page), timeout=5000)
    created = on_host(qtbot, host, lambda conn: conn.storagePoolLookupByName("vg").storageVolLookupByName(
        "lv1").XMLDesc(0))
    assert "<capacity unit='bytes'>10737418240</capacity>" in created and "<format" not in created


# -- Clone and Convert -------------------------------------------------------------------------------------------
def test_clone_and_convert_make_new_volumes_and_keep_the_source(qtbot, page, host):
    select(page, "db.qcow2")
    dialog = page.commands.copy(converting=False)
    assert dialog.windowTitle() == "Clone db.qcow2" and dialog.name_edit.text() == "db-clone.qcow2"
    assert not dialog.format_combo.isVisibleTo(dialog)
    dialog.name_edit.setText("spare.raw")
    assert not dialog.action_button.isEnabled() and "already has a volume spare.raw" in dialog.name_problem.text()
    dialog.name_edit.setText("db-clone.qcow2")
    dialog.start()
    qtbot.waitUntil(lambda: [v.name for v in page.selected_volumes()] == ["db-clone.qcow2"], timeout=5000)
    assert page.commands.outcome_label.text() == "Cloned db.qcow2 as db-clone.qcow2."
    assert "db.qcow2" in names(page) and "<format type='qcow2'/>" in volume_xml(qtbot, host, "db-clone.qcow2")

    select(page, "db.qcow2")
    assert page.commands.copy(converting=False).name_edit.text() == "db-clone-2.qcow2"  # free by default
    page.commands.dialog.reject()
    dialog = page.commands.copy(converting=True)
    assert dialog.windowTitle() == "Convert db.qcow2"
    assert [dialog.format_combo.itemText(i) for i in range(dialog.format_combo.count())] == ["raw"]
    assert dialog.name_edit.text() == "db.raw"
    dialog.start()
    qtbot.waitUntil(lambda: "db.raw" in names(page), timeout=5000)
    assert page.commands.outcome_label.text() == "Converted db.qcow2 to raw as db.raw."
    assert "<format type='raw'/>" in volume_xml(qtbot, host, "db.raw")
    assert "<format type='qcow2'/>" in volume_xml(qtbot, host, "db.qcow2")  # the original is kept


# -- Delete ------------------------------------------------------------------------------------------------------------
def test_delete_names_the_volume_and_keeps_it_by_default(qtbot, page, host):
    select(page, "spare.raw")
    box = page.commands.delete()
    assert "spare.raw" in box.text() and "/srv/images/spare.raw" in box.text() and "data is lost" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    answer(qtbot, box, go=False)
    qtbot.wait(100)
    assert "spare.raw" in names(page)
    answer(qtbot, page.commands.delete(), go=True)
    qtbot.waitUntil(lambda: "spare.raw" not in names(page), timeout=5000)
    assert page.commands.outcome_label.text() == "Deleted spare.raw."
    assert "spare.raw" not in on_host(qtbot, host, lambda conn: conn.storagePoolLookupByName("images").listVolumes())


def test_deleting_volumes_that_vms_use_needs_a_second_step_naming_them(qtbot, page, host):
    qtbot.waitUntil(lambda: page.usage.read and bool(page.volumes.users.by_path), timeout=5000)
    select(page, "web.qcow2", "spare.raw")
    first = page.commands.delete()
    assert "these 2 volumes" in first.text() and "/srv/images/web.qcow2" in first.text()
    assert "spare.raw (/srv/images/spare.raw)" in first.text()
    answer(qtbot, first, go=True)
    qtbot.waitUntil(lambda: page.commands.question is not first, timeout=5000)
    second = page.commands.question
    assert second.objectName() == "confirm-delete-used-volumes"
    assert "web.qcow2 is used by backup, web." in second.text() and "backup, web" in second.go_button.text()
    assert second.defaultButton() is second.button(QMessageBox.StandardButton.Cancel)
    answer(qtbot, second, go=False)  # refused: nothing at all is deleted
    qtbot.wait(100)
    assert {"web.qcow2", "spare.raw"} <= set(names(page))

    answer(qtbot, page.commands.delete(), go=True)
    qtbot.waitUntil(lambda: page.commands.question.objectName() == "confirm-delete-used-volumes", timeout=5000)
    answer(qtbot, page.commands.question, go=True)
    qtbot.waitUntil(lambda: not {"web.qcow2", "spare.raw"} & set(names(page)), timeout=5000)
    assert page.commands.outcome_label.text() == "Deleted spare.raw, web.qcow2."

    # the model looks again on the host: a volume a VM uses that the user was not told of is kept
    db = next(v for v in page.volumes.volumes if v.name == "db.qcow2")
    on_host(qtbot, host, lambda conn: conn.defineXML(vm("late", SHUTOFF, "/srv/images/db.qcow2")))
    task = volume_actions.delete_volumes(host, "images", [db])
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert task.result == {"db.qcow2": "used by late"}
    assert "db.qcow2" in on_host(qtbot, host, lambda conn: conn.storagePoolLookupByName("images").listVolumes())


# -- the selection across reads ------------------------------------------------------------------------------------
def test_the_selected_volumes_stay_selected_when_the_pool_is_read_again(qtbot, page, host):
    select(page, "db.qcow2", "web.qcow2")
    page.volume_table.selectionModel().setCurrentIndex(
        page.volumes.index(names(page).index("web.qcow2"), 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    before = page.volumes.volumes
    on_host(qtbot, host, lambda conn: conn.storagePoolLookupByName("images").createXML(
        "<volume><name>added.raw</name><capacity>1048576</capacity></volume>", 0))
    page.refresh_button.click()
    qtbot.waitUntil(lambda: "added.raw" in names(page), timeout=5000)
    assert page.volumes.volumes is not before  # a new list of new objects...
    assert sorted(v.name for v in page.selected_volumes()) == ["db.qcow2", "web.qcow2"]  # ...the same selection
    assert page.volume_table.currentIndex().data(VOLUME_ROLE).name == "web.qcow2"
    on_host(qtbot, host, lambda conn: conn.storagePoolLookupByName("images").storageVolLookupByName(
        "db.qcow2").delete(0))
    page.refresh_button.click()
    qtbot.waitUntil(lambda: "db.qcow2" not in names(page), timeout=5000)
    assert [v.name for v in page.selected_volumes()] == ["web.qcow2"]  # gone elsewhere: out of the selection
    show_pool(qtbot, page, "vg")
    show_pool(qtbot, page, "images")
    assert page.selected_volumes() == []  # another pool's selection is not carried over


# -- Resize, Wipe: their checks and questions (the test driver refuses both) ---------------------------------------
def test_resize_grows_only_unless_shrinking_is_allowed_and_named(qtbot, page):
    select(page, "db.qcow2")
    dialog = page.commands.resize()
    assert dialog.capacity.kib() * 1024 == 20 * GIB and dialog.capacity_problem.text() == "That is its capacity now."
    assert not dialog.action_button.isEnabled()
    dialog.capacity.spin.setValue(10)
    assert "only grows unless you allow shrinking" in dialog.capacity_problem.text()
    assert not dialog.action_button.isEnabled() and not dialog.shrink_warning.isVisibleTo(dialog)
    dialog.shrink_check.setChecked(True)
    assert dialog.shrink_warning.isVisibleTo(dialog) and "db.qcow2" in dialog.shrink_warning.text()
    assert "data is lost" in dialog.shrink_warning.text()
    assert dialog.action_button.isEnabled() and dialog.action_button.text() == "Shrink, &Losing Data"
    assert dialog.cancel_button.isDefault() and not dialog.action_button.isDefault()
    dialog.capacity.spin.setValue(30)
    assert dialog.action_button.text() == "Resi&ze" and dialog.action_button.isDefault()
    task = dialog.start()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert "virStorageVolResize" in dialog.error_label.text() and "libvirt error code" in dialog.error_label.text()
    assert dialog.isVisible() and dialog.capacity.kib() == 30 * 1024 * 1024


def test_wipe_names_the_volume_and_its_vms_and_says_what_libvirt_answered(qtbot, page):
    qtbot.waitUntil(lambda: page.usage.read and bool(page.volumes.users.by_path), timeout=5000)
    select(page, "web.qcow2")
    box = page.commands.wipe()
    assert "web.qcow2 (/srv/images/web.qcow2)" in box.text() and "cannot be recovered" in box.text()
    assert "web.qcow2 is used by backup, web." in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    answer(qtbot, box, go=False)
    assert page.commands.outcome_label.text() == ""
    answer(qtbot, page.commands.wipe(), go=True)
    qtbot.waitUntil(lambda: page.commands.outcome_label.text().startswith("Could not wipe web.qcow2"), timeout=5000)
    assert "virStorageVolWipe" in page.commands.outcome_label.text()
    assert page.commands.outcome_label.styleSheet() == "color: #b00020"
    assert "wipe" in enabled(page)  # not left busy


# -- Upload and Download: the choices (the test driver has no streams) ----------------------------------------------
def test_upload_checks_the_file_and_the_target_and_cleans_up_after_a_failure(qtbot, page, host, tmp_path):
    select(page, "spare.raw")
    dialog = page.commands.upload()
    assert dialog.file_problem.text() == "Choose the file to upload." and not dialog.action_button.isEnabled()
    dialog.file_edit.setText("relative.img")
    assert dialog.file_problem.text() == "Give the file's full path (from /)."
    dialog.file_edit.setText(str(tmp_path / "missing.img"))
    qtbot.waitUntil(lambda: "No such file" in dialog.file_problem.text(), timeout=5000)
    dialog.file_edit.setText(str(tmp_path))
    qtbot.waitUntil(lambda: "is not a regular file" in dialog.file_problem.text(), timeout=5000)
    (tmp_path / "empty.img").touch()
    dialog.file_edit.setText(str(tmp_path / "empty.img"))
    qtbot.waitUntil(lambda: dialog.file_problem.text() == "The file is empty: there is nothing to upload.",
                    timeout=5000)
    huge = tmp_path / "huge.img"
    with huge.open("wb") as file:
        file.truncate(200 * GIB)  # sparse: nothing is written
    dialog.file_edit.setText(str(huge))
    qtbot.waitUntil(lambda: "larger than the" in dialog.file_problem.text(), timeout=5000)
    assert dialog.file_info.text() == "200 GiB" and dialog.name_edit.text() == "huge.img"
    small = tmp_path / "small.img"
    small.write_bytes(b"\1" * 4096)
    file_dialog = dialog.browse()
    qtbot.waitUntil(file_dialog.isVisible, timeout=5000)
    file_dialog.selectFile(str(small))
    file_dialog.accept()
    assert dialog.path == str(small)
    qtbot.waitUntil(lambda: dialog.file_info.text() == "4 KiB", timeout=5000)
    assert dialog.name_edit.text() == "small.img" and dialog.action_button.isEnabled()
    dialog.existing_radio.setChecked(True)
    assert "spare.raw" in dialog.existing_radio.text() and "overwritten" in dialog.existing_radio.text()
    assert dialog.action_button.text() == "&Overwrite spare.raw" and dialog.cancel_button.isDefault()
    assert not dialog.name_edit.isEnabled()
    dialog.new_radio.setChecked(True)
    dialog.name_edit.setText("spare.raw")
    assert not dialog.action_button.isEnabled()
    dialog.name_edit.setText("small.img")
    dialog.start()
    job = page.commands.transfer
    assert job is not None and page.commands.transfer_panel.isVisibleTo(page)
    assert not page.commands.upload_button.isEnabled()
    qtbot.waitUntil(lambda: job.state is not JobState.RUNNING, timeout=10000)
    assert job.state is JobState.FAILED and "virStorageVolUpload" in job.error
    text = page.commands.outcome_label.text()
    assert text.startswith("Uploading small.img into small.img: failed:") and "virStorageVolUpload" in text
    assert "Created the volume small.img of 4 KiB. Removed the unfinished volume small.img." in text
    assert not page.commands.transfer_panel.isVisibleTo(page) and page.commands.upload_button.isEnabled()
    assert "small.img" not in on_host(qtbot, host, lambda conn: conn.storagePoolLookupByName("images").listVolumes())


def test_download_leaves_an_existing_file_as_it_was_when_it_fails(qtbot, page, tmp_path):
    select(page, "db.qcow2")
    (tmp_path / "downloads").mkdir()
    target = tmp_path / "downloads" / "db.qcow2"
    target.write_bytes(b"keep me")
    file_dialog = page.commands.download()
    qtbot.waitUntil(file_dialog.isVisible, timeout=5000)
    assert file_dialog.acceptMode() is QFileDialog.AcceptMode.AcceptSave
    file_dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)
    file_dialog.selectFile(str(target))
    file_dialog.accept()
    job = page.commands.transfer
    assert job is not None
    qtbot.waitUntil(lambda: job.state is not JobState.RUNNING, timeout=10000)
    assert job.state is JobState.FAILED and "virStorageVolDownload" in job.error
    assert target.read_bytes() == b"keep me" and sorted(p.name for p in target.parent.iterdir()) == ["db.qcow2"]
    assert page.commands.outcome_label.text().startswith(f"Downloading db.qcow2 to {target}: failed:")


def test_a_volume_made_while_new_volume_is_open_joins_the_backing_choices(qtbot, page, host):
    show_pool(qtbot, page, "images")
    dialog = page.commands.create()
    qtbot.waitUntil(lambda: dialog.backing_combo.count() == 3, timeout=5000)  # web, db, spare
    dialog.backing_combo.setCurrentIndex(next(i for i, v in enumerate(dialog.backing_volumes) if v.name == "db.qcow2"))
    on_host(qtbot, host, lambda conn: conn.storagePoolLookupByName("images").createXML(
        "<volume><name>late.qcow2</name><capacity>1048576</capacity><target><format type='qcow2'/></target>"
        "</volume>", 0))
    host.catalogue.read_volumes("images")  # as after a pool's refresh event
    qtbot.waitUntil(lambda: dialog.backing_combo.count() == 4, timeout=5000)
    assert "late.qcow2" in [v.name for v in dialog.backing_volumes]
    assert dialog.backing_volumes[dialog.backing_combo.currentIndex()].name == "db.qcow2"  # the choice is kept


def test_new_volume_follows_the_free_space_of_its_pool_while_open(qtbot, page, host):
    dialog = page.commands.create()
    qtbot.waitUntil(lambda: dialog.format_combo.count() == 2, timeout=5000)
    assert dialog.available_label.text() == "100.0 GiB"
    dialog.format_combo.setCurrentText("raw")
    dialog.capacity.spin.setValue(80)  # GiB
    dialog.allocation.spin.setValue(80 * 1024)  # MiB
    assert not dialog.allocation_problem.isVisibleTo(dialog) and dialog.action_button.isEnabled()
    made = volume_actions.create_volume(host, "images", "fill.raw", "raw", 40 * GIB, 40 * GIB)  # made meanwhile
    qtbot.waitUntil(lambda: made.done, timeout=5000)
    assert made.error is None, made.error
    qtbot.waitUntil(lambda: dialog.available_label.text() == "60.0 GiB", timeout=5000)
    assert dialog.allocation_problem.text() == "Only 60.0 GiB is free in the pool images."
    assert dialog.allocation_problem.isVisibleTo(dialog) and not dialog.action_button.isEnabled()
    dialog.allocation.spin.setValue(50 * 1024)
    assert not dialog.allocation_problem.isVisibleTo(dialog) and dialog.action_button.isEnabled()

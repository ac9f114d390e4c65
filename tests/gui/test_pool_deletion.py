"""An existing storage pool on a test-driver host the test writes: the question before deleting it (the pool named,
its volumes counted, the VMs using them named, its storage kept unless the separate option is ticked, Cancel the
default), the deletion itself, and its XML view (Apply only when edited, the definition replaced through xmlconf,
libvirt's refusal shown verbatim with the text kept)."""

from __future__ import annotations

import uuid as uuidlib

import pytest
import shiboken6
from details_harness import open_connection
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from testhosts import RUNNING, SHUTOFF

from virtdesk.gui.host_details.pool_deletion import PoolDeletionDialog, ask_to_delete_pool
from virtdesk.gui.host_details.pool_xml_view import PoolXmlView

pytestmark = pytest.mark.gui


def vm(name: str, state: int, disk: str, kind: str = "file") -> str:
    source = f"<source {'dev' if kind == 'block' else 'file'}='{disk}'/>"
    return (f"<domain type='test'><name>{name}</name><uuid>{uuidlib.uuid4()}</uuid><memory unit='MiB'>256</memory>"
            f"<vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os><devices><disk type='{kind}' device='disk'>"
            f"{source}<target dev='vda'/></disk></devices><test:runstate>{state}</test:runstate></domain>")


def volume(name: str) -> str:
    return f"<volume type='file'><name>{name}</name><capacity unit='GiB'>1</capacity></volume>"


@pytest.fixture
def host(qtbot, tmp_path):
    path = tmp_path / "pools-host.xml"
    path.write_text(
        "<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>"
        + vm("web", RUNNING, "/srv/images/web.qcow2") + vm("db", SHUTOFF, "/dev/vg/data", "block")
        + "<pool type='dir'><name>images</name><target><path>/srv/images</path></target>"
        + volume("web.qcow2") + volume("spare.qcow2") + "</pool>"
        "<pool type='dir'><name>empty</name><target><path>/srv/empty</path></target></pool>"
        "<pool type='logical'><name>vg</name><source><device path='/dev/sdb'/><name>vg</name></source>"
        "<target><path>/dev/vg</path></target>" + volume("data") + "</pool>"
        "<pool type='rbd'><name>ceph</name><source><host name='mon1.example.com'/><name>rbd</name></source></pool>"
        "</node>", encoding="utf-8")
    connection = open_connection(qtbot, f"test://{path}")
    yield connection
    connection.shutdown()


def pool(connection, name: str):
    return next(p for p in connection.catalogue.pools.values() if p.name == name)


def run(qtbot, connection, fn):
    task = connection.call(fn)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert task.error is None, task.error
    return task.result


def stopped(qtbot, connection, name: str):
    run(qtbot, connection, lambda conn: conn.storagePoolLookupByName(name).destroy())
    connection.catalogue.pool_event(name)
    qtbot.waitUntil(lambda: not pool(connection, name).active, timeout=5000)
    return pool(connection, name)


def open_dialog(qtbot, connection, name: str) -> PoolDeletionDialog:
    dialog = PoolDeletionDialog(connection, pool(connection, name))
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


# -- the question --------------------------------------------------------------------------------------------------
def test_the_question_names_the_pool_its_volumes_and_the_vms_using_them(qtbot, host):
    dialog = open_dialog(qtbot, host, "images")
    assert dialog.question.text() == "Delete the storage pool images?"
    assert dialog.definition.text() == (f"Its definition is removed from {host.label}. It is active: it is stopped "
                                        "first.")
    qtbot.waitUntil(lambda: dialog.volumes_label.text() == "It holds 2 volume(s).", timeout=5000)
    qtbot.waitUntil(lambda: dialog.users_label.text() == "Used by VMs: web.qcow2 by web", timeout=5000)
    check = dialog.storage_check
    assert check.text() == "Also delete the storage: the directory /srv/images"
    assert check.isVisible() and not check.isChecked()
    assert not check.isEnabled()  # libvirt removes only an empty directory
    assert dialog.storage_note.text() == ("libvirt deletes a pool's directory only when it is empty: delete its "
                                          "volumes first.")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).isDefault()
    assert not dialog.delete_button.isDefault() and dialog.delete_button.text() == "&Delete images"
    assert not dialog.delete_storage()


def test_storage_is_kept_unless_the_separate_option_is_ticked(qtbot, host):
    dialog = open_dialog(qtbot, host, "empty")
    qtbot.waitUntil(lambda: dialog.volumes_label.text() == "It holds 0 volume(s).", timeout=5000)
    check = dialog.storage_check
    assert check.isEnabled() and not check.isChecked() and not dialog.delete_storage()
    assert dialog.storage_note.text() == "Its storage and the volumes in it are kept."
    check.click()
    assert dialog.delete_storage()
    assert dialog.storage_note.text() == "What it holds is lost." and dialog.storage_note.styleSheet()


def test_deleting_storage_that_vms_use_says_what_they_lose(qtbot, host):
    dialog = open_dialog(qtbot, host, "vg")
    qtbot.waitUntil(lambda: dialog.users_label.text() == "Used by VMs: data by db", timeout=5000)
    check = dialog.storage_check
    assert check.text() == ("Also delete the storage: the volume group vg with all its logical volumes, and the LVM "
                            "labels of /dev/sdb")
    check.click()
    assert dialog.storage_note.text() == ("What it holds is lost. The VMs using its volumes lose those disks: they "
                                          "will not start until the disks are removed from them or replaced.")


def test_a_stopped_pool_says_its_volumes_are_not_known_and_a_type_without_deletion_keeps_storage(qtbot, host):
    stopped(qtbot, host, "vg")
    dialog = open_dialog(qtbot, host, "vg")
    assert dialog.definition.text() == f"Its definition is removed from {host.label}."
    assert dialog.volumes_label.text() == "It is not active, so the volumes it holds are not known."
    assert dialog.storage_check.isEnabled()
    ceph = open_dialog(qtbot, host, "ceph")
    assert not ceph.storage_check.isVisible() and not ceph.delete_storage()
    assert ceph.storage_note.text() == "libvirt cannot delete the storage of rbd pools: it is left as it is."


# -- asking, then deleting -------------------------------------------------------------------------------------------
def ask(qtbot, host, name: str, tick: bool, delete: bool) -> tuple[list[str], list]:
    """Opens the deletion question for the named pool and answers it; returns what it said and the tasks started."""
    parent = QWidget()
    qtbot.addWidget(parent)
    started: list = []
    dialog = ask_to_delete_pool(parent, host, pool(host, name), started.append)
    assert dialog.isVisible() and dialog.windowModality() is Qt.WindowModality.WindowModal
    qtbot.waitUntil(lambda: "volume" in dialog.volumes_label.text() and "Reading" not in
                    dialog.volumes_label.text(), timeout=5000)
    seen = [dialog.volumes_label.text()]
    if tick:
        dialog.storage_check.click()
    (dialog.delete_button if delete else dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)).click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5000)  # closed and deleted either way
    return seen, started


def test_cancel_deletes_nothing(qtbot, host):
    seen, started = ask(qtbot, host, "empty", tick=True, delete=False)
    assert seen == ["It holds 0 volume(s)."] and started == []
    assert "empty" in run(qtbot, host, lambda conn: [p.name() for p in conn.listAllStoragePools()])


@pytest.mark.parametrize(("name", "tick", "description"), [
    ("empty", True, "Deleting the pool empty and its storage"),
    ("images", False, "Deleting the pool images"),
])
def test_delete_stops_and_removes_the_pool(qtbot, host, name, tick, description):
    _seen, started = ask(qtbot, host, name, tick=tick, delete=True)
    assert len(started) == 1 and started[0].description == description
    task = started[0]
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert task.error is None, task.error
    assert name not in run(qtbot, host, lambda conn: [p.name() for p in conn.listAllStoragePools()])
    qtbot.waitUntil(lambda: name not in {p.name for p in host.catalogue.pools.values()}, timeout=5000)


# -- the XML view ------------------------------------------------------------------------------------------------------
@pytest.fixture
def view(qtbot, host):
    stopped(qtbot, host, "empty")  # the test driver keeps one definition only: an inactive pool's is replaced
    widget = PoolXmlView(host)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_pool(pool(host, "empty"))
    qtbot.waitUntil(lambda: "<name>empty</name>" in widget.editor.text(), timeout=5000)
    return widget


def test_apply_redefines_the_pool_from_the_edited_xml(qtbot, host, view):
    assert not view.apply_button.isEnabled() and not view.revert_button.isEnabled()
    view.editor.edit.setPlainText(view.editor.text().replace("/srv/empty", "/srv/moved"))
    assert view.apply_button.isEnabled() and view.revert_button.isEnabled()
    with qtbot.waitSignal(view.applied, timeout=5000) as signal:
        view.apply_button.click()
    assert signal.args == ["empty"]
    qtbot.waitUntil(lambda: "/srv/moved" in pool(host, "empty").xml, timeout=5000)
    qtbot.waitUntil(lambda: not view.editor.is_edited() and "/srv/moved" in view.editor.text(), timeout=5000)
    qtbot.waitUntil(lambda: view.note.text() == "Applied.", timeout=5000)  # after the event's read of the pool
    assert not view.apply_button.isEnabled()
    assert "/srv/moved" in run(qtbot, host, lambda conn: conn.storagePoolLookupByName("empty").XMLDesc(0))


@pytest.mark.parametrize(("edit", "message"), [
    (lambda xml: xml.replace("</pool>", ""), "Line "),
    (lambda xml: xml.replace("<name>empty</name>", "<name>other</name>"),
     "The pool's name cannot be changed here: keep <name>empty</name>."),
    (lambda xml: "<volume><name>x</name></volume>", "The XML must be a <pool> document."),
    (lambda xml: xml.replace("</pool>", "<bogus/></pool>"), "Element pool has extra content: bogus"),
])
def test_what_cannot_be_applied_says_why_and_keeps_the_text(qtbot, host, view, edit, message):
    text = edit(view.editor.text())
    view.editor.edit.setPlainText(text)
    view.apply_button.click()
    qtbot.waitUntil(lambda: message in view.editor.message.text(), timeout=5000)
    assert view.editor.text() == text and view.apply_button.isEnabled()
    if "bogus" in message:  # the host's refusal, in libvirt's words
        assert view.editor.message.text().startswith("Not applied: ") and "libvirt error code" in \
            view.editor.message.text()
    assert "bogus" not in run(qtbot, host, lambda conn: conn.storagePoolLookupByName("empty").XMLDesc(0))


def test_the_uuid_is_kept_and_no_pool_shows_nothing(qtbot, host, view):
    uuid, original = pool(host, "empty").uuid, view.editor.text()
    assert f"<uuid>{uuid}</uuid>" in original
    view.editor.edit.setPlainText("\n".join(line for line in original.splitlines() if "<uuid>" not in line))
    assert view.edited_pool().uuid == uuid  # left out: the pool's own
    view.editor.edit.setPlainText(original.replace(uuid, str(uuidlib.uuid4())))
    view.apply_button.click()
    assert view.editor.message.text() == f"The pool's UUID cannot be changed here: keep <uuid>{uuid}</uuid>."
    view.show_pool(None)
    assert view.editor.text() == "" and view.editor.edit.isReadOnly()
    assert view.note.text() == "No storage pool is selected." and not view.apply_button.isEnabled()

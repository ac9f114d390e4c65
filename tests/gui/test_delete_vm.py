"""The Delete dialog walked on the demo host and on a test-driver host of storage that other VMs share, read-only,
shareable and install media, and a file outside the pools: nothing ticked, what must be kept disabled with its
reason, the saved state and a running VM blocking until chosen, a deletion that removes only what was ticked, a
failing step that stops and says what was not removed, and Cancel that changes nothing."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from details_harness import open_connection
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence

from virtdesk.gui.delete_vm_dialog import DeleteVmDialog, VmJobDialog
from virtdesk.model.jobs import JobState

pytestmark = pytest.mark.gui
IMAGES = "/var/lib/libvirt/images"
NS = "xmlns:test='http://libvirt.org/schemas/domain/test/1.0'"


def _disk(path: str, target: str, extra: str = "", device: str = "disk") -> str:
    return (f"<disk type='file' device='{device}'><source file='{path}'/><target dev='{target}'/>{extra}</disk>")


def _volume(name: str, gib: int = 1) -> str:
    return f"<volume type='file'><name>{name}</name><capacity unit='GiB'>{gib}</capacity></volume>"


def write_host(directory: Path) -> str:
    web = (
        "<domain type='test'><name>web</name><memory unit='MiB'>64</memory>"
        "<os><type>hvm</type><loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE.fd</loader>"
        "<nvram>/var/lib/libvirt/qemu/nvram/web_VARS.fd</nvram></os><devices>"
        + _disk(f"{IMAGES}/web.qcow2", "vda") + _disk(f"{IMAGES}/shared.qcow2", "vdb")
        + _disk(f"{IMAGES}/golden.qcow2", "vdc", "<readonly/>") + _disk(f"{IMAGES}/cluster.raw", "vdd", "<shareable/>")
        + _disk("/var/lib/libvirt/isos/install.iso", "sda", "<readonly/>", "cdrom")
        + _disk("/srv/outside.img", "vde")
        + "<disk type='block' device='disk'><source dev='/dev/disk/by-path/lun-1'/><target dev='vdf'/></disk>"
        + "<interface type='network'><mac address='52:54:00:aa:00:01'/><source network='default'/></interface>"
        "</devices><test:runstate>5</test:runstate><test:hasmanagedsave/>"
        "<test:domainsnapshot><name>before</name><state>shutoff</state><creationTime>1717236000</creationTime>"
        "<active>0</active><domain type='test'><name>web</name><memory unit='MiB'>64</memory>"
        "<os><type>hvm</type></os></domain></test:domainsnapshot></domain>"
    )
    db = ("<domain type='test'><name>db</name><memory unit='MiB'>64</memory><os><type>hvm</type></os><devices>"
          + _disk(f"{IMAGES}/shared.qcow2", "vda") + _disk(f"{IMAGES}/db.qcow2", "vdb")
          + "</devices><test:runstate>1</test:runstate></domain>")
    path = directory / "storage-host.xml"
    path.write_text(
        f"<node {NS}>" + web + db
        + "<network><name>default</name><bridge name='virbr0'/></network>"
        f"<pool type='dir'><name>default</name><target><path>{IMAGES}</path></target>"
        + "".join(_volume(n) for n in ("web.qcow2", "shared.qcow2", "golden.qcow2", "cluster.raw", "db.qcow2"))
        + "</pool><pool type='dir'><name>isos</name><target><path>/var/lib/libvirt/isos</path></target>"
        + _volume("install.iso") + "</pool><pool type='iscsi'><name>san</name><source><host name='san.example'/>"
        "<device path='iqn.2024-05.example:lun'/></source><target><path>/dev/disk/by-path</path></target>"
        + _volume("lun-1") + "</pool></node>", encoding="utf-8")
    return "test://" + str(path.resolve())


@pytest.fixture
def host(qtbot, tmp_path):
    connection = open_connection(qtbot, write_host(tmp_path))
    yield connection
    connection.shutdown()


def open_vm_dialog(qtbot, kind: type[VmJobDialog], connection, name: str) -> Any:
    """The Delete or Clone dialog of the VM, once it read what it shows."""
    qtbot.waitUntil(lambda: connection.find_domain(name) is not None, timeout=10000)
    dialog = kind(connection.find_domain(name))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=15000)
    return dialog


def open_dialog(qtbot, connection, name: str) -> DeleteVmDialog:
    return open_vm_dialog(qtbot, DeleteVmDialog, connection, name)


def rows(dialog: DeleteVmDialog) -> dict[str, tuple[bool, bool, str]]:
    """target -> (ticked, tickable, note)."""
    found = {}
    for row, check in enumerate(dialog.checks):
        target = dialog.table.item(row, dialog.Column.TARGET).text().split()[0]
        found[target] = (check.checkState() is Qt.CheckState.Checked,
                         bool(check.flags() & Qt.ItemFlag.ItemIsUserCheckable),
                         dialog.table.item(row, dialog.Column.NOTE).text())
    return found


def tick(dialog: DeleteVmDialog, target: str) -> None:
    for row, check in enumerate(dialog.checks):
        if dialog.table.item(row, dialog.Column.TARGET).text().split()[0] == target:
            check.setCheckState(Qt.CheckState.Checked)


def on_host(connection, fn):
    """fn(virConnect) run on the connection's worker, waited for."""
    task = connection.call(fn)
    deadline = time.monotonic() + 10
    while not task.done and time.monotonic() < deadline:
        QCoreApplication.processEvents()
    if task.error is not None:
        raise task.error
    return task.result


def volumes(connection) -> set[str]:
    return set(on_host(connection, lambda conn: conn.storagePoolLookupByName("default").listVolumes()))


def domains(connection) -> set[str]:
    return set(on_host(connection, lambda conn: [d.name() for d in conn.listAllDomains()]))


def run(qtbot, dialog: VmJobDialog, timeout: int = 15000) -> None:
    """Presses the dialog's action button and waits for its job to end."""
    assert dialog.action_button.isEnabled(), dialog.problem_label.text()
    dialog.action_button.click()
    assert dialog.job is not None
    qtbot.waitUntil(lambda: dialog.job.state is not JobState.RUNNING, timeout=timeout)


def test_nothing_is_ticked_and_what_must_stay_cannot_be(qtbot, host):
    dialog = open_dialog(qtbot, host, "web")
    found = rows(dialog)
    assert {t: ticked for t, (ticked, _, _) in found.items()} == dict.fromkeys(found, False)
    assert found["vda"][1] and "pool default" in found["vda"][2]
    assert not found["vdb"][1] and "used by db" in found["vdb"][2]
    assert not found["vdc"][1] and "read-only" in found["vdc"][2]
    assert not found["vdd"][1] and "shareable" in found["vdd"][2]
    assert not found["sda"][1] and "install media" in found["sda"][2]
    assert not found["vde"][1] and "not in a storage pool" in found["vde"][2]
    assert not found["vdf"][1] and "a LUN of the pool san" in found["vdf"][2]
    assert dialog.table.item(0, dialog.Column.SIZE).text() == "1.0 GiB"
    assert dialog.cancel_button.isDefault() and not dialog.action_button.isDefault()
    assert "web" in dialog.action_button.text()
    assert dialog.managed_save_check.isVisibleTo(dialog) and not dialog.managed_save_check.isChecked()
    assert dialog.nvram_check.isVisibleTo(dialog) and not dialog.nvram_check.isChecked()
    assert dialog.metadata_check.isChecked() and dialog.metadata_note.isVisibleTo(dialog)
    assert not dialog.force_off_check.isVisibleTo(dialog)
    assert not dialog.action_button.isEnabled()  # the saved state is kept: libvirt would refuse
    assert "saved state" in dialog.problem_label.text()
    dialog.managed_save_check.setChecked(True)
    assert dialog.action_button.isEnabled()
    dialog.metadata_check.setChecked(False)
    assert not dialog.action_button.isEnabled() and "snapshots" in dialog.problem_label.text()


def test_deletes_the_ticked_disk_and_keeps_the_shared_one(qtbot, host):
    dialog = open_dialog(qtbot, host, "web")
    tick(dialog, "vda")
    dialog.managed_save_check.setChecked(True)
    assert "web.qcow2" in dialog.summary_label.text() and "Kept:" in dialog.summary_label.text()
    run(qtbot, dialog)
    assert dialog.job.state is JobState.SUCCEEDED, dialog.job.report
    assert "web" not in domains(host)
    assert volumes(host) == {"shared.qcow2", "golden.qcow2", "cluster.raw", "db.qcow2"}
    report = dialog.report_view.toPlainText()
    assert "Deleted the volume web.qcow2 of the pool default" in report
    kept = next(line for line in report.splitlines() if line.startswith("Kept "))
    assert f"vdb ({IMAGES}/shared.qcow2)" in kept and "the NVRAM" in kept and "web.qcow2" not in kept
    assert dialog.cancel_button.text() == "Close"


def test_a_failing_step_stops_and_says_what_was_not_removed(qtbot, host):
    dialog = open_dialog(qtbot, host, "web")
    tick(dialog, "vda")
    dialog.managed_save_check.setChecked(True)
    dialog.wipe_check.setChecked(True)  # the test driver cannot wipe
    run(qtbot, dialog)
    assert dialog.job.state is JobState.FAILED
    assert "Not removed: the storage vda" in dialog.job.error and "the definition of web" in dialog.job.error
    assert "web" in domains(host) and "web.qcow2" in volumes(host)


def test_a_running_vm_is_forced_off_only_when_asked_and_cancel_changes_nothing(qtbot, host):
    dialog = open_dialog(qtbot, host, "db")
    assert dialog.force_off_check.isVisibleTo(dialog) and not dialog.force_off_check.isChecked()
    assert "db" in dialog.force_off_check.text()
    assert not dialog.action_button.isEnabled() and "forced off" in dialog.problem_label.text()
    found = rows(dialog)
    assert not found["vda"][1] and "used by web" in found["vda"][2]
    dialog.force_off_check.setChecked(True)
    tick(dialog, "vdb")
    assert dialog.action_button.isEnabled()
    dialog.reject()
    assert dialog.job is None
    assert "db" in domains(host) and "db.qcow2" in volumes(host)
    assert on_host(host, lambda conn: conn.lookupByName("db").isActive()) == 1


def test_a_forced_off_vm_is_deleted(qtbot, host):
    dialog = open_dialog(qtbot, host, "db")
    dialog.force_off_check.setChecked(True)
    tick(dialog, "vdb")
    run(qtbot, dialog)
    assert dialog.job.state is JobState.SUCCEEDED, dialog.job.report
    assert dialog.job.steps[0] == "Forced db off"
    assert "db" not in domains(host) and "db.qcow2" not in volumes(host) and "shared.qcow2" in volumes(host)


def test_the_manager_offers_delete_with_the_delete_key(qtbot, manager, tmp_path):
    connection = manager.connect(write_host(tmp_path))
    window = manager.window
    assert window.delete_vm_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    window.select_domains([connection.find_domain("web")])
    assert window.delete_vm_action.isEnabled() and window.clone_vm_action.isEnabled()
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert window.delete_vm_action in edit_menu.actions()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    dialog = window.findChild(DeleteVmDialog)
    assert dialog is not None and dialog.domain.name == "web" and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    dialog.reject()


def test_demo_host_install_media_is_kept(qtbot, demo_connection):
    dialog = open_dialog(qtbot, demo_connection, "fedora-workstation")
    found = rows(dialog)
    assert not any(ticked for ticked, _, _ in found.values())
    assert found["vda"][1]
    cdrom = next(v for t, v in found.items() if t != "vda")
    assert not cdrom[1] and "install media" in cdrom[2]


def test_demo_host_running_vm_with_snapshots_and_a_saved_uefi_vm(qtbot, demo_connection):
    dialog = open_dialog(qtbot, demo_connection, "db-primary")
    found = rows(dialog)
    assert found["vdb"][1] and "pool vg-fast" in found["vdb"][2] and not found["vdb"][0]
    assert dialog.force_off_check.isVisibleTo(dialog) and "forced off" in dialog.problem_label.text()
    assert dialog.metadata_check.isChecked() and "3 snapshot" in dialog.metadata_check.text()
    saved = open_dialog(qtbot, demo_connection, "win11-desktop")
    assert "saved state" in saved.problem_label.text() and not saved.action_button.isEnabled()
    assert "win11-desktop_VARS.fd" in saved.nvram_check.text() and not saved.nvram_check.isChecked()

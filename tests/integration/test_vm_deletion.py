"""Deleting on the rig's real session libvirtd through the Delete dialog: a running TCG guest with a qcow2 volume of
its own, a volume another VM also uses and a file outside the pools is forced off and undefined; its own volume and
the file are gone, the shared volume stays and the other VM keeps it. A volume removed behind the dialog's back
makes the deletion stop before the definition is removed, and the report says so."""

from __future__ import annotations

import subprocess
from pathlib import Path

import libvirt
import pytest
from gui.test_delete_vm import open_vm_dialog, run
from PySide6.QtCore import Qt
from rig import guests

from virtdesk import xmlconf
from virtdesk.gui.delete_vm_dialog import DeleteVmDialog
from virtdesk.model.jobs import JobState

pytestmark = pytest.mark.integration


def qcow2(path: Path) -> Path:
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(path), "8M"], check=True, timeout=30)
    return path


def guest(conn: libvirt.virConnect, name: str, disks: list[Path]) -> libvirt.virDomain:
    config = xmlconf.load(guests.tcg_guest_xml(name))
    for number, path in enumerate(disks):
        fmt = "qcow2" if path.suffix == ".qcow2" else "raw"
        config.devices.add(xmlconf.Disk.new(type="file", device="disk", driver_name="qemu", driver_type=fmt,
                                            source_file=str(path), target_dev=f"vd{'abc'[number]}",
                                            target_bus="virtio"))
    return conn.defineXML(config.to_xml())


@pytest.fixture
def vms(session_conn: libvirt.virConnect, session_tmp: Path, session_daemon):
    """The VM to delete (vda its own volume, vdb a volume shared with the other VM, vdc a file outside the pools)
    and the other VM."""
    pool_dir, loose = session_tmp / "pool", session_tmp / "loose"
    pool_dir.mkdir()
    loose.mkdir()
    own, shared, outside = qcow2(pool_dir / "own.qcow2"), qcow2(pool_dir / "shared.qcow2"), loose / "scratch.raw"
    outside.write_bytes(bytes(1024 * 1024))
    session_daemon.account.own(session_tmp)
    pool = session_conn.storagePoolDefineXML(xmlconf.build_pool(session_tmp.name, "dir", str(pool_dir)).to_xml())
    pool.create(0)
    doomed = guest(session_conn, guests.unique_name("del"), [own, shared, outside])
    other = guest(session_conn, guests.unique_name("oth"), [shared])
    yield doomed, other, pool, (own, shared, outside)
    for vm in (doomed, other):
        guests.remove(vm)
    pool.destroy()
    pool.undefine()


def open_dialog(qtbot, connection, name: str) -> DeleteVmDialog:
    return open_vm_dialog(qtbot, DeleteVmDialog, connection, name)


def tick(dialog: DeleteVmDialog, *paths: Path) -> None:
    for disk, check in zip(dialog.storage.disks, dialog.checks, strict=True):
        if Path(disk.path) in paths:
            assert check.flags() & Qt.ItemFlag.ItemIsUserCheckable, disk
            check.setCheckState(Qt.CheckState.Checked)


def test_delete_keeps_the_shared_disk(qtbot, virtdesk_connection, session_conn, vms):
    doomed, other, _pool, (own, shared, outside) = vms
    doomed.create()
    qtbot.waitUntil(lambda: getattr(virtdesk_connection.find_domain(doomed.name()), "is_active", False),
                    timeout=10000)
    dialog = open_dialog(qtbot, virtdesk_connection, doomed.name())
    by_path = {Path(d.path): d for d in dialog.storage.disks}
    assert by_path[shared].users == (other.name(),) and not by_path[shared].deletable
    assert by_path[own].deletable and by_path[outside].deletable and not by_path[outside].in_pool
    assert not dialog.action_button.isEnabled()  # running: not forced off yet
    dialog.force_off_check.setChecked(True)
    tick(dialog, own, outside)
    run(qtbot, dialog, timeout=60000)
    assert dialog.job.state is JobState.SUCCEEDED, dialog.job.report
    assert not own.exists() and not outside.exists() and shared.exists()
    assert doomed.name() not in {d.name() for d in session_conn.listAllDomains()}
    assert str(shared) in other.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE)
    report = dialog.report_view.toPlainText()
    assert f"Forced {doomed.name()} off" in report and f"Deleted the file {outside}" in report


def test_a_failing_step_stops_and_reports(qtbot, virtdesk_connection, session_conn, vms):
    doomed, _other, pool, (own, _shared, outside) = vms
    dialog = open_dialog(qtbot, virtdesk_connection, doomed.name())
    tick(dialog, own, outside)
    pool.storageVolLookupByName("own.qcow2").delete(0)  # removed behind the dialog's back
    run(qtbot, dialog, timeout=60000)
    assert dialog.job.state is JobState.FAILED
    assert f"Deleting vda ({own}) failed" in dialog.job.error
    assert f"Not removed: the storage vda ({own}); the storage vdc ({outside}); the definition of" in dialog.job.error
    assert outside.exists()
    assert doomed.name() in {d.name() for d in session_conn.listAllDomains()}

"""Cloning on the rig's real session libvirtd through the Clone dialog: a TCG guest with a qcow2 pool volume and a
raw file outside the pools is cloned; the clone starts, its disks are its own (new names derived from its name,
the file copied byte for byte with the original's owner), it has a new UUID and MAC, and the original's disk is
untouched. A clone whose definition fails removes the volumes and files it made."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
from pathlib import Path

import libvirt
import pytest
from gui.test_delete_vm import open_vm_dialog, run
from rig import guests

from virtdesk import xmlconf
from virtdesk.gui.clone_vm_dialog import CloneVmDialog
from virtdesk.model.jobs import JobContext, JobState
from virtdesk.model.vm_cloning import DiskAction

pytestmark = pytest.mark.integration
MIB = 1024 * 1024
MAC = "52:54:00:5a:00:01"


def image(path: Path) -> dict:
    done = subprocess.run(["qemu-img", "info", "--force-share", "--output=json", str(path)], capture_output=True,
                          text=True, check=True, timeout=30)
    return json.loads(done.stdout)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def original(session_conn: libvirt.virConnect, session_tmp: Path, session_daemon):
    """A shut-off TCG guest: vda a qcow2 volume (with data written) of a dir pool, vdb a raw file outside it."""
    pool_dir, loose = session_tmp / "pool", session_tmp / "loose"
    pool_dir.mkdir()
    loose.mkdir()
    system = pool_dir / "sys.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(system), "16M"], check=True, timeout=30)
    subprocess.run(["qemu-io", "-c", "write -P 0xab 0 1M", str(system)], check=True, timeout=30,
                   capture_output=True)
    data = loose / "data.raw"
    data.write_bytes(os.urandom(MIB) + bytes(3 * MIB) + b"end")
    session_daemon.account.own(session_tmp)
    pool = session_conn.storagePoolDefineXML(xmlconf.build_pool(session_tmp.name, "dir", str(pool_dir)).to_xml())
    pool.create(0)
    name = guests.unique_name("cl")
    config = xmlconf.load(guests.tcg_guest_xml(name))
    for path, fmt, target in ((system, "qcow2", "vda"), (data, "raw", "vdb")):
        config.devices.add(xmlconf.Disk.new(type="file", device="disk", driver_name="qemu", driver_type=fmt,
                                            source_file=str(path), target_dev=target, target_bus="virtio"))
    config.devices.add(xmlconf.Interface.new(type="user", mac_address=MAC))
    domain = session_conn.defineXML(config.to_xml())
    yield domain, system, data, pool
    for vm in session_conn.listAllDomains():
        if vm.name().startswith(name):
            guests.remove(vm)
    pool.destroy()
    pool.undefine()


def open_dialog(qtbot, connection, name: str) -> CloneVmDialog:
    return open_vm_dialog(qtbot, CloneVmDialog, connection, name)


def test_the_clone_starts_and_the_original_is_untouched(qtbot, virtdesk_connection, session_conn, original):
    domain, system, data, _pool = original
    name = domain.name()
    before = digest(system), image(system), digest(data)
    dialog = open_dialog(qtbot, virtdesk_connection, name)
    assert dialog.name_edit.text() == f"{name}-clone"
    assert dialog.actions() == {"vda": DiskAction.CLONE, "vdb": DiskAction.CLONE}
    run(qtbot, dialog, timeout=60000)
    assert dialog.job.state is JobState.SUCCEEDED, dialog.job.report
    assert dialog.job.fraction == 1.0

    clone = session_conn.lookupByName(f"{name}-clone")
    config = xmlconf.load(clone.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
    paths = {d.target_dev: Path(d.source_file) for d in config.devices.disks}
    assert paths == {"vda": system.parent / f"{name}-clone.qcow2", "vdb": data.parent / f"{name}-clone-1.raw"}
    assert config.uuid != domain.UUIDString()
    assert [n.mac_address for n in config.devices.interfaces] != [MAC]
    copy = image(paths["vda"])
    assert copy["format"] == "qcow2" and copy["virtual-size"] == before[1]["virtual-size"]
    assert digest(paths["vdb"]) == before[2]
    assert paths["vdb"].stat().st_uid == data.stat().st_uid
    clone.create()
    assert clone.isActive()
    clone.destroy()
    assert (digest(system), image(system)["format"], digest(data)) == (before[0], "qcow2", before[2])


def test_a_failed_clone_removes_what_it_made(qtbot, virtdesk_connection, session_conn, original):
    domain, system, data, pool = original
    name = domain.name()
    dialog = open_dialog(qtbot, virtdesk_connection, name)
    session_conn.defineXML(guests.tcg_guest_xml(f"{name}-clone"))  # the name is taken behind the dialog's back
    run(qtbot, dialog, timeout=60000)
    assert dialog.job.state is JobState.FAILED
    pool.refresh(0)
    assert pool.listVolumes() == ["sys.qcow2"]
    assert sorted(os.listdir(data.parent)) == ["data.raw"]
    report = dialog.report_view.toPlainText()
    assert f"Removed the file {data.parent / (name + '-clone-1.raw')} again" in report
    assert f"Removed the volume {name}-clone.qcow2 of the pool {pool.name()} again" in report


def test_a_clone_cancelled_after_its_first_disk_leaves_nothing(qtbot, virtdesk_connection, original, monkeypatch):
    domain, system, data, pool = original
    step = JobContext.step

    def cancel_after_first_clone(context: JobContext, text: str) -> None:
        step(context, text)
        if text.startswith("Cloned"):
            context._cancel()  # as the dialog's Cancel button does, once the first volume is there

    dialog = open_dialog(qtbot, virtdesk_connection, domain.name())
    monkeypatch.setattr(JobContext, "step", cancel_after_first_clone)
    run(qtbot, dialog, timeout=60000)
    assert dialog.job.state is JobState.CANCELLED
    pool.refresh(0)
    assert pool.listVolumes() == ["sys.qcow2"] and sorted(os.listdir(system.parent)) == ["sys.qcow2"]
    assert sorted(os.listdir(data.parent)) == ["data.raw"]
    assert f"{domain.name()}-clone" not in {d.name for d in virtdesk_connection.domains.values()}

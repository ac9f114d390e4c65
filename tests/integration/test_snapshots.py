"""Snapshots on the rig's real session libvirtd, through virtdesk's model jobs: internal snapshots of a qcow2 disk
whose content changes between them (each revert gives that snapshot's content back, read from the image with
qemu-io), one of a running guest with its memory and a picture of its screen; an external disk-only snapshot that
puts an overlay over the image, whose data a merge (block commit of the active layer, pivot) brings into the image;
a pull that copies the image's data into the overlay; and a guest destroyed during a merge, whose job fails with a
report saying what state things are in."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import libvirt
import pytest
from rig import guests

from virtdesk import xmlconf
from virtdesk.model import snapshot_jobs
from virtdesk.model.jobs import JobState
from virtdesk.model.snapshots import (
    DeleteMode,
    SnapshotKind,
    SnapshotOption,
    SnapshotRequest,
    read_snapshots,
    thumbnail_path,
    unavailable,
)

pytestmark = pytest.mark.integration


def qemu_io(image: Path, command: str, *, read_only: bool = False) -> str:
    flags = ["-r", "-U"] if read_only else []
    done = subprocess.run(["qemu-io", *flags, "-c", command, str(image)], capture_output=True, text=True,
                          check=True, timeout=60)
    return done.stdout + done.stderr


def holds(image: Path, pattern: int, length: str = "1M") -> bool:
    """Whether the image's guest-visible data starts with length bytes of pattern."""
    output = qemu_io(image, f"read -P {pattern:#x} 0 {length}", read_only=True)
    return "Pattern verification failed" not in output and "read " in output


def info(image: Path) -> dict:
    done = subprocess.run(["qemu-img", "info", "-U", "--output=json", str(image)], capture_output=True, text=True,
                          check=True, timeout=30)
    return json.loads(done.stdout)


@pytest.fixture
def guest(session_conn: libvirt.virConnect, session_tmp: Path, session_daemon):
    """A shut-off TCG guest (no OS: it sits in SeaBIOS) whose vda is a 64 MiB qcow2 image starting with 0xaa."""
    image = session_tmp / "vda.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(image), "64M"], check=True, timeout=30)
    qemu_io(image, "write -P 0xaa 0 1M")
    session_daemon.account.own(session_tmp)
    config = xmlconf.load(guests.tcg_guest_xml(guests.unique_name("sn")))
    config.devices.add(xmlconf.Disk.new(type="file", device="disk", driver_name="qemu", driver_type="qcow2",
                                        source_file=str(image), target_dev="vda", target_bus="virtio"))
    domain = session_conn.defineXML(config.to_xml())
    yield domain, image
    guests.remove(domain)


def finished(qtbot, job, *, timeout: int = 60000) -> str:
    qtbot.waitUntil(lambda: job.state is not JobState.RUNNING, timeout=timeout)
    assert job.state is JobState.SUCCEEDED, job.report
    return job.report


def facts(qtbot, domain):
    task = read_snapshots(domain)
    qtbot.waitUntil(lambda: task.done, timeout=30000)
    assert task.error is None, task.error
    return task.result


def vm(qtbot, connection, name: str):
    qtbot.waitUntil(lambda: connection.find_domain(name) is not None, timeout=10000)
    return connection.find_domain(name)


def test_internal_snapshots_give_their_content_back(qtbot, virtdesk_connection, guest):
    domain, image = guest
    target = vm(qtbot, virtdesk_connection, domain.name())
    assert unavailable(facts(qtbot, target), SnapshotOption.INTERNAL) == []
    finished(qtbot, snapshot_jobs.create_snapshot(target, SnapshotRequest("first", "0xaa")))
    qemu_io(image, "write -P 0xbb 0 1M")
    finished(qtbot, snapshot_jobs.create_snapshot(target, SnapshotRequest("second", "0xbb")))
    qemu_io(image, "write -P 0xcc 0 1M")
    assert holds(image, 0xcc)

    finished(qtbot, snapshot_jobs.revert_to_snapshot(target, "first"))
    assert holds(image, 0xaa)
    finished(qtbot, snapshot_jobs.revert_to_snapshot(target, "second"))
    assert holds(image, 0xbb)
    now = facts(qtbot, target)
    assert now.current.name == "second" and now.snapshot("second").parent == "first"

    report = finished(qtbot, snapshot_jobs.delete_snapshot(target, "first", DeleteMode.ONE))
    assert "Deleted the snapshot first" in report and "Kept second, now a snapshot without a parent" in report
    assert [s["name"] for s in info(image).get("snapshots", [])] == ["second"]
    assert [(s.name, s.parent) for s in facts(qtbot, target).snapshots] == [("second", "")]
    assert holds(image, 0xbb)


def test_a_running_guest_is_snapshotted_with_its_memory_and_screen(qtbot, virtdesk_connection, guest):
    domain, image = guest
    domain.create()
    target = vm(qtbot, virtdesk_connection, domain.name())
    qtbot.waitUntil(lambda: target.is_active, timeout=10000)
    report = finished(qtbot, snapshot_jobs.create_snapshot(target, SnapshotRequest("live", "running")))
    assert "Created the internal snapshot live with the VM's memory" in report
    live = facts(qtbot, target).snapshot("live")
    assert live.memory and live.state == "running" and live.current and not live.external
    assert thumbnail_path(domain.UUIDString(), "live").stat().st_size > 0
    domain.destroy()
    finished(qtbot, snapshot_jobs.revert_to_snapshot(target, "live"))
    assert domain.state()[0] == libvirt.VIR_DOMAIN_RUNNING  # its memory came back: it runs where it was
    finished(qtbot, snapshot_jobs.delete_snapshot(target, "live"))
    assert not thumbnail_path(domain.UUIDString(), "live").exists()
    assert not info(image).get("snapshots")


def test_an_external_snapshot_is_merged_back(qtbot, virtdesk_connection, guest, session_tmp):
    domain, image = guest
    target = vm(qtbot, virtdesk_connection, domain.name())
    overlay = session_tmp / "vda.ext.qcow2"
    assert unavailable(facts(qtbot, target), SnapshotOption.EXTERNAL) == []
    report = finished(qtbot, snapshot_jobs.create_snapshot(target, SnapshotRequest(
        "ext", kind=SnapshotKind.EXTERNAL, overlays={"vda": str(overlay)})))
    assert f"The disk vda now writes to the overlay {overlay}" in report
    assert Path(info(overlay)["backing-filename"]) == image
    qemu_io(overlay, "write -P 0xdd 0 1M")
    assert holds(image, 0xaa) and holds(overlay, 0xdd)

    domain.create()
    qtbot.waitUntil(lambda: target.is_active, timeout=10000)
    now = facts(qtbot, target)
    ext = now.snapshot("ext")
    assert ext.external and not ext.memory and ext.kind_label == "external, disks only"
    assert unavailable(now, SnapshotOption.REVERT, ext)  # libvirt 9.0 reverts to internal snapshots only
    assert unavailable(now, SnapshotOption.MERGE, ext) == []
    report = finished(qtbot, snapshot_jobs.merge_snapshot(target, "ext"))
    assert f"Merged {overlay} into {image}" in report
    for flags in (0, libvirt.VIR_DOMAIN_XML_INACTIVE):  # the running VM and its next boot use the image
        assert xmlconf.load(domain.XMLDesc(flags)).devices.disks[0].source_file == str(image)
    assert "ext" not in facts(qtbot, target).names
    domain.destroy()
    assert holds(image, 0xdd)
    assert overlay.exists()  # kept, no longer used


def running_on_overlay(qtbot, connection, guest, session_tmp: Path, name: str):
    """Takes the external snapshot ``name`` of the guest (its vda on the overlay vda.NAME.qcow2) and starts it;
    returns the model's VM and the overlay."""
    domain, _image = guest
    target = vm(qtbot, connection, domain.name())
    overlay = session_tmp / f"vda.{name}.qcow2"
    finished(qtbot, snapshot_jobs.create_snapshot(target, SnapshotRequest(
        name, kind=SnapshotKind.EXTERNAL, overlays={"vda": str(overlay)})))
    domain.create()
    qtbot.waitUntil(lambda: target.is_active, timeout=10000)
    return target, overlay


def test_a_pull_makes_the_overlay_stand_alone(qtbot, virtdesk_connection, guest, session_tmp):
    domain, image = guest
    target, overlay = running_on_overlay(qtbot, virtdesk_connection, guest, session_tmp, "pulled")
    report = finished(qtbot, snapshot_jobs.pull_snapshot(target, "pulled"))
    assert f"Pulled all data of vda into {overlay}" in report
    domain.destroy()
    assert "backing-filename" not in info(overlay) and holds(overlay, 0xaa)
    assert holds(image, 0xaa) and "pulled" in facts(qtbot, target).names


def test_a_guest_destroyed_during_a_merge_fails_saying_where_things_are(qtbot, virtdesk_connection, guest,
                                                                         session_tmp):
    domain, image = guest
    target = vm(qtbot, virtdesk_connection, domain.name())
    overlay = session_tmp / "vda.slow.qcow2"
    finished(qtbot, snapshot_jobs.create_snapshot(target, SnapshotRequest(
        "slow", kind=SnapshotKind.EXTERNAL, overlays={"vda": str(overlay)})))
    qemu_io(overlay, "write -P 0xee 0 24M")
    domain.create()
    qtbot.waitUntil(lambda: target.is_active, timeout=10000)
    job = snapshot_jobs.merge_snapshot(target, "slow", bandwidth_mib=1)
    qtbot.waitUntil(lambda: job.phase.startswith("Merging"), timeout=30000)
    time.sleep(1)
    domain.destroy()
    qtbot.waitUntil(lambda: job.state is not JobState.RUNNING, timeout=30000)
    assert job.state is JobState.FAILED
    report = job.report
    assert "The VM stopped while the job on vda ran." in report
    assert "Not merged: vda. Each still writes to its overlay, so no data is lost" in report
    assert "Afterwards the VM is shut off." in report and "The snapshot slow exists." in report
    assert f"The disk vda writes to {overlay}." in report
    assert holds(overlay, 0xee, "24M")

"""Snapshots on the rig's real session libvirtd, through virtdesk's model jobs: internal snapshots of a qcow2 disk
whose content changes between them (each revert gives that snapshot's content back, read from the image with
qemu-io), one of a running guest with its memory and a picture of its screen; an external disk-only snapshot that
puts an overlay over the image, whose data a merge (block commit of the active layer, pivot) brings into the image;
a pull that copies the image's data into the overlay; and a guest destroyed during a merge, whose job fails with a
report saying what state things are in. Each refusal rule of the Snapshots page is tried on libvirt 9.0 itself:
virtdesk refuses exactly what libvirt refuses (one deliberate difference: a quiesce of a shut-off VM, which libvirt
accepts and ignores)."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import libvirt
import pytest
from rig import guests, images
from rig.images import holds, qemu_io

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


def info(image: Path) -> dict:
    done = subprocess.run(["qemu-img", "info", "-U", "--output=json", str(image)], capture_output=True, text=True,
                          check=True, timeout=30)
    return json.loads(done.stdout)


@pytest.fixture
def guest(session_conn: libvirt.virConnect, session_tmp: Path, session_daemon):
    """A shut-off TCG guest (no OS: it sits in SeaBIOS) whose vda is a 64 MiB qcow2 image starting with 0xaa."""
    image = images.create(session_tmp / "vda.qcow2", pattern=0xaa)
    session_daemon.account.own(session_tmp)
    domain = session_conn.defineXML(images.with_devices(guests.tcg_guest_xml(guests.unique_name("sn")),
                                                        images.disk_xml(image)))
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


# -- each refusal rule against what libvirt 9.0 does (virtdesk explains a refusal first; it must be libvirt's) ------
def libvirt_says(call) -> str:
    """libvirt's message when it refuses the call, "" when it does it."""
    try:
        call()
    except libvirt.libvirtError as exc:
        return exc.get_error_message()
    return ""


def agree(reasons: list[str], refusal: str, expected: str = "") -> None:
    """virtdesk refuses (reasons) exactly where libvirt refuses (its message contains expected)."""
    print(f"virtdesk: {reasons or 'allows'}\n  libvirt: {refusal or 'allows'}")
    assert bool(reasons) == bool(refusal), (reasons, refusal)
    assert expected in refusal


def take(domain, name: str, flags: int = 0, body: str = ""):
    return lambda: domain.snapshotCreateXML(f"<domainsnapshot><name>{name}</name>{body}</domainsnapshot>", flags)


def overlay(target: str, path: Path) -> str:
    return f"<disks><disk name='{target}' snapshot='external'><source file='{path}'/></disk></disks>"


def defined(session_conn, session_tmp: Path, session_daemon, disks: list[tuple[str, str]], os_extra: str = "",
            devices_extra: str = ""):
    """A shut-off TCG guest with these (target, format[:snapshot mode]) disks, new images in session_tmp."""
    name = guests.unique_name("sr")
    devices = []
    for target, kind in disks:
        fmt, _, mode = kind.partition(":")
        image = images.create(session_tmp / f"{name}-{target}.{fmt}", "16M", fmt)
        devices.append(images.disk_xml(image, target, fmt, f"snapshot='{mode}'" if mode else ""))
    session_daemon.account.own(session_tmp)
    xml = images.with_devices(guests.tcg_guest_xml(name), *devices, devices_extra)
    return session_conn.defineXML(xml.replace("<boot dev='hd'/>", os_extra + "<boot dev='hd'/>"))


def test_internal_snapshot_refusals_are_libvirts(qtbot, virtdesk_connection, session_conn, session_tmp,
                                                 session_daemon):
    firmware, variables = session_tmp / "code.fd", session_tmp / "vars.fd"
    firmware.write_bytes(bytes(2 << 20))  # no real UEFI here: QEMU runs the zeros, libvirt's checks are the same
    variables.write_bytes(bytes(128 << 10))
    cases = [
        ([("vda", "raw")], "", "internal snapshot for disk vda unsupported for storage type raw"),
        ([("vda", "qcow2"), ("vdb", "qcow2:no")], "",
         "internal and full system snapshots require all disks to be selected for snapshot"),
        ([], "", "nothing selected for snapshot"),
        ([("vda", "qcow2")], f"<loader readonly='yes' type='pflash'>{firmware}</loader><nvram>{variables}</nvram>",
         "internal snapshots of a VM with pflash based firmware are not supported"),
    ]
    for disks, os_extra, expected in cases:
        domain = defined(session_conn, session_tmp, session_daemon, disks, os_extra)
        target = vm(qtbot, virtdesk_connection, domain.name())
        agree(unavailable(facts(qtbot, target), SnapshotOption.INTERNAL), libvirt_says(take(domain, "off")),
              expected)
        domain.create()
        qtbot.waitUntil(lambda t=target: t.is_active, timeout=10000)
        running = {"nothing selected for snapshot": "require all disks to be selected"}.get(expected, expected)
        agree(unavailable(facts(qtbot, target), SnapshotOption.INTERNAL), libvirt_says(take(domain, "on")),
              running)
        domain.destroy()


def test_quiesce_refusals_are_libvirts(qtbot, virtdesk_connection, session_conn, session_tmp, session_daemon):
    quiesced = libvirt.VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY | libvirt.VIR_DOMAIN_SNAPSHOT_CREATE_QUIESCE
    plain = defined(session_conn, session_tmp, session_daemon, [("vda", "qcow2")])
    target = vm(qtbot, virtdesk_connection, plain.name())
    # shut off: libvirt takes the snapshot and ignores the request (nothing runs to freeze); virtdesk does not
    # offer a quiesce that does nothing
    assert unavailable(facts(qtbot, target), SnapshotOption.QUIESCE) == [
        "Only a running VM's file systems can be quiesced."]
    assert libvirt_says(take(plain, "off", quiesced, overlay("vda", session_tmp / "off.qcow2"))) == ""
    plain.create()
    qtbot.waitUntil(lambda: target.is_active, timeout=10000)
    agree(unavailable(facts(qtbot, target), SnapshotOption.QUIESCE),
          libvirt_says(take(plain, "none", quiesced, overlay("vda", session_tmp / "none.qcow2"))),
          "QEMU guest agent is not configured")
    channel = (f"<channel type='unix'><source mode='bind' path='{session_daemon.runtime_dir}/{plain.name()}.ga'/>"
               f"<target type='virtio' name='{guests.AGENT_CHANNEL}'/></channel>")
    silent = defined(session_conn, session_tmp, session_daemon, [("vda", "qcow2")], devices_extra=channel)
    silent.create()  # an agent channel, and no guest system behind it to answer
    target = vm(qtbot, virtdesk_connection, silent.name())
    qtbot.waitUntil(lambda: target.is_active, timeout=10000)
    reasons = unavailable(facts(qtbot, target), SnapshotOption.QUIESCE)
    assert reasons == ["The guest agent does not answer."]
    agree(reasons, libvirt_says(take(silent, "silent", quiesced, overlay("vda", session_tmp / "silent.qcow2"))),
          "QEMU guest agent is not connected")


def test_external_deletion_refusals_are_libvirts(qtbot, virtdesk_connection, session_conn, session_tmp,
                                                 session_daemon):
    disk_only = libvirt.VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY
    mixed = defined(session_conn, session_tmp, session_daemon, [("vda", "qcow2")])
    target = vm(qtbot, virtdesk_connection, mixed.name())
    take(mixed, "inner")()
    take(mixed, "outer", disk_only, overlay("vda", session_tmp / "outer.qcow2"))()
    now = facts(qtbot, target)
    inner, outer = now.snapshot("inner"), now.snapshot("outer")
    agree(unavailable(now, SnapshotOption.DELETE, outer), libvirt_says(
        lambda: mixed.snapshotLookupByName("outer").delete(0)), "has internal snapshot as parent")
    agree(unavailable(now, SnapshotOption.DELETE_WITH_CHILDREN, inner), libvirt_says(
        lambda: mixed.snapshotLookupByName("inner").delete(libvirt.VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN)),
        "deletion of external children disk snapshots not supported")
    agree(unavailable(now, SnapshotOption.DELETE_CHILDREN_ONLY, inner), libvirt_says(
        lambda: mixed.snapshotLookupByName("inner").delete(libvirt.VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY)),
        "deletion of external children disk snapshots not supported")
    agree(unavailable(now, SnapshotOption.DELETE, inner), libvirt_says(
        lambda: mixed.snapshotLookupByName("inner").delete(0)))  # done: outer is now a root

    chain = defined(session_conn, session_tmp, session_daemon, [("vda", "qcow2")])
    target = vm(qtbot, virtdesk_connection, chain.name())
    take(chain, "first", disk_only, overlay("vda", session_tmp / "first.qcow2"))()
    take(chain, "second", disk_only, overlay("vda", session_tmp / "second.qcow2"))()
    now = facts(qtbot, target)
    for option in (SnapshotOption.MERGE, SnapshotOption.PULL):  # block jobs need the running VM
        assert unavailable(now, option, now.snapshot("second")) == [
            "libvirt does this only while the VM runs: start it first."]
    assert "could not find base image in chain" in libvirt_says(lambda: chain.blockCommit(
        "vda", None, None, 0, libvirt.VIR_DOMAIN_BLOCK_COMMIT_ACTIVE))
    assert "domain is not running" in libvirt_says(lambda: chain.blockPull("vda", 0, 0))
    agree(unavailable(now, SnapshotOption.DELETE, now.snapshot("first")), libvirt_says(
        lambda: chain.snapshotLookupByName("first").delete(0)),
        "could not find base disk source in disk source chain")
    chain.create()
    qtbot.waitUntil(lambda: target.is_active, timeout=10000)
    now = facts(qtbot, target)
    agree(unavailable(now, SnapshotOption.DELETE, now.snapshot("first")), libvirt_says(
        lambda: chain.snapshotLookupByName("first").delete(0)))
    assert [s.getName() for s in chain.listAllSnapshots()] == ["second"]

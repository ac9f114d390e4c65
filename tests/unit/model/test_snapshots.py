"""Snapshots on test-driver hosts the tests write: the tree read with its parents, current one and kinds; create,
revert (also after snapshotting the current state), delete one / children only / with children, a description
redefined with the snapshot staying current; and what a QEMU host's libvirt refuses, judged from the same
configurations read as a QEMU host of a given libvirt version would report them."""

from __future__ import annotations

import dataclasses
import datetime

import pytest
from details_harness import open_connection
from testhosts import RUNNING, SHUTOFF

from virtdesk.model import snapshot_jobs
from virtdesk.model.jobs import JobState
from virtdesk.model.snapshots import (
    DeleteMode,
    SnapshotFacts,
    SnapshotKind,
    SnapshotOption,
    SnapshotRequest,
    VmDisk,
    default_name,
    default_overlay,
    delete_refusals,
    deleted_names,
    name_problem,
    overlay_problems,
    read_snapshots,
    thumbnail_path,
    unavailable,
)

pytestmark = pytest.mark.unit
NS = "xmlns:test='http://libvirt.org/schemas/domain/test/1.0'"
IMAGES = "/var/lib/libvirt/images"
UUIDS = {"app": "5a0c3f41-0d6e-4f57-9d32-0c8f5b7e1a01", "uefi": "5a0c3f41-0d6e-4f57-9d32-0c8f5b7e1a02",
         "chain": "5a0c3f41-0d6e-4f57-9d32-0c8f5b7e1a03"}


def disk(path: str, target: str, fmt: str = "qcow2", extra: str = "") -> str:
    return (f"<disk type='file' device='disk'><driver name='qemu' type='{fmt}'/><source file='{path}'/>"
            f"<target dev='{target}' bus='virtio'/>{extra}</disk>")


def snapshot(name: str, state: str, created: int, parent: str = "", current: bool = False,
             disks: str = "", description: str = "", vm: str = "app") -> str:
    """A <test:domainsnapshot> of the VM vm (its domain as the snapshot saved it: name, UUID, no devices)."""
    return (f"<test:domainsnapshot><name>{name}</name><description>{description}</description><state>{state}</state>"
            f"<creationTime>{created}</creationTime>" + (f"<parent><name>{parent}</name></parent>" if parent else "")
            + (f"<disks>{disks}</disks>" if disks else "") + f"<active>{int(current)}</active>"
            f"<domain type='test'><name>{vm}</name><uuid>{UUIDS[vm]}</uuid><memory>65536</memory>"
            "<os><type>hvm</type></os></domain>"
            "</test:domainsnapshot>")


def vm(name: str, state: int, devices: str, snapshots: str = "", os_extra: str = "") -> str:
    return (f"<domain type='test'><name>{name}</name><uuid>{UUIDS[name]}</uuid><memory unit='MiB'>64</memory>"
            f"<os><type>hvm</type>{os_extra}"
            f"</os><devices>{devices}</devices><test:runstate>{state}</test:runstate>{snapshots}</domain>")


def write_host(directory) -> str:
    """app (running, two qcow2 disks and a CD-ROM): installed -> configured (current) -> {tuned, experiment};
    uefi (shut off, UEFI in flash, a raw disk, a guest agent channel); chain (running): an internal snapshot base
    with an external child ext1 whose overlay vda writes to now, and an external child ext2 of ext1."""
    app = vm("app", RUNNING, disk(f"{IMAGES}/app.qcow2", "vda") + disk(f"{IMAGES}/app-data.qcow2", "vdb")
             + "<disk type='file' device='cdrom'><source file='/isos/boot.iso'/><target dev='sda'/><readonly/></disk>",
             snapshot("installed", "shutoff", 1_700_000_000, description="fresh")
             + snapshot("configured", "running", 1_700_000_100, "installed", current=True)
             + snapshot("tuned", "running", 1_700_000_200, "configured")
             + snapshot("experiment", "running", 1_700_000_300, "configured"))
    uefi = vm("uefi", SHUTOFF, disk(f"{IMAGES}/uefi.raw", "vda", "raw")
              + "<channel type='unix'><target type='virtio' name='org.qemu.guest_agent.0'/></channel>",
              os_extra="<loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE.fd</loader>"
                       f"<nvram>{IMAGES}/uefi_VARS.fd</nvram>")
    external = "<disk name='vda' snapshot='external' type='file'><source file='{}'/></disk>"
    chain = vm("chain", RUNNING, disk(f"{IMAGES}/chain.ext2", "vda"),
               snapshot("base", "running", 1_700_000_000, vm="chain")
               + snapshot("ext1", "disk-snapshot", 1_700_000_100, "base", vm="chain",
                          disks=external.format(f"{IMAGES}/chain.ext1"))
               + snapshot("ext2", "disk-snapshot", 1_700_000_200, "ext1", current=True, vm="chain",
                          disks=external.format(f"{IMAGES}/chain.ext2")))
    path = directory / "snapshot-host.xml"
    path.write_text(f"<node {NS}>{app}{uefi}{chain}</node>", encoding="utf-8")
    return "test://" + str(path.resolve())


@pytest.fixture
def host(qtbot, tmp_path):
    connection = open_connection(qtbot, write_host(tmp_path))
    yield connection
    connection.shutdown()


def facts_of(qtbot, host, name: str) -> SnapshotFacts:
    task = read_snapshots(host.find_domain(name))
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert task.error is None, task.error
    return task.result


def as_qemu(facts: SnapshotFacts, version: int = 9_000_000, **changes) -> SnapshotFacts:
    """The same VM as a QEMU host of that libvirt version reports it."""
    return dataclasses.replace(facts, driver="QEMU", version=version, **changes)


def finished(qtbot, job) -> None:
    qtbot.waitUntil(lambda: job.state is not JobState.RUNNING, timeout=15000)
    assert job.state is JobState.SUCCEEDED, job.report


def test_the_tree_with_parents_current_and_kinds(qtbot, host):
    facts = facts_of(qtbot, host, "app")
    assert [s.name for s in facts.children("")] == ["installed"]
    assert [s.name for s in facts.children("configured")] == ["tuned", "experiment"]
    assert [s.name for s in facts.descendants("installed")] == ["configured", "tuned", "experiment"]
    assert facts.current.name == "configured" and facts.driver == "TEST" and facts.running
    installed = facts.snapshot("installed")
    assert (installed.description, installed.created, installed.state) == ("fresh", 1_700_000_000, "shutoff")
    assert not installed.memory and not installed.external and installed.kind_label == "internal, disks only"
    assert facts.snapshot("tuned").memory
    chain = facts_of(qtbot, host, "chain")
    assert chain.snapshot("ext2").external and chain.snapshot("ext2").overlays == {"vda": f"{IMAGES}/chain.ext2"}
    assert chain.snapshot("ext2").kind_label == "external, disks only"


def test_create_internal_with_a_picture_of_the_screen(qtbot, host):
    domain = host.find_domain("app")
    job = snapshot_jobs.create_snapshot(domain, SnapshotRequest("before-upgrade", "kernel 6.1"))
    assert snapshot_jobs.latest_job(domain) is job
    finished(qtbot, job)
    facts = facts_of(qtbot, host, "app")
    made = facts.snapshot("before-upgrade")
    assert made.current and made.parent == "configured" and made.description == "kernel 6.1" and made.memory
    assert "Created the internal snapshot before-upgrade with the VM's memory" in job.report
    assert thumbnail_path(domain.uuid, "before-upgrade").is_file()


def test_a_refused_creation_reports_the_state_and_keeps_no_picture(qtbot, host):
    domain = host.find_domain("app")
    job = snapshot_jobs.create_snapshot(domain, SnapshotRequest("disk-only", kind=SnapshotKind.EXTERNAL,
                                                                overlays={"vda": "/tmp/app.disk-only.qcow2"}))
    qtbot.waitUntil(lambda: job.state is not JobState.RUNNING, timeout=15000)
    assert job.state is JobState.FAILED
    assert "Afterwards the VM is running." in job.report and "There is no snapshot disk-only." in job.report
    assert f"The disk vda writes to {IMAGES}/app.qcow2." in job.report
    assert not thumbnail_path(domain.uuid, "disk-only").exists()


def test_revert_and_revert_after_snapshotting_the_current_state(qtbot, host):
    domain = host.find_domain("app")
    finished(qtbot, snapshot_jobs.revert_to_snapshot(domain, "installed"))
    facts = facts_of(qtbot, host, "app")
    assert facts.current.name == "installed" and not facts.active
    job = snapshot_jobs.revert_to_snapshot(domain, "tuned", SnapshotRequest("kept", "before going back"))
    finished(qtbot, job)
    facts = facts_of(qtbot, host, "app")
    assert facts.current.name == "tuned" and facts.running
    assert facts.snapshot("kept").parent == "installed"
    assert job.steps[0] == "Created the internal snapshot kept"
    assert job.steps[-1] == "Reverted to tuned: the VM is running"


@pytest.mark.parametrize(("mode", "left"), [
    (DeleteMode.ONE, {"installed": "", "tuned": "installed", "experiment": "installed"}),
    (DeleteMode.CHILDREN_ONLY, {"installed": "", "configured": "installed"}),
    (DeleteMode.WITH_CHILDREN, {"installed": ""}),
])
def test_delete_one_children_only_or_with_children(qtbot, host, mode, left):
    domain = host.find_domain("app")
    facts = facts_of(qtbot, host, "app")
    job = snapshot_jobs.delete_snapshot(domain, "configured", mode)
    finished(qtbot, job)
    after = facts_of(qtbot, host, "app")
    assert {s.name: s.parent for s in after.snapshots} == left
    for gone in deleted_names(facts, "configured", mode):
        assert f"Deleted the snapshot {gone}" in job.report
    if mode is DeleteMode.ONE:
        assert "Kept tuned, now a child of installed" in job.report


def test_a_description_is_redefined_and_the_snapshot_stays_current(qtbot, host):
    domain = host.find_domain("app")
    for name in ("configured", "tuned"):
        task = snapshot_jobs.set_description(domain, name, f"new words for {name}")
        qtbot.waitUntil(lambda task=task: task.done, timeout=10000)
        assert task.error is None, task.error
    facts = facts_of(qtbot, host, "app")
    assert facts.snapshot("configured").description == "new words for configured"
    assert facts.snapshot("tuned").description == "new words for tuned"
    assert facts.current.name == "configured"


def test_what_the_test_driver_refuses(qtbot, host):
    facts = facts_of(qtbot, host, "app")
    assert unavailable(facts, SnapshotOption.INTERNAL) == []
    assert unavailable(facts, SnapshotOption.EXTERNAL) == ["The test driver takes no external snapshots."]
    assert unavailable(facts, SnapshotOption.QUIESCE)[0].startswith("Quiescing is for external snapshots")
    tuned = facts.snapshot("tuned")
    assert unavailable(facts, SnapshotOption.DELETE_CHILDREN_ONLY, tuned) == ["tuned has no children."]
    assert unavailable(facts, SnapshotOption.METADATA_ONLY, tuned) == [
        "The test driver cannot remove a snapshot's metadata alone."]
    assert unavailable(facts, SnapshotOption.REVERT) == ["Choose a snapshot."]
    assert unavailable(facts, SnapshotOption.MERGE, tuned) == ["Only an external snapshot has an overlay to merge."]


def test_internal_snapshots_a_qemu_host_refuses(qtbot, host):
    uefi = as_qemu(facts_of(qtbot, host, "uefi"))
    assert uefi.pflash and not uefi.active and uefi.agent_channel
    raw = "The disk vda is raw, not qcow2: only qcow2 images hold internal snapshots."
    assert unavailable(uefi, SnapshotOption.INTERNAL) == [  # libvirt 9.0 refuses it shut off too (integration)
        "libvirt 9.0.0 takes no internal snapshot of a VM with UEFI firmware in flash (pflash), running or shut off "
        "(10.9 and newer can): take an external snapshot.", raw]
    assert unavailable(as_qemu(uefi, 10_009_000), SnapshotOption.INTERNAL) == [raw]
    running = dataclasses.replace(uefi, active=True, running=True, pci_hostdevs=True)
    reasons = unavailable(running, SnapshotOption.INTERNAL)
    assert reasons[0].startswith("libvirt 9.0.0 takes no internal snapshot of a VM with UEFI firmware in flash")
    assert reasons[-1] == "The VM has host PCI devices assigned: libvirt cannot save its memory."
    opted_out = dataclasses.replace(running, pflash=False, pci_hostdevs=False, disks=(
        VmDisk("vda", "disk", "file", "qcow2", "/a.qcow2", snapshot_mode="no"),
        VmDisk("sda", "cdrom", "file", "raw", "/b.iso", readonly=True)))
    assert unavailable(opted_out, SnapshotOption.INTERNAL) == [
        "The disk vda is excluded from snapshots (snapshot='no'): an internal snapshot must include every disk."]
    app = as_qemu(facts_of(qtbot, host, "app"))
    assert unavailable(app, SnapshotOption.INTERNAL) == []  # the read-only CD-ROM is not saved
    only_cd = tuple(d for d in app.disks if d.readonly)
    assert unavailable(dataclasses.replace(app, disks=only_cd), SnapshotOption.INTERNAL) == [
        "An internal snapshot is kept in the VM's qcow2 disk images, and the VM has no writable disk."]


def test_quiescing_needs_a_running_vm_whose_agent_answers(qtbot, host):
    uefi = as_qemu(facts_of(qtbot, host, "uefi"))
    assert unavailable(uefi, SnapshotOption.EXTERNAL) == []
    assert unavailable(uefi, SnapshotOption.QUIESCE) == ["Only a running VM's file systems can be quiesced."]
    running = dataclasses.replace(uefi, active=True, running=True)
    assert unavailable(running, SnapshotOption.QUIESCE) == ["The guest agent does not answer."]
    assert unavailable(dataclasses.replace(running, agent_channel=False), SnapshotOption.QUIESCE) == [
        "The VM has no guest agent channel (org.qemu.guest_agent.0)."]
    assert unavailable(dataclasses.replace(running, agent_answers=True), SnapshotOption.QUIESCE) == []


def test_external_snapshots_on_old_and_new_libvirt(qtbot, host):
    old = as_qemu(facts_of(qtbot, host, "chain"))
    ext1, ext2, base = old.snapshot("ext1"), old.snapshot("ext2"), old.snapshot("base")
    assert unavailable(old, SnapshotOption.REVERT, ext2) == [
        "libvirt 9.0.0 cannot revert to external snapshots (9.7 and newer can)."]
    assert unavailable(old, SnapshotOption.REVERT, base) == []
    assert unavailable(as_qemu(old, 9_007_000), SnapshotOption.REVERT, ext2) == []
    assert unavailable(old, SnapshotOption.DELETE, ext1) == [
        "libvirt cannot delete the external snapshot ext1: its parent base is internal."]
    assert unavailable(old, SnapshotOption.DELETE, ext2) == []
    assert delete_refusals(old, ext1, DeleteMode.ONE, metadata_only=True) == []
    assert unavailable(old, SnapshotOption.DELETE_WITH_CHILDREN, base) == [
        "libvirt cannot delete internal and external snapshots together.",
        "libvirt cannot delete the external snapshot ext1: its parent base is internal."]
    assert "libvirt 8.10.0 deletes only the metadata of external snapshots" in unavailable(
        as_qemu(old, 8_010_000), SnapshotOption.DELETE, ext2)[0]


def test_merge_and_pull_only_the_active_layer_of_a_running_vm(qtbot, host):
    facts = as_qemu(facts_of(qtbot, host, "chain"))
    ext1, ext2 = facts.snapshot("ext1"), facts.snapshot("ext2")
    assert unavailable(facts, SnapshotOption.MERGE, ext2) == []
    assert unavailable(facts, SnapshotOption.PULL, ext2) == []
    assert unavailable(facts, SnapshotOption.MERGE, ext1) == [
        "ext1 has newer snapshots: only the newest overlay is the disks' active layer."]
    stopped = dataclasses.replace(facts, active=False, running=False)
    assert unavailable(stopped, SnapshotOption.MERGE, ext2) == [
        "libvirt does this only while the VM runs: start it first."]
    moved = dataclasses.replace(facts, disks=(VmDisk("vda", "disk", "file", "qcow2", f"{IMAGES}/chain.qcow2"),))
    assert unavailable(moved, SnapshotOption.MERGE, ext2) == [
        "The disks no longer write to this snapshot's overlays (vda)."]
    assert unavailable(facts_of(qtbot, host, "chain"), SnapshotOption.MERGE, ext2) == [
        "This driver runs no block jobs."]


def test_names_and_overlay_paths():
    now = datetime.datetime(2026, 5, 1, 14, 30)
    assert default_name({"x"}, now) == "snapshot-20260501-1430"
    assert default_name({"snapshot-20260501-1430"}, now) == "snapshot-20260501-1430-2"
    assert name_problem("a/b", set()) and name_problem(" ", set()) and name_problem("x", {"x"})
    assert name_problem("ok", {"x"}) == ""
    image = VmDisk("vda", "disk", "file", "qcow2", f"{IMAGES}/web.qcow2")
    assert default_overlay(image, "s1") == f"{IMAGES}/web.s1.qcow2"
    assert default_overlay(VmDisk("vdb", "disk", "block", "raw", "/dev/vg/web"), "s1") == ""
    facts = SnapshotFacts("u", "web", "QEMU", 9_000_000, True, True, False, False, False, False, (image,), ())
    assert overlay_problems(facts, {"vda": f"{IMAGES}/web.s1.qcow2"}) == []
    assert overlay_problems(facts, {}) == ["Choose at least one disk."]
    assert overlay_problems(facts, {"vda": "web.s1.qcow2"}) == ["The overlay of vda needs an absolute path."]
    assert overlay_problems(facts, {"vda": f"{IMAGES}/web.qcow2"}) == [
        f"The overlay of vda would be a disk image the VM uses: {IMAGES}/web.qcow2"]
    assert thumbnail_path("u-1", "a/b c").name == "a%2Fb%20c.png" and thumbnail_path("u-1", "x").parent.name == "u-1"

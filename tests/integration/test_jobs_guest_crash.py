"""A guest that crashes (its qemu SIGKILLed, found by PID) during a job on the rig's real session libvirtd: a clone
copying a 2 GiB disk in use, an internal snapshot with memory and an external disk-only snapshot of a running
guest, and a live migration to the peer daemon. Each job ends FAILED saying the VM stopped, its report (and the
Jobs window) says what was left, and the volumes, files, domains and snapshots afterwards are those before, or
named in the report.

For the snapshots the guest's qemu is frozen (SIGSTOP) as libvirt is asked, so libvirt is inside the snapshot call
waiting on qemu when qemu is killed: a snapshot of a small guest otherwise ends in milliseconds, before any fault
can be placed in it."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import libvirt
import pytest
from integration.test_snapshots import guest, info, vm  # noqa: F401 - guest is a fixture
from integration.test_vm_migration import (  # noqa: F401 - fixtures
    migrate,
    open_dialog,
    peer_connection,
    presence,
)
from rig import guests
from rig.qemu_process import crash, qemu_pid

from virtdesk import xmlconf
from virtdesk.gui.jobs_window import JobsWindow
from virtdesk.model import snapshot_jobs, vm_cloning
from virtdesk.model.jobs import JobContext, JobState
from virtdesk.model.snapshots import SnapshotKind, SnapshotRequest, thumbnail_path

pytestmark = pytest.mark.integration
MIB = 1024 * 1024
BIG_MIB = 2048


def jobs_window_text(qtbot, job) -> str:
    window = JobsWindow()
    qtbot.addWidget(window)
    window.select(job)
    return window.report_view.toPlainText()


def domain_names(conn: libvirt.virConnect) -> set[str]:
    return {d.name() for d in conn.listAllDomains(0)}


@pytest.fixture
def big_running_guest(session_conn: libvirt.virConnect, session_tmp: Path, session_daemon):
    """A running TCG guest whose vda is a 2 GiB raw volume (no zeros: every byte is copied) of a dir pool."""
    pool_dir = session_tmp / "pool"
    pool_dir.mkdir()
    disk = pool_dir / "big.raw"
    block = b"\x5a" * MIB
    with disk.open("wb") as file:
        for _ in range(BIG_MIB):
            file.write(block)
    session_daemon.account.own(session_tmp)
    pool = session_conn.storagePoolDefineXML(xmlconf.build_pool(session_tmp.name, "dir", str(pool_dir)).to_xml())
    pool.create(0)
    name = guests.unique_name("cc")
    config = xmlconf.load(guests.tcg_guest_xml(name))
    config.devices.add(xmlconf.Disk.new(type="file", device="disk", driver_name="qemu", driver_type="raw",
                                        source_file=str(disk), target_dev="vda", target_bus="virtio"))
    domain = guests.define_and_start(session_conn, config.to_xml())
    yield domain, pool, pool_dir
    for other in session_conn.listAllDomains(0):
        if other.name().startswith(name):
            guests.remove(other)
    pool.destroy()
    pool.undefine()


def test_a_guest_crashing_during_its_clone_fails_the_clone_and_removes_the_copy(
        qtbot, virtdesk_connection, session_conn, session_daemon, big_running_guest):
    domain, pool, pool_dir = big_running_guest
    name = domain.name()
    volumes, domains = sorted(pool.listVolumes()), domain_names(session_conn)
    target = vm(qtbot, virtdesk_connection, name)
    reading = vm_cloning.read_source(virtdesk_connection, target)
    qtbot.waitUntil(lambda: reading.done, timeout=30000)
    assert reading.error is None, reading.error
    job = vm_cloning.clone_vm(virtdesk_connection, reading.result, f"{name}-clone", {}, allow_active=True)
    qtbot.waitUntil(lambda: job.done > 0 or job.state is not JobState.RUNNING, timeout=60000)
    assert job.state is JobState.RUNNING and job.fraction < 0.9, job.report  # the copy is under way
    killed_at = job.fraction
    crash(domain, session_daemon.runtime_dir)
    qtbot.waitUntil(lambda: job.state is not JobState.RUNNING, timeout=180000)

    assert job.state is JobState.FAILED, job.report
    assert f"{name} stopped while its disks were copied (it crashed, or was destroyed or shut down)" in job.error
    removed = f"Removed the volume {name}-clone.raw of the pool {pool.name()} again"
    assert removed in job.report and removed in jobs_window_text(qtbot, job)
    pool.refresh(0)
    assert sorted(pool.listVolumes()) == volumes
    assert sorted(os.listdir(pool_dir)) == volumes
    assert domain_names(session_conn) == domains and not domain.isActive()
    print(f"\nclone: qemu killed at {killed_at:.0%} of {BIG_MIB} MiB; job failed "
          f"{job.finished_at - job.started:.1f} s after it started")


class FrozenOnSnapshot:
    """Freezes the guest's qemu (SIGSTOP) as libvirt is asked for the snapshot, so the call waits inside libvirt;
    .asked is set then."""

    def __init__(self, monkeypatch, domain: libvirt.virDomain, runtime_dir: Path) -> None:
        self.asked = threading.Event()
        original = libvirt.virDomain.snapshotCreateXML

        def frozen_first(dom: libvirt.virDomain, xml: str, flags: int = 0):
            os.kill(qemu_pid(domain, runtime_dir), signal.SIGSTOP)
            self.asked.set()
            return original(dom, xml, flags)

        monkeypatch.setattr(libvirt.virDomain, "snapshotCreateXML", frozen_first)


def crashed_during_snapshot(qtbot, monkeypatch, connection, session_daemon, domain, request: SnapshotRequest):
    domain.create()
    target = vm(qtbot, connection, domain.name())
    qtbot.waitUntil(lambda: target.is_active, timeout=10000)
    freeze = FrozenOnSnapshot(monkeypatch, domain, session_daemon.runtime_dir)
    job = snapshot_jobs.create_snapshot(target, request)
    qtbot.waitUntil(freeze.asked.is_set, timeout=30000)
    time.sleep(1)  # libvirt waits on the frozen qemu
    assert job.state is JobState.RUNNING
    crash(domain, session_daemon.runtime_dir)
    qtbot.waitUntil(lambda: job.state is not JobState.RUNNING, timeout=60000)
    assert job.state is JobState.FAILED, job.report
    assert f"{domain.name()} stopped while the job ran (it crashed, or was destroyed or shut down)" in job.error
    report = jobs_window_text(qtbot, job)
    assert job.report in report
    assert "Afterwards the VM is shut off." in report and f"There is no snapshot {request.name}." in report
    assert domain.listAllSnapshots(0) == [] and not domain.isActive()
    assert not thumbnail_path(domain.UUIDString(), request.name).exists()
    return job


def test_a_guest_crashing_during_a_memory_snapshot_leaves_no_snapshot(
        qtbot, monkeypatch, virtdesk_connection, session_daemon, guest, session_tmp):  # noqa: F811 - fixture
    domain, image = guest
    files = sorted(os.listdir(session_tmp))
    crashed_during_snapshot(qtbot, monkeypatch, virtdesk_connection, session_daemon, domain,
                            SnapshotRequest("live", "running"))
    assert not info(image).get("snapshots")  # nothing half-written in the image's snapshot table
    assert sorted(os.listdir(session_tmp)) == files


def test_a_guest_crashing_during_an_external_snapshot_names_what_is_left(
        qtbot, monkeypatch, virtdesk_connection, session_daemon, guest, session_tmp):  # noqa: F811 - fixture
    domain, image = guest
    files = sorted(os.listdir(session_tmp))
    overlay = session_tmp / "vda.crash.qcow2"
    job = crashed_during_snapshot(qtbot, monkeypatch, virtdesk_connection, session_daemon, domain, SnapshotRequest(
        "crash", kind=SnapshotKind.EXTERNAL, overlays={"vda": str(overlay)}))
    for flags in (0, libvirt.VIR_DOMAIN_XML_INACTIVE):
        assert xmlconf.load(domain.XMLDesc(flags)).devices.disks[0].source_file == str(image)
    assert f"The disk vda writes to {image}." in job.report
    left = sorted(set(os.listdir(session_tmp)) - set(files))
    assert all(str(session_tmp / name) in job.report for name in left), (left, job.report)
    print(f"\nexternal snapshot: files left beside the image: {left or 'none'}")


def test_a_guest_crashing_during_a_live_migration_is_left_nowhere_but_its_definition(
        qtbot, monkeypatch, virtdesk_connection, peer_connection, session_conn, peer_session_conn,  # noqa: F811
        session_daemon, linux_guest_without_agent):
    name, uuid = linux_guest_without_agent.name(), linux_guest_without_agent.UUIDString()
    peer_domains = domain_names(peer_session_conn)
    dialog = open_dialog(qtbot, virtdesk_connection, [peer_connection], name)
    dialog.bandwidth_spin.setValue(1)
    progress = JobContext.progress
    crashed: list[float] = []

    def crash_once_data_flows(context: JobContext, done: int, total: int, *, force: bool = False) -> None:
        progress(context, done, total, force=force)
        if 0 < done < total and not crashed:
            crashed.append(done / total)
            crash(linux_guest_without_agent, session_daemon.runtime_dir)

    monkeypatch.setattr(JobContext, "progress", crash_once_data_flows)
    job = migrate(qtbot, dialog)
    assert crashed, job.report
    assert job.state is JobState.FAILED, job.report
    assert f"{name} stopped while the job ran (it crashed, or was destroyed or shut down)" in job.error
    report = dialog.report_view.toPlainText()
    assert f"Nothing of {name} is on {peer_connection.label}." in report
    assert f"{virtdesk_connection.label} keeps the definition of {name}, shut off." in report
    assert job.report in jobs_window_text(qtbot, job)
    assert presence(session_conn, uuid) == (False, True)
    assert presence(peer_session_conn, uuid) is None and domain_names(peer_session_conn) == peer_domains
    print(f"\nmigration: qemu killed at {crashed[0]:.0%} of the memory; error: {job.error}")

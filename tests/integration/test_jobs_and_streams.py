"""Jobs and streams on the rig's real session libvirtd: a file uploaded into a volume and downloaded back through
non-blocking streams with progress, an upload cancelled part way, jobs in their own lane, and a guest's serial
console typed into and read through an event-driven stream."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import libvirt
import pytest
from details_harness import open_connection
from rig import guests

from virtdesk import xmlconf
from virtdesk.model.domain_jobs import managed_save
from virtdesk.model.jobs import JobState, job_history
from virtdesk.model.lanes import Lane
from virtdesk.model.streams import download_volume, open_console, upload_volume

pytestmark = pytest.mark.integration
MIB = 1024 * 1024


@pytest.fixture
def pool(session_conn: libvirt.virConnect, session_tmp: Path):
    pool = session_conn.storagePoolDefineXML(xmlconf.build_pool(session_tmp.name, "dir", str(session_tmp)).to_xml())
    pool.create()
    return pool


def _volume(pool: libvirt.virStoragePool, name: str, size: int) -> libvirt.virStorageVol:
    return pool.createXML(xmlconf.build_volume(name, size, "raw").to_xml(), 0)


def _big_upload(tmp_path: Path, pool: libvirt.virStoragePool, volume: str) -> Path:
    """A 256 MiB file of random bytes (long enough to act on part way) and a volume as large to upload it into."""
    source = tmp_path / "big.img"
    with source.open("wb") as file:
        for _ in range(256):
            file.write(os.urandom(MIB))
    _volume(pool, volume, 256 * MIB)
    return source


def _finished(qtbot, job, timeout: int = 60000) -> None:
    qtbot.waitUntil(lambda: job.state is not JobState.RUNNING, timeout=timeout)


def test_upload_then_download_a_volume_with_progress(qtbot, session_daemon, pool, tmp_path):
    data = os.urandom(8 * MIB + 12345)
    source = tmp_path / "disk.img"
    source.write_bytes(data)
    _volume(pool, "upload.raw", 9 * MIB)
    connection = open_connection(qtbot, session_daemon.uri)
    try:
        job = connection.start_job("Uploading disk.img", upload_volume, pool.name(), "upload.raw", str(source))
        assert job in job_history().jobs
        seen = []
        job.changed.connect(lambda: seen.append(job.done))
        _finished(qtbot, job)
        assert job.state is JobState.SUCCEEDED, job.report
        assert job.result == len(data) and job.done == job.total == len(data)
        assert seen == sorted(seen) and len({s for s in seen if 0 < s < len(data)}) >= 1
        back = tmp_path / "back.img"
        download = connection.start_job("Downloading upload.raw", download_volume, pool.name(), "upload.raw",
                                        str(back))
        _finished(qtbot, download)
        assert download.state is JobState.SUCCEEDED, download.report
        copied = back.read_bytes()
        assert len(copied) == 9 * MIB and copied[:len(data)] == data and not copied[len(data):].strip(b"\0")
    finally:
        connection.shutdown()


def test_an_upload_cancelled_part_way_ends_as_cancelled_and_says_so(qtbot, session_daemon, pool, tmp_path):
    source = _big_upload(tmp_path, pool, "big.raw")
    connection = open_connection(qtbot, session_daemon.uri)
    try:
        job = connection.start_job("Uploading big.img", upload_volume, pool.name(), "big.raw", str(source))
        job.changed.connect(lambda: job.done > 0 and job.cancel())
        _finished(qtbot, job)
        assert job.state is JobState.CANCELLED
        assert 0 < job.done < 256 * MIB
        assert "Cancelled" in job.report
        after = connection.call(lambda conn: conn.getHostname())  # the connection goes on working
        qtbot.waitUntil(lambda: after.done, timeout=10000)
        assert after.error is None
    finally:
        connection.shutdown()


def test_a_failed_job_reports_libvirts_reason(qtbot, session_daemon, pool, tmp_path):
    source = tmp_path / "small.img"
    source.write_bytes(b"x" * 1024)
    connection = open_connection(qtbot, session_daemon.uri)
    try:
        job = connection.start_job("Uploading small.img", upload_volume, pool.name(), "absent.raw", str(source))
        _finished(qtbot, job)
        assert job.state is JobState.FAILED
        assert "absent.raw" in job.error and "libvirt error code" in job.report
    finally:
        connection.shutdown()


def test_quick_reads_answer_on_the_real_daemon_while_the_job_lane_is_full(qtbot, session_daemon):
    connection = open_connection(qtbot, session_daemon.uri)
    release = threading.Event()
    try:
        hung = [connection.call(lambda _conn: release.wait(30), lane=Lane.JOB) for _ in range(Lane.JOB.threads)]
        version = connection.call(lambda conn: conn.getLibVersion())
        qtbot.waitUntil(lambda: version.done, timeout=10000)
        assert version.result >= 9_000_000 and not any(task.done for task in hung)
    finally:
        release.set()
        connection.shutdown()


def test_a_managed_save_runs_as_a_job_and_a_cancelled_one_never_starts(qtbot, session_conn, session_daemon):
    names = [guests.unique_name("save"), guests.unique_name("cancel")]
    saved, cancelled = (guests.define_and_start(session_conn, guests.tcg_guest_xml(name, memory_mib=1024))
                        for name in names)
    connection = open_connection(qtbot, session_daemon.uri)
    try:
        job = connection.start_job("Saving", managed_save, saved.UUIDString())
        _finished(qtbot, job)
        assert job.state is JobState.SUCCEEDED, job.report
        assert saved.hasManagedSaveImage(0) and not saved.isActive()
        release = threading.Event()
        blockers = [connection.call(lambda _conn: release.wait(30), lane=Lane.JOB) for _ in range(Lane.JOB.threads)]
        job = connection.start_job("Saving", managed_save, cancelled.UUIDString())
        job.cancel()  # while it waits for the job lane
        release.set()
        _finished(qtbot, job)
        qtbot.waitUntil(lambda: all(task.done for task in blockers), timeout=10000)
        assert job.state is JobState.CANCELLED, job.report
        assert cancelled.isActive() and not cancelled.hasManagedSaveImage(0)
    finally:
        connection.shutdown()
        for domain in (saved, cancelled):
            guests.remove(domain)


def test_a_serial_console_stream_types_and_reads_on_the_real_guest(qtbot, session_daemon, linux_guest):
    guest, _rig_console = linux_guest
    connection = open_connection(qtbot, session_daemon.uri)
    received, ended = bytearray(), []
    lock = threading.Lock()

    def on_data(data: bytes) -> None:
        with lock:
            received.extend(data)

    try:
        opening = connection.call(open_console, guest.UUIDString(), None, on_data, ended.append, True)
        qtbot.waitUntil(lambda: opening.done, timeout=10000)
        console = opening.result
        console.send(b"echo virtdesk-$((6*7))\n")
        qtbot.waitUntil(lambda: b"virtdesk-42" in bytes(received), timeout=20000)
        console.close()
        console.close()
        assert ended == ["The console was closed"]
        console.send(b"ignored after the end\n")
    finally:
        connection.shutdown()


@pytest.mark.parametrize("fault", ["killed", "frozen"])
@pytest.mark.parametrize("direction", ["upload", "download"])
def test_a_transfer_whose_host_dies_or_freezes_fails_and_says_the_connection_was_lost(qtbot, session_daemon, pool,
                                                                                     tmp_path, direction, fault):
    """An upload into a frozen host blocks the job's worker (never libvirt's event thread) until libvirt's
    keepalive drops the connection; a download, driven by the event thread, notices the closed connection."""
    if direction == "upload":
        source = _big_upload(tmp_path, pool, "lost.raw")
        args = (upload_volume, pool.name(), "lost.raw", str(source))
    else:
        _volume(pool, "lost.raw", 2048 * MIB)  # sparse: read fast, long enough to act on part way
        args = (download_volume, pool.name(), "lost.raw", str(tmp_path / "back.img"))
    connection = open_connection(qtbot, session_daemon.uri)
    pid = session_daemon.pid
    try:
        job = connection.start_job(f"{direction} lost.raw", *args)
        qtbot.waitUntil(lambda: job.done > 0, timeout=30000)
        os.kill(pid, signal.SIGKILL if fault == "killed" else signal.SIGSTOP)
        started = time.monotonic()
        _finished(qtbot, job, timeout=60000)
        ended_s = time.monotonic() - started
        print(f"[{direction}, host {fault}] the job failed {ended_s:.1f} s later: {job.error}")
        assert job.state is JobState.FAILED
        assert job.error.startswith("The connection to the host was lost during the transfer")
        assert ended_s < 30  # the keepalive window: 5 s x 3 unanswered
    finally:
        if fault == "frozen":
            os.kill(pid, signal.SIGCONT)
        connection.shutdown()
        session_daemon.kill()
        session_daemon.ensure_running()

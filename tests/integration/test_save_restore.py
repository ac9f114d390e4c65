"""Save, restore, dump and power management on the rig's session daemon, through virtdesk's dialogs and actions: the
Linux guest saved to a file and restored comes back to the same shell (a variable and a file made before the save
are there, and the console answers); a memory-only core dump writes an ELF file and leaves the guest running; a
save cancelled midway (the guest's QEMU slowed down by a cgroup so the save takes seconds) leaves the VM running
and no file; the guest suspends to RAM through its agent and wakes up answering, shuts down through it, and tries to
hibernate (no swap: it runs on); an NMI makes its kernel say so and carry on; without an agent channel the agent's
choices are not offered, and libvirt's refusal reads cleanly."""

from __future__ import annotations

import contextlib
import os
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import libvirt
import pytest
from PySide6.QtCore import Qt
from rig import guests, initramfs
from rig.console import SerialConsole as RigConsole
from rig.errors import missing_part

from virtdesk.gui.dump_vm_dialog import DumpVmDialog
from virtdesk.gui.host_file_job_dialog import HostFileJobDialog
from virtdesk.gui.restore_vm_dialog import RestoreVmDialog
from virtdesk.gui.save_vm_dialog import SaveVmDialog
from virtdesk.model.actions import ACTIONS
from virtdesk.model.domain import Domain, DomainState
from virtdesk.model.errors import describe
from virtdesk.model.jobs import Job, JobState
from virtdesk.model.worker import Task

pytestmark = pytest.mark.integration
CPU_CGROUP = Path("/sys/fs/cgroup/cpu")
HIBERNATE_WAIT_MS = 120000


def domain_of(qtbot, connection, name: str) -> Domain:
    qtbot.waitUntil(lambda: connection.find_domain(name) is not None, timeout=10000)
    return connection.find_domain(name)


def run_dialog(qtbot, dialog: HostFileJobDialog, path: Path, timeout: int = 120000) -> None:
    """Types the path, presses the dialog's action button and waits until its job ended."""
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(path))
    start(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.job.state is not JobState.RUNNING, timeout=timeout)


def start(qtbot, dialog: HostFileJobDialog) -> None:
    assert dialog.action_button.isEnabled(), dialog.problem_label.text()
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is not None or bool(dialog.problem_label.text()), timeout=10000)
    assert dialog.job is not None, dialog.problem_label.text()


def test_save_to_a_file_and_restore_bring_the_guest_back_to_the_same_shell(qtbot, virtdesk_connection, linux_guest,
                                                                        session_tmp):
    guest, console = linux_guest
    console.run("VD_STATE=kept-$((6*7)); echo before-save > /tmp/vd-marker; echo st''ored", "stored")
    domain = domain_of(qtbot, virtdesk_connection, guest.name())
    saved = session_tmp / "linux.save"

    save = SaveVmDialog(domain)
    run_dialog(qtbot, save, saved)
    assert save.job.state is JobState.SUCCEEDED, save.job.report
    assert saved.stat().st_size > 1024 * 1024 and not guest.isActive()
    assert f"Saved the memory and state of {guest.name()} to {saved}." in save.report_view.toPlainText()
    console.close()  # the guest's console ended with it
    qtbot.waitUntil(lambda: domain.state is DomainState.SHUTOFF, timeout=10000)

    restore = RestoreVmDialog(virtdesk_connection)
    run_dialog(qtbot, restore, saved)
    assert restore.job.state is JobState.SUCCEEDED, restore.job.report
    assert f"Restored {guest.name()} from {saved}; it is running." in restore.report_view.toPlainText()
    assert guest.state()[0] == libvirt.VIR_DOMAIN_RUNNING and saved.exists()
    after = RigConsole(guest)
    try:
        answer = after.run("echo state=$VD_STATE file=$(cat /tmp/vd-marker)", "file=before-save")
        assert "state=kept-42 file=before-save" in answer
    finally:
        after.close()


def test_a_memory_only_core_dump_writes_an_elf_file_and_the_guest_runs_on(qtbot, virtdesk_connection, tcg_guest,
                                                                         session_tmp):
    domain = domain_of(qtbot, virtdesk_connection, tcg_guest.name())
    dump = DumpVmDialog(domain)
    assert dump.memory_only_radio.isChecked()
    target = session_tmp / "tcg.core"
    run_dialog(qtbot, dump, target)
    assert dump.job.state is JobState.SUCCEEDED, dump.job.report
    with target.open("rb") as core:
        assert core.read(4) == b"\x7fELF"
    assert target.stat().st_size > 64 * 1024 * 1024 * 0.9  # the guest's 64 MiB
    assert f"Wrote the memory of {tcg_guest.name()} to {target} (ELF" in dump.report_view.toPlainText()
    assert tcg_guest.state()[0] == libvirt.VIR_DOMAIN_RUNNING


def qemu_pid(name: str) -> int:
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError), open(f"/proc/{entry}/cmdline", "rb") as cmdline:
                if f"guest={name},".encode() in cmdline.read():
                    return int(entry)
    raise AssertionError(f"no QEMU process of {name}")


@contextlib.contextmanager
def slowed(pid: int, percent: int) -> Iterator[None]:
    """Runs the process in a cgroup of its own that gets `percent` of one CPU (cgroup v1's cpu controller)."""
    if not os.access(CPU_CGROUP, os.W_OK):
        missing_part(f"{CPU_CGROUP} is not writable: no cgroup to slow the guest down")
    group = CPU_CGROUP / f"virtdesk-rig-{uuid.uuid4().hex[:8]}"
    group.mkdir()
    try:
        (group / "cpu.cfs_period_us").write_text("100000")
        (group / "cpu.cfs_quota_us").write_text(str(percent * 1000))
        (group / "cgroup.procs").write_text(str(pid))
        yield
    finally:
        for process in (group / "cgroup.procs").read_text().split():
            with contextlib.suppress(OSError):
                (CPU_CGROUP / "cgroup.procs").write_text(process)
        group.rmdir()


def test_a_save_cancelled_midway_leaves_the_vm_running_and_no_file(qtbot, virtdesk_connection, session_conn,
                                                                  session_tmp):
    name = guests.unique_name("cut")
    guest = guests.define_and_start(session_conn, guests.tcg_guest_xml(name, memory_mib=1024))
    target = session_tmp / "cut.save"
    try:
        domain = domain_of(qtbot, virtdesk_connection, name)
        with slowed(qemu_pid(name), 3):  # the save of 1 GiB then takes seconds
            save = SaveVmDialog(domain)
            qtbot.addWidget(save)
            save.show()
            save.path_edit.setText(str(target))
            start(qtbot, save)
            deadline = time.monotonic() + 60
            while guest.jobStats().get("data_processed", 0) == 0:  # libvirt's save job is under way
                assert time.monotonic() < deadline and save.job.state is JobState.RUNNING, save.job.report
                qtbot.wait(50)
            qtbot.waitUntil(lambda: save.job.total > 0, timeout=10000)  # the dialog shows libvirt's progress
            assert save.progress_bar.maximum() == 1000 and save.progress_bar.value() < 1000
            save.reject()  # Cancel while it runs: libvirt's job is aborted
            qtbot.waitUntil(lambda: save.job.state is not JobState.RUNNING, timeout=60000)
        assert save.job.state is JobState.CANCELLED, save.job.report
        assert "Cancelled" in save.report_view.toPlainText() and "Saved the memory" not in save.job.report
        assert guest.state()[0] == libvirt.VIR_DOMAIN_RUNNING
        assert not target.exists()
    finally:
        guests.remove(guest)


def finish(qtbot, started: Task | Job) -> BaseException | str | None:
    """The action's error: libvirt's exception for a call, the report's words for a job; None when it worked."""
    if isinstance(started, Job):
        qtbot.waitUntil(lambda: started.state is not JobState.RUNNING, timeout=HIBERNATE_WAIT_MS)
        return None if started.state is JobState.SUCCEEDED else started.error
    qtbot.waitUntil(lambda: started.done, timeout=30000)
    return started.error


def refused(error: BaseException | str | None, code: int) -> bool:
    if isinstance(error, str):
        return error.endswith(f"(libvirt error code {code})")
    return isinstance(error, libvirt.libvirtError) and error.get_error_code() == code


def test_the_guest_suspends_to_ram_through_its_agent_and_wakes_up(qtbot, virtdesk_connection, linux_guest):
    guest, console = linux_guest
    domain = domain_of(qtbot, virtdesk_connection, guest.name())
    qtbot.waitUntil(lambda: domain.agent_channel, timeout=10000)
    suspend = ACTIONS["suspend-ram"]
    assert suspend.applies(domain) and not ACTIONS["wakeup"].applies(domain)
    assert once_the_agent_answers(qtbot, suspend, domain) is None
    qtbot.waitUntil(lambda: domain.state is DomainState.PMSUSPENDED, timeout=30000)
    assert domain.state_label == "Suspended" and ACTIONS["wakeup"].applies(domain)
    assert not suspend.applies(domain)

    error = finish(qtbot, ACTIONS["wakeup"].start(domain))
    assert error is None, error
    qtbot.waitUntil(lambda: domain.state is DomainState.RUNNING, timeout=30000)
    answered_in(console, "echo wo''ke", "woke")


def once_the_agent_answers(qtbot, action, domain: Domain) -> BaseException | str | None:
    """Runs the action; qemu-ga starts with the guest's shell, and until it answers libvirt says it is not
    connected: the action is tried again then. Returns the action's error."""
    return run_once_the_agent_answers(qtbot, action, domain)[1]


def run_once_the_agent_answers(qtbot, action, domain: Domain) -> tuple[Task | Job, BaseException | str | None]:
    """The last run of the action (see once_the_agent_answers) and its error."""
    deadline = time.monotonic() + 60
    while True:
        started = action.start(domain)
        error = finish(qtbot, started)
        if not refused(error, libvirt.VIR_ERR_AGENT_UNRESPONSIVE):
            return started, error
        assert time.monotonic() < deadline, error
        qtbot.wait(500)


def answered_in(console: RigConsole, command: str, expect: str, tries: int = 3) -> str:
    """The shell's answer; a guest just woken up may lose the first keys it is sent, so the command is typed again
    when no answer comes."""
    for _ in range(tries - 1):
        with contextlib.suppress(TimeoutError):
            return console.run(command, expect, timeout=10)
    return console.run(command, expect, timeout=10)


def test_an_nmi_reaches_the_guest_kernel_which_carries_on(qtbot, virtdesk_connection, linux_guest):
    guest, console = linux_guest
    domain = domain_of(qtbot, virtdesk_connection, guest.name())
    nmi = ACTIONS["nmi"]
    assert nmi.applies(domain) and nmi.forced
    since = console.mark()
    assert finish(qtbot, nmi.start(domain)) is None
    shown = console.wait_for("Dazed and confused, but trying to continue", timeout=30, since=since)[since:]
    assert "Uhhuh. NMI received for unknown reason" in shown
    assert guest.state()[0] == libvirt.VIR_DOMAIN_RUNNING
    answered_in(console, "echo after-n''mi", "after-nmi")


def test_the_guest_shuts_down_through_its_agent(qtbot, virtdesk_connection, linux_guest):
    guest, console = linux_guest
    domain = domain_of(qtbot, virtdesk_connection, guest.name())
    qtbot.waitUntil(lambda: domain.agent_channel, timeout=10000)
    since = console.mark()
    assert once_the_agent_answers(qtbot, ACTIONS["shutdown-agent"], domain) is None
    console.wait_for("reboot: Power down", timeout=60, since=since)  # qemu-ga ran the guest's /sbin/shutdown
    qtbot.waitUntil(lambda: domain.state is DomainState.SHUTOFF, timeout=30000)
    assert guest.state() == [libvirt.VIR_DOMAIN_SHUTOFF, libvirt.VIR_DOMAIN_SHUTOFF_SHUTDOWN]


def test_suspend_to_disk_says_so_when_the_guest_has_no_swap_to_hibernate_to(qtbot, virtdesk_connection,
                                                                            linux_guest):
    """The guest's kernel makes its hibernation image, finds no swap to write it to and runs on. qemu-ga answers
    guest-suspend-disk only with the failure of the child that hibernates, and libvirt does not always wait for
    it: the job watches the agent go quiet and answer again with the VM still running, and fails saying so."""
    guest, console = linux_guest
    domain = domain_of(qtbot, virtdesk_connection, guest.name())
    qtbot.waitUntil(lambda: domain.agent_channel, timeout=10000)
    assert "disk" in answered_in(console, 'cat /sys/power/state; echo "=$((6*7))="', "=42=").split()
    error = once_the_agent_answers(qtbot, ACTIONS["suspend-disk"], domain)
    name = guest.name()
    assert error in (
        f"The guest system of {name} did not hibernate and runs on: it may have no swap space to write its memory "
        "to, or hibernation turned off (its kernel log says why).",
        f"The guest system of {name} did not hibernate: internal error: unable to execute QEMU agent command "
        "'guest-suspend-disk': child process has failed to suspend (libvirt error code 1)"), error
    deadline = time.monotonic() + 30
    while "PM: hibernation: hibernation exit" not in (log := answered_in(
            console, 'dmesg | grep "PM: "; echo "=$((6*8))="', "=48=")):
        assert time.monotonic() < deadline, log
        qtbot.wait(1000)
    assert "PM: hibernation: Image created" in log and "PM: Cannot find swap device, try swapon -a" in log
    assert guest.state()[0] == libvirt.VIR_DOMAIN_RUNNING and domain.state is DomainState.RUNNING


def test_suspend_to_disk_hibernates_a_guest_with_swap_into_it_and_the_job_says_so(
        qtbot, virtdesk_connection, session_conn, session_daemon, session_tmp, linux_boot_files):
    """A guest with a swap disk writes its hibernation image there (the kernel's S1SUSPEND signature) and powers
    off; the job waits for it and reports the VM hibernated."""
    boot = initramfs.with_modules(linux_boot_files, ("virtio_blk",), session_tmp)
    swap = session_tmp / "swap.img"
    with swap.open("wb") as file:
        file.truncate(256 * 1024 * 1024)
    session_daemon.account.own(swap)
    name = guests.unique_name("hibernate")
    disk = (f"<disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='{swap}'/>"
            "<target dev='vda' bus='virtio'/></disk>")
    with guests.running_linux_guest(session_conn, name, boot, session_daemon.runtime_dir, disk) as (guest, console):
        console.run("insmod /lib/modules/extra/virtio_blk.ko; while [ ! -b /dev/vda ]; do sleep 1; done; "
                    "mkswap /dev/vda >/dev/null && swapon /dev/vda && echo SWAP''ON", "SWAPON\r\n", timeout=60)
        domain = domain_of(qtbot, virtdesk_connection, name)
        qtbot.waitUntil(lambda: domain.agent_channel, timeout=10000)
        job, error = run_once_the_agent_answers(qtbot, ACTIONS["suspend-disk"], domain)
        assert error is None, error
        assert isinstance(job, Job) and "Asked the guest system of" in job.report
        assert f"{name} hibernated: its memory is on its own disk and it is off" in job.report
        assert guest.state()[0] == libvirt.VIR_DOMAIN_SHUTOFF
        assert b"S1SUSPEND" in swap.read_bytes()[:4096]  # the kernel's mark of a hibernation image in swap


def test_without_an_agent_its_choices_are_not_offered_and_libvirt_would_refuse(qtbot, virtdesk_connection,
                                                                               linux_guest_without_agent):
    domain = domain_of(qtbot, virtdesk_connection, linux_guest_without_agent.name())
    qtbot.waitUntil(lambda: domain.state is DomainState.RUNNING, timeout=10000)
    assert not domain.agent_channel
    for key in ("shutdown-agent", "reboot-agent", "suspend-ram", "suspend-disk"):
        assert not ACTIONS[key].applies(domain), key
        assert ACTIONS[key].unavailable(domain) == "The VM has no guest agent channel (org.qemu.guest_agent.0)."
        error = finish(qtbot, ACTIONS[key].start(domain))  # had it been asked anyway: libvirt's own refusal
        assert (error if isinstance(error, str) else describe(error)) == (
            "argument unsupported: QEMU guest agent is not configured (libvirt error code 74)"), error
    assert linux_guest_without_agent.state()[0] == libvirt.VIR_DOMAIN_RUNNING

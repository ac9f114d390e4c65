"""A full disk on the rig's session libvirtd (issue #17): a small tmpfs under a dir pool and under a save file.
A fully allocated volume larger than the pool's free space is refused in the New Volume dialog, up front when the
free space is known and in libvirt's words when another program filled the disk after the pool was last read:
the dialog stays open with what was typed, no partial volume file is left and the tab lists what the pool holds.
A running VM saved to a file on a disk too small for its memory: the Save dialog says why, the VM runs on and no
partial file is left."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import libvirt
import pytest
from integration.test_host_volumes import names, page, pool, refused, window  # noqa: F401 - fixtures
from integration.test_save_restore import domain_of, run_dialog

from virtdesk.gui.save_vm_dialog import SaveVmDialog
from virtdesk.model.domain import DomainState
from virtdesk.model.jobs import JobState

pytestmark = pytest.mark.integration
MIB = 1024 * 1024
DISK_MIB = 16


@pytest.fixture
def session_tmp(session_tmp: Path, session_conn, session_daemon) -> Iterator[Path]:
    """The rig's session_tmp with a tmpfs of DISK_MIB mounted on it (owned by the daemon's user); unmounted after.
    Requests session_conn first, so the pools on it are removed after the unmount, never before."""
    account = session_daemon.account
    subprocess.run(["mount", "--no-mtab", "-t", "tmpfs", "-o",
                    f"size={DISK_MIB}m,uid={account.uid},gid={account.gid},mode=0755", "virtdesk-full",
                    str(session_tmp)], check=True)
    try:
        yield session_tmp
    finally:
        subprocess.run(["umount", "--no-mtab", str(session_tmp)], check=True)


def fill(folder: Path, leave: int) -> None:
    """Another program writes a file into folder until only about `leave` bytes are free."""
    free = os.statvfs(folder)
    with (folder / "filler").open("ab") as filler:
        filler.write(b"\x5a" * (free.f_bavail * free.f_frsize - leave))
    os.chown(folder / "filler", folder.stat().st_uid, folder.stat().st_gid)


def test_a_volume_larger_than_the_free_space_is_refused_and_leaves_nothing(qtbot, page, pool, session_tmp):  # noqa: F811
    dialog = page.commands.create()
    qtbot.waitUntil(lambda: dialog.format_combo.count() > 0, timeout=10000)
    dialog.format_combo.setCurrentText("raw")
    dialog.name_edit.setText("big.raw")
    dialog.capacity.set_kib(2 * DISK_MIB * 1024)
    dialog.allocation.set_kib(2 * DISK_MIB * 1024)
    dialog.revalidate()
    assert not dialog.action_button.isEnabled()  # the free space the pool reported is known: refused up front
    assert dialog.allocation_problem.isVisibleTo(dialog)
    assert dialog.allocation_problem.text().startswith("Only ")
    assert dialog.allocation_problem.text().endswith(f" is free in the pool {pool.name()}.")

    fill(session_tmp, 4 * MIB)  # behind libvirt's back: the pool's free space as last read is stale now
    dialog.capacity.set_kib(8 * 1024)
    dialog.allocation.set_kib(8 * 1024)
    dialog.revalidate()
    assert dialog.action_button.isEnabled(), dialog.allocation_problem.text()
    dialog.action_button.click()
    qtbot.waitUntil(lambda: bool(refused(dialog)), timeout=30000)
    assert "No space left on device" in refused(dialog), refused(dialog)
    assert refused(dialog).endswith(")")  # libvirt's words with its error code, no traceback
    assert dialog.isVisible() and dialog.name_edit.text() == "big.raw" and dialog.format_combo.currentText() == "raw"
    assert dialog.capacity.kib() == dialog.allocation.kib() == 8 * 1024
    assert sorted(os.listdir(session_tmp)) == ["filler"]  # no partial volume file
    pool.refresh(0)
    assert pool.listVolumes() == ["filler"]
    qtbot.waitUntil(lambda: names(page) == {"filler"}, timeout=15000)
    dialog.reject()


def test_saving_a_running_vm_to_a_full_disk_says_why_and_the_vm_runs_on(qtbot, virtdesk_connection, tcg_guest,
                                                                       session_tmp):
    fill(session_tmp, 256 * 1024)  # far less than the save of 64 MiB of guest memory takes
    domain = domain_of(qtbot, virtdesk_connection, tcg_guest.name())
    target = session_tmp / "tcg.save"
    save = SaveVmDialog(domain)
    run_dialog(qtbot, save, target)
    assert save.job.state is JobState.FAILED, save.job.report
    report = save.report_view.toPlainText()
    assert "No space left on device" in report, report
    assert "Traceback" not in report and "Saved the memory" not in report
    assert save.isVisible() and save.path_edit.text() == str(target)
    assert tcg_guest.state()[0] == libvirt.VIR_DOMAIN_RUNNING
    qtbot.waitUntil(lambda: domain.state is DomainState.RUNNING, timeout=10000)
    assert sorted(os.listdir(session_tmp)) == ["filler"]  # no partial save file

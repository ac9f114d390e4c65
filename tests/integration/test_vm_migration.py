"""Migration between two real session libvirtds of the rig (the rig's daemon and its peer: one user, separate
directories, separate host UUIDs, so libvirt treats them as two hosts on one machine), through the Migrate dialog
and the model's job.

- Offline: a shut-off VM with a qcow2 disk moves its definition (the disk is at the same path for both: this
  machine's file), removed from the source as chosen; a name taken on the destination behind the dialog's back
  makes the job refuse with nothing done, the dialog keeps every choice and Try Again succeeds once it is free.
- Live: a running TCG guest moves managed by virtdesk (migrate3, with the migration address typed) and comes back
  peer-to-peer (migrateToURI3 to the source daemon's socket URI); libvirt does not refuse this on one machine
  because each daemon has its own host UUID. With one host UUID (two connections to the same daemon) the dialog
  lists the destination disabled: "the same host".
- Cancelled midway: a Linux guest (tens of MiB of memory in use) migrated at 1 MiB/s is cancelled at its first
  progress; it still runs on the source, nothing of it is left on the destination, and the report says so.

- Storage copied: a running guest whose qcow2 disk lies in a folder the peer has no pool at is migrated with its
  disk copied completely (NON_SHARED_DISK over NBD) into a pool of the peer chosen in the dialog: virtdesk
  creates the image there (same capacity and format), libvirt copies into it, the peer runs the VM on the copy
  and defines it so, and the image holds the source's data. A first try that fails in libvirt (a migration port
  the destination cannot listen on) removes the image virtdesk made. An incremental copy into a pool is refused
  by the checks, as libvirt 9.0 refuses it ("pre-creation of storage targets for incremental storage migration
  is not supported"). Copying to the same path stays refused: both daemons see one file system.
"""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

import libvirt
import pytest
from details_harness import open_connection
from rig import guests, images
from rig.images import holds

from virtdesk import xmlconf
from virtdesk.gui.migrate_vm_dialog import MigrateVmDialog
from virtdesk.model import domain_jobs
from virtdesk.model.connection import Connection
from virtdesk.model.jobs import Job, JobContext, JobState
from virtdesk.model.vm_migration import (
    MigrationHost,
    MigrationOptions,
    Option,
    StorageCopy,
    Transfer,
    migrate_vm,
    normalized,
    read_source,
    unavailable,
)

pytestmark = pytest.mark.integration
MIGRATION_TIMEOUT_MS = 120000


@pytest.fixture
def peer_connection(qtbot, peer_session_daemon, peer_session_conn):
    """A virtdesk Connection to the peer daemon (what the test adds there is removed by peer_session_conn)."""
    connection = open_connection(qtbot, peer_session_daemon.uri)
    yield connection
    connection.shutdown()


def open_dialog(qtbot, source: Connection, destinations: list[Connection], name: str) -> MigrateVmDialog:
    qtbot.waitUntil(lambda: source.find_domain(name) is not None, timeout=15000)
    dialog = MigrateVmDialog(source.find_domain(name), [source, *destinations])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=15000)
    qtbot.waitUntil(lambda: not isinstance(dialog.facts.get(dialog.destination()), str), timeout=30000)
    return dialog


def migrate(qtbot, dialog: MigrateVmDialog) -> Job:
    """Presses Migrate (or Try Again) and waits for the job to end."""
    assert dialog.action_button.isEnabled(), dialog.problem_label.text()
    dialog.action_button.click()
    job = dialog.job
    assert job is not None
    qtbot.waitUntil(lambda: job.state is not JobState.RUNNING, timeout=MIGRATION_TIMEOUT_MS)
    return job


def presence(conn: libvirt.virConnect, uuid: str) -> tuple[bool, bool] | None:
    """(active, persistent) of the VM on that daemon, None when it has nothing of it."""
    try:
        dom = conn.lookupByUUIDString(uuid)
    except libvirt.libvirtError:
        return None
    return bool(dom.isActive()), bool(dom.isPersistent())


@pytest.fixture
def shut_off_vm(session_conn: libvirt.virConnect, session_tmp: Path, session_daemon):
    """A shut-off TCG guest with a qcow2 disk in the rig daemon's home."""
    disk = images.create(session_tmp / "off.qcow2", "16M")
    session_daemon.account.own(session_tmp)
    xml = images.with_devices(guests.tcg_guest_xml(guests.unique_name("mo")), images.disk_xml(disk))
    return session_conn.defineXML(xml), disk


def test_offline_migration_moves_the_definition_and_retries_after_a_refusal(
        qtbot, virtdesk_connection, peer_connection, session_conn, peer_session_conn, shut_off_vm):
    domain, disk = shut_off_vm
    name, uuid = domain.name(), domain.UUIDString()
    dialog = open_dialog(qtbot, virtdesk_connection, [peer_connection], name)
    assert dialog.destination() is peer_connection
    assert dialog.table.item(0, dialog.Column.PATH).text() == str(disk)
    assert dialog.table.item(0, dialog.Column.THERE).text() == "there"
    live = dialog.checks[Option.LIVE]
    assert not live.isEnabled() and not live.isChecked()
    assert live.toolTip() == f"{name} is shut off: it moves offline, only its definition"
    assert dialog.checks[Option.PERSISTENT].isChecked() and not dialog.checks[Option.PERSISTENT].isEnabled()
    assert not dialog.storage_combo.isEnabled() and not dialog.bandwidth_spin.isEnabled()
    dialog.checks[Option.UNDEFINE_SOURCE].setChecked(True)

    blocker = peer_session_conn.defineXML(guests.tcg_guest_xml(name))  # the name is taken behind the dialog's back
    assert migrate(qtbot, dialog).state is JobState.FAILED
    assert dialog.job is None  # ready to try again
    assert (f"Not migrated: Nothing was done: {peer_connection.label} has another VM named {name}"
            in dialog.problem_label.text())
    assert presence(session_conn, uuid) == (False, True) and presence(peer_session_conn, uuid) is None
    assert dialog.action_button.text() == "&Try Again" and dialog.checks[Option.UNDEFINE_SOURCE].isChecked()
    qtbot.waitUntil(lambda: "has another VM" in dialog.problem_label.text(), timeout=30000)  # checked again
    assert not dialog.action_button.isEnabled()

    blocker.undefine()  # the destination's event makes the dialog check again
    qtbot.waitUntil(dialog.action_button.isEnabled, timeout=30000)
    job = migrate(qtbot, dialog)
    assert job.state is JobState.SUCCEEDED, job.report
    assert presence(peer_session_conn, uuid) == (False, True)
    assert presence(session_conn, uuid) is None
    moved = xmlconf.load(peer_session_conn.lookupByUUIDString(uuid).XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
    assert [d.source_file for d in moved.devices.disks] == [str(disk)]
    report = dialog.report_view.toPlainText()
    assert (f"Migrated {name} offline (its definition) from {virtdesk_connection.label} to "
            f"{peer_connection.label}") in report
    assert f"{name} is defined on {peer_connection.label}, shut off." in report
    assert f"{name} is no longer on {virtdesk_connection.label}: its definition there was removed." in report
    assert dialog.cancel_button.text() == "Close"


def test_live_migration_there_managed_and_back_peer_to_peer(
        qtbot, virtdesk_connection, peer_connection, session_conn, peer_session_conn, tcg_guest):
    name, uuid = tcg_guest.name(), tcg_guest.UUIDString()
    dialog = open_dialog(qtbot, virtdesk_connection, [peer_connection], name)
    for option in (Option.LIVE, Option.AUTO_CONVERGE, Option.POST_COPY, Option.COMPRESSION):
        assert dialog.checks[option].isEnabled(), option
    assert dialog.checks[Option.LIVE].isChecked()
    assert dialog.storage_combo.isEnabled() and dialog.downtime_spin.isEnabled()
    assert "The CPU was not compared" not in dialog.summary_label.text()  # qemu64 compared: compatible
    assert dialog.unavailable_label.text() == ""
    dialog.address_edit.setText("tcp://127.0.0.1")
    dialog.bandwidth_spin.setValue(100)
    report = migrated_live(qtbot, dialog, session_conn, peer_session_conn, uuid)
    assert f"{virtdesk_connection.label} keeps the definition of {name}, shut off." in report
    job = migrated_back(qtbot, peer_connection, virtdesk_connection, name, Transfer.PEER_TO_PEER)
    assert presence(session_conn, uuid) == (True, True)  # it was defined there still
    assert presence(peer_session_conn, uuid) is None
    assert f"{name} is no longer on {peer_connection.label}: its definition there was removed." in job.report


def migrated_live(qtbot, dialog: MigrateVmDialog, session_conn, peer_session_conn, uuid: str) -> str:
    """Migrates from the dialog, checks the VM runs on the peer (kept defined at home) and returns the report."""
    job = migrate(qtbot, dialog)
    assert job.state is JobState.SUCCEEDED, job.report
    assert presence(peer_session_conn, uuid) == (True, True)
    assert presence(session_conn, uuid) == (False, True)
    report = dialog.report_view.toPlainText()
    name, source, destination = dialog.domain.name, dialog.domain.connection, dialog.destination()
    assert destination is not None
    assert f"Migrated {name} live from {source.label} to {destination.label}" in report
    assert f"{name} runs on {destination.label} and is defined there." in report
    return report


def migrated_back(qtbot, peer_connection: Connection, home: Connection, name: str, transfer: Transfer) -> Job:
    """Migrates the VM running on the peer back home (transfer as asked, not made direct), its definition on
    the peer removed; the job succeeded."""
    qtbot.waitUntil(lambda: (d := peer_connection.find_domain(name)) is not None and d.is_active, timeout=15000)
    back = read_source(peer_connection, peer_connection.find_domain(name))
    qtbot.waitUntil(lambda: back.done, timeout=15000)
    assert back.error is None, back.error
    options = MigrationOptions(transfer=transfer, persistent=False, undefine_source=True)
    hosts = MigrationHost.of(peer_connection), MigrationHost.of(home)
    assert normalized(options, unavailable(back.result, *hosts, options)).transfer is transfer
    job = migrate_vm(peer_connection, home, back.result, options)
    qtbot.waitUntil(lambda: job.state is not JobState.RUNNING, timeout=MIGRATION_TIMEOUT_MS)
    assert job.state is JobState.SUCCEEDED, job.report
    return job


def test_live_migration_tunnelled_there_and_back(
        qtbot, virtdesk_connection, peer_connection, session_conn, peer_session_conn, tcg_guest):
    name, uuid = tcg_guest.name(), tcg_guest.UUIDString()
    dialog = open_dialog(qtbot, virtdesk_connection, [peer_connection], name)
    choose(dialog.transfer_combo, Transfer.TUNNELLED)
    assert dialog.transfer_combo.model().item(dialog.transfer_combo.currentIndex()).isEnabled()
    assert dialog.wanted().transfer is Transfer.TUNNELLED
    assert not dialog.checks[Option.POST_COPY].isEnabled()  # libvirt does no post-copy through a tunnel
    assert not dialog.address_edit.isEnabled()  # everything goes over libvirt's connection
    migrated_live(qtbot, dialog, session_conn, peer_session_conn, uuid)
    migrated_back(qtbot, peer_connection, virtdesk_connection, name, Transfer.TUNNELLED)
    assert presence(session_conn, uuid) == (True, True)
    assert presence(peer_session_conn, uuid) is None
    assert session_conn.lookupByUUIDString(uuid).state()[0] == libvirt.VIR_DOMAIN_RUNNING


def test_two_connections_to_one_daemon_are_the_same_host(qtbot, virtdesk_connection, session_daemon, tcg_guest):
    again = open_connection(qtbot, session_daemon.uri.replace("/run/libvirt/", "/run/./libvirt/"))
    try:
        dialog = open_dialog(qtbot, virtdesk_connection, [again], tcg_guest.name())
        text = dialog.destination_combo.itemText(0)
        assert text.startswith(f"{again.label} — the same host as {virtdesk_connection.label} (host UUID ")
        assert not dialog.destination_combo.model().item(0).isEnabled()
        assert not dialog.action_button.isEnabled()
    finally:
        again.shutdown()


def test_a_migration_cancelled_midway_leaves_both_sides_as_they_were(
        qtbot, virtdesk_connection, peer_connection, session_conn, peer_session_conn, linux_guest_without_agent,
        monkeypatch):
    name, uuid = linux_guest_without_agent.name(), linux_guest_without_agent.UUIDString()
    dialog = open_dialog(qtbot, virtdesk_connection, [peer_connection], name)
    dialog.bandwidth_spin.setValue(1)
    dialog.downtime_spin.setValue(500)
    dialog.checks[Option.UNDEFINE_SOURCE].setChecked(True)
    progress = JobContext.progress

    def cancel_once_data_flows(context: JobContext, done: int, total: int, *, force: bool = False) -> None:
        progress(context, done, total, force=force)
        if 0 < done < total:
            context._cancel()  # as the dialog's Cancel button does, with the memory partly copied

    monkeypatch.setattr(JobContext, "progress", cancel_once_data_flows)
    assert migrate(qtbot, dialog).state is JobState.CANCELLED
    assert dialog.problem_label.text().endswith("Not migrated: the migration was cancelled.")
    assert presence(session_conn, uuid) == (True, True)
    assert presence(peer_session_conn, uuid) is None
    assert linux_guest_without_agent.migrateGetMaxDowntime(0) == 500
    report = dialog.report_view.toPlainText()
    assert "Set the maximum downtime to 500 ms" in report
    assert "The migration was aborted." in report
    assert f"Nothing of {name} is on {peer_connection.label}." in report
    assert f"{name} runs on {virtdesk_connection.label} and is defined there." in report
    assert report.endswith("Cancelled: what is listed above was done, nothing after it.")
    assert dialog.action_button.isVisible() and dialog.checks[Option.UNDEFINE_SOURCE].isChecked()


@pytest.fixture
def peer_pool(peer_session_conn: libvirt.virConnect, peer_session_daemon):
    """An active dir pool of the peer daemon, in its own home (nothing of the rig daemon's home is a pool there)."""
    path = peer_session_daemon.home / "tests" / guests.unique_name("pool")
    path.mkdir(parents=True)
    peer_session_daemon.account.own(path.parent)
    pool = peer_session_conn.storagePoolDefineXML(
        f"<pool type='dir'><name>{guests.unique_name('pp')}</name><target><path>{path}</path></target></pool>")
    pool.create()
    yield pool, path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def guest_on_qcow2(session_conn: libvirt.virConnect, session_tmp: Path, session_daemon):
    """A running TCG guest whose vda is a 64 MiB qcow2 image starting with 4 MiB of 0xab."""
    disk = images.create(session_tmp / "moved.qcow2", pattern=0xab, length="4M")
    session_daemon.account.own(session_tmp)
    xml = images.with_devices(guests.tcg_guest_xml(guests.unique_name("mc")), images.disk_xml(disk))
    return guests.define_and_start(session_conn, xml), disk


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_live_migration_copies_the_disk_into_a_pool_chosen_on_the_destination(
        qtbot, virtdesk_connection, peer_connection, session_conn, peer_session_conn, guest_on_qcow2, peer_pool,
        monkeypatch):
    domain, disk = guest_on_qcow2
    pool, folder = peer_pool
    name, uuid = domain.name(), domain.UUIDString()
    copy = folder / disk.name
    with pytest.raises(libvirt.libvirtError, match="pre-creation of storage targets for incremental storage "
                                                   "migration is not supported"):  # what libvirt does itself
        domain.migrate3(peer_session_conn, {
            libvirt.VIR_MIGRATE_PARAM_URI: "tcp://127.0.0.1", libvirt.VIR_MIGRATE_PARAM_MIGRATE_DISKS: ["vda"],
            libvirt.VIR_MIGRATE_PARAM_DEST_XML: domain.XMLDesc(libvirt.VIR_DOMAIN_XML_MIGRATABLE).replace(
                str(disk), str(copy))}, libvirt.VIR_MIGRATE_LIVE | libvirt.VIR_MIGRATE_NON_SHARED_INC)
    assert not copy.exists() and presence(session_conn, uuid) == (True, True)

    dialog = open_dialog(qtbot, virtdesk_connection, [peer_connection], name)
    assert not dialog.copy_pool_combo.isEnabled()  # storage shared: nothing to put anywhere
    choose(dialog.storage_combo, StorageCopy.ALL)
    assert dialog.copy_pool_combo.isEnabled() and dialog.copy_pool_combo.currentData() == ""
    assert dialog.table.item(0, dialog.Column.THERE).text().startswith("cannot be copied: for both hosts it is "
                                                                       "this machine's file")
    assert not dialog.action_button.isEnabled()
    choose(dialog.copy_pool_combo, pool.name())
    assert dialog.table.item(0, dialog.Column.THERE).text() == f"copied to {copy}"
    choose(dialog.storage_combo, StorageCopy.INCREMENTAL)
    assert "An incremental copy goes only into images that exist with their backing images" in \
        dialog.problem_label.text()
    choose(dialog.storage_combo, StorageCopy.ALL)
    dialog.checks[Option.UNDEFINE_SOURCE].setChecked(True)
    dialog.address_edit.setText("tcp://127.0.0.1:1")  # a port the destination's QEMU cannot listen on

    job = migrate(qtbot, dialog)
    assert job.state is JobState.FAILED, job.report
    assert f"Created {copy} on {peer_connection.label} (64.0 MiB, qcow2) to receive vda" in job.report
    assert f"Removed {copy} on {peer_connection.label}, made for the copy" in job.report
    assert not copy.exists()
    assert presence(session_conn, uuid) == (True, True) and presence(peer_session_conn, uuid) is None

    qtbot.waitUntil(lambda: dialog.copy_pool_combo.currentData() == pool.name(), timeout=30000)  # checked again
    dialog.address_edit.setText("tcp://127.0.0.1")
    qtbot.waitUntil(dialog.action_button.isEnabled, timeout=30000)
    started = time.monotonic()
    monkeypatch.setattr(domain_jobs, "POLL_S", 3600.0)  # no reading of the job's figures while it runs
    job = migrate(qtbot, dialog)
    assert job.state is JobState.SUCCEEDED, job.report
    print(f"{job.report}\n(the job took {time.monotonic() - started:.1f} s)")  # the figures
    assert presence(peer_session_conn, uuid) == (True, True)
    assert presence(session_conn, uuid) is None  # removed from the source, as chosen
    moved = peer_session_conn.lookupByUUIDString(uuid)
    for flags in (0, libvirt.VIR_DOMAIN_XML_INACTIVE):  # it runs on the copy, and will start on it again
        assert [d.source_file for d in xmlconf.load(moved.XMLDesc(flags)).devices.disks] == [str(copy)]
    report = dialog.report_view.toPlainText()
    assert f"Copied vda from {disk} to {copy} on {peer_connection.label}" in report
    figures = re.search(r"libvirt copied (.*) of memory in [\d.]+ s", report)
    assert figures, report
    # the source has no VM left to tell the disk data, and no reading during the job saw it: the figure comes from
    # the image virtdesk made for the copy
    assert figures[1].startswith("64.0 MiB of disk data and "), figures[0]
    assert f"{name} runs on {peer_connection.label} and is defined there." in report
    assert f"{name} is no longer on {virtdesk_connection.label}: its definition there was removed." in report
    moved.destroy()
    assert holds(copy, 0xab, "4M") and holds(disk, 0xab, "4M")  # the source's disk is kept
    pool.refresh(0)
    assert pool.storageVolLookupByName(disk.name).info()[1] == 64 * 1024 * 1024  # capacity

"""The snapshot operations as Jobs (worker side, on the connection's job lane): create (a picture of a running VM's
screen kept beside it), revert (optionally taking a snapshot of the current state first), delete, and for external
snapshots merge (block commit of the active layer, pivot) and pull (block pull); and editing a description, a quick
redefine. A job that fails says in its report what state the VM, the snapshots and the disks are in afterwards."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Collection
from pathlib import Path
from typing import TYPE_CHECKING

import libvirt
from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.model.domain import Domain, DomainState
from virtdesk.model.domain_jobs import run_domain_job
from virtdesk.model.errors import describe
from virtdesk.model.jobs import Job, JobCancelled, JobContext
from virtdesk.model.lanes import Lane
from virtdesk.model.screenshot import grab
from virtdesk.model.snapshots import (
    DeleteMode,
    SnapshotKind,
    SnapshotOption,
    SnapshotRequest,
    VmDisk,
    deleted_names,
    read_facts,
    thumbnail_path,
    unavailable,
)
from virtdesk.model.vm_deletion import on_file_worker

if TYPE_CHECKING:
    from virtdesk.model.worker import Task

BLOCK_JOB_POLL_S = 0.3
THUMBNAIL_WIDTH = 320


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


def _state_now(conn: libvirt.virConnect, uuid: str, names: Collection[str]) -> str:
    """The VM's state, which of names are snapshots of it, and the image each disk writes to: for a report."""
    try:
        dom = conn.lookupByUUIDString(uuid)
        state = dom.state()[0]
        have = {s.getName() for s in dom.listAllSnapshots(0)}
        config = xmlconf.load(dom.XMLDesc(0))
    except libvirt.libvirtError as exc:
        return _tr("The VM's state could not be read afterwards: {error}").format(error=describe(exc))
    lines = [_tr("Afterwards the VM is {state}.").format(state=DomainState(state).label.lower())]
    for name in names:
        lines.append((_tr("The snapshot {name} exists.") if name in have else
                      _tr("There is no snapshot {name}.")).format(name=name))
    for disk in config.devices.disks:  # type: ignore[union-attr]
        if disk.source_path() and not disk.readonly:
            lines.append(_tr("The disk {disk} writes to {path}.").format(disk=disk.target_dev,
                                                                         path=disk.source_path()))
    return "\n".join(lines)


def _reporting_state(conn: libvirt.virConnect, context: JobContext, uuid: str, names: Collection[str],
                     work: Callable[[], object]) -> object:
    """Runs work(); when it fails or is cancelled, the report says how things are now."""
    try:
        return work()
    except BaseException:
        context.step(_state_now(conn, uuid, names))
        raise


def _snapshot_xml(request: SnapshotRequest, facts_disks: tuple[VmDisk, ...]) -> str:
    doc = xmlconf.DomainSnapshot.new(name=request.name)
    if request.description:
        doc.description = request.description
    if request.kind is SnapshotKind.EXTERNAL:
        doc.memory_snapshot = "no"
        for disk in facts_disks:
            entry = doc.disks.add()
            entry.name = disk.target
            overlay = request.overlays.get(disk.target)
            if overlay:
                entry.snapshot, entry.type, entry.driver_type, entry.source_file = "external", "file", "qcow2", overlay
            else:
                entry.snapshot = "no"
    return doc.to_xml()


def _save_thumbnail(context: JobContext, conn: libvirt.virConnect, uuid: str, name: str) -> Path | None:
    """A picture of the running VM's screen, kept for the page; a VM whose screen cannot be read gets none."""
    context.phase(_tr("Taking a picture of the screen"))
    path = thumbnail_path(uuid, name)
    try:
        image = grab(conn, uuid)
        if image.width() > THUMBNAIL_WIDTH:
            image = image.scaledToWidth(THUMBNAIL_WIDTH)

        def write() -> bool:
            path.parent.mkdir(parents=True, exist_ok=True)
            return image.save(str(path), "PNG")

        if not on_file_worker(write):
            raise OSError(_tr("Could not write {path}").format(path=path))
    except (libvirt.libvirtError, OSError, ValueError) as exc:
        context.step(_tr("No picture of the screen: {error}").format(error=describe(exc)))
        return None
    return path


def _remove_thumbnails(uuid: str, names: Collection[str]) -> None:
    for name in names:
        with contextlib.suppress(OSError):
            os.remove(thumbnail_path(uuid, name))


def _create(conn: libvirt.virConnect, context: JobContext, uuid: str, request: SnapshotRequest) -> str:
    dom = conn.lookupByUUIDString(uuid)
    facts = read_facts(conn, uuid, ask_agent=False)
    thumbnail = _save_thumbnail(context, conn, uuid, request.name) if facts.active else None
    flags = 0
    if request.kind is SnapshotKind.EXTERNAL:
        flags = libvirt.VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY | libvirt.VIR_DOMAIN_SNAPSHOT_CREATE_ATOMIC
        if request.quiesce:
            flags |= libvirt.VIR_DOMAIN_SNAPSHOT_CREATE_QUIESCE
    xml = _snapshot_xml(request, facts.disks)
    context.phase(_tr("Creating the snapshot {name}").format(name=request.name))
    try:
        _reporting_state(conn, context, uuid, [request.name],
                         lambda: run_domain_job(context, dom, lambda: dom.snapshotCreateXML(xml, flags)))
    except BaseException:
        if thumbnail is not None:
            on_file_worker(_remove_thumbnails, uuid, [request.name])
        raise
    if request.kind is SnapshotKind.EXTERNAL:
        for target, overlay in request.overlays.items():
            context.step(_tr("The disk {disk} now writes to the overlay {path}").format(disk=target, path=overlay))
        context.step((_tr("Created the external snapshot {name} (disks only, file systems quiesced)")
                      if request.quiesce else _tr("Created the external snapshot {name} (disks only)")).format(
            name=request.name))
    else:
        context.step((_tr("Created the internal snapshot {name} with the VM's memory") if facts.active else
                      _tr("Created the internal snapshot {name}")).format(name=request.name))
    if thumbnail is not None:
        context.step(_tr("Kept a picture of the screen in {path}").format(path=thumbnail))
    return request.name


def _revert_to(conn: libvirt.virConnect, context: JobContext, uuid: str, name: str,
               first: SnapshotRequest | None) -> str:
    if first is not None:
        _create(conn, context, uuid, first)
        context.check_cancelled()
    dom = conn.lookupByUUIDString(uuid)
    snap = dom.snapshotLookupByName(name, 0)
    context.phase(_tr("Reverting to {name}").format(name=name))
    _reporting_state(conn, context, uuid, [name], lambda: run_domain_job(context, dom,
                                                                        lambda: dom.revertToSnapshot(snap, 0)))
    context.step(_tr("Reverted to {name}: the VM is {state}").format(
        name=name, state=DomainState(dom.state()[0]).label.lower()))
    return name


_DELETE_FLAGS = {DeleteMode.ONE: 0, DeleteMode.CHILDREN_ONLY: libvirt.VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY,
                 DeleteMode.WITH_CHILDREN: libvirt.VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN}


def _delete_snapshots(conn: libvirt.virConnect, context: JobContext, uuid: str, name: str, mode: DeleteMode,
                      metadata_only: bool) -> list[str]:
    facts = read_facts(conn, uuid, ask_agent=False)
    names = deleted_names(facts, name, mode)
    dom = conn.lookupByUUIDString(uuid)
    snap = dom.snapshotLookupByName(name, 0)
    flags = _DELETE_FLAGS[mode] | (libvirt.VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY if metadata_only else 0)
    context.phase(_tr("Deleting {names}").format(names=", ".join(names)))
    _reporting_state(conn, context, uuid, names, lambda: run_domain_job(context, dom, lambda: snap.delete(flags)))
    on_file_worker(_remove_thumbnails, uuid, names)
    for gone in names:
        context.step((_tr("Removed libvirt's record of {name}; its data stays in the disk images") if metadata_only
                      else _tr("Deleted the snapshot {name}")).format(name=gone))
    deleted = facts.snapshot(name)
    if mode is DeleteMode.ONE and deleted is not None:
        for child in facts.children(name):
            context.step((_tr("Kept {child}, now a child of {parent}") if deleted.parent else
                          _tr("Kept {child}, now a snapshot without a parent")).format(
                child=child.name, parent=deleted.parent))
    return names


def set_description(domain: Domain, name: str, text: str) -> Task:
    """Gives the snapshot a new description by redefining it (it stays current when it was)."""
    def work(conn: libvirt.virConnect) -> None:
        dom = conn.lookupByUUIDString(domain.uuid)
        snap = dom.snapshotLookupByName(name, 0)
        doc = xmlconf.load(snap.getXMLDesc(libvirt.VIR_DOMAIN_SNAPSHOT_XML_SECURE))
        assert isinstance(doc, xmlconf.DomainSnapshot)
        doc.description = text or None
        flags = libvirt.VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE
        if snap.isCurrent(0):
            flags |= libvirt.VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT
        dom.snapshotCreateXML(doc.to_xml(), flags)

    return domain.connection.call(work, lane=Lane.EDIT, description=_tr(
        "Changing the description of the snapshot {name} of {vm}").format(name=name, vm=domain.name))


# -- block jobs of external snapshots ------------------------------------------------------------------------------
class BlockJobStopped(RuntimeError):
    """A merge or pull ended before it finished (the VM stopped, or libvirt's job vanished)."""


def _wait_block_job(context: JobContext, dom: libvirt.virDomain, target: str, *, until_ready: bool,
                    progress: Callable[[int, int], None]) -> None:
    """Polls the disk's block job until it is ready to pivot (active commit) or gone (pull); cancel aborts it."""
    stop = threading.Event()
    context.on_cancel(lambda: dom.blockJobAbort(target, 0))
    while not stop.wait(BLOCK_JOB_POLL_S):
        try:
            info = dom.blockJobInfo(target, 0)
        except libvirt.libvirtError as exc:
            if context.cancelled:
                raise JobCancelled from exc
            if not dom.isActive():
                raise BlockJobStopped(_tr("The VM stopped while the job on {disk} ran.").format(disk=target)) from exc
            raise
        if not info:
            if context.cancelled:
                raise JobCancelled
            if not dom.isActive():
                raise BlockJobStopped(_tr("The VM stopped while the job on {disk} ran.").format(disk=target))
            if until_ready:
                raise BlockJobStopped(_tr("libvirt's job on {disk} ended before it was ready.").format(disk=target))
            return
        progress(int(info.get("cur", 0)), int(info.get("end", 0)))
        if until_ready and info.get("end", 0) and info.get("cur") == info.get("end"):
            return


def _live_source(dom: libvirt.virDomain, target: str) -> tuple[str, bool]:
    """The file the running disk writes to, and whether it still has a backing file."""
    config = xmlconf.load(dom.XMLDesc(0))
    for disk in config.devices.disks:  # type: ignore[union-attr]
        if disk.target_dev == target:
            node = disk.node
            backing = node.find("backingStore") if node is not None else None
            return disk.source_path() or "", backing is not None and backing.find("source") is not None
    return "", False


def _block_jobs(conn: libvirt.virConnect, context: JobContext, uuid: str, name: str, merge: bool,
                bandwidth_mib: int) -> list[str]:
    dom = conn.lookupByUUIDString(uuid)
    facts = read_facts(conn, uuid, ask_agent=False)
    snapshot = facts.snapshot(name)
    if snapshot is None:
        raise RuntimeError(_tr("There is no snapshot {name}.").format(name=name))
    reasons = unavailable(facts, SnapshotOption.MERGE if merge else SnapshotOption.PULL, snapshot)
    if reasons:
        raise RuntimeError(_tr("Nothing was done: {why}").format(why=" ".join(reasons)))
    overlays = snapshot.overlays
    done_disks: list[str] = []
    count = len(overlays)
    for number, (target, overlay) in enumerate(sorted(overlays.items())):
        context.check_cancelled()

        def progress(cur: int, end: int, number: int = number) -> None:
            context.progress(number * 1000 + (cur * 1000 // end if end else 0), count * 1000)

        try:
            if merge:
                context.phase(_tr("Merging {path} into its backing file").format(path=overlay))
                flags = libvirt.VIR_DOMAIN_BLOCK_COMMIT_ACTIVE | libvirt.VIR_DOMAIN_BLOCK_COMMIT_SHALLOW
                dom.blockCommit(target, None, None, bandwidth_mib, flags)
                _wait_block_job(context, dom, target, until_ready=True, progress=progress)
                context.phase(_tr("Switching {disk} to its backing file").format(disk=target))
                dom.blockJobAbort(target, libvirt.VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT)
                path, _backing = _live_source(dom, target)
                context.step(_tr("Merged {overlay} into {path}: the disk {disk} writes to {path} again; the overlay "
                                 "file is no longer used and was kept").format(overlay=overlay, path=path,
                                                                               disk=target))
            else:
                context.phase(_tr("Pulling the backing data of {disk} into {path}").format(disk=target,
                                                                                       path=overlay))
                dom.blockPull(target, bandwidth_mib, 0)
                _wait_block_job(context, dom, target, until_ready=False, progress=progress)
                path, backing = _live_source(dom, target)
                if backing:
                    raise BlockJobStopped(_tr("The pull into {path} did not finish: {disk} still has a backing "
                                              "file.").format(path=path, disk=target))
                context.step(_tr("Pulled all data of {disk} into {path}: it no longer needs its backing file, "
                                 "which was kept").format(disk=target, path=path))
            done_disks.append(target)
        except BaseException:
            left = [t for t in sorted(overlays) if t not in done_disks]
            if merge:
                context.step(_tr("Not merged: {disks}. Each still writes to its overlay, so no data is lost; a "
                                 "backing file may already hold part of its overlay's data, which does no harm. "
                                 "The snapshot {name} was kept.").format(disks=", ".join(left), name=name))
            else:
                context.step(_tr("Not pulled: {disks}. Each still reads what its overlay lacks from its backing "
                                 "file, so no data is lost.").format(disks=", ".join(left)))
            context.step(_state_now(conn, uuid, [name]))
            raise
    if merge:
        dom.snapshotLookupByName(name, 0).delete(libvirt.VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY)
        on_file_worker(_remove_thumbnails, uuid, [name])
        context.step(_tr("Removed libvirt's record of {name}: its overlays are merged").format(name=name))
    context.progress(1, 1, force=True)
    return done_disks


# -- starting them (GUI side) ------------------------------------------------------------------------------------
_latest: dict[str, Job] = {}


def latest_job(domain: Domain) -> Job | None:
    """The VM's newest snapshot job, running or ended (for a page built again meanwhile)."""
    return _latest.get(domain.uuid)


def _start(domain: Domain, title: str, work: Callable[..., object], *args: object) -> Job:
    job = domain.connection.start_job(title, work, domain.uuid, *args)
    _latest[domain.uuid] = job
    job.ended.connect(lambda: domain.connection.refresh_domain(domain.uuid))
    return job


def create_snapshot(domain: Domain, request: SnapshotRequest) -> Job:
    return _start(domain, _tr("Creating the snapshot {name} of {vm}").format(name=request.name, vm=domain.name),
                  _create, request)


def revert_to_snapshot(domain: Domain, name: str, first: SnapshotRequest | None = None) -> Job:
    """Reverts the VM to the snapshot; with first, takes that snapshot of the current state before."""
    title = (_tr("Reverting {vm} to {name} (saving the current state as {first} first)").format(
        vm=domain.name, name=name, first=first.name) if first is not None else
        _tr("Reverting {vm} to {name}").format(vm=domain.name, name=name))
    return _start(domain, title, _revert_to, name, first)


def delete_snapshot(domain: Domain, name: str, mode: DeleteMode = DeleteMode.ONE, metadata_only: bool = False) -> Job:
    return _start(domain, _tr("Deleting the snapshot {name} of {vm}").format(name=name, vm=domain.name),
                  _delete_snapshots, name, mode, metadata_only)


def merge_snapshot(domain: Domain, name: str, bandwidth_mib: int = 0) -> Job:
    """Merges the external snapshot's overlays back into their backing files (block commit of the active layer,
    then pivot) and removes the snapshot's record; bandwidth_mib limits it (MiB/s, 0: no limit)."""
    return _start(domain, _tr("Merging the snapshot {name} of {vm}").format(name=name, vm=domain.name),
                  _block_jobs, name, True, bandwidth_mib)


def pull_snapshot(domain: Domain, name: str, bandwidth_mib: int = 0) -> Job:
    """Pulls the backing data into the external snapshot's overlays (block pull), so they stand alone."""
    return _start(domain, _tr("Pulling the backing data into the snapshot {name} of {vm}").format(
        name=name, vm=domain.name), _block_jobs, name, False, bandwidth_mib)

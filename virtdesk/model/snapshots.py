"""A VM's snapshots: the tree as the Snapshots page shows it (name, creation time, state, description, current,
parent, internal or external, with memory or disk-only, where its thumbnail is kept), what this host's libvirt
refuses and why (`unavailable`, asked before the user tries), and what the user asks for: a new snapshot's name
and overlay files, a deletion's mode. The operations themselves are in snapshot_jobs."""

from __future__ import annotations

import datetime
import enum
import os
import urllib.parse
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import libvirt
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from virtdesk import xmlconf
from virtdesk.model.guest_agent import read_addresses
from virtdesk.model.volume_actions import free_name

if TYPE_CHECKING:
    from virtdesk.model.domain import Domain
    from virtdesk.model.worker import Task

EXTERNAL_REVERT_SINCE = 9_007_000  # libvirt 9.7 reverts to external snapshots
EXTERNAL_DELETE_SINCE = 9_000_000  # libvirt 9.0 deletes external snapshots (merging their overlays)
PFLASH_INTERNAL_SINCE = 10_009_000  # libvirt 10.9 takes internal snapshots of VMs with UEFI firmware in flash


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


def _version(number: int) -> str:
    return f"{number // 1_000_000}.{number // 1000 % 1000}.{number % 1000}"


# -- what is read (worker side) ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class SnapshotDiskInfo:
    """One disk of a snapshot: how it was saved (internal, external, no) and, for external, its overlay file."""

    target: str
    location: str
    overlay: str = ""


@dataclass(frozen=True)
class SnapshotInfo:
    name: str
    description: str
    state: str  # the VM's state it saved ("running", "shutoff", ..., "disk-snapshot")
    created: int  # seconds since the epoch
    parent: str  # "" for a root
    current: bool
    external: bool  # any disk or the memory is kept in a file of its own
    memory: bool  # the VM's memory is saved (reverting resumes it where it was)
    disks: tuple[SnapshotDiskInfo, ...] = ()

    @property
    def kind_label(self) -> str:
        kind = _tr("external") if self.external else _tr("internal")
        return _tr("{kind}, with memory").format(kind=kind) if self.memory else _tr("{kind}, disks only").format(
            kind=kind)

    @property
    def overlays(self) -> dict[str, str]:
        """target -> overlay file, for the disks saved externally."""
        return {d.target: d.overlay for d in self.disks if d.location == "external" and d.overlay}


@dataclass(frozen=True)
class VmDisk:
    """A disk of the VM as it is now (the running VM's when it runs): what snapshots of it are possible."""

    target: str
    device: str
    type: str
    format: str
    path: str
    readonly: bool = False
    snapshot_mode: str = ""  # the disk's own default (<disk snapshot='no'>), "" when none
    protocol: str = ""

    @property
    def included(self) -> bool:
        """Whether libvirt saves it in a snapshot by default (not an empty drive, read-only media, or opted out)."""
        return bool(self.path or self.protocol) and not self.readonly and self.snapshot_mode != "no"


@dataclass(frozen=True)
class SnapshotFacts:
    """A VM and its snapshots as the page and the checks need them, read on a worker."""

    uuid: str
    vm: str
    driver: str  # conn.getType(): "QEMU", "Test", ...
    version: int  # the host's libvirt (virConnectGetLibVersion)
    active: bool
    running: bool
    pflash: bool  # UEFI firmware in flash (loader type pflash, or firmware='efi')
    pci_hostdevs: bool
    agent_channel: bool
    agent_answers: bool
    disks: tuple[VmDisk, ...]
    snapshots: tuple[SnapshotInfo, ...]  # oldest first

    @property
    def qemu(self) -> bool:
        return self.driver.upper() == "QEMU"

    @property
    def test_driver(self) -> bool:
        return self.driver.upper() == "TEST"

    @property
    def names(self) -> frozenset[str]:
        return frozenset(s.name for s in self.snapshots)

    def snapshot(self, name: str) -> SnapshotInfo | None:
        return next((s for s in self.snapshots if s.name == name), None)

    def children(self, name: str) -> list[SnapshotInfo]:
        """The snapshots whose parent is name ("" for the roots), oldest first."""
        return [s for s in self.snapshots if s.parent == name]

    def descendants(self, name: str) -> list[SnapshotInfo]:
        found: list[SnapshotInfo] = []
        for child in self.children(name):
            found.append(child)
            found.extend(self.descendants(child.name))
        return found

    @property
    def current(self) -> SnapshotInfo | None:
        return next((s for s in self.snapshots if s.current), None)

    def disk(self, target: str) -> VmDisk | None:
        return next((d for d in self.disks if d.target == target), None)


def _snapshot_info(snap: libvirt.virDomainSnapshot) -> SnapshotInfo:
    doc = xmlconf.load(snap.getXMLDesc(0))
    assert isinstance(doc, xmlconf.DomainSnapshot)
    disks = tuple(SnapshotDiskInfo(d.name or "", d.snapshot or "", d.source_file or "") for d in doc.disks)
    external = doc.memory_snapshot == "external" or any(d.location == "external" for d in disks)
    state = doc.state or ""
    memory = state not in ("disk-snapshot", "shutoff", "crashed") and doc.memory_snapshot != "no"
    return SnapshotInfo(doc.name or snap.getName(), doc.description or "", state, doc.creation_time or 0,
                        doc.parent_name or "", bool(snap.isCurrent(0)), external, memory, disks)


def _vm_disk(disk: xmlconf.Disk) -> VmDisk:
    return VmDisk(disk.target_dev or "", disk.device or "disk", disk.type or "file", disk.driver_type or "",
                  disk.source_path() or "", bool(disk.readonly), disk.snapshot or "", disk.source_protocol or "")


def read_facts(conn: libvirt.virConnect, uuid: str, *, ask_agent: bool = True) -> SnapshotFacts:
    """Worker side: the VM, its disks and its snapshots (and, when asked, whether its guest agent answers)."""
    dom = conn.lookupByUUIDString(uuid)
    active = bool(dom.isActive())
    state = dom.state()[0]
    config = xmlconf.load(dom.XMLDesc(0 if active else libvirt.VIR_DOMAIN_XML_INACTIVE))
    assert isinstance(config, xmlconf.Domain)
    snapshots = sorted((_snapshot_info(s) for s in dom.listAllSnapshots(0)), key=lambda s: (s.created, s.name))
    agent_channel = any(c.is_guest_agent() for c in config.devices.channels)
    agent_answers = ask_agent and active and agent_channel and read_addresses(conn, dom)[1]
    os_ = config.os
    return SnapshotFacts(
        uuid, dom.name(), conn.getType(), conn.getLibVersion(), active, state == libvirt.VIR_DOMAIN_RUNNING,
        os_.loader_type == "pflash" or os_.firmware == "efi",
        any(h.type == "pci" for h in config.devices.hostdevs), agent_channel, agent_answers,
        tuple(_vm_disk(d) for d in config.devices.disks), tuple(snapshots))


def read_snapshots(domain: Domain) -> Task:
    """The VM's SnapshotFacts (on a worker)."""
    return domain.connection.call(read_facts, domain.uuid, quiet=True,
                                  description=_tr("Reading the snapshots of {vm}").format(vm=domain.name))


# -- what the user asks for (pure) -----------------------------------------------------------------------------
class SnapshotKind(enum.Enum):
    INTERNAL = "internal"
    EXTERNAL = "external"


@dataclass(frozen=True)
class SnapshotRequest:
    name: str
    description: str = ""
    kind: SnapshotKind = SnapshotKind.INTERNAL
    overlays: dict[str, str] = field(default_factory=dict)  # external: target -> overlay file
    quiesce: bool = False


class DeleteMode(enum.Enum):
    ONE = "one"  # its children are kept (they take its parent)
    CHILDREN_ONLY = "children-only"
    WITH_CHILDREN = "with-children"

    @property
    def label(self) -> str:
        return QCoreApplication.translate("DeleteMode", _DELETE_TEXT[self])


_DELETE_TEXT = {
    DeleteMode.ONE: QT_TRANSLATE_NOOP("DeleteMode", "Only this snapshot (its children are kept)"),
    DeleteMode.CHILDREN_ONLY: QT_TRANSLATE_NOOP("DeleteMode", "Only its children (this snapshot is kept)"),
    DeleteMode.WITH_CHILDREN: QT_TRANSLATE_NOOP("DeleteMode", "This snapshot and all its children"),
}


def deleted_names(facts: SnapshotFacts, name: str, mode: DeleteMode) -> list[str]:
    """The snapshots a deletion removes."""
    below = [s.name for s in facts.descendants(name)]
    return {DeleteMode.ONE: [name], DeleteMode.CHILDREN_ONLY: below, DeleteMode.WITH_CHILDREN: [name, *below]}[mode]


# -- what this libvirt refuses (pure) ----------------------------------------------------------------------------
class SnapshotOption(enum.Enum):
    INTERNAL = "internal"
    EXTERNAL = "external"
    QUIESCE = "quiesce"
    REVERT = "revert"
    DELETE = "delete"
    DELETE_CHILDREN_ONLY = "delete-children-only"
    DELETE_WITH_CHILDREN = "delete-with-children"
    METADATA_ONLY = "metadata-only"
    EDIT_DESCRIPTION = "edit-description"
    MERGE = "merge"
    PULL = "pull"


def unavailable(facts: SnapshotFacts, option: SnapshotOption, snapshot: SnapshotInfo | None = None) -> list[str]:
    """Why this host's libvirt would refuse the option for this VM (and snapshot): [] when it is available."""
    if option in _SNAPSHOT_OPTIONS and snapshot is None:
        return [_tr("Choose a snapshot.")]
    check = _CHECKS[option]
    return check(facts, snapshot) if option in _SNAPSHOT_OPTIONS else check(facts)  # type: ignore[call-arg]


def _internal(facts: SnapshotFacts) -> list[str]:
    reasons = []
    if facts.qemu:
        if facts.pflash and facts.version < PFLASH_INTERNAL_SINCE:  # running or not (measured on 9.0)
            reasons.append(_tr("libvirt {version} takes no internal snapshot of a VM with UEFI firmware in flash "
                               "(pflash), running or shut off (10.9 and newer can): take an external snapshot."
                               ).format(version=_version(facts.version)))
        if not any((d.path or d.protocol) and not d.readonly for d in facts.disks):  # "nothing selected"
            reasons.append(_tr("An internal snapshot is kept in the VM's qcow2 disk images, and the VM has no "
                               "writable disk."))
        for disk in facts.disks:
            if disk.readonly or not (disk.path or disk.protocol):
                continue
            if disk.snapshot_mode == "no":
                reasons.append(_tr("The disk {disk} is excluded from snapshots (snapshot='no'): an internal snapshot "
                                   "must include every disk.").format(disk=disk.target))
            elif disk.type == "network":
                reasons.append(_tr("The disk {disk} is network storage ({protocol}): internal snapshots need qcow2 "
                                   "image files.").format(disk=disk.target, protocol=disk.protocol))
            elif disk.format != "qcow2":
                reasons.append(_tr("The disk {disk} is {format}, not qcow2: only qcow2 images hold internal "
                                   "snapshots.").format(disk=disk.target, format=disk.format or "raw"))
        if facts.active and facts.pci_hostdevs:
            reasons.append(_tr("The VM has host PCI devices assigned: libvirt cannot save its memory."))
    return reasons


def _external(facts: SnapshotFacts) -> list[str]:
    if facts.test_driver:
        return [_tr("The test driver takes no external snapshots.")]
    if not external_disks(facts):
        return [_tr("The VM has no writable disk image an external snapshot could put an overlay on.")]
    return []


def external_disks(facts: SnapshotFacts) -> list[VmDisk]:
    """The disks an external disk-only snapshot can give an overlay file."""
    return [d for d in facts.disks if d.included and d.type in ("file", "block") and d.device != "lun"]


def _quiesce(facts: SnapshotFacts) -> list[str]:
    reasons = _external(facts)
    if reasons:
        return [_tr("Quiescing is for external snapshots, which are unavailable: {why}").format(why=reasons[0])]
    if not facts.running:
        return [_tr("Only a running VM's file systems can be quiesced.")]
    if not facts.agent_channel:
        return [_tr("The VM has no guest agent channel (org.qemu.guest_agent.0).")]
    if not facts.agent_answers:
        return [_tr("The guest agent does not answer.")]
    return []


def _revert(facts: SnapshotFacts, snapshot: SnapshotInfo) -> list[str]:
    if snapshot.external and facts.qemu and facts.version < EXTERNAL_REVERT_SINCE:
        return [_tr("libvirt {version} cannot revert to external snapshots (9.7 and newer can).").format(
            version=_version(facts.version))]
    return []


def _delete_external(facts: SnapshotFacts, targets: list[SnapshotInfo]) -> list[str]:
    reasons = []
    if not facts.qemu or not any(s.external for s in targets):
        return reasons
    if facts.version < EXTERNAL_DELETE_SINCE:
        reasons.append(_tr("libvirt {version} deletes only the metadata of external snapshots (9.0 and newer "
                           "merge their overlays).").format(version=_version(facts.version)))
    if any(not s.external for s in targets):
        reasons.append(_tr("libvirt cannot delete internal and external snapshots together."))
    for snap in targets:
        if not snap.external:
            continue
        parent = facts.snapshot(snap.parent)
        if parent is not None and not parent.external:
            reasons.append(_tr("libvirt cannot delete the external snapshot {name}: its parent {parent} is "
                               "internal.").format(name=snap.name, parent=parent.name))
        if len(facts.children(snap.name)) > 1:
            reasons.append(_tr("libvirt cannot delete the external snapshot {name}: it has more than one "
                               "child.").format(name=snap.name))
        elif not facts.active and any((disk := facts.disk(t)) is None or disk.path != path
                                      for t, path in snap.overlays.items()):
            # a shut-off VM's backing chain is not probed: "could not find base disk source in disk source chain"
            reasons.append(_tr("libvirt deletes an external snapshot of a shut-off VM only while the disks write "
                               "to its overlays (the newest snapshot): start the VM to delete {name}.").format(
                name=snap.name))
    return reasons


def delete_refusals(facts: SnapshotFacts, snapshot: SnapshotInfo, mode: DeleteMode,
                    metadata_only: bool = False) -> list[str]:
    """Why libvirt would refuse deleting the snapshot so (only its record, when metadata_only)."""
    below = facts.descendants(snapshot.name)
    if mode is not DeleteMode.ONE and not below:
        return [_tr("{name} has no children.").format(name=snapshot.name)]
    if metadata_only:
        return _metadata_only(facts, snapshot)
    return _delete_external(facts, {DeleteMode.ONE: [snapshot], DeleteMode.CHILDREN_ONLY: below,
                                    DeleteMode.WITH_CHILDREN: [snapshot, *below]}[mode])


def _metadata_only(facts: SnapshotFacts, snapshot: SnapshotInfo) -> list[str]:
    if facts.test_driver:
        return [_tr("The test driver cannot remove a snapshot's metadata alone.")]
    return []


def _edit_description(facts: SnapshotFacts, snapshot: SnapshotInfo) -> list[str]:
    return []


def _block_job(facts: SnapshotFacts, snapshot: SnapshotInfo, what: str) -> list[str]:
    if not snapshot.external:
        return [_tr("Only an external snapshot has an overlay to {what}.").format(what=what)]
    if not facts.qemu:
        return [_tr("This driver runs no block jobs.")]
    if not facts.running:
        return [_tr("libvirt does this only while the VM runs: start it first.")]
    if facts.children(snapshot.name):
        return [_tr("{name} has newer snapshots: only the newest overlay is the disks' active layer.").format(
            name=snapshot.name)]
    stale = [t for t, path in snapshot.overlays.items() if (disk := facts.disk(t)) is None or disk.path != path]
    if stale or not snapshot.overlays:
        return [_tr("The disks no longer write to this snapshot's overlays ({disks}).").format(
            disks=", ".join(stale) or "-")]
    return []


def _merge(facts: SnapshotFacts, snapshot: SnapshotInfo) -> list[str]:
    return _block_job(facts, snapshot, _tr("merge"))


def _pull(facts: SnapshotFacts, snapshot: SnapshotInfo) -> list[str]:
    return _block_job(facts, snapshot, _tr("pull into"))


_CHECKS: dict[SnapshotOption, Callable[..., list[str]]] = {
    SnapshotOption.INTERNAL: _internal, SnapshotOption.EXTERNAL: _external, SnapshotOption.QUIESCE: _quiesce,
    SnapshotOption.REVERT: _revert,
    SnapshotOption.DELETE: lambda facts, snapshot: delete_refusals(facts, snapshot, DeleteMode.ONE),
    SnapshotOption.DELETE_CHILDREN_ONLY: lambda facts, snapshot: delete_refusals(facts, snapshot,
                                                                                 DeleteMode.CHILDREN_ONLY),
    SnapshotOption.DELETE_WITH_CHILDREN: lambda facts, snapshot: delete_refusals(facts, snapshot,
                                                                                 DeleteMode.WITH_CHILDREN),
    SnapshotOption.METADATA_ONLY: _metadata_only,
    SnapshotOption.EDIT_DESCRIPTION: _edit_description, SnapshotOption.MERGE: _merge, SnapshotOption.PULL: _pull,
}
_SNAPSHOT_OPTIONS = frozenset(set(SnapshotOption) - {SnapshotOption.INTERNAL, SnapshotOption.EXTERNAL,
                                                     SnapshotOption.QUIESCE})


# -- names and paths (pure) --------------------------------------------------------------------------------------
def default_name(taken: Collection[str], now: datetime.datetime | None = None) -> str:
    """`snapshot-20260501-1430`, else with -2, -3, ...: the first the VM has not."""
    return free_name((now or datetime.datetime.now()).strftime("snapshot-%Y%m%d-%H%M"), taken)


def name_problem(name: str, taken: Collection[str]) -> str:
    if not name.strip():
        return _tr("Give the snapshot a name.")
    if "/" in name:
        return _tr("A snapshot name cannot contain “/”.")
    if name in taken:
        return _tr("The VM already has a snapshot named {name}.").format(name=name)
    return ""


def default_overlay(disk: VmDisk, snapshot_name: str) -> str:
    """Beside the disk's image file: `/images/web.qcow2` -> `/images/web.<snapshot>.qcow2`; "" for a block device
    (the user says where its overlay goes)."""
    if disk.type != "file" or not disk.path:
        return ""
    folder, base = os.path.split(disk.path)
    return os.path.join(folder, f"{os.path.splitext(base)[0]}.{snapshot_name}.qcow2")


def overlay_problems(facts: SnapshotFacts, overlays: dict[str, str]) -> list[str]:
    """What is wrong with the chosen overlay files (target -> path)."""
    problems = []
    if not overlays:
        problems.append(_tr("Choose at least one disk."))
    used = {d.path for d in facts.disks}
    seen: set[str] = set()
    for target, path in overlays.items():
        if not os.path.isabs(path):
            problems.append(_tr("The overlay of {disk} needs an absolute path.").format(disk=target))
        elif path in used:
            problems.append(_tr("The overlay of {disk} would be a disk image the VM uses: {path}").format(
                disk=target, path=path))
        elif path in seen:
            problems.append(_tr("Two disks cannot share the overlay {path}.").format(path=path))
        seen.add(path)
    return problems


def thumbnail_path(uuid: str, name: str) -> Path:
    """Where the picture of the screen taken with snapshot name of the VM uuid is kept (on this machine)."""
    data = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data) / "virtdesk" / "snapshots" / uuid / f"{urllib.parse.quote(name, safe='')}.png"

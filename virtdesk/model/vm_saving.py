"""Saving a VM's memory and state to a file of the host and restoring it from one (virDomainSaveFlags,
virDomainRestoreFlags), and dumping its memory for debugging (virDomainCoreDumpWithFormat), each as a Job: saves
and dumps report libvirt's job progress and a cancel aborts libvirt's job (libvirt then removes the file it had
begun). Also what the dialogs check first: whether a path typed for the host can be used."""

from __future__ import annotations

import enum
import posixpath
from dataclasses import dataclass
from typing import TYPE_CHECKING

import libvirt
from lxml import etree
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from virtdesk.model.domain import DomainState
from virtdesk.model.domain_jobs import run_domain_job
from virtdesk.model.jobs import Job, JobContext

if TYPE_CHECKING:
    from virtdesk.model.connection import Connection
    from virtdesk.model.domain import Domain
    from virtdesk.remote.files import Listing


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


class RestoredState(enum.Enum):
    """How a VM restored from a save image runs: as it was when saved, or chosen."""

    AS_SAVED = 0
    RUNNING = libvirt.VIR_DOMAIN_SAVE_RUNNING
    PAUSED = libvirt.VIR_DOMAIN_SAVE_PAUSED

    @property
    def label(self) -> str:
        return QCoreApplication.translate("RestoredState", _RESTORED_TEXT[self])


_RESTORED_TEXT = {
    RestoredState.AS_SAVED: QT_TRANSLATE_NOOP("RestoredState", "As it was when saved"),
    RestoredState.RUNNING: QT_TRANSLATE_NOOP("RestoredState", "Running"),
    RestoredState.PAUSED: QT_TRANSLATE_NOOP("RestoredState", "Paused"),
}


def save_flags(restored: RestoredState, bypass_cache: bool) -> int:
    """The flags of virDomainSaveFlags and virDomainRestoreFlags alike."""
    return restored.value | (libvirt.VIR_DOMAIN_SAVE_BYPASS_CACHE if bypass_cache else 0)


class DumpFormat(enum.Enum):
    """The file formats of a memory-only dump."""

    ELF = libvirt.VIR_DOMAIN_CORE_DUMP_FORMAT_RAW
    KDUMP_ZLIB = libvirt.VIR_DOMAIN_CORE_DUMP_FORMAT_KDUMP_ZLIB
    KDUMP_LZO = libvirt.VIR_DOMAIN_CORE_DUMP_FORMAT_KDUMP_LZO
    KDUMP_SNAPPY = libvirt.VIR_DOMAIN_CORE_DUMP_FORMAT_KDUMP_SNAPPY
    WINDOWS = libvirt.VIR_DOMAIN_CORE_DUMP_FORMAT_WIN_DMP

    @property
    def label(self) -> str:
        return QCoreApplication.translate("DumpFormat", _FORMAT_TEXT[self])


_FORMAT_TEXT = {
    DumpFormat.ELF: QT_TRANSLATE_NOOP("DumpFormat", "ELF (crash, gdb)"),
    DumpFormat.KDUMP_ZLIB: QT_TRANSLATE_NOOP("DumpFormat", "kdump, zlib-compressed"),
    DumpFormat.KDUMP_LZO: QT_TRANSLATE_NOOP("DumpFormat", "kdump, LZO-compressed"),
    DumpFormat.KDUMP_SNAPPY: QT_TRANSLATE_NOOP("DumpFormat", "kdump, Snappy-compressed"),
    DumpFormat.WINDOWS: QT_TRANSLATE_NOOP("DumpFormat", "Windows crash dump (WinDbg)"),
}


class AfterDump(enum.Enum):
    """What becomes of the VM once its memory is dumped."""

    KEEP = 0
    CRASH = libvirt.VIR_DUMP_CRASH
    RESET = libvirt.VIR_DUMP_RESET

    @property
    def label(self) -> str:
        return QCoreApplication.translate("AfterDump", _AFTER_TEXT[self])


_AFTER_TEXT = {
    AfterDump.KEEP: QT_TRANSLATE_NOOP("AfterDump", "Let it go on as before"),
    AfterDump.CRASH: QT_TRANSLATE_NOOP("AfterDump", "Stop it (as crashed)"),
    AfterDump.RESET: QT_TRANSLATE_NOOP("AfterDump", "Reset it"),
}


@dataclass(frozen=True)
class DumpChoice:
    memory_only: bool = True
    format: DumpFormat = DumpFormat.ELF
    after: AfterDump = AfterDump.KEEP
    live: bool = False  # the VM keeps running while it is dumped (else it is paused meanwhile)
    bypass_cache: bool = False

    @property
    def flags(self) -> int:
        return (self.after.value | (libvirt.VIR_DUMP_MEMORY_ONLY if self.memory_only else 0)
                | (libvirt.VIR_DUMP_LIVE if self.live else 0)
                | (libvirt.VIR_DUMP_BYPASS_CACHE if self.bypass_cache else 0))

    @property
    def libvirt_format(self) -> int:
        """A full dump is in QEMU's save format, which libvirt names "raw"."""
        return self.format.value if self.memory_only else libvirt.VIR_DOMAIN_CORE_DUMP_FORMAT_RAW


# -- the path the user gives: a file of the host, which the host's libvirt opens as given

@dataclass(frozen=True)
class PathCheck:
    problem: str = ""  # why the path cannot be used ("" when it can)
    existing: bool = False  # a file is there already: writing replaces it


def path_problem(path: str) -> str:
    """What is wrong with a typed path before the host is asked about it ("" when nothing)."""
    if not path:
        return _tr("Type or choose the path of a file on the host.")
    if not path.startswith("/"):
        return _tr("{path} is not a full path: the host's libvirt needs one that starts with /.").format(path=path)
    if path.endswith("/"):
        return _tr("{path} names a folder: add the name of the file.").format(path=path)
    return ""


def folder_of(path: str) -> str:
    return posixpath.dirname(path) or "/"


def judge_path(listing: Listing, path: str, *, writing: bool) -> PathCheck:
    """Whether path, in the listing of its folder, is a file to read (writing: one to create or replace)."""
    name = posixpath.basename(path)
    entry = next((e for e in listing.entries if e.name == name), None)
    if entry is None:
        return PathCheck() if writing else PathCheck(_tr("{path} does not exist.").format(path=path))
    if entry.kind.is_directory:
        return PathCheck(_tr("{path} is a folder: give the path of a file.").format(path=path))
    return PathCheck(existing=True)


# -- the jobs

def can_save(domain: Domain) -> bool:
    """A VM is saved (to a file, or as its managed save) while it runs or is paused."""
    return domain.state in (DomainState.RUNNING, DomainState.BLOCKED, DomainState.PAUSED)


def _save(conn: libvirt.virConnect, context: JobContext, uuid: str, path: str, flags: int) -> str:
    dom = conn.lookupByUUIDString(uuid)
    name = dom.name()
    context.phase(_tr("Saving {vm} to {path}").format(vm=name, path=path))
    run_domain_job(context, dom, lambda: dom.saveFlags(path, None, flags))
    context.step(_tr("Saved the memory and state of {vm} to {path}.").format(vm=name, path=path))
    context.step(_tr("{vm} is shut off; Restore from File… with this file brings it back as it was.").format(
        vm=name))
    return path


def save_to_file(domain: Domain, path: str, flags: int) -> Job:
    """Saves a running or paused VM to a file of its host and stops it."""
    title = _tr("Saving {vm} to a file").format(vm=domain.name)
    return domain.connection.start_job(title, _save, domain.uuid, path, flags)


def _restore(conn: libvirt.virConnect, context: JobContext, path: str, flags: int) -> str:
    context.check_cancelled()
    name = etree.fromstring(conn.saveImageGetXMLDesc(path, 0).encode()).findtext("name") or ""
    context.phase(_tr("Restoring {vm} from {path}").format(vm=name, path=path))
    conn.restoreFlags(path, None, flags)
    state = DomainState(conn.lookupByName(name).state()[0]).label.lower()
    context.step(_tr("Restored {vm} from {path}; it is {state}.").format(vm=name, path=path, state=state))
    context.step(_tr("The file {path} is kept.").format(path=path))
    return name


def restore_from_file(connection: Connection, path: str, flags: int) -> Job:
    """Restores the VM saved in a file of the host (libvirt cannot stop a restore once it has begun)."""
    title = _tr("Restoring a VM from {path}").format(path=path)
    return connection.start_job(title, _restore, path, flags, cancellable=False)


def _dump(conn: libvirt.virConnect, context: JobContext, uuid: str, path: str, choice: DumpChoice) -> str:
    dom = conn.lookupByUUIDString(uuid)
    name = dom.name()
    context.phase(_tr("Dumping {vm} to {path}").format(vm=name, path=path))
    run_domain_job(context, dom, lambda: dom.coreDumpWithFormat(path, choice.libvirt_format, choice.flags))
    if choice.memory_only:
        context.step(_tr("Wrote the memory of {vm} to {path} ({format}).").format(
            vm=name, path=path, format=choice.format.label))
    else:
        context.step(_tr("Wrote the memory and device state of {vm} to {path}.").format(vm=name, path=path))
    if choice.after is AfterDump.CRASH:
        context.step(_tr("{vm} was stopped after the dump, as crashed.").format(vm=name))
    elif choice.after is AfterDump.RESET:
        context.step(_tr("{vm} was reset after the dump.").format(vm=name))
    return path


def core_dump(domain: Domain, path: str, choice: DumpChoice) -> Job:
    title = _tr("Dumping the memory of {vm}").format(vm=domain.name)
    return domain.connection.start_job(title, _dump, domain.uuid, path, choice,
                                       cancellable=can_abort_dump(choice))


def can_abort_dump(choice: DumpChoice) -> bool:
    """libvirt refuses to abort a memory-only dump once it runs."""
    return not choice.memory_only

"""A libvirt domain operation that libvirt runs as a job (save, dump, migration, block copy) run as a virtdesk
Job: its progress read from libvirt's job statistics, cancel through virDomainAbortJob."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

import libvirt
from PySide6.QtCore import QCoreApplication

from virtdesk.model.errors import describe
from virtdesk.model.jobs import JobCancelled, JobContext

T = TypeVar("T")
POLL_S = 0.5
# the errors of a call whose qemu went away under it (monitor closed or reset, "domain is not running")
QEMU_GONE_ERRORS = (libvirt.VIR_ERR_SYSTEM_ERROR, libvirt.VIR_ERR_INTERNAL_ERROR, libvirt.VIR_ERR_OPERATION_FAILED,
                    libvirt.VIR_ERR_OPERATION_INVALID)
SETTLE_S = 3.0
SETTLE_POLL_S = 0.1
# (processed, total) pairs of virDomainGetJobStats, the most telling first
_AMOUNTS = (("data_processed", "data_total"), ("memory_processed", "memory_total"), ("disk_processed", "disk_total"))


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


def job_progress(stats: dict[str, int]) -> tuple[int, int] | None:
    for processed, total in _AMOUNTS:
        if stats.get(total):
            return stats.get(processed, 0), stats[total]
    return None


class DomainStopped(RuntimeError):
    """The VM stopped (it crashed, or was destroyed or shut down) while a job on it ran."""


def running_id(dom: libvirt.virDomain) -> int | None:
    """The id of the VM's running instance (a new one each start), None when it is not running or gone."""
    try:
        return dom.ID() if dom.isActive() else None
    except libvirt.libvirtError:
        return None


def check_still_running(dom: libvirt.virDomain, instance: int | None, text: str, settle_s: float = 0.0) -> None:
    """Raises DomainStopped(text) when the VM that ran as instance (running_id) no longer does. settle_s: how long
    to watch a VM that still looks running (libvirt fails a call on a dying qemu before it marks the VM off)."""
    if instance is None:
        return
    deadline = time.monotonic() + settle_s
    while running_id(dom) == instance:
        if time.monotonic() >= deadline:
            return
        time.sleep(SETTLE_POLL_S)
    raise DomainStopped(text)


def run_domain_job(context: JobContext, dom: libvirt.virDomain, operation: Callable[[], T],
                   on_stats: Callable[[dict[str, int]], object] | None = None) -> T:
    """Worker side: runs operation() (a blocking call that starts a libvirt job on dom) while reporting the
    job's progress; the user's cancel aborts libvirt's job and ends the virtdesk job as cancelled. on_stats, when
    given, gets every reading of the job's statistics (on the polling thread). A failure because the running VM
    stopped meanwhile (a crash, a destroy) raises DomainStopped, saying so with libvirt's words."""
    context.check_cancelled()
    instance = running_id(dom)
    context.on_cancel(dom.abortJob)
    stop = threading.Event()

    def poll() -> None:
        while not stop.wait(POLL_S):
            try:
                stats = dom.jobStats()
            except libvirt.libvirtError:
                continue
            amounts = job_progress(stats)
            if amounts is not None:
                context.progress(*amounts)
            if on_stats is not None:
                on_stats(stats)

    threading.Thread(target=poll, name="job-progress", daemon=True).start()
    try:
        return operation()
    except libvirt.libvirtError as exc:
        if context.cancelled:
            raise JobCancelled from exc
        settle = SETTLE_S if exc.get_error_code() in QEMU_GONE_ERRORS else 0.0
        check_still_running(dom, instance, _tr("{vm} stopped while the job ran (it crashed, or was destroyed or "
                                               "shut down): {error}").format(vm=dom.name(), error=describe(exc)),
                            settle)
        raise
    finally:
        stop.set()


def managed_save(conn: libvirt.virConnect, context: JobContext, uuid: str) -> None:
    """Saves a running VM's memory to the host's managed save image and stops it (restored on next start)."""
    dom = conn.lookupByUUIDString(uuid)
    name = dom.name()
    context.phase(_tr("Saving the memory and state of {vm}").format(vm=name))
    run_domain_job(context, dom, dom.managedSave)
    context.step(_tr("Saved the memory and state of {vm} on its host and stopped it; Run restores it as it "
                     "was.").format(vm=name))


HIBERNATE_LIMIT_S = 600.0
HIBERNATE_POLL_S = 1.0


class NotHibernated(RuntimeError):
    """The guest was asked to hibernate and is still running."""


def _agent_answers(dom: libvirt.virDomain) -> bool:
    """The guest agent answers (its clock, the cheapest agent call): a hibernating guest's agent is frozen."""
    try:
        dom.getTime()
    except libvirt.libvirtError:
        return False
    return True


def hibernate(conn: libvirt.virConnect, context: JobContext, uuid: str) -> None:
    """Asks the guest system, through its agent, to write its memory to its own disk and power off; then waits
    for the VM to stop. qemu-ga answers at once and the guest may still fail (no swap space, hibernation turned
    off): a guest whose agent went quiet and answers again, still running, did not hibernate."""
    dom = conn.lookupByUUIDString(uuid)
    name = dom.name()
    context.phase(_tr("Asking the guest system of {vm} to hibernate").format(vm=name))
    try:
        dom.pMSuspendForDuration(libvirt.VIR_NODE_SUSPEND_TARGET_DISK, 0, 0)
    except libvirt.libvirtError as exc:  # the agent's own failure to hibernate, when libvirt waits for its answer
        if exc.get_error_code() != libvirt.VIR_ERR_INTERNAL_ERROR:
            raise
        raise NotHibernated(_tr("The guest system of {vm} did not hibernate: {error}").format(
            vm=name, error=describe(exc))) from exc
    context.step(_tr("Asked the guest system of {vm} to hibernate.").format(vm=name))
    context.phase(_tr("Waiting for {vm} to write its memory to its disk and power off").format(vm=name))
    deadline = time.monotonic() + HIBERNATE_LIMIT_S
    went_quiet = False
    while dom.isActive():
        context.check_cancelled()
        answers = _agent_answers(dom)
        if not dom.isActive():
            break
        if answers and went_quiet:
            raise NotHibernated(_tr("The guest system of {vm} did not hibernate and runs on: it may have no swap "
                                    "space to write its memory to, or hibernation turned off (its kernel log "
                                    "says why).").format(vm=name))
        if time.monotonic() >= deadline:
            raise NotHibernated(_tr("{vm} still runs {seconds} seconds after its guest system was asked to "
                                    "hibernate.").format(vm=name, seconds=int(HIBERNATE_LIMIT_S)))
        went_quiet = went_quiet or not answers
        time.sleep(HIBERNATE_POLL_S)
    context.step(_tr("{vm} hibernated: its memory is on its own disk and it is off; Run starts it where it left "
                     "off.").format(vm=name))

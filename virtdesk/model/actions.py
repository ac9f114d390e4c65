"""The lifecycle actions a user can take on a VM, with when each applies and what it risks; and renaming."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import libvirt
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from virtdesk.model.domain import Domain, DomainState
from virtdesk.model.domain_jobs import hibernate, managed_save
from virtdesk.model.jobs import Job, JobContext
from virtdesk.model.worker import Task


@dataclass(frozen=True)
class LifecycleAction:
    key: str
    text: str
    icon: str
    run: Callable[[libvirt.virDomain], Any] | None
    applies: Callable[[Domain], bool]
    forced: bool = False
    warning: str = ""
    # instead of run: a long operation, job(virConnect, JobContext, uuid), run as a Job (progress, cancel)
    job: Callable[[libvirt.virConnect, JobContext, str], Any] | None = None
    why_not: Callable[[Domain], str] | None = None  # why it does not apply, where that is not plain from the state

    def unavailable(self, domain: Domain) -> str:
        """Why the action does not apply to the domain now ("" when it does, or when its state says it)."""
        if self.applies(domain) or self.why_not is None:
            return ""
        return self.why_not(domain)

    @property
    def label(self) -> str:
        return QCoreApplication.translate("LifecycleAction", self.text)

    @property
    def confirmation(self) -> str:
        return QCoreApplication.translate("LifecycleAction", self.warning)

    def start(self, domain: Domain) -> Task | Job:
        description = QCoreApplication.translate("LifecycleAction", "{action} {name}").format(
            action=self.label, name=domain.name)
        if self.job is not None:
            return domain.connection.start_job(description, self.job, domain.uuid)
        assert self.run is not None, self.key
        return domain.connection.domain_call(domain, self.run, description=description)


def _running(domain: Domain) -> bool:
    return domain.state in (DomainState.RUNNING, DomainState.BLOCKED)


def _stoppable(domain: Domain) -> bool:
    return domain.state in (DomainState.RUNNING, DomainState.BLOCKED, DomainState.PAUSED,
                            DomainState.SHUTDOWN, DomainState.PMSUSPENDED)


def _agent_running(domain: Domain) -> bool:
    return _running(domain) and domain.agent_channel


def _acpi_running(domain: Domain) -> bool:
    return _running(domain) and domain.acpi


def _no_agent(domain: Domain) -> str:
    """Why an action through the guest agent does not apply (libvirt would say "QEMU guest agent is not
    configured" without the channel)."""
    if not domain.agent_channel:
        return QCoreApplication.translate("LifecycleAction", "The VM has no guest agent channel "
                                                             "(org.qemu.guest_agent.0).")
    if not _running(domain):
        return QCoreApplication.translate("LifecycleAction", "The VM is not running.")
    return QCoreApplication.translate("LifecycleAction", "The VM's power management settings (<pm>) turn this "
                                                         "off.")


def _can_sleep(target: str) -> Callable[[Domain], bool]:
    """Suspending through the guest agent to RAM ("mem") or disk, where the VM's <pm> does not turn it off."""
    return lambda domain: _agent_running(domain) and target not in domain.suspend_disabled


ACTIONS: dict[str, LifecycleAction] = {a.key: a for a in [
    LifecycleAction("run", QT_TRANSLATE_NOOP("LifecycleAction", "Run"), "media-playback-start",
                    lambda d: d.create(), lambda d: not d.is_active),
    LifecycleAction("pause", QT_TRANSLATE_NOOP("LifecycleAction", "Pause"), "media-playback-pause",
                    lambda d: d.suspend(), _running),
    LifecycleAction("resume", QT_TRANSLATE_NOOP("LifecycleAction", "Resume"), "media-playback-start",
                    lambda d: d.resume(), lambda d: d.state is DomainState.PAUSED),
    LifecycleAction("shutdown", QT_TRANSLATE_NOOP("LifecycleAction", "Shut Down"), "system-shutdown",
                    lambda d: d.shutdown(), _running),
    LifecycleAction("reboot", QT_TRANSLATE_NOOP("LifecycleAction", "Reboot"), "view-refresh",
                    lambda d: d.reboot(0), _running),
    LifecycleAction("shutdown-acpi", QT_TRANSLATE_NOOP("LifecycleAction", "Shut Down (ACPI Power Button)"),
                    "system-shutdown", lambda d: d.shutdownFlags(libvirt.VIR_DOMAIN_SHUTDOWN_ACPI_POWER_BTN),
                    _acpi_running),
    LifecycleAction("shutdown-agent", QT_TRANSLATE_NOOP("LifecycleAction", "Shut Down (Guest Agent)"),
                    "system-shutdown", lambda d: d.shutdownFlags(libvirt.VIR_DOMAIN_SHUTDOWN_GUEST_AGENT),
                    _agent_running, why_not=_no_agent),
    LifecycleAction("reboot-acpi", QT_TRANSLATE_NOOP("LifecycleAction", "Reboot (ACPI Power Button)"),
                    "view-refresh", lambda d: d.reboot(libvirt.VIR_DOMAIN_REBOOT_ACPI_POWER_BTN), _acpi_running),
    LifecycleAction("reboot-agent", QT_TRANSLATE_NOOP("LifecycleAction", "Reboot (Guest Agent)"), "view-refresh",
                    lambda d: d.reboot(libvirt.VIR_DOMAIN_REBOOT_GUEST_AGENT), _agent_running, why_not=_no_agent),
    LifecycleAction("suspend-ram", QT_TRANSLATE_NOOP("LifecycleAction", "Suspend to RAM"), "media-playback-pause",
                    lambda d: d.pMSuspendForDuration(libvirt.VIR_NODE_SUSPEND_TARGET_MEM, 0, 0), _can_sleep("mem"),
                    why_not=_no_agent),
    LifecycleAction("suspend-disk", QT_TRANSLATE_NOOP("LifecycleAction", "Suspend to Disk"), "media-playback-pause",
                    None, _can_sleep("disk"), why_not=_no_agent, job=hibernate),
    LifecycleAction("wakeup", QT_TRANSLATE_NOOP("LifecycleAction", "Wake Up"), "media-playback-start",
                    lambda d: d.pMWakeup(0), lambda d: d.state is DomainState.PMSUSPENDED),
    LifecycleAction("nmi", QT_TRANSLATE_NOOP("LifecycleAction", "Send NMI"), "dialog-warning",
                    lambda d: d.injectNMI(0), _running, forced=True,
                    warning=QT_TRANSLATE_NOOP("LifecycleAction", "A non-maskable interrupt makes the guest "
                                              "system of {names} react as it is set up to: many kernels stop "
                                              "with a crash dump or a panic, and unsaved data is then lost.")),
    LifecycleAction("reset", QT_TRANSLATE_NOOP("LifecycleAction", "Force Reset"), "view-refresh",
                    lambda d: d.reset(0), _stoppable, forced=True,
                    warning=QT_TRANSLATE_NOOP("LifecycleAction", "Force reset restarts {names} at once, like "
                                              "pressing the reset button. Unsaved data in the guest is lost.")),
    LifecycleAction("destroy", QT_TRANSLATE_NOOP("LifecycleAction", "Force Off"), "process-stop",
                    lambda d: d.destroy(), _stoppable, forced=True,
                    warning=QT_TRANSLATE_NOOP("LifecycleAction", "Force off stops {names} at once, like pulling "
                                              "the power cord. Unsaved data in the guest is lost and its disks "
                                              "may be left inconsistent.")),
    LifecycleAction("save", QT_TRANSLATE_NOOP("LifecycleAction", "Save"), "document-save",
                    None, lambda d: d.persistent and d.state in (
                        DomainState.RUNNING, DomainState.PAUSED, DomainState.BLOCKED), job=managed_save),
    LifecycleAction("discard-saved", QT_TRANSLATE_NOOP("LifecycleAction", "Discard Saved State"), "edit-delete",
                    lambda d: d.managedSaveRemove(0), lambda d: d.saved, forced=True,
                    warning=QT_TRANSLATE_NOOP("LifecycleAction", "Discarding the saved state of {names} deletes "
                                              "the memory image Save wrote: the programs that were running in "
                                              "the guest and their unsaved data are lost, and the next start "
                                              "boots the guest afresh. Its disks are kept.")),
]}


def rename(domain: Domain, new_name: str, description: str) -> Task:
    """Renames a VM that is shut off."""
    return domain.connection.domain_call(domain, lambda dom: dom.rename(new_name, 0), description=description)

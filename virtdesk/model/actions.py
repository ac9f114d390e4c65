"""The lifecycle actions a user can take on a VM, with when each applies and what it risks; and renaming."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import libvirt
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from virtdesk.model.domain import Domain, DomainState
from virtdesk.model.worker import Task


@dataclass(frozen=True)
class LifecycleAction:
    key: str
    text: str
    icon: str
    run: Callable[[libvirt.virDomain], Any]
    applies: Callable[[Domain], bool]
    forced: bool = False
    warning: str = ""

    @property
    def label(self) -> str:
        return QCoreApplication.translate("LifecycleAction", self.text)

    @property
    def confirmation(self) -> str:
        return QCoreApplication.translate("LifecycleAction", self.warning)

    def start(self, domain: Domain) -> Task:
        description = QCoreApplication.translate("LifecycleAction", "{action} {name}").format(
            action=self.label, name=domain.name)
        return domain.connection.domain_call(domain, self.run, description=description)


def _running(domain: Domain) -> bool:
    return domain.state in (DomainState.RUNNING, DomainState.BLOCKED)


def _stoppable(domain: Domain) -> bool:
    return domain.state in (DomainState.RUNNING, DomainState.BLOCKED, DomainState.PAUSED,
                            DomainState.SHUTDOWN, DomainState.PMSUSPENDED)


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
                    lambda d: d.managedSave(0), lambda d: d.persistent and d.state in (
                        DomainState.RUNNING, DomainState.PAUSED, DomainState.BLOCKED)),
]}


def rename(domain: Domain, new_name: str, description: str) -> Task:
    """Renames a VM that is shut off."""
    return domain.connection.domain_call(domain, lambda dom: dom.rename(new_name, 0), description=description)

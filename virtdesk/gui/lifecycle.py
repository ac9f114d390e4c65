"""Runs a lifecycle action on VMs (from any window): confirms forced ones, then reports failures together."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from virtdesk.model.actions import LifecycleAction
from virtdesk.model.domain import Domain
from virtdesk.model.errors import describe
from virtdesk.model.jobs import Job, JobState
from virtdesk.model.preferences import Preferences


class LifecycleRun(QObject):
    """One action applied to several VMs; `finished` carries {domain name: error text} of the failures."""

    finished = Signal(dict)

    def __init__(self, action: LifecycleAction, domains: list[Domain], parent: QWidget) -> None:
        super().__init__(parent)
        self.action = action
        self.domains = [d for d in domains if action.applies(d)]
        self.failures: dict[str, str] = {}
        self._waiting = 0
        self._jobs: dict[Job, Domain] = {}

    def start(self) -> None:
        self._waiting = len(self.domains)
        if not self._waiting:
            self.finished.emit({})
            return
        for domain in self.domains:
            started = self.action.start(domain)
            if isinstance(started, Job):
                self._jobs[started] = domain
                started.ended.connect(self._job_ended)  # a bound slot: dropped with this run
            else:
                started.then(lambda _r: self._done(), lambda exc, d=domain: self._failed(d, describe(exc)),
                             owner=self)

    def _job_ended(self) -> None:
        """A cancelled job is no failure: the user stopped it, and the Jobs window says what was done."""
        job = self.sender()
        domain = self._jobs.pop(job) if isinstance(job, Job) else None
        if domain is None:
            return
        if job.state is JobState.FAILED:
            self._failed(domain, job.error)
        else:
            self._done()

    def _failed(self, domain: Domain, error: str) -> None:
        self.failures[domain.name] = error
        self._done()

    def _done(self) -> None:
        self._waiting -= 1
        if self._waiting == 0:
            self.finished.emit(self.failures)


def confirm_forced(parent: QWidget, action: LifecycleAction, domains: list[Domain],
                   preferences: Preferences) -> QMessageBox | None:
    """For a forced action with confirmations on: a window-modal question (open, not exec); None when no
    question is needed."""
    if not action.forced or not preferences.confirm_forced:
        return None
    names = ", ".join(d.name for d in domains)
    box = QMessageBox(QMessageBox.Icon.Warning, action.label, action.confirmation.format(names=names),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("confirm-forced")
    box.addButton(action.label, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    ask = QCheckBox(QCoreApplication.translate("Lifecycle", "Do not ask again"), box)
    box.setCheckBox(ask)
    return box


def failure_summary(parent: QWidget, action: LifecycleAction, failures: dict[str, str]) -> QMessageBox:
    text = QCoreApplication.translate("Lifecycle", "{action} failed for {count} of the selected VMs.").format(
        action=action.label, count=len(failures))
    box = QMessageBox(QMessageBox.Icon.Warning, action.label, text, QMessageBox.StandardButton.Close, parent)
    box.setObjectName("lifecycle-failures")
    box.setDetailedText("\n\n".join(f"{name}: {error}" for name, error in failures.items()))
    box.setInformativeText("\n".join(f"{name}: {error}" for name, error in list(failures.items())[:5]))
    return box


def start_action(parent: QWidget, action: LifecycleAction, domains: list[Domain],
                 preferences: Preferences) -> LifecycleRun | None:
    """Asks first where the action is forced, then runs it; a failure summary appears when some fail.
    Returns the run once started (None when nothing applies or the user kept the VMs)."""
    targets = [d for d in domains if action.applies(d)]
    if not targets:
        return None
    run = LifecycleRun(action, targets, parent)
    run.finished.connect(lambda failures: _finished(parent, run, failures))
    box = confirm_forced(parent, action, targets, preferences)
    if box is None:
        run.start()
        return run

    def answered() -> None:
        if box.buttonRole(box.clickedButton()) != QMessageBox.ButtonRole.DestructiveRole:
            run.deleteLater()
            return
        if box.checkBox().isChecked():
            preferences.confirm_forced = False
            preferences.save()
        run.start()

    box.finished.connect(lambda _result: answered())
    box.open()
    return run


def _finished(parent: QWidget, run: LifecycleRun, failures: dict[str, str]) -> None:
    run.deleteLater()
    if failures:
        failure_summary(parent, run.action, failures).open()


def show_availability(qaction: QAction, action: LifecycleAction, domains: list[Domain], usable: bool) -> None:
    """Enables the action or not; a disabled one says why in its tip where the state alone does not (no guest agent
    channel, power management turned off)."""
    qaction.setEnabled(usable)
    reasons = sorted({action.unavailable(d) for d in domains} - {""})
    tip = " ".join(reasons) if not usable and reasons else ""
    qaction.setToolTip(tip or action.label)
    qaction.setStatusTip(tip)

"""The line under a Host Details list that tells what an action on one of its objects (a network, a pool) is doing
and how it ended, libvirt's own words in red when it failed; one action at a time per object."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from virtdesk.gui.tones import Tone, tone_style
from virtdesk.model.errors import describe
from virtdesk.model.worker import Task


class ActionOutcome(QObject):
    """`changed` fires when an action begins or ends (the page's buttons follow `busy`)."""

    changed = Signal()

    def __init__(self, label: QLabel, parent: QObject) -> None:
        super().__init__(parent)
        self.label = label
        self.running: dict[str, str] = {}  # object name -> what is being done to it

    def busy(self, name: str) -> bool:
        return name in self.running

    def run(self, name: str, task: Task, done: str, failed: str) -> Task:
        """Says what the task does; then done, or failed with {error}, formatted with the object's {name}."""
        self.running[name] = task.description
        self.show(task.description + "…")
        self.changed.emit()

        def finished(error: BaseException | None) -> None:
            self.running.pop(name, None)
            if error is None:
                self.show(done.format(name=name))
            else:
                self.show(failed.format(name=name, error=describe(error)), error=True)
            self.changed.emit()

        task.then(lambda _result: finished(None), finished, owner=self)
        return task

    def run_autostart(self, name: str, task: Task, autostart: bool) -> Task:
        if autostart:
            return self.run(name, task, self.tr("{name} now starts with the host."),
                            self.tr("Could not turn autostart on for {name}: {error}"))
        return self.run(name, task, self.tr("{name} no longer starts with the host."),
                        self.tr("Could not turn autostart off for {name}: {error}"))

    def show(self, text: str, error: bool = False) -> None:
        self.label.setStyleSheet(tone_style(Tone.ERROR) if error else "")
        self.label.setText(text)

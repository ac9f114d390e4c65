"""The running jobs in the manager's status bar: how many, the newest one's title and phase, its progress; a click
opens the Jobs window. Hidden while no job runs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QToolButton, QWidget

from virtdesk.gui.icons import themed
from virtdesk.model.jobs import Job, JobHistory, job_history

TEXT_WIDTH = 360  # pixels of the button's text; the rest in its tooltip
BAR_WIDTH = 100
BAR_STEPS = 1000


class JobsIndicator(QWidget):
    open_requested = Signal()

    def __init__(self, history: JobHistory | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobs-indicator")
        self.history = history or job_history()
        self.button = QToolButton()
        self.button.setObjectName("jobs-indicator-button")
        self.button.setIcon(themed("system-run"))
        self.button.setAutoRaise(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.clicked.connect(self.open_requested)
        self.progress = QProgressBar()
        self.progress.setObjectName("jobs-indicator-progress")
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(BAR_WIDTH)
        self.progress.setMaximumHeight(self.fontMetrics().height())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.progress)
        self.current: Job | None = None
        self.text = ""
        for job in self.history.jobs:
            self._follow(job)
        self.history.added.connect(self._follow)
        self._update()

    def _follow(self, job: Job) -> None:
        job.changed.connect(self._update)  # bound slots: dropped with the indicator
        self._update()

    def _update(self) -> None:
        running = self.history.running()
        self.current = running[-1] if running else None
        self.setVisible(self.current is not None)
        if self.current is None:
            self.text = ""
            self.button.setAccessibleName(self.tr("Running jobs"))
            return
        job = self.current
        count = self.tr("%n job(s) running", "", len(running))
        self.text = (self.tr("{count}: {title}, {phase}").format(count=count, title=job.title, phase=job.phase)
                     if job.phase else self.tr("{count}: {title}").format(count=count, title=job.title))
        shown = self.fontMetrics().elidedText(self.text, Qt.TextElideMode.ElideRight, TEXT_WIDTH)
        self.button.setText(shown.replace("&", "&&"))  # a title's "&" is no mnemonic
        self.button.setToolTip(self.tr("{jobs}\nClick to see every job.").format(
            jobs="\n".join(f"{j.title} ({j.source})" for j in running)))
        self.button.setAccessibleName(self.text)
        fraction = job.fraction
        if fraction is None:
            self.progress.setRange(0, 0)  # an amount not known (yet): busy
        else:
            self.progress.setRange(0, BAR_STEPS)
            self.progress.setValue(int(fraction * BAR_STEPS))
        self.progress.setAccessibleName(self.tr("Progress of {title}").format(title=job.title))

"""The Jobs window: every long operation of this run (clone, delete, save, upload, migrate, …) with its host, state,
phase, progress and times, Cancel for the selected running one, and its report in full."""

from __future__ import annotations

import enum

from PySide6.QtCore import QItemSelection, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QPlainTextEdit, QPushButton, QSplitter, QTreeView, QWidget

from virtdesk.gui.forms import load_form
from virtdesk.gui.host_details.list_table_model import ITEM_ROLE, ListTableModel
from virtdesk.gui.host_details.usage_bar import FRACTION_ROLE, UsageBarDelegate
from virtdesk.gui.icons import themed
from virtdesk.gui.local_time import short_date_time
from virtdesk.gui.shortcuts import add_close_shortcut
from virtdesk.model.jobs import Job, JobHistory, JobState, job_history

STATE_ICONS = {JobState.RUNNING: "system-run", JobState.SUCCEEDED: "dialog-information",
               JobState.FAILED: "dialog-error", JobState.CANCELLED: "process-stop"}


class JobColumn(enum.IntEnum):
    TITLE = 0
    HOST = 1
    STATE = 2
    PHASE = 3
    PROGRESS = 4
    STARTED = 5
    ENDED = 6


def job_time(seconds: float | None) -> str:
    if seconds is None:
        return ""
    return short_date_time(seconds)


class JobTableModel(ListTableModel):
    """A live view of a JobHistory, oldest first: a row per job, updated as each job changes."""

    COLUMNS = JobColumn

    def __init__(self, history: JobHistory | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history = history or job_history()
        self.jobs: list[Job] = []
        for job in self.history.jobs:
            self._follow(job)
        self.history.added.connect(self._add)
        self.history.removed.connect(self._remove)

    def items(self) -> list[Job]:
        return self.jobs

    def headers(self) -> dict[JobColumn, str]:
        return {JobColumn.TITLE: self.tr("Job"), JobColumn.HOST: self.tr("Host"), JobColumn.STATE: self.tr("State"),
                JobColumn.PHASE: self.tr("Phase"), JobColumn.PROGRESS: self.tr("Progress"),
                JobColumn.STARTED: self.tr("Started"), JobColumn.ENDED: self.tr("Ended")}

    def job_index(self, job: Job, column: JobColumn = JobColumn.TITLE) -> QModelIndex:
        return self.index(self.jobs.index(job), column) if job in self.jobs else QModelIndex()

    def cell(self, job: Job, column: JobColumn, role: int) -> object:
        if role == FRACTION_ROLE and column is JobColumn.PROGRESS:
            return 1.0 if job.state is JobState.SUCCEEDED else job.fraction
        if role == Qt.ItemDataRole.DecorationRole and column is JobColumn.STATE:
            return themed(STATE_ICONS[job.state])
        if role == Qt.ItemDataRole.ToolTipRole and column in (JobColumn.TITLE, JobColumn.PHASE):
            return job.title if column is JobColumn.TITLE else job.phase
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column is JobColumn.TITLE:
            return job.title
        if column is JobColumn.HOST:
            return job.source
        if column is JobColumn.STATE:
            return job.state.label
        if column is JobColumn.PHASE:
            return job.phase if job.state is JobState.RUNNING else ""
        if column is JobColumn.PROGRESS:
            return self.progress_text(job)
        return job_time(job.started if column is JobColumn.STARTED else job.finished_at)

    def progress_text(self, job: Job) -> str:
        if job.state is JobState.SUCCEEDED:
            return self.tr("100 %")
        fraction = job.fraction
        return "" if fraction is None else self.tr("{percent} %").format(percent=int(fraction * 100))

    def _follow(self, job: Job) -> None:
        self.jobs.append(job)
        job.changed.connect(self._job_changed)  # a bound slot: dropped with the model

    def _add(self, job: Job) -> None:
        row = len(self.jobs)
        self.beginInsertRows(QModelIndex(), row, row)
        self._follow(job)
        self.endInsertRows()

    def _remove(self, job: Job) -> None:
        if job not in self.jobs:
            return
        row = self.jobs.index(job)
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.jobs[row]
        job.changed.disconnect(self._job_changed)
        self.endRemoveRows()

    def _job_changed(self) -> None:
        job = self.sender()
        if isinstance(job, Job) and job in self.jobs:
            row = self.jobs.index(job)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(JobColumn) - 1))


class JobsWindow(QWidget):
    """The list of jobs (newest selected when it opens), the selected job's report, Cancel and Close."""

    def __init__(self, history: JobHistory | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Jobs"))
        self.setObjectName("jobs-window")
        self.setWindowIcon(themed("system-run"))
        form = load_form("jobs_window", self)
        self.summary_label = form.child(QLabel, "summary_label")
        self.view = form.child(QTreeView, "job_list")
        self.report_view = form.child(QPlainTextEdit, "report_view")
        self.cancel_button = form.child(QPushButton, "cancel_button")
        self.close_button = form.child(QPushButton, "close_button")
        splitter = form.child(QSplitter, "splitter")
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.model = JobTableModel(history, self)
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(JobColumn.PROGRESS, UsageBarDelegate(self.view, warn_at=None))
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(JobColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((JobColumn.HOST, 110), (JobColumn.STATE, 100), (JobColumn.PHASE, 150),
                              (JobColumn.PROGRESS, 80)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        for column in (JobColumn.STARTED, JobColumn.ENDED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.dataChanged.connect(self._job_data_changed)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update_summary)
        self.model.rowsInserted.connect(self._select_new_row)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.close_button.clicked.connect(self.close)
        add_close_shortcut(self)
        self.resize(860, 480)
        self._update_summary()
        if self.model.jobs:
            self.select(self.model.jobs[-1])
        else:
            self._selection_changed()

    def selected_job(self) -> Job | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ITEM_ROLE) if rows else None

    def select(self, job: Job) -> None:
        index = self.model.job_index(job)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def cancel_selected(self) -> None:
        job = self.selected_job()
        if job is not None:
            job.cancel()

    def _select_new_row(self, _parent: QModelIndex, first: int, _last: int) -> None:
        """A new job is selected, unless the user is following another running one."""
        selected = self.selected_job()
        if selected is None or selected.state is not JobState.RUNNING:
            self.select(self.model.jobs[first])

    def _selection_changed(self, *_args: QItemSelection) -> None:
        job = self.selected_job()
        report = self._report(job) if job is not None else ""
        if report != self.report_view.toPlainText():  # unchanged: the reader keeps their place
            self.report_view.setPlainText(report)
        self.cancel_button.setEnabled(job is not None and job.can_cancel)
        if job is not None and job.state is JobState.RUNNING and not job.cancellable:
            self.cancel_button.setToolTip(self.tr("libvirt cannot stop this job once it has begun."))
        else:
            self.cancel_button.setToolTip(self.tr("Stop the selected job; its report says what was done before "
                                                  "it stopped"))

    def _job_data_changed(self, top_left: QModelIndex, _bottom_right: QModelIndex) -> None:
        self._update_summary()
        if top_left.data(ITEM_ROLE) is self.selected_job():
            self._selection_changed()

    def _report(self, job: Job) -> str:
        heading = self.tr("{title} on {host}: {state}").format(title=job.title, host=job.source,
                                                              state=job.state.label)
        return f"{heading}\n\n{job.report}"

    def _update_summary(self) -> None:
        running = len([job for job in self.model.jobs if job.state is JobState.RUNNING])
        if not self.model.jobs:
            text = self.tr("No jobs yet.")
        else:
            text = self.tr("%n job(s) running", "", running) if running else self.tr("No job running.")
        self.summary_label.setText(text)

"""The volume buttons of the Storage tab (New Volume, Clone, Resize, Convert, Wipe, Delete, Upload, Download):
each enabled only for what it can act on, opening its dialog or question, and saying in the tab what came of it.
An upload or a download runs as a job that the tab follows with a progress bar and a Cancel button."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox, QProgressBar, QPushButton, QWidget

from virtdesk.gui.forms import Form
from virtdesk.gui.host_details import volume_questions
from virtdesk.gui.host_details.copy_volume_dialog import CopyVolumeDialog
from virtdesk.gui.host_details.create_volume_dialog import CreateVolumeDialog
from virtdesk.gui.host_details.resize_volume_dialog import ResizeVolumeDialog
from virtdesk.gui.host_details.upload_volume_dialog import UploadVolumeDialog
from virtdesk.gui.host_details.volume_dialog import VolumeChangeDialog
from virtdesk.gui.tones import Tone, tone_style
from virtdesk.model import volume_actions
from virtdesk.model.errors import describe
from virtdesk.model.jobs import Job, JobState
from virtdesk.model.storage import StoragePool, Volume
from virtdesk.model.storage_actions import volume_format
from virtdesk.model.worker import Task
from virtdesk.units import format_bytes

if TYPE_CHECKING:
    from virtdesk.gui.host_details.storage_page import StoragePage


class VolumeCommands(QObject):
    """`dialog`, `question` and `file_dialog` are the last of each that was opened; `transfer` the job being
    followed."""

    def __init__(self, page: StoragePage, form: Form) -> None:
        super().__init__(page)
        self.page = page
        self.connection = page.connection
        self.new_button = form.child(QPushButton, "new_volume_button")
        self.clone_button = form.child(QPushButton, "clone_button")
        self.resize_button = form.child(QPushButton, "resize_button")
        self.convert_button = form.child(QPushButton, "convert_button")
        self.wipe_button = form.child(QPushButton, "wipe_button")
        self.delete_button = form.child(QPushButton, "delete_button")
        self.upload_button = form.child(QPushButton, "upload_button")
        self.download_button = form.child(QPushButton, "download_button")
        self.outcome_label = form.child(QLabel, "volume_outcome_label")
        self.transfer_panel = form.child(QWidget, "transfer_panel")
        self.transfer_label = form.child(QLabel, "transfer_label")
        self.transfer_bar = form.child(QProgressBar, "transfer_bar")
        self.cancel_transfer_button = form.child(QPushButton, "cancel_transfer_button")
        self.transfer_panel.hide()
        self.transfer: Job | None = None
        self.dialog: QDialog | None = None
        self.question: QMessageBox | None = None
        self.file_dialog: QFileDialog | None = None
        self._busy: dict[tuple[str, str], str] = {}  # (pool, volume) -> what is being done to it
        self._formats: dict[str, Task] = {}  # pool name -> the formats its new volumes can have

        self.new_button.clicked.connect(self.create)
        self.clone_button.clicked.connect(lambda: self.copy(converting=False))
        self.convert_button.clicked.connect(lambda: self.copy(converting=True))
        self.resize_button.clicked.connect(self.resize)
        self.wipe_button.clicked.connect(self.wipe)
        self.delete_button.clicked.connect(self.delete)
        self.upload_button.clicked.connect(self.upload)
        self.download_button.clicked.connect(self.download)
        self.cancel_transfer_button.clicked.connect(self.cancel_transfer)

    # -- what can be done now
    def _pool(self) -> StoragePool | None:
        """The selected pool, when its volumes can be acted on."""
        pool = self.page.selected_pool()
        if pool is None or not pool.active or not self.connection.is_active or self.page.pool_busy(pool.name):
            return None
        return pool

    def _one(self) -> Volume | None:
        volumes = self.page.selected_volumes()
        return volumes[0] if len(volumes) == 1 and not self._is_busy(volumes[0]) else None

    def _is_busy(self, volume: Volume) -> bool:
        return (self.page.volumes.pool, volume.name) in self._busy

    def formats(self, pool: StoragePool) -> Task:
        task = self._formats.get(pool.name)
        if task is None or task.error is not None:
            task = self._formats[pool.name] = volume_actions.read_formats(self.connection, pool)
            task.then(lambda _formats: self.update(), owner=self)
        return task

    def _conversions(self, pool: StoragePool, volume: Volume) -> list[str]:
        """The formats the volume can be converted to ([] until the pool's formats are known)."""
        task = self.formats(pool)
        return [f for f in task.result or [] if f != volume_format(volume.xml)] if task.done else []

    def update(self) -> None:
        pool = self._pool()
        selected = self.page.selected_volumes() if pool is not None else []
        one = self._one() if pool is not None else None
        transferring = self.transfer is not None
        self.new_button.setEnabled(pool is not None)
        for button in (self.clone_button, self.resize_button, self.wipe_button):
            button.setEnabled(one is not None)
        self.convert_button.setEnabled(pool is not None and one is not None and bool(self._conversions(pool, one)))
        self.delete_button.setEnabled(bool(selected) and not any(self._is_busy(v) for v in selected))
        self.upload_button.setEnabled(pool is not None and not transferring)
        self.download_button.setEnabled(one is not None and not transferring)

    def _taken(self, pool: StoragePool) -> set[str]:
        return {volume.name for volume in self.connection.catalogue.volumes(pool.name) or []}

    # -- dialogs
    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if isinstance(dialog, VolumeChangeDialog):
            dialog.succeeded.connect(self._changed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _changed(self, outcome: str, volume: str) -> None:
        self.show_outcome(outcome)
        self.page.select_when_read({volume})

    def show_outcome(self, text: str, error: bool = False) -> None:
        self.outcome_label.setStyleSheet(tone_style(Tone.ERROR) if error else "")
        self.outcome_label.setText(text)

    def create(self) -> QDialog | None:
        pool = self._pool()
        if pool is None:
            return None
        return self._open(CreateVolumeDialog(self.connection, pool, self._taken(pool), self.formats(pool), self.page))

    def copy(self, converting: bool) -> QDialog | None:
        pool, volume = self._pool(), self._one()
        if pool is None or volume is None:
            return None
        formats = self._conversions(pool, volume) if converting else None
        if formats == []:
            return None  # nothing to convert to (or not known yet)
        return self._open(CopyVolumeDialog(self.connection, pool.name, volume, self._taken(pool), formats,
                                           self.page))

    def resize(self) -> QDialog | None:
        pool, volume = self._pool(), self._one()
        if pool is None or volume is None:
            return None
        return self._open(ResizeVolumeDialog(self.connection, pool.name, volume, self.page))

    def upload(self) -> QDialog | None:
        pool = self._pool()
        if pool is None or self.transfer is not None:
            return None
        dialog = UploadVolumeDialog(pool, self._taken(pool), self._one(), self.page)
        dialog.accepted.connect(lambda: self._upload(pool, dialog.path, *dialog.target()))
        return self._open(dialog)

    def _upload(self, pool: StoragePool, path: str, volume: str, new: bool) -> None:
        self._follow(volume_actions.upload(self.connection, pool, path, volume, new))
        if new:
            self.page.select_when_read({volume})

    def download(self) -> QFileDialog | None:
        pool, volume = self._pool(), self._one()
        if pool is None or volume is None or self.transfer is not None:
            return None
        dialog = QFileDialog(self.page, self.tr("Download {name} to").format(name=volume.name))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.selectFile(volume.name)
        name = volume.name
        dialog.fileSelected.connect(lambda path: self._follow(volume_actions.download(self.connection, pool.name,
                                                                                      name, path)))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    # -- questions
    def _ask(self, box: QMessageBox, go: Callable[[], object]) -> QMessageBox:
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: box.clickedButton() is box.go_button and go())
        self.question = box
        box.open()
        return box

    def wipe(self) -> QMessageBox | None:
        pool, volume = self._pool(), self._one()
        if pool is None or volume is None:
            return None
        name = volume.name

        def go() -> None:
            self._run(pool.name, [name], volume_actions.wipe_volume(self.connection, pool.name, name),
                      lambda _result: (self.tr("Wiped {name}: it holds only zeros now.").format(name=name), False),
                      self.tr("Could not wipe {name}: {error}"))

        return self._ask(volume_questions.wipe(self.page, volume, self.page.volumes.used_by(volume)), go)

    def delete(self) -> QMessageBox | None:
        pool = self._pool()
        volumes = [v for v in self.page.selected_volumes() if not self._is_busy(v)]
        if pool is None or not volumes:
            return None
        users = {v.name: used for v in volumes if (used := self.page.volumes.used_by(v))}

        def go() -> None:
            if users:
                self._ask(volume_questions.delete_used(self.page, users), lambda: self._delete(pool, volumes, users))
            else:
                self._delete(pool, volumes, {})

        return self._ask(volume_questions.delete(self.page, volumes), go)

    def _delete(self, pool: StoragePool, volumes: list[Volume], confirmed: dict[str, list[str]]) -> Task:
        names = [v.name for v in volumes]

        def said(left: dict[str, str]) -> tuple[str, bool]:
            deleted = [name for name in names if name not in left]
            text = self.tr("Deleted {names}.").format(names=", ".join(deleted)) if deleted else ""
            if left:
                text = " ".join(filter(None, [text, self.tr("Not deleted: {reasons}").format(
                    reasons="; ".join(f"{name}: {why}" for name, why in left.items()))]))
            return text, bool(left)

        task = volume_actions.delete_volumes(self.connection, pool.name, volumes, set(confirmed))
        return self._run(pool.name, names, task, said, self.tr("Could not delete {name}: {error}"))

    def _run(self, pool: str, names: list[str], task: Task, done: Callable[[object], tuple[str, bool]],
             failed: str) -> Task:
        """Follows a change the tab made itself: its volumes are busy meanwhile, the outcome is said after."""
        for name in names:
            self._busy[(pool, name)] = task.description
        self.show_outcome(task.description + "…")
        self.update()

        def finished(result: object, error: BaseException | None) -> None:
            for name in names:
                self._busy.pop((pool, name), None)
            if error is None:
                self.show_outcome(*done(result))
            else:
                self.show_outcome(failed.format(name=", ".join(names), error=describe(error)), True)
            self.update()

        task.then(lambda result: finished(result, None), lambda error: finished(None, error), owner=self)
        return task

    # -- transfers
    def _follow(self, job: Job) -> Job:
        self.transfer = job
        job.changed.connect(self._transfer_changed)
        job.ended.connect(self._transfer_ended)
        self.transfer_panel.show()
        self._transfer_changed()
        self.update()
        return job

    def _transfer_changed(self) -> None:
        job = self.transfer
        if job is None:
            return
        fraction = job.fraction
        if fraction is None:
            self.transfer_bar.setRange(0, 0)  # busy: the amount is not known yet
        else:
            self.transfer_bar.setRange(0, 1000)
            self.transfer_bar.setValue(round(fraction * 1000))
        amount = self.tr("{done} of {total}").format(done=format_bytes(job.done), total=format_bytes(job.total)) \
            if job.total else job.phase
        self.transfer_label.setText(self.tr("{job}: {amount}").format(job=job.title, amount=amount))
        self.cancel_transfer_button.setEnabled(not job.context.cancelled)

    def _transfer_ended(self) -> None:
        job = self.transfer
        if job is None:
            return
        self.transfer = None
        self.transfer_panel.hide()
        if job.state is JobState.SUCCEEDED:
            self.show_outcome(self.tr("{job}: done, {size} copied.").format(
                job=job.title, size=format_bytes(job.result or 0)))
        else:  # what was done before it ended (a new volume created, then removed again) is said too
            text = self.tr("{job}: cancelled.").format(job=job.title) if job.state is JobState.CANCELLED else \
                self.tr("{job}: failed: {error}").format(job=job.title, error=job.error)
            self.show_outcome(" ".join([text, *(f"{step}." for step in job.steps)]),
                                   job.state is JobState.FAILED)
        self.update()

    def cancel_transfer(self) -> None:
        if self.transfer is not None:
            self.transfer.cancel()
            self._transfer_changed()

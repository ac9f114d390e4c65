"""Delete VM: the VM named, its storage listed (each disk with target, path, size, the other VMs using it and why it
must be kept), nothing ticked for deletion unless the user ticks it, the saved state, snapshot metadata and NVRAM
as chosen, a running VM forced off only when asked; the deletion runs as a Job whose report the dialog shows. Its
layout is ui/delete_vm_dialog.ui. `VmJobDialog` is the part it shares with the Clone dialog: a form, an action
button that is never the default, and the job's progress and report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from virtdesk.gui.forms import Form, load_form
from virtdesk.gui.tones import Tone, tone_style
from virtdesk.model.domain import Domain
from virtdesk.model.errors import describe
from virtdesk.model.jobs import Job, JobState
from virtdesk.model.vm_deletion import (
    DeletionChoice,
    VmStorage,
    blockers,
    delete_vm,
    kept,
    read_storage,
    removals,
)
from virtdesk.model.worker import Task
from virtdesk.units import format_bytes


class VmJobDialog(QDialog):
    """A dialog that reads what it shows on a worker, then runs one Job and shows its progress and report.
    Cancel is the default button; while the job runs it cancels the job; afterwards it closes the dialog."""

    def __init__(self, form_name: str, title: str, parent: QWidget | None = None, *,
                 disk_table: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 520)
        self.form: Form = load_form(form_name, self)
        self.loaded = False
        self.job: Job | None = None
        self.progress_bar = self.form.child(QProgressBar, "progress_bar")
        self.report_view = self.form.child(QPlainTextEdit, "report_view")
        self.problem_label = self.form.child(QLabel, "problem_label")
        self.problem_label.setStyleSheet(tone_style(Tone.ERROR))
        self.summary_label = self.form.child(QLabel, "summary_label")
        self.progress_bar.hide()
        self.report_view.hide()
        self.report_view.setAccessibleName(self.tr("Report"))
        self.buttons = QDialogButtonBox()
        self.action_button = QPushButton()
        self.action_button.setObjectName("action-button")
        self.action_button.setAutoDefault(False)
        self.action_button.setEnabled(False)
        self.action_button.clicked.connect(self._start)
        self.buttons.addButton(self.action_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        self.layout().addWidget(self.buttons)
        if disk_table:
            self.table = self.form.child(QTableWidget, "disk_table")
            self.table.verticalHeader().hide()
            self.table.setAccessibleName(self.tr("Disks"))

    def _read(self, task: Task) -> None:
        self.summary_label.setText(self.tr("Reading…"))
        task.then(self._read_done, self._read_failed, owner=self)

    def _read_done(self, result: object) -> None:
        self.loaded = True
        self._show(result)
        self._update()

    def _read_failed(self, error: BaseException) -> None:
        self.summary_label.setText("")
        self.problem_label.setText(self.tr("Could not read the VM: {error}").format(error=describe(error)))

    def _set_columns(self, headers: list[str]) -> None:
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def _cell(self, row: int, column: int, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setToolTip(text)
        self.table.setItem(row, column, item)
        return item

    def _show(self, result: object) -> None:
        raise NotImplementedError

    def _update(self) -> None:
        raise NotImplementedError

    def _begin(self) -> Job | None:
        raise NotImplementedError

    def _inputs(self) -> list[QWidget]:
        """The widgets of the choices, fixed once the job runs."""
        raise NotImplementedError

    def _start(self) -> None:
        if not self.action_button.isEnabled() or self.job is not None:
            return
        job = self._begin()
        if job is None:
            return
        self.job = job
        for widget in self._inputs():
            widget.setEnabled(False)
        self.action_button.setEnabled(False)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        job.changed.connect(self._job_changed)
        job.ended.connect(self._job_ended)

    def _job_changed(self) -> None:
        job = self.job
        if job is None:
            return
        fraction = job.fraction
        if fraction is not None:
            self.progress_bar.setRange(0, 1000)
            self.progress_bar.setValue(int(fraction * 1000))
        self.summary_label.setText(job.phase)

    def _job_ended(self) -> None:
        job = self.job
        assert job is not None
        self.progress_bar.hide()
        self.report_view.setPlainText(job.report)
        self.report_view.show()
        self.summary_label.setText(self.tr("{job}: {state}").format(job=job.title, state=job.state.label))
        self.problem_label.setText(job.error)
        self.action_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setEnabled(True)

    def reject(self) -> None:
        if self.job is not None and self.job.state is JobState.RUNNING:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            return
        super().reject()


class DeleteVmDialog(VmJobDialog):
    """Deletes one VM and the storage the user ticks."""

    class Column:
        DELETE, TARGET, PATH, SIZE, USERS, NOTE = range(6)

    def __init__(self, domain: Domain, parent: QWidget | None = None) -> None:
        super().__init__("delete_vm_dialog", self.tr("Delete {vm}").format(vm=domain.name), parent)
        self.setObjectName("delete-vm")
        self.domain = domain
        self.connection = domain.connection
        self.storage: VmStorage | None = None
        self.checks: list[QTableWidgetItem] = []
        self.action_button.setText(self.tr("&Delete {vm}").format(vm=domain.name))
        form = self.form
        self.intro_label = form.child(QLabel, "intro_label")
        self.intro_label.setText(self.tr(
            "Delete the VM {vm} from {host}? Its definition is removed. Storage is deleted only where you tick it "
            "below.").format(vm=domain.name, host=self.connection.label))
        self.wipe_check = form.child(QCheckBox, "wipe_check")
        self.force_off_check = form.child(QCheckBox, "force_off_check")
        self.managed_save_check = form.child(QCheckBox, "managed_save_check")
        self.metadata_check = form.child(QCheckBox, "metadata_check")
        self.metadata_note = form.child(QLabel, "metadata_note")
        self.nvram_check = form.child(QCheckBox, "nvram_check")
        self.metadata_check.setChecked(True)
        for option in (self.force_off_check, self.managed_save_check, self.metadata_check, self.metadata_note,
                       self.nvram_check):
            option.hide()
        for option in (self.wipe_check, self.force_off_check, self.managed_save_check, self.metadata_check,
                       self.nvram_check):
            option.toggled.connect(self._update)
        self._set_columns([self.tr("Delete"), self.tr("Disk"), self.tr("Path"), self.tr("Size"),
                           self.tr("Also used by"), self.tr("Note")])
        self.table.itemChanged.connect(lambda _item: self._update())
        self._read(read_storage(self.connection, domain))

    def _show(self, result: object) -> None:
        assert isinstance(result, VmStorage)
        self.storage = storage = result
        self.table.blockSignals(True)
        self.table.setRowCount(len(storage.disks))
        self.checks = []
        for row, disk in enumerate(storage.disks):
            check = self._cell(row, self.Column.DELETE, "")
            check.setCheckState(Qt.CheckState.Unchecked)
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled if disk.deletable
                           else Qt.ItemFlag.NoItemFlags)
            check.setToolTip(disk.kept_because or self.tr("Tick to delete {path}").format(path=disk.path))
            self.checks.append(check)
            size = disk.place.capacity
            self._cell(row, self.Column.TARGET, f"{disk.target} ({disk.device})")
            self._cell(row, self.Column.PATH, disk.path or self.tr("(none)"))
            self._cell(row, self.Column.SIZE, format_bytes(size) if size is not None else self.tr("unknown"))
            self._cell(row, self.Column.USERS, ", ".join(disk.users))
            note = (self.tr("Kept: {why}").format(why=disk.kept_because) if disk.kept_because
                    else self.tr("volume of the pool {pool}").format(pool=disk.place.pool) if disk.in_pool
                    else self.tr("file of this machine outside the pools"))
            self._cell(row, self.Column.NOTE, note)
        self.table.blockSignals(False)
        self.force_off_check.setVisible(storage.active)
        self.force_off_check.setText(self.tr("&Force {vm} off first (like pulling the plug: what it has not "
                                             "saved is lost)").format(vm=storage.name))
        self.managed_save_check.setVisible(storage.managed_save)
        has_metadata = bool(storage.snapshots or storage.checkpoints)
        self.metadata_check.setVisible(has_metadata)
        self.metadata_note.setVisible(has_metadata)
        self.metadata_check.setText(self.tr("Remove the &metadata of %n snapshot(s) and checkpoint(s)", "",
                                            storage.snapshots + storage.checkpoints))
        self.nvram_check.setVisible(bool(storage.nvram))
        self.nvram_check.setText(self.tr("Delete the &NVRAM {path} (the firmware's variables, such as UEFI boot "
                                         "entries)").format(path=storage.nvram))

    def choice(self) -> DeletionChoice:
        disks = ()
        if self.storage is not None:
            disks = tuple(d for d, c in zip(self.storage.disks, self.checks, strict=True)
                          if c.checkState() is Qt.CheckState.Checked)
        return DeletionChoice(disks, self.wipe_check.isChecked(), self.force_off_check.isChecked(),
                              self.managed_save_check.isChecked(), self.metadata_check.isChecked(),
                              self.nvram_check.isChecked())

    def _update(self) -> None:
        storage = self.storage
        if storage is None or self.job is not None:
            return
        choice = self.choice()
        self.wipe_check.setEnabled(bool(choice.disks))
        text = self.tr("Removed: {removed}.").format(removed="; ".join(removals(storage, choice)))
        left = kept(storage, choice)
        if left:
            text += "\n" + self.tr("Kept: {kept}.").format(kept="; ".join(left))
        self.summary_label.setText(text)
        problems = blockers(storage, choice)
        self.problem_label.setText("\n".join(problems))
        self.action_button.setEnabled(not problems)

    def _inputs(self) -> list[QWidget]:
        return [self.table, self.wipe_check, self.force_off_check, self.managed_save_check, self.metadata_check,
                self.nvram_check]

    def _begin(self) -> Job | None:
        if self.storage is None:
            return None
        return delete_vm(self.connection, self.storage, self.choice())

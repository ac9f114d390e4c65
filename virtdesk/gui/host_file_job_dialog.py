"""A dialog that runs one Job on a file of a VM's host (save to it, restore from it, dump to it). The path is the
host's: typed, or browsed with Qt's file dialog for this machine and with virtdesk's remote file dialog for a host
reached by virtdesk's SSH. It is checked on the host before anything is done: an empty or relative path, a folder
or a missing file is refused with a message, and a file that is there is replaced only after a question naming it.
The Save, Restore and Dump dialogs build on it."""

from __future__ import annotations

import posixpath

from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

from virtdesk.gui.delete_vm_dialog import VmJobDialog
from virtdesk.gui.remote_file_dialog import RemoteFileDialog, choose_host_file
from virtdesk.model.connection import Connection
from virtdesk.model.host_files import HostFiles, describe_file_error
from virtdesk.model.jobs import JobState
from virtdesk.model.vm_saving import PathCheck, folder_of, judge_path, path_problem
from virtdesk.remote.files import Listing


class HostFileJobDialog(VmJobDialog):
    """`writing`: the job writes the file (it may be new; one that exists is replaced after a question)."""

    cancellable = True  # whether libvirt can stop the job once it runs

    def __init__(self, connection: Connection, form_name: str, title: str, *, writing: bool, file_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(form_name, title, parent, disk_table=False)
        self.resize(640, 420)
        self.connection = connection
        self.writing = writing
        self.file_name = file_name
        self.files = HostFiles(connection) if HostFiles.available(connection) else None
        self.checking = False
        self.refused: tuple[str, str] = ("", "")  # (path, why) of the last path the host check refused
        self.file_chooser: RemoteFileDialog | None = None
        self.overwrite_question: QMessageBox | None = None
        self.intro_label = self.form.child(QLabel, "intro_label")
        self.path_edit = self.form.child(QLineEdit, "path_edit")
        self.browse_button = self.form.child(QPushButton, "browse_button")
        self.path_note = self.form.child(QLabel, "path_note")
        self.path_edit.textChanged.connect(self._update)
        self.browse_button.clicked.connect(self.browse)
        self.browse_button.setEnabled(self.files is not None)
        self.path_note.setText(self._path_note())
        self.loaded = True
        if writing and self.files is not None and file_name:
            self.files.home().then(self._propose, owner=self)

    def _path_note(self) -> str:
        if self.files is None:
            return (self.tr("The path is one of the host {host}, whose files virtdesk cannot see: it is not checked "
                            "first, and a file that is there is replaced.") if self.writing else
                    self.tr("The path is one of the host {host}, whose files virtdesk cannot see: it is not checked "
                            "first.")).format(host=self.connection.label)
        if self.files.is_remote:
            return self.tr("The path is one of the host {host}; its libvirt opens the file.").format(
                host=self.files.host)
        return self.tr("The path is one of this computer; the libvirt daemon opens the file, so it must be "
                       "allowed to.")

    def _propose(self, home: str) -> None:
        if not self.path_edit.text():
            self.path_edit.setText(posixpath.join(home, self.file_name))

    def path(self) -> str:
        return self.path_edit.text().strip()

    # -- to be provided by the dialogs
    def _choice_problem(self) -> str:
        """Why the job cannot run as chosen, apart from the path ("" when it can)."""
        return ""

    def _options(self) -> list[QWidget]:
        """The dialog's own inputs, fixed once the job runs."""
        return []

    # -- the path
    def browse(self) -> None:
        path = self.path()
        title = self.tr("Choose the File")
        if self.files is None:
            return
        if not self.writing:
            self.file_chooser = choose_host_file(self, self.connection, self.path_edit.setText, start=path,
                                                 title=title)
        elif self.files.is_remote:
            name = posixpath.basename(path) or self.file_name
            self.file_chooser = choose_host_file(
                self, self.connection, lambda folder: self.path_edit.setText(posixpath.join(folder, name)),
                start=folder_of(path) if path else "", directory=True, title=self.tr("Choose the Folder"))
        else:
            chosen, _filter = QFileDialog.getSaveFileName(self, title, path,
                                                          options=QFileDialog.Option.DontConfirmOverwrite)
            if chosen:
                self.path_edit.setText(chosen)

    def _update(self) -> None:
        if self.job is not None:
            return
        path = self.path()
        problem = path_problem(path) or self._choice_problem()
        if not problem and self.refused[0] == path:
            problem = self.refused[1]
        self.problem_label.setText(problem)
        self.action_button.setEnabled(not path_problem(path) and not self._choice_problem() and not self.checking)

    def _start(self) -> None:
        if self.job is not None or self.checking or not self.action_button.isEnabled():
            return
        if self.files is None:
            self._run()
            return
        path = self.path()
        self.checking = True
        self.summary_label.setText(self.tr("Checking {path}…").format(path=path))
        self._update()
        self.files.browse(folder_of(path)).then(
            lambda listing: self._checked(path, self._judge(listing, path)),
            lambda error: self._checked(path, PathCheck(describe_file_error(error))), owner=self)

    def _judge(self, listing: Listing, path: str) -> PathCheck:
        return judge_path(listing, path, writing=self.writing)

    def _checked(self, path: str, check: PathCheck) -> None:
        self.checking = False
        self.summary_label.setText("")
        if path != self.path():  # typed on meanwhile: the new path is checked when asked for
            self._update()
            return
        self.refused = (path, check.problem) if check.problem else ("", "")
        self._update()
        if check.problem:
            return
        if check.existing and self.writing:
            self._ask_overwrite(path)
        else:
            self._run()

    def _ask_overwrite(self, path: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(),
                          self.tr("{path} already exists. Replace it? What it holds now is lost.").format(path=path),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("confirm-overwrite")
        replace = box.addButton(self.tr("&Replace"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.finished.connect(lambda _r: box.clickedButton() is replace and path == self.path() and self._run())
        self.overwrite_question = box
        box.open()

    # -- the job
    def _run(self) -> None:
        super()._start()
        if self.job is not None:
            self.browse_button.setEnabled(False)
            if not self.cancellable:
                self.cancel_button.setEnabled(False)
                self.cancel_button.setToolTip(self.tr("libvirt cannot stop this once it has begun."))

    def _job_ended(self) -> None:
        super()._job_ended()
        self.cancel_button.setToolTip("")

    def _inputs(self) -> list[QWidget]:
        return [self.path_edit, self.browse_button, *self._options()]

    def reject(self) -> None:
        if self.job is not None and self.job.state is JobState.RUNNING and not self.cancellable:
            return
        super().reject()

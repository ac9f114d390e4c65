"""Upload: which file of this computer to copy into the pool, and into what: a new volume of the file's size, or
over the selected volume (whose data it overwrites: the dialog then says so and keeps Cancel the default). The
file is looked at on the file worker, never on the GUI thread; the Storage tab runs the upload as a job. Its
layout is ui/upload_volume_dialog.ui."""

from __future__ import annotations

import os
import stat
from collections.abc import Collection

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QPushButton, QRadioButton, QWidget

from virtdesk.gui.host_details.volume_dialog import VolumeDialog
from virtdesk.model import volume_actions
from virtdesk.model.errors import describe
from virtdesk.model.storage import StoragePool, Volume
from virtdesk.model.worker import file_executor, submit
from virtdesk.units import format_bytes


class UploadVolumeDialog(VolumeDialog):
    """Once accepted: `path`, and `target()` (the volume's name, whether it is a new one)."""

    def __init__(self, pool: StoragePool, taken: Collection[str], selected: Volume | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("upload_volume_dialog", self.tr("Upload into {pool}").format(pool=pool.name),
                         self.tr("&Upload"), parent)
        self.setObjectName("upload-volume")
        self.upload_text = self.action_button.text()
        self.pool = pool
        self.taken = set(taken)
        self.selected = selected
        self.size: int | None = None  # of the file named, once the file worker looked
        self.file_error = ""
        self.file_dialog: QFileDialog | None = None
        form = self.form
        self.file_edit = form.child(QLineEdit, "file_edit")
        self.file_info = form.child(QLabel, "file_info")
        self.file_problem = self.problem_label("file_problem")
        self.new_radio = form.child(QRadioButton, "new_radio")
        self.name_edit = form.child(QLineEdit, "name_edit")
        self.name_problem = self.problem_label("name_problem")
        self.existing_radio = form.child(QRadioButton, "existing_radio")
        if selected is None:
            self.existing_radio.hide()
        else:
            self.existing_radio.setText(self.tr("Over the &selected volume {name} ({size}): what it holds is "
                                                "overwritten").format(name=selected.name,
                                                                      size=format_bytes(selected.capacity)))
        form.child(QPushButton, "browse_button").clicked.connect(self.browse)
        self.file_edit.textChanged.connect(self._file_named)
        self.name_edit.textChanged.connect(self.revalidate)
        self.new_radio.toggled.connect(self.revalidate)
        self._file_named("")

    @property
    def path(self) -> str:
        return self.file_edit.text()

    def target(self) -> tuple[str, bool]:
        if self.new_radio.isChecked() or self.selected is None:
            return self.name_edit.text(), True
        return self.selected.name, False

    def browse(self) -> QFileDialog:
        """A file dialog (open, not exec) whose choice fills the file field."""
        dialog = QFileDialog(self, self.tr("File to Upload"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.file_edit.setText)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def _file_named(self, path: str) -> None:
        self.size, self.file_error = None, ""
        self.file_info.setText(self.tr("Looking at the file…") if os.path.isabs(path) else "")
        if os.path.isabs(path):
            self.propose_name(self.name_edit, volume_actions.free_name(os.path.basename(path), self.taken))
            submit(file_executor(), _regular_file_size, path, description="the size of a file to upload").then(
                lambda size: self._file_seen(path, size, ""), lambda error: self._file_seen(path, None, describe(
                    error)), owner=self)
        self.revalidate()

    def _file_seen(self, path: str, size: int | None, error: str) -> None:
        if path != self.path:
            return  # the user named another file meanwhile
        self.size, self.file_error = size, error
        self.file_info.setText(format_bytes(size) if size is not None else "")
        self.revalidate()

    def check(self) -> bool:
        name, new = self.target()
        self.name_edit.setEnabled(new)
        self.keep_data_by_default(not new)
        self.action_button.setText(self.upload_text if new else self.tr("&Overwrite {name}").format(name=name))
        size = self.size
        if not self.path:
            file_problem = self.tr("Choose the file to upload.")
        elif not os.path.isabs(self.path):
            file_problem = self.tr("Give the file's full path (from /).")
        elif self.file_error:
            file_problem = self.file_error
        elif size == 0:
            file_problem = self.tr("The file is empty: there is nothing to upload.")
        elif size is not None and new and size > self.pool.available:
            file_problem = self.tr("The file ({size}) is larger than the {free} free in the pool.").format(
                size=format_bytes(size), free=format_bytes(self.pool.available))
        elif size is not None and not new and self.selected is not None and size > self.selected.capacity:
            file_problem = self.tr("The file ({size}) is larger than the volume {name} ({capacity}).").format(
                size=format_bytes(size), name=name, capacity=format_bytes(self.selected.capacity))
        else:
            file_problem = ""
        file_ok = self.show_problem(self.file_problem, file_problem)
        name_ok = self.show_problem(self.name_problem, volume_actions.check_volume_name(
            name, self.pool.name, self.taken) if new else "")
        return file_ok and name_ok and size is not None


def _regular_file_size(path: str) -> int:
    """File worker: the size of the regular file at path (ValueError for anything else)."""
    found = os.stat(path)
    if not stat.S_ISREG(found.st_mode):
        raise ValueError(QCoreApplication.translate("UploadVolumeDialog", "{path} is not a regular file").format(
            path=path))
    return found.st_size

"""What the volume dialogs of the Storage tab share: a form of ui/, fields checked as they are typed with the
reason beside the field, and an action button that is enabled only while every field is valid. A dialog that
changes a volume itself (`VolumeChangeDialog`) runs the model's call and stays open with what was typed when
libvirt refuses, showing libvirt's own words."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QWidget

from virtdesk.gui.details.widgets.size_input import SizeInput
from virtdesk.gui.forms import load_form
from virtdesk.gui.tones import Tone, tone_style
from virtdesk.model.errors import describe
from virtdesk.model.worker import Task


class VolumeDialog(QDialog):
    """`check()` shows each field's problem and says whether all are valid; the action button accepts."""

    def __init__(self, form_name: str, title: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = load_form(form_name, self)
        self.buttons = self.form.child(QDialogButtonBox, "button_box")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.action_button = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.action_button.setDefault(True)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.busy = False
        self.valid = False
        self._proposed = ""  # the name the dialog last proposed

    def problem_label(self, name: str) -> QLabel:
        label = self.form.child(QLabel, name)
        label.setStyleSheet(tone_style(Tone.ERROR))
        label.hide()
        return label

    def size_input(self, holder: str, label: str) -> SizeInput:
        """A SizeInput in the form's placeholder widget named holder, the buddy of the label named label."""
        size = SizeInput()
        self.form.child(QWidget, holder).layout().addWidget(size)
        self.form.child(QLabel, label).setBuddy(size.spin)
        size.edited.connect(self.revalidate)
        return size

    def propose_name(self, edit: QLineEdit, name: str) -> None:
        """Puts name in edit unless the user typed a name of their own there."""
        if edit.text() == self._proposed:
            self._proposed = name
            edit.setText(name)

    @staticmethod
    def show_problem(label: QLabel, text: str) -> bool:
        """Shows text beside its field (hides the label when there is none); whether the field is valid."""
        label.setText(text)
        label.setVisible(bool(text))
        return not text

    def check(self) -> bool:
        raise NotImplementedError

    def revalidate(self, *_args: object) -> None:
        self.valid = self.check()
        self.action_button.setEnabled(self.valid and not self.busy)

    def keep_data_by_default(self, keep: bool) -> None:
        """Makes Cancel the default button while the action destroys data."""
        default: QPushButton = self.cancel_button if keep else self.action_button
        default.setDefault(True)
        self.action_button.setAutoDefault(not keep)  # the focus on it does not make it the default either

    def start(self) -> Task | None:
        self.revalidate()
        if self.valid and not self.busy:
            self.accept()
        return None


class VolumeChangeDialog(VolumeDialog):
    """Runs `run()` on the action; `succeeded(outcome, volume)` tells the tab what was done and which volume to
    select, then the dialog closes. On failure it stays open with the error in its error_label."""

    succeeded = Signal(str, str)

    def __init__(self, form_name: str, title: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(form_name, title, action, parent)
        self.error_label = self.problem_label("error_label")

    def run(self) -> Task:
        raise NotImplementedError

    def outcome(self, result: object) -> tuple[str, str]:
        """(what was done, the volume to select) once run's task succeeded with result."""
        raise NotImplementedError

    def start(self) -> Task | None:
        self.revalidate()
        if not self.valid or self.busy:
            return None
        self.show_problem(self.error_label, "")
        self._set_busy(True)
        task = self.run()
        task.then(self._succeeded, self._failed, owner=self)
        return task

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.revalidate()

    def _succeeded(self, result: object) -> None:
        self._set_busy(False)
        self.succeeded.emit(*self.outcome(result))
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.show_problem(self.error_label, describe(error))

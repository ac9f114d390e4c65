"""What every page of the New VM wizard shares: its Designer form, the reasons shown beside fields, and answers
kept when the user goes back."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget, QWizardPage

from virtdesk.gui.forms import Form, load_form

if TYPE_CHECKING:
    from virtdesk.gui.new_vm.wizard import NewVmWizard

W = TypeVar("W", bound=QObject)


class NewVmPage(QWizardPage):
    """One step; `form` holds the widgets of ui/FORM.ui."""

    FORM = ""

    def __init__(self, wizard: NewVmWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.form: Form = load_form(self.FORM, self)

    def child(self, kind: type[W], name: str) -> W:
        return self.form.child(kind, name)

    def cleanupPage(self) -> None:
        """Going back keeps what was typed here (QWizard's default resets it)."""

    def refresh(self) -> None:
        """Something the page's checks depend on changed: check again."""
        self.completeChanged.emit()


def show_problem(label: QLabel, text: str) -> bool:
    """Shows text beside its field (hides the label when there is none); True when there is a problem."""
    label.setText(text)
    label.setVisible(bool(text))
    return bool(text)


def pause_timer(owner: QObject, check: Callable[[], None], ms: int = 300) -> QTimer:
    """A timer to start on every keystroke: check runs once the typing pauses for ms."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(check)
    return timer


def place(holder: QWidget, widget: QWidget) -> None:
    """Puts a widget the form cannot hold (one of virtdesk's own) into the form's placeholder."""
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

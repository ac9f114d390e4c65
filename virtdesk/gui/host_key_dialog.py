"""Asks whether to trust the key of a host virtdesk has never connected to (its type and SHA256 fingerprint);
Cancel, the default, refuses it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QWidget

from virtdesk.gui.forms import load_form
from virtdesk.gui.question_dialog import QuestionDialog, show_question
from virtdesk.model.remote_hosts import HostKeyQuestion, Reply


class HostKeyDialog(QuestionDialog):
    def __init__(self, question: HostKeyQuestion, reply: Reply[bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unknown Host Key"))
        self.question = question
        self.form = load_form("host_key_dialog", self)
        target = question.host if question.port == 22 else f"{question.host} (port {question.port})"
        self.form.child(QLabel, "host_label").setText(target)
        self.form.child(QLabel, "type_label").setText(question.type_label)
        self.form.child(QLabel, "fingerprint_label").setText(question.fingerprint)
        buttons = self.form.child(QDialogButtonBox, "buttons")
        self.trust_button: QPushButton = buttons.addButton(self.tr("&Trust and Connect"),
                                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
        self.settle(reply.answer, reply.cancel)
        self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())

    def answer(self) -> bool:
        return True


def ask_host_key(question: HostKeyQuestion, reply: Reply[bool]) -> None:
    """RemoteHosts.host_key_asked's receiver: shows the question without blocking."""
    show_question(HostKeyDialog(question, reply))

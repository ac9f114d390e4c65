"""Asks the user for the credentials libvirt wants while a connection opens (password, user name...).
Its layout is ui/credentials_dialog.ui; the fields, one per credential, are added to it here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from virtdesk.gui.forms import load_form
from virtdesk.gui.question_dialog import QuestionDialog, show_question
from virtdesk.model.auth import AuthRequest


class CredentialsDialog(QuestionDialog):
    """One field per credential; OK answers the request, Cancel or closing the window cancels it (once)."""

    def __init__(self, request: AuthRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.settle(request.answer, request.cancel)
        self.setWindowTitle(self.tr("Authentication required"))

        self.form = load_form("credentials_dialog", self)
        self.form.child(QLabel, "intro_label").setText(
            self.tr("The connection to {uri} asks for credentials.").format(uri=request.uri))

        rows = self.form.child(QFormLayout, "fields_layout")
        self.fields: list[QLineEdit] = []
        for credential in request.credentials:
            field = QLineEdit(credential.default)
            if credential.secret:
                field.setEchoMode(QLineEdit.EchoMode.Password)
            label = QLabel(credential.prompt.rstrip(": ") + ":")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(field)
            if credential.challenge and credential.challenge != credential.prompt:
                field.setToolTip(credential.challenge)
            rows.addRow(label, field)
            self.fields.append(field)

        buttons = self.form.child(QDialogButtonBox, "buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        empty = next((field for field in self.fields if not field.text()), None)
        if empty is not None:
            empty.setFocus()
        self.resize(max(420, self.sizeHint().width()), self.sizeHint().height())

    def values(self) -> list[str]:
        return [field.text() for field in self.fields]

    def answer(self) -> list[str]:
        return self.values()


def ask_credentials(request: AuthRequest, parent: QWidget | None = None) -> None:
    """The connections' authenticator: shows the dialog without blocking; the asking worker waits for it."""
    show_question(CredentialsDialog(request, parent))

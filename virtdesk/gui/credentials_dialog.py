"""Asks the user for the credentials libvirt wants while a connection opens (password, user name...)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from virtdesk.model.auth import AuthRequest

_open_dialogs: set[CredentialsDialog] = set()


class CredentialsDialog(QDialog):
    """One field per credential; OK answers the request, Cancel or closing the window cancels it (once)."""

    def __init__(self, request: AuthRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self._settled = False
        self.destroyed.connect(lambda: _cancel_unsettled(request))
        self.setWindowTitle(self.tr("Authentication required"))

        intro = QLabel(self.tr("The connection to {uri} asks for credentials.").format(uri=request.uri))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)

        form = QFormLayout()
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
            form.addRow(label, field)
            self.fields.append(field)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        empty = next((field for field in self.fields if not field.text()), None)
        if empty is not None:
            empty.setFocus()
        self.resize(max(420, self.sizeHint().width()), self.sizeHint().height())

    def values(self) -> list[str]:
        return [field.text() for field in self.fields]

    def done(self, result: int) -> None:
        if not self._settled:
            self._settled = True
            if result == QDialog.DialogCode.Accepted:
                self.request.answer(self.values())
            else:
                self.request.cancel()
        super().done(result)


def _cancel_unsettled(request: AuthRequest) -> None:
    """The dialog went away without an answer (its parent window closed): the waiting worker must not hang."""
    if not request.cancelled and not request.wait(0):
        request.cancel()


def ask_credentials(request: AuthRequest, parent: QWidget | None = None) -> None:
    """The connections' authenticator: shows the dialog without blocking; the asking worker waits for it."""
    dialog = CredentialsDialog(request, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_dialogs.add(dialog)
    dialog.finished.connect(lambda _result: _open_dialogs.discard(dialog))
    dialog.open()

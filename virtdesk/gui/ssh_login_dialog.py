"""Asks one question of an SSH login: a password, a key's passphrase, or a keyboard-interactive prompt in the
server's own words; offers to remember a password or passphrase in the desktop keyring, or says why it cannot."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QLineEdit, QWidget

from virtdesk.gui.forms import load_form
from virtdesk.gui.question_dialog import QuestionDialog, show_question
from virtdesk.model.remote_hosts import LoginAnswer, LoginQuestion, QuestionKind, Reply


class SshLoginDialog(QuestionDialog):
    def __init__(self, asked: LoginQuestion, reply: Reply[LoginAnswer], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        question = asked.question
        self.form = load_form("ssh_login_dialog", self)
        intro = self.form.child(QLabel, "intro_label")
        caption = self.form.child(QLabel, "answer_caption")
        if question.kind is QuestionKind.PASSPHRASE:
            self.setWindowTitle(self.tr("Key Passphrase"))
            intro.setText(self.tr("The SSH key {key} is protected by a passphrase.").format(key=question.target))
            caption.setText(self.tr("&Passphrase:"))
        elif question.kind is QuestionKind.PASSWORD:
            self.setWindowTitle(self.tr("SSH Password"))
            intro.setText(self.tr("Log in to {target} with a password.").format(target=question.target))
            caption.setText(self.tr("&Password:"))
        else:
            self.setWindowTitle(self.tr("SSH Login"))
            intro.setText(self.tr("{target} asks:").format(target=question.target))
            caption.setText(question.text.strip().rstrip(":") + ":")
        for label in (intro, caption):
            label.setTextFormat(Qt.TextFormat.PlainText)
        instructions = self.form.child(QLabel, "instructions_label")
        instructions.setTextFormat(Qt.TextFormat.PlainText)
        instructions.setText(question.instructions.strip())
        instructions.setVisible(bool(question.instructions.strip()))
        self.form.child(QLabel, "retry_label").setVisible(question.attempt > 1)

        self.answer_edit = self.form.child(QLineEdit, "answer_edit")
        if not question.echo:
            self.answer_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = self.form.child(QCheckBox, "remember_check")
        reason = self.form.child(QLabel, "remember_reason_label")
        offered = question.kind in (QuestionKind.PASSWORD, QuestionKind.PASSPHRASE)
        self.remember_check.setVisible(offered)
        self.remember_check.setEnabled(asked.can_remember)
        reason.setVisible(offered and not asked.can_remember)
        if offered and not asked.can_remember:
            text = self.tr("Cannot remember it: {reason}").format(reason=asked.why_not_remember)
            reason.setText(text)
            self.remember_check.setToolTip(text)

        buttons = self.form.child(QDialogButtonBox, "buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.settle(reply.answer, reply.cancel)
        self.answer_edit.setFocus()
        self.resize(max(440, self.sizeHint().width()), self.sizeHint().height())

    def answer(self) -> LoginAnswer:
        return LoginAnswer(self.answer_edit.text(), self.remember_check.isEnabled() and self.remember_check.isChecked())


def ask_login(asked: LoginQuestion, reply: Reply[LoginAnswer]) -> None:
    """RemoteHosts.login_asked's receiver: shows the question without blocking."""
    show_question(SshLoginDialog(asked, reply))

"""The questions an SSH login asks, through the real dialogs: an unknown host key (Cancel is the default and refuses),
a password, a passphrase and a keyboard-interactive prompt (the server's words shown as plain text), "remember"
offered only where a keyring can keep it, and a dialog that goes away unanswered cancels instead of leaving the
login waiting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit

from virtdesk.gui.host_key_dialog import HostKeyDialog
from virtdesk.gui.ssh_login_dialog import SshLoginDialog
from virtdesk.model.remote_hosts import HostKeyQuestion, LoginAnswer, LoginQuestion, Question, QuestionKind, Reply

FINGERPRINT = "SHA256:Czc12hV5Sy3GjEgJqmIwpXVbDvSpZ+xhHHHAVw91TIE"


def host_key_dialog(qtbot, port: int = 2222) -> tuple[HostKeyDialog, Reply[bool]]:
    reply: Reply[bool] = Reply()
    dialog = HostKeyDialog(HostKeyQuestion("build.example.org", port, "ssh-ed25519", FINGERPRINT), reply)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, reply


def test_an_unknown_host_key_shows_host_type_and_fingerprint(qtbot) -> None:
    dialog, _reply = host_key_dialog(qtbot)
    texts = {name: dialog.form.child(QLabel, name).text() for name in ("host_label", "type_label", "fingerprint_label")}
    assert texts == {"host_label": "build.example.org (port 2222)", "type_label": "ED25519",
                     "fingerprint_label": FINGERPRINT}
    assert dialog.cancel_button.isDefault() and not dialog.trust_button.isDefault()


def test_enter_refuses_an_unknown_host_key(qtbot) -> None:
    dialog, reply = host_key_dialog(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert reply.wait(0) is None


def test_trusting_the_key_answers_yes(qtbot) -> None:
    dialog, reply = host_key_dialog(qtbot, port=22)
    assert dialog.form.child(QLabel, "host_label").text() == "build.example.org"
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    assert reply.wait(0) is True


def test_a_question_dialog_that_goes_away_unanswered_cancels(qtbot) -> None:
    reply: Reply[bool] = Reply()
    dialog = HostKeyDialog(HostKeyQuestion("h", 22, "ssh-rsa", FINGERPRINT), reply)
    dialog.deleteLater()
    qtbot.waitUntil(lambda: reply._done.is_set(), timeout=2000)
    assert reply.wait(0) is None


def login_dialog(qtbot, kind: QuestionKind, *, can_remember: bool = True, why_not: str = "", attempt: int = 1,
                 text: str = "Password:", echo: bool = False,
                 instructions: str = "") -> tuple[SshLoginDialog, Reply[LoginAnswer]]:
    reply: Reply[LoginAnswer] = Reply()
    question = Question(kind, "alice@build.example.org:22", text, echo, instructions, attempt)
    dialog = SshLoginDialog(LoginQuestion(question, can_remember, why_not), reply)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, reply


def test_a_password_is_typed_hidden_and_remembered_when_asked(qtbot) -> None:
    dialog, reply = login_dialog(qtbot, QuestionKind.PASSWORD)
    assert dialog.answer_edit.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.remember_check.isVisibleTo(dialog) and dialog.remember_check.isEnabled()
    assert not dialog.form.child(QLabel, "retry_label").isVisibleTo(dialog)
    qtbot.keyClicks(dialog.answer_edit, "s3cret pass")
    dialog.remember_check.setChecked(True)
    qtbot.keyClick(dialog.answer_edit, Qt.Key.Key_Return)
    answer = reply.wait(0)
    assert answer == LoginAnswer("s3cret pass", True)
    assert "s3cret" not in repr(answer)


def test_without_a_keyring_remember_is_disabled_with_the_reason(qtbot) -> None:
    dialog, reply = login_dialog(qtbot, QuestionKind.PASSPHRASE, can_remember=False,
                                 why_not="no Secret Service is running", attempt=2)
    assert not dialog.remember_check.isEnabled()
    reason = dialog.form.child(QLabel, "remember_reason_label")
    assert reason.isVisibleTo(dialog) and "no Secret Service is running" in reason.text()
    assert dialog.form.child(QLabel, "retry_label").isVisibleTo(dialog)
    assert dialog.windowTitle() == "Key Passphrase"
    dialog.remember_check.setChecked(True)
    qtbot.keyClicks(dialog.answer_edit, "phrase")
    qtbot.mouseClick(dialog.form.child(QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert reply.wait(0) == LoginAnswer("phrase", False)


def test_a_keyboard_interactive_prompt_shows_the_servers_words_as_plain_text(qtbot) -> None:
    dialog, reply = login_dialog(qtbot, QuestionKind.KEYBOARD_INTERACTIVE, text="<b>Verification code</b>:",
                                 echo=True, instructions="Open your authenticator app.")
    caption = dialog.form.child(QLabel, "answer_caption")
    assert caption.text() == "<b>Verification code</b>:" and caption.textFormat() is Qt.TextFormat.PlainText
    assert dialog.answer_edit.echoMode() is QLineEdit.EchoMode.Normal
    assert dialog.form.child(QLabel, "instructions_label").text() == "Open your authenticator app."
    assert not dialog.remember_check.isVisibleTo(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert reply.wait(0) is None


@pytest.mark.parametrize("kind", list(QuestionKind))
def test_every_login_question_fits_its_dialog(qtbot, kind: QuestionKind) -> None:
    dialog, _reply = login_dialog(qtbot, kind, can_remember=False, why_not="the keyring is locked")
    for label in dialog.findChildren(QLabel):
        if label.isVisibleTo(dialog) and label.text() and not label.wordWrap():
            assert label.width() >= label.sizeHint().width() * 0.95, label.objectName()

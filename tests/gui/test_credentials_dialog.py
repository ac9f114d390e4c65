"""The credentials dialog: answering a real AuthRequest, and opening a password-protected test-driver host."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import libvirt
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from virtdesk.gui.credentials_dialog import CredentialsDialog, ask_credentials
from virtdesk.model.auth import AuthRequest, Credential
from virtdesk.model.connection import Connection, ConnectionState

pytestmark = pytest.mark.gui

HOST_XML = "<node><auth><user password='s3cret'>alice</user></auth></node>"


class CountingRequest(AuthRequest):
    """A real AuthRequest that also counts how often it is settled."""

    def __init__(self, uri: str, credentials: list[Credential]) -> None:
        super().__init__(uri, credentials)
        self.answers = 0
        self.cancels = 0

    def answer(self, values: list[str]) -> None:
        self.answers += 1
        super().answer(values)

    def cancel(self) -> None:
        self.cancels += 1
        super().cancel()


def make_request() -> CountingRequest:
    return CountingRequest("qemu+ssh://alice@vmhost/system", [
        Credential(libvirt.VIR_CRED_AUTHNAME, "Enter username for vmhost", "vmhost", "alice"),
        Credential(libvirt.VIR_CRED_PASSPHRASE, "Enter alice's password for vmhost", "vmhost", ""),
    ])


def make_dialog(qtbot: QtBot, request: AuthRequest) -> CredentialsDialog:
    dialog = CredentialsDialog(request)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def button(dialog: CredentialsDialog, which: QDialogButtonBox.StandardButton) -> QPushButton:
    return dialog.findChild(QDialogButtonBox).button(which)


def test_fields_follow_the_credentials(qtbot: QtBot) -> None:
    request = make_request()
    dialog = make_dialog(qtbot, request)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("qemu+ssh://alice@vmhost/system" in text for text in labels)
    assert "Enter username for vmhost:" in labels and "Enter alice's password for vmhost:" in labels
    user, password = dialog.fields
    assert user.text() == "alice" and user.echoMode() == QLineEdit.EchoMode.Normal
    assert password.text() == "" and password.echoMode() == QLineEdit.EchoMode.Password
    dialog.activateWindow()
    qtbot.waitUntil(password.hasFocus, timeout=2000)


def test_ok_answers_the_request(qtbot: QtBot) -> None:
    request = make_request()
    dialog = make_dialog(qtbot, request)
    qtbot.keyClicks(dialog.fields[1], "pa ss")
    qtbot.mouseClick(button(dialog, QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert request.wait(0) is True
    assert [c.value for c in request.credentials] == ["alice", "pa ss"]
    dialog.close()
    assert (request.answers, request.cancels) == (1, 0)


@pytest.mark.parametrize("how", ["cancel", "close", "escape"])
def test_cancel_or_close_cancels_exactly_once(qtbot: QtBot, how: str) -> None:
    request = make_request()
    dialog = make_dialog(qtbot, request)
    if how == "cancel":
        qtbot.mouseClick(button(dialog, QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    elif how == "close":
        dialog.close()
    else:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    dialog.reject()
    assert request.cancelled and request.wait(0) is False
    assert (request.answers, request.cancels) == (0, 1)


def test_closing_the_parent_cancels_once(qtbot: QtBot) -> None:
    parent = QWidget()
    request = make_request()
    ask_credentials(request, parent)
    assert request.cancels == 0
    parent.deleteLater()
    qtbot.waitUntil(lambda: request.cancelled, timeout=2000)
    assert (request.answers, request.cancels) == (0, 1)


def test_answered_dialog_destroyed_stays_answered(qtbot: QtBot) -> None:
    request = make_request()
    ask_credentials(request)
    dialog = visible_dialogs()[0]
    gone: list[bool] = []
    dialog.destroyed.connect(lambda: gone.append(True))
    qtbot.mouseClick(button(dialog, QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert gone
    assert (request.answers, request.cancels) == (1, 0) and request.wait(0)


def visible_dialogs() -> list[CredentialsDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, CredentialsDialog) and w.isVisible()]


def test_ask_credentials_does_not_block(qtbot: QtBot) -> None:
    request = make_request()
    ask_credentials(request)
    dialogs = visible_dialogs()
    assert len(dialogs) == 1 and dialogs[0].request is request
    assert request.wait(0) is False and not request.cancelled
    dialogs[0].reject()
    assert request.cancels == 1
    qtbot.waitUntil(lambda: not visible_dialogs())


# -- end to end: libvirt's test driver asks, the dialog answers -------------------------------------------

@pytest.fixture
def protected_uri(tmp_path: Path) -> str:
    path = tmp_path / "host.xml"
    path.write_text(HOST_XML)
    return "test://" + str(path)


@pytest.fixture
def connection(protected_uri: str) -> Iterator[Connection]:
    connection = Connection(protected_uri, authenticator=ask_credentials)
    yield connection
    connection.shutdown()


def answer_next(qtbot: QtBot, text: str | None) -> str:
    """Waits for the next dialog, types text into its only field and clicks OK (None: Cancel); returns its prompt."""
    qtbot.waitUntil(lambda: len(visible_dialogs()) == 1, timeout=10000)
    dialog = visible_dialogs()[0]
    prompt = dialog.request.credentials[0].prompt
    if text is None:
        qtbot.mouseClick(button(dialog, QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    else:
        dialog.fields[0].clear()
        qtbot.keyClicks(dialog.fields[0], text)
        qtbot.mouseClick(button(dialog, QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog not in visible_dialogs(), timeout=10000)
    return prompt


def test_right_password_connects(qtbot: QtBot, connection: Connection) -> None:
    connection.open()
    assert "username" in answer_next(qtbot, "alice")
    assert "password" in answer_next(qtbot, "s3cret")
    qtbot.waitUntil(lambda: connection.state is not ConnectionState.CONNECTING, timeout=10000)
    assert connection.state is ConnectionState.ACTIVE, connection.error


def test_wrong_password_gives_libvirts_error(qtbot: QtBot, connection: Connection) -> None:
    connection.open()
    answer_next(qtbot, "alice")
    answer_next(qtbot, "wrong")
    qtbot.waitUntil(lambda: connection.state is not ConnectionState.CONNECTING, timeout=10000)
    assert connection.state is ConnectionState.ERROR
    assert "authentication failed" in connection.error


def test_cancel_gives_authentication_cancelled(qtbot: QtBot, connection: Connection) -> None:
    connection.open()
    answer_next(qtbot, None)
    qtbot.waitUntil(lambda: connection.state is not ConnectionState.CONNECTING, timeout=10000)
    assert connection.state is ConnectionState.ERROR
    assert connection.error == "Authentication cancelled"

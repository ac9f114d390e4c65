"""The confirmations a connection can need before it opens: a URI that makes libvirt run a program, and a host whose
SSH key changed (virtdesk refuses it until the user deliberately removes the old key)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from virtdesk.model.connection import Connection
from virtdesk.model.connections import ConnectionList
from virtdesk.model.log import event_log
from virtdesk.model.remote_hosts import ForgottenKeys, host_key_change


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


def _ask(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str, go: str, name: str) -> QMessageBox:
    """A question whose default is Cancel; the go button is the box's `go_button`."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    box.go_button = box.addButton(go, QMessageBox.ButtonRole.AcceptRole)  # type: ignore[attr-defined]
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    return box


def connect(parent: QWidget, connections: ConnectionList, connection: Connection) -> QMessageBox | None:
    """Opens the connection; first asks when its URI runs a program the user has not confirmed."""
    if not connection.needs_program_confirmation:
        connection.open()
        return None
    box = _ask(parent, QMessageBox.Icon.Warning, _tr("Run a Program?"),
               _tr("Opening {uri} makes libvirt run this program on this computer:\n\n{program}\n\nIt runs with "
                   "your rights. Connect only if you trust it.").format(uri=connection.uri,
                                                                       program=connection.program),
               _tr("Run It and Connect"), "confirm-program")

    def finished(_result: int) -> None:
        if box.clickedButton() is box.go_button:  # type: ignore[attr-defined]
            connections.confirm_program(connection)
            connection.open()

    box.finished.connect(finished)
    box.open()
    return box


def can_forget_host_key(connection: Connection | None) -> bool:
    return connection is not None and host_key_change(connection.failure) is not None


def forget_host_key(parent: QWidget, connections: ConnectionList, connection: Connection) -> QMessageBox | None:
    """Asks to remove the old key of a host whose key changed; then connects again (the new key is asked
    about like any unknown one)."""
    change = host_key_change(connection.failure)
    remote = connections.remote
    if change is None or remote is None:
        return None
    box = _ask(parent, QMessageBox.Icon.Warning, _tr("Remove the Old Host Key?"),
               _tr("The host key of {host} (port {port}) has changed.\n\nOn record: {old}\nOffered now: {type} "
                   "{fingerprint}\n\nSomeone may be intercepting the connection. Remove the old key only if you "
                   "know the host's key was changed on purpose (for example, the host was reinstalled). You will "
                   "then be asked about the new key.").format(
                   host=change.host, port=change.port, old="\n".join(change.old), type=change.key_type,
                   fingerprint=change.fingerprint),
               _tr("Remove Old Key"), "confirm-forget-host-key")

    def finished(_result: int) -> None:
        if box.clickedButton() is box.go_button:  # type: ignore[attr-defined]
            remote.forget_changed_key(change).then(
                lambda result: _forgotten(parent, connection, result),
                lambda exc: event_log().error(connection.label, _tr("Could not remove the old host key"), str(exc)),
                owner=connection)

    box.finished.connect(finished)
    box.open()
    return box


def _forgotten(parent: QWidget, connection: Connection, result: ForgottenKeys) -> None:
    if result.elsewhere:
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Old Key Kept Elsewhere"), _tr(
            "The old key is also in a file virtdesk does not change:\n\n{where}\n\nRemove it there (for example "
            "with ssh-keygen -R), then connect again.").format(where="\n".join(result.elsewhere)),
            QMessageBox.StandardButton.Close, parent)
        box.setObjectName("host-key-kept-elsewhere")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return
    connection.open()

"""The QEMU monitor of a VM: human monitor commands typed with history and completion, QEMU's answers below, and a
warning that stays in view: what is done here bypasses libvirt. Disabled, with the reason, where there is no
monitor to use (another hypervisor, a read-only connection, a VM that is not running).

The commands typed are kept for this widget's life only, never saved: they may hold passwords."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QFontDatabase, QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from virtdesk.gui.tones import Tone, tone_style
from virtdesk.model.connection import Connection
from virtdesk.model.domain import Domain
from virtdesk.model.errors import describe
from virtdesk.model.qemu_monitor import check_access, is_qemu_vm, monitor_available, monitor_command

COMMON_COMMANDS = ("info status", "info block", "info network", "info cpus", "info registers", "info vnc",
                   "info snapshots", "change", "eject", "savevm", "loadvm", "delvm", "sendkey", "system_reset",
                   "stop", "cont", "help")


class CommandLine(QLineEdit):
    """A line edit that recalls earlier entries with Up and Down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history: list[str] = []
        self._position = 0
        self._draft = ""

    def remember(self, command: str) -> None:
        if not self.history or self.history[-1] != command:
            self.history.append(command)
        self._position = len(self.history)
        self._draft = ""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        completer = self.completer()
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not (completer and completer.popup().isVisible()):
            self._recall(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def _recall(self, step: int) -> None:
        if self._position == len(self.history):
            self._draft = self.text()
        position = max(0, min(len(self.history), self._position + step))
        if position == self._position:
            return
        self._position = position
        self.setText(self.history[position] if position < len(self.history) else self._draft)


class MonitorConsole(QWidget):
    def __init__(self, connection: Connection, domain: Domain, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connection = connection
        self.domain = domain
        self.running = False
        self.warning = QLabel(self.tr("Commands sent here go straight to QEMU and bypass libvirt: libvirt does not "
                                      "learn of the changes they make (media, snapshots, devices, run state), and "
                                      "its view of the VM may then be wrong."))
        self.warning.setObjectName("monitor-warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(tone_style(Tone.WARNING))
        self.unavailable = QLabel()
        self.unavailable.setObjectName("monitor-unavailable")
        self.unavailable.setWordWrap(True)
        self.output = QPlainTextEdit()
        self.output.setReadOnly(True)
        self.output.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.output.setPlaceholderText(self.tr("QEMU's answers appear here. Type help for the list of commands."))
        self.command = CommandLine()
        self.command.setPlaceholderText(self.tr("Monitor command, e.g. info status"))
        completer = QCompleter(QStringListModel(list(COMMON_COMMANDS), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.command.setCompleter(completer)
        self.command.returnPressed.connect(self.run_command)
        self.run_button = QPushButton(self.tr("Run"))
        self.run_button.clicked.connect(self.run_command)
        entry = QHBoxLayout()
        entry.addWidget(self.command, 1)
        entry.addWidget(self.run_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.unavailable)
        layout.addWidget(self.output, 1)
        layout.addLayout(entry)
        connection.state_changed.connect(self.update_availability)
        connection.domain_changed.connect(self._domain_changed)
        self.update_availability()

    def _domain_changed(self, changed: Domain) -> None:
        if changed is self.domain:
            self.update_availability()

    def update_availability(self) -> None:
        if is_qemu_vm(self.connection, self.domain):
            check = check_access(self.connection)
            if check is not None:
                check.then(lambda _read_only: self.update_availability(), owner=self)
        reason = monitor_available(self.connection, self.domain)
        self.unavailable.setText(reason or "")
        self.unavailable.setVisible(reason is not None)
        usable = reason is None and not self.running
        self.command.setEnabled(usable)
        self.run_button.setEnabled(usable)

    def run_command(self) -> None:
        text = self.command.text().strip()
        if not text or self.running or monitor_available(self.connection, self.domain) is not None:
            return
        self.command.remember(text)
        self.command.clear()
        self._append(f"(qemu) {text}")
        self.running = True
        self.update_availability()
        monitor_command(self.connection, self.domain, text).then(self._answered, self._failed, owner=self)

    def _answered(self, answer: str) -> None:
        self._append(answer.rstrip("\r\n").replace("\r\n", "\n"))
        self._done()

    def _failed(self, error: BaseException) -> None:
        self._append(self.tr("Error: {message}").format(message=describe(error)))
        self._done()

    def _done(self) -> None:
        self.running = False
        self.update_availability()
        if self.command.isEnabled():
            self.command.setFocus()

    def _append(self, text: str) -> None:
        self.output.appendPlainText(text)
        self.output.moveCursor(QTextCursor.MoveOperation.End)

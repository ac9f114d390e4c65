"""Help → About: what virtdesk is, and the versions of everything it runs on: virtdesk, the libvirt library, the
libvirt daemon of the selected connection, Qt, PySide6 and Python. Its layout is ui/about_dialog.ui."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from virtdesk.gui.forms import load_form
from virtdesk.model.connection import Connection
from virtdesk.model.errors import describe
from virtdesk.model.host_daemon import DaemonFacts, daemon_facts
from virtdesk.model.versions import ProgramVersions, daemon_version, program_versions


class AboutDialog(QDialog):
    def __init__(self, connection: Connection | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about-dialog")
        self.setWindowTitle(self.tr("About virtdesk"))
        self.form = load_form("about_dialog", self)
        self.connection = connection
        self.labels = {name: self.form.child(QLabel, f"{name}_version")
                       for name in ("virtdesk", "library", "daemon", "qt", "pyside", "python")}
        for label in self.labels.values():
            label.setText(self.tr("Reading…"))
        self._version: str | None = None
        self._facts: DaemonFacts | None = None
        buttons = self.form.child(QDialogButtonBox, "button_box")
        buttons.rejected.connect(self.reject)
        program_versions().then(self._program_read, owner=self)
        if connection is None:
            self.labels["daemon"].setText(self.tr("No connection is selected."))
        elif not connection.is_active:
            self.labels["daemon"].setText(self.tr("{host}: not connected").format(host=connection.label))
        else:
            daemon_version(connection).then(self._daemon_read, self._daemon_failed, owner=self)
            daemon_facts(connection).then(self._facts_read, owner=self)
        self.setMinimumWidth(480)

    @property
    def loading(self) -> bool:
        return any(label.text() == self.tr("Reading…") for label in self.labels.values())

    def _program_read(self, versions: ProgramVersions) -> None:
        for name, value in (("virtdesk", versions.virtdesk or self.tr("unknown (not installed)")),
                            ("library", versions.libvirt), ("qt", versions.qt), ("pyside", versions.pyside),
                            ("python", versions.python)):
            self.labels[name].setText(value)

    def _daemon_read(self, version: str) -> None:
        self._version = version
        self._show_daemon()

    def _facts_read(self, facts: DaemonFacts) -> None:
        self._facts = facts
        self._show_daemon()

    def _show_daemon(self) -> None:
        if self._version is None or self.connection is None:
            return
        facts = self._facts
        if facts is not None and facts.in_process:
            text = self.tr("{host}: {version} (the test driver, inside virtdesk)")
        elif facts is not None and facts.serving:
            text = self.tr("{host}: {version} ({daemon})")
        else:
            text = self.tr("{host}: {version}")
        self.labels["daemon"].setText(text.format(host=self.connection.label, version=self._version,
                                                  daemon=facts.serving if facts is not None else ""))

    def _daemon_failed(self, error: BaseException) -> None:
        assert self.connection is not None
        self.labels["daemon"].setText(self.tr("{host}: the version could not be read: {error}").format(
            host=self.connection.label, error=describe(error)))

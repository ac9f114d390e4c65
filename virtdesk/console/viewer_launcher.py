"""Opens a running VM's display in an external viewer: `remote-viewer -` reading a virt-viewer connection file
(model/viewer_file.py) from its standard input, so the password is never on disk or in a command line; over
virtdesk's SSH it connects to a local port forwarded over the host's session. Where only `virt-viewer` is
installed, it is given the connection and the VM (it reads the display from libvirt itself).

The launch is a Task that ends when the viewer does: it fails with the viewer's exit code and what it wrote on
its standard error, or when no viewer is installed (naming the package that provides one).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QProcess

from virtdesk.model.viewer_file import Reachable, close_forward, connection_file, reach_display
from virtdesk.model.worker import Task, file_executor, submit

if TYPE_CHECKING:
    from virtdesk.model.connection import Connection
    from virtdesk.model.domain import Domain

REMOTE_VIEWER = "remote-viewer"
VIRT_VIEWER = "virt-viewer"
STDERR_KEPT = 4000
_running: set[QProcess] = set()


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


class ViewerMissing(Exception):
    def __str__(self) -> str:
        return _tr("No external viewer is installed: install remote-viewer (the package virt-viewer on Debian, "
                   "Ubuntu and Fedora).")


class ViewerNeedsRemoteViewer(Exception):
    def __str__(self) -> str:
        return _tr("Only virt-viewer is installed, which cannot use virtdesk's SSH connection: install "
                   "remote-viewer (the package virt-viewer on Debian, Ubuntu and Fedora).")


class ViewerFailed(Exception):
    """The viewer could not start, crashed or exited with an error."""

    def __init__(self, program: str, message: str, exit_code: int | None = None, stderr: str = "") -> None:
        super().__init__(program, message, exit_code, stderr)
        self.program = program
        self.message = message
        self.exit_code = exit_code
        self.stderr = stderr

    def __str__(self) -> str:
        return f"{self.message}\n{self.stderr}".strip()


def _find_viewers() -> tuple[str | None, str | None]:
    return shutil.which(REMOTE_VIEWER), shutil.which(VIRT_VIEWER)


def launch_viewer(connection: Connection, domain: Domain) -> Task:
    """Starts the external viewer for the running VM; the task ends when the viewer exits (its result: None)."""
    result = Task(_tr("Opening {name} in an external viewer").format(name=domain.name))

    def fail(error: BaseException) -> None:
        result._deliver(False, error)

    def found(programs: tuple[str | None, str | None]) -> None:
        remote_viewer, virt_viewer = programs
        if remote_viewer is not None:
            reach_display(connection, domain).then(lambda reachable: _start(result, remote_viewer, reachable),
                                                   fail, owner=connection)
        elif virt_viewer is None:
            fail(ViewerMissing())
        elif connection.over_virtdesk_ssh:
            fail(ViewerNeedsRemoteViewer())
        else:
            _run(result, virt_viewer, ["--connect", connection.uri, domain.uuid], b"", lambda: None)

    submit(file_executor(), _find_viewers).then(found, fail, owner=connection)
    return result


def _start(result: Task, program: str, reachable: Reachable) -> None:
    _run(result, program, ["-"], connection_file(reachable.display), lambda: close_forward(reachable))


def _run(result: Task, program: str, arguments: list[str], stdin: bytes, ended: Callable[[], None]) -> None:
    process = QProcess()
    process.setStandardOutputFile(QProcess.nullDevice())
    _running.add(process)
    name = program.rsplit("/", 1)[-1]

    def finish(error: BaseException | None) -> None:
        if process not in _running:
            return
        _running.discard(process)
        ended()
        result._deliver(error is None, error)
        process.deleteLater()

    def started() -> None:
        process.write(stdin)
        process.closeWriteChannel()

    def errored(error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart:
            finish(ViewerFailed(name, _tr("{program} could not be started: {error}").format(
                program=name, error=process.errorString())))

    def exited(code: int, status: QProcess.ExitStatus) -> None:
        stderr = bytes(process.readAllStandardError().data()).decode(errors="replace")[-STDERR_KEPT:].strip()
        if status is QProcess.ExitStatus.CrashExit:
            finish(ViewerFailed(name, _tr("{program} crashed.").format(program=name), None, stderr))
        elif code != 0:
            finish(ViewerFailed(name, _tr("{program} ended with exit code {code}.").format(program=name, code=code),
                                code, stderr))
        else:
            finish(None)

    process.started.connect(started)
    process.errorOccurred.connect(errored)
    process.finished.connect(exited)
    process.start(program, arguments)

"""The files of the machine a connection's VMs run on, for choosing ISO images, disks and kernels there: this
machine's own for a local connection, the host's over SFTP for one carried by virtdesk's SSH.

Every call runs on a worker (local files on the file worker, SFTP on the connection's SSH session) and answers
with a Task.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from operator import methodcaller
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication

from virtdesk.model.errors import describe
from virtdesk.model.uri import is_local_uri
from virtdesk.model.worker import Task, file_executor, submit
from virtdesk.remote.errors import RemoteError, RemotePathMissing, RemotePermissionDenied
from virtdesk.remote.files import Attributes, FileSystem, read_up_to, sftp_files

if TYPE_CHECKING:
    from virtdesk.remote.session import Session
    from virtdesk.remote.uri import SshUri


class FilesHost(Protocol):
    """What HostFiles needs of a connection (virtdesk.model.connection.Connection)."""

    uri: str

    @property
    def ssh_uri(self) -> SshUri | None: ...

    def run_on_ssh(self, fn: Callable[..., Any], *args: Any, description: str = "") -> Task: ...


class LocalFiles(FileSystem):
    """This machine's files."""

    def _home(self) -> str:
        return os.path.expanduser("~")

    def _realpath(self, path: str) -> str:
        return os.path.realpath(path)

    def _stat(self, path: str) -> Attributes:
        return os.stat(path)

    def _lstat(self, path: str) -> Attributes:
        return os.lstat(path)

    def _scan(self, folder: str) -> Iterable[tuple[str, Attributes]]:
        with os.scandir(folder) as entries:
            return [(entry.name, entry.stat(follow_symlinks=False)) for entry in entries]

    def _readable(self, path: str, attributes: Attributes, directory: bool) -> bool:
        return os.access(path, os.R_OK | (os.X_OK if directory else 0))

    def _read(self, path: str, offset: int, length: int) -> bytes:
        with open(path, "rb") as file:
            file.seek(offset)
            return read_up_to(file, length)


def _ssh_uri(connection: FilesHost) -> SshUri | None:
    try:
        return connection.ssh_uri
    except RemoteError:  # a +ssh URI virtdesk's SSH cannot carry: its files cannot be browsed either
        return None


def _on_host(session: Session, call: Callable[[FileSystem], Any]) -> Any:
    return call(sftp_files(session))


class HostFiles:
    """Browsing the files of a connection's host: `home()`, `browse(path)` (a Listing), `stat(path)` (a
    FileEntry) and `read(path, offset, length)` (bytes) each return a Task. `available(connection)` says whether
    the host's files can be reached."""

    LOCAL_TIMEOUT = 30.0  # a hung network mount must not leave the chooser loading for ever

    def __init__(self, connection: FilesHost) -> None:
        self._connection = connection
        self._ssh_uri = _ssh_uri(connection)
        if self._ssh_uri is None and not is_local_uri(connection.uri):
            raise ValueError(f"the files of {connection.uri} cannot be browsed")

    @staticmethod
    def available(connection: FilesHost) -> bool:
        return _ssh_uri(connection) is not None or is_local_uri(connection.uri)

    @property
    def is_remote(self) -> bool:
        return self._ssh_uri is not None

    @property
    def host(self) -> str:
        """The host's name ("" for this machine)."""
        return self._ssh_uri.host if self._ssh_uri is not None else ""

    def home(self) -> Task:
        return self._run(methodcaller("home"), "home folder")

    def browse(self, path: str) -> Task:
        return self._run(methodcaller("browse", path), f"list {path}")

    def stat(self, path: str) -> Task:
        return self._run(methodcaller("stat", path), f"stat {path}")

    def read(self, path: str, offset: int, length: int) -> Task:
        return self._run(methodcaller("read", path, offset, length), f"read {path}")

    def _run(self, call: Callable[[FileSystem], Any], description: str) -> Task:
        if self._ssh_uri is not None:
            return self._connection.run_on_ssh(_on_host, call, description=description)
        return submit(file_executor(), call, _LOCAL, description=description, timeout=self.LOCAL_TIMEOUT)


_LOCAL = LocalFiles()


def describe_file_error(error: BaseException) -> str:
    """The message a file chooser shows for a failed call of HostFiles, local or remote alike."""
    path = getattr(error, "path", None) or getattr(error, "filename", None) or ""
    if isinstance(error, (RemotePathMissing, FileNotFoundError)):
        return QCoreApplication.translate("HostFiles", "{path} does not exist.").format(path=path)
    if isinstance(error, (RemotePermissionDenied, PermissionError)):
        return QCoreApplication.translate("HostFiles", "You may not open {path} (permission denied).").format(
            path=path)
    if isinstance(error, NotADirectoryError):
        return QCoreApplication.translate("HostFiles", "{path} is not a folder.").format(path=path)
    return describe(error)

"""A host's files for a file chooser: what browsing needs of a file system (`FileSystem`: the home folder, a
folder's entries, one path's facts, a few bytes of a file such as an ISO's header), and its SFTP implementation
on the host's shared SSH session (`sftp_files`).

No Qt; paramiko is loaded when SFTP is first used. Paths and names from the host travel only inside SFTP requests,
never into a shell command.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import posixpath
import stat
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from virtdesk.remote.errors import (
    N_,
    ConnectTimeout,
    Phrase,
    RemoteError,
    RemoteFileError,
    RemotePathMissing,
    RemotePermissionDenied,
    SessionClosed,
    SftpUnavailable,
)

if TYPE_CHECKING:
    import paramiko

    from virtdesk.remote.session import Session

_REQUEST = Phrase(N_("SFTP request"))
_CHANNEL_CLOSED = Phrase(N_("the SFTP channel closed"))
_NOT_UTF8 = Phrase(N_("a name there is not UTF-8 text"))
_REFUSED = Phrase(N_("the server refused the SFTP subsystem"))
_HOST_CLOSED = Phrase(N_("the host closed the connection"))


class EntryKind(enum.Enum):
    FILE = "file"
    DIRECTORY = "directory"
    LINK_TO_DIRECTORY = "link to directory"
    OTHER = "other"  # devices, sockets, pipes, dangling links

    @property
    def is_directory(self) -> bool:
        return self in (EntryKind.DIRECTORY, EntryKind.LINK_TO_DIRECTORY)


@dataclass(frozen=True)
class FileEntry:
    """One entry of a folder; size and mtime (seconds since the epoch) are those of a link's target."""

    name: str
    path: str
    kind: EntryKind
    size: int
    mtime: float
    readable: bool


@dataclass(frozen=True)
class Listing:
    """A folder (as the host resolves it) and its entries; `selected` names the file a browsed path named."""

    path: str
    entries: tuple[FileEntry, ...]
    selected: str = ""


class Attributes(Protocol):
    """What both os.stat_result and paramiko.SFTPAttributes give."""

    st_mode: int | None
    st_size: int | None
    st_mtime: float | None
    st_uid: int | None
    st_gid: int | None


def entry_kind(mode: int, target_mode: int | None) -> EntryKind:
    """The kind of an entry from its own mode and, for a symbolic link, its target's (None: dangling)."""
    if stat.S_ISLNK(mode):
        if target_mode is None:
            return EntryKind.OTHER
        if stat.S_ISDIR(target_mode):
            return EntryKind.LINK_TO_DIRECTORY
        mode = target_mode
    if stat.S_ISDIR(mode):
        return EntryKind.DIRECTORY
    return EntryKind.FILE if stat.S_ISREG(mode) else EntryKind.OTHER


@dataclass(frozen=True)
class Reader:
    """The user the host serves: whether they may read a file (or list a folder) by its mode bits."""

    uid: int
    groups: frozenset[int]

    def may_read(self, attributes: Attributes, directory: bool) -> bool:
        if self.uid == 0:
            return True
        if attributes.st_uid == self.uid:
            shift = 6
        elif attributes.st_gid in self.groups:
            shift = 3
        else:
            shift = 0
        needed = (stat.S_IROTH | stat.S_IXOTH) if directory else stat.S_IROTH
        return ((attributes.st_mode or 0) >> shift) & needed == needed


class FileSystem(ABC):
    """Browsing one machine's files. Paths are POSIX paths; a relative one, "~" or "~/..." is taken from the home
    folder. Failures are OSErrors (or what `_guard` turns them into)."""

    def home(self) -> str:
        with self._guard("~"):
            return self._home()

    def stat(self, path: str) -> FileEntry:
        """The facts of path (a link's are its target's)."""
        with self._guard(path):
            target = self._expand(path)
            return self._entry(posixpath.dirname(target), posixpath.basename(target), self._lstat(target))

    def browse(self, path: str) -> Listing:
        """The folder at path, or for a file the folder holding it with the file selected."""
        with self._guard(path):
            target = self._expand(path)
            if stat.S_ISDIR(self._stat(target).st_mode or 0):
                folder, selected = self._realpath(target), ""
            else:
                folder, selected = self._realpath(posixpath.dirname(target)), posixpath.basename(target)
            entries = tuple(self._entry(folder, name, attributes) for name, attributes in self._scan(folder))
            return Listing(folder, entries, selected)

    def read(self, path: str, offset: int, length: int) -> bytes:
        """Up to length bytes of the file at path from offset (fewer where the file ends before)."""
        if offset < 0 or length < 0:
            raise ValueError(f"no bytes at {offset} (+{length})")
        with self._guard(path):
            return self._read(self._expand(path), offset, length)

    def _expand(self, path: str) -> str:
        if path == "~" or path.startswith("~/"):
            path = self._home() + path[1:]
        return posixpath.normpath(posixpath.join(self._home(), path or "."))

    def _entry(self, folder: str, name: str, attributes: Attributes) -> FileEntry:
        path = posixpath.join(folder, name)
        target: Attributes | None = attributes
        if stat.S_ISLNK(attributes.st_mode or 0):
            try:
                target = self._stat(path)
            except OSError:
                target = None
        kind = entry_kind(attributes.st_mode or 0, None if target is None else target.st_mode)
        shown = attributes if target is None else target
        readable = target is not None and self._readable(path, target, kind.is_directory)
        return FileEntry(name, path, kind, shown.st_size or 0, shown.st_mtime or 0.0, readable)

    @contextlib.contextmanager
    def _guard(self, path: str) -> Iterator[None]:
        """Surrounds each public call (the SFTP files serialize and translate their failures here)."""
        yield

    @abstractmethod
    def _home(self) -> str: ...

    @abstractmethod
    def _realpath(self, path: str) -> str: ...

    @abstractmethod
    def _stat(self, path: str) -> Attributes: ...

    @abstractmethod
    def _lstat(self, path: str) -> Attributes: ...

    @abstractmethod
    def _scan(self, folder: str) -> Iterable[tuple[str, Attributes]]:
        """(name, attributes of the entry itself) of each entry of folder but . and .."""

    @abstractmethod
    def _readable(self, path: str, attributes: Attributes, directory: bool) -> bool: ...

    @abstractmethod
    def _read(self, path: str, offset: int, length: int) -> bytes: ...


class SftpFiles(FileSystem):
    """A host's files over one SFTP channel of its session, opened on first use and closed with the session.

    Calls are serialized: paramiko's SFTP client serves one request at a time. A request the host does not
    answer within the session's timeout fails, and the next call opens a fresh channel.
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        self._lock = threading.Lock()
        self._client: paramiko.SFTPClient | None = None
        self._reader: Reader | None = None
        self._home_path = ""
        self._closed = False

    def close(self) -> None:
        """Closes the channel (from any thread; a call in progress fails)."""
        self._closed = True
        self._drop()

    @contextlib.contextmanager
    def _guard(self, path: str) -> Iterator[None]:
        with self._lock:
            try:
                if self._client is None:
                    self._client = self._open()
                yield
            except RemoteError:
                raise
            except Exception as error:  # noqa: BLE001 - every failure becomes a RemoteError that names the path
                raise self._failure(error, path) from None

    def _failure(self, error: Exception, path: str) -> RemoteError:
        import paramiko

        label = self._session.label
        if isinstance(error, TimeoutError):
            self._drop()
            destination = self._session.destination
            return ConnectTimeout(destination.host, destination.port, self._session.timeout, stage=_REQUEST)
        if isinstance(error, (EOFError, paramiko.SSHException)):
            self._drop()
            return self._closed_error() or RemoteFileError(label, path, str(error) or _CHANNEL_CLOSED)
        if isinstance(error, UnicodeDecodeError):
            return RemoteFileError(label, path, _NOT_UTF8)
        if isinstance(error, OSError) and error.errno == errno.ENOENT:
            return RemotePathMissing(label, path)
        if isinstance(error, OSError) and error.errno == errno.EACCES:
            return RemotePermissionDenied(label, path)
        if isinstance(error, OSError) and error.strerror:
            return RemoteFileError(label, path, error.strerror)
        return RemoteFileError(label, path, str(error) or type(error).__name__)

    def _closed_error(self) -> SessionClosed | None:
        if self._closed or not self._session.alive:
            return SessionClosed(self._session.label, self._session.closed_reason or _HOST_CLOSED)
        return None

    def _open(self) -> paramiko.SFTPClient:
        import paramiko  # loaded with the first SFTP use: browsing local files needs no SSH code

        closed = self._closed_error()
        if closed is not None:
            raise closed
        label = self._session.label
        try:
            channel = self._session.transport.open_session(timeout=self._session.timeout)
        except paramiko.ChannelException as error:
            raise SftpUnavailable(label, error.text) from None
        except paramiko.SSHException as error:
            raise self._closed_error() or SftpUnavailable(label, str(error)) from None
        channel.settimeout(self._session.timeout)
        try:
            channel.invoke_subsystem("sftp")
            client = paramiko.SFTPClient(channel)
        except (EOFError, paramiko.SSHException) as error:
            channel.close()
            raise self._closed_error() or SftpUnavailable(label, str(error) or _REFUSED) from None
        self._home_path = client.normalize(".")
        self._reader = self._who_reads()
        return client

    def _who_reads(self) -> Reader | None:
        """The logged-in user's ids (from `id`, a fixed command); None when the host does not say."""
        try:
            uid, _, groups = self._session.run("id -u && id -G").stdout.partition("\n")
            return Reader(int(uid), frozenset(int(gid) for gid in groups.split()))
        except SessionClosed:
            raise
        except (RemoteError, ValueError):  # no answer only means every entry is shown as readable
            return None

    def _drop(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            client.close()

    def _sftp(self) -> paramiko.SFTPClient:
        if self._client is None:
            raise EOFError(_CHANNEL_CLOSED)
        return self._client

    def _home(self) -> str:
        return self._home_path

    def _realpath(self, path: str) -> str:
        return self._sftp().normalize(path)

    def _stat(self, path: str) -> Attributes:
        return self._sftp().stat(path)

    def _lstat(self, path: str) -> Attributes:
        return self._sftp().lstat(path)

    def _scan(self, folder: str) -> Iterable[tuple[str, Attributes]]:
        return [(attributes.filename, attributes) for attributes in self._sftp().listdir_attr(folder)]

    def _readable(self, path: str, attributes: Attributes, directory: bool) -> bool:
        return self._reader is None or self._reader.may_read(attributes, directory)

    def _read(self, path: str, offset: int, length: int) -> bytes:
        with self._sftp().open(path, "rb") as file:
            file.seek(offset)
            return read_up_to(file, length)


class _Readable(Protocol):
    def read(self, size: int) -> bytes: ...


def read_up_to(file: _Readable, length: int) -> bytes:
    """length bytes of file from where it stands, or all that is left: one read may return fewer."""
    parts: list[bytes] = []
    left = length
    while left > 0:
        part = file.read(left)
        if not part:
            break
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


_by_session: dict[Session, SftpFiles] = {}
_by_session_lock = threading.Lock()


def sftp_files(session: Session) -> SftpFiles:
    """The files of session's host: one SFTP channel per session, closed when the session closes."""
    with _by_session_lock:
        files = _by_session.get(session)
        if files is not None:
            return files
        files = _by_session[session] = SftpFiles(session)
    session.add_close_listener(lambda _reason: _forget(session))
    return files


def _forget(session: Session) -> None:
    with _by_session_lock:
        files = _by_session.pop(session, None)
    if files is not None:
        files.close()

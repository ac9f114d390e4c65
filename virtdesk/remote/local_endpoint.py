"""The local ends of tunnels and forwards: a private UNIX socket (0600, in a 0700 directory of its own under
$XDG_RUNTIME_DIR, or a private temporary directory) or a 127.0.0.1 port, each accepting only this user's processes
(SO_PEERCRED for UNIX sockets, the owner of the connecting socket in /proc/net/tcp for TCP)."""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import stat
import struct
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

logger = logging.getLogger("virtdesk.remote.endpoint")
_PEERCRED = struct.Struct("3i")


def private_directory(prefix: str) -> Path:
    """A new 0700 directory under $XDG_RUNTIME_DIR/virtdesk when that is this user's private directory, else a
    private temporary directory."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        info = os.stat(runtime) if os.path.isdir(runtime) else None
        if info is not None and info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & 0o077 == 0:
            parent = Path(runtime) / "virtdesk"
            parent.mkdir(mode=0o700, exist_ok=True)
            return Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    return Path(tempfile.mkdtemp(prefix=f"virtdesk-{prefix}"))


def unix_peer_uid(connection: socket.socket) -> int:
    _pid, uid, _gid = _PEERCRED.unpack(connection.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, _PEERCRED.size))
    return uid


def _proc_tcp_address(address: tuple[str, int]) -> str:
    host, port = address[:2]
    (number,) = struct.unpack("=I", socket.inet_aton(host))
    return f"{number:08X}:{port:04X}"


def tcp_peer_uid(connection: socket.socket, table: Path = Path("/proc/net/tcp")) -> int | None:
    """The owner of the local socket connected to `connection` (an accepted 127.0.0.1 connection), or None."""
    peer, ours = _proc_tcp_address(connection.getpeername()), _proc_tcp_address(connection.getsockname())
    try:
        lines = table.read_text().splitlines()[1:]
    except OSError:
        return None
    for line in lines:
        fields = line.split()
        if len(fields) > 7 and fields[1] == peer and fields[2] == ours:
            return int(fields[7])
    return None


class Listener:
    """Accepts connections on a thread and hands each one from this user to `serve`; others are closed at once."""

    def __init__(self, server: socket.socket, peer_uid: Callable[[socket.socket], int | None],
                 serve: Callable[[socket.socket], None], name: str) -> None:
        self._server = server
        self._peer_uid = peer_uid
        self._serve = serve
        self._name = name
        self._closed = threading.Event()
        self._thread = threading.Thread(target=self._accept, name=f"{name}-accept", daemon=True)
        self._thread.start()

    @property
    def closed(self) -> bool:
        return self._closed.is_set()

    def close(self) -> None:
        self._closed.set()
        with contextlib.suppress(OSError):
            self._server.shutdown(socket.SHUT_RDWR)
        self._server.close()

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                connection, _ = self._server.accept()
            except OSError:
                return
            try:
                uid = self._peer_uid(connection)
            except OSError:
                uid = None
            if uid != os.getuid():
                logger.warning("%s: refused a connection from user id %s", self._name, uid)
                connection.close()
                continue
            threading.Thread(target=self._serve_one, args=(connection,), name=f"{self._name}-open",
                             daemon=True).start()

    def _serve_one(self, connection: socket.socket) -> None:
        try:
            self._serve(connection)
        except Exception as error:  # noqa: BLE001 - the client sees its connection close; the log says why
            logger.warning("%s: %s", self._name, error)
            connection.close()


def unix_listener(directory: Path, name: str, serve: Callable[[socket.socket], None]) -> tuple[Listener, Path]:
    """A Listener on `directory/name` (mode 0600) and the socket's path."""
    path = directory / name
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    os.chmod(path, 0o600)
    server.listen(16)
    return Listener(server, unix_peer_uid, serve, f"tunnel {path}"), path


def tcp_listener(serve: Callable[[socket.socket], None], name: str) -> tuple[Listener, int]:
    """A Listener on 127.0.0.1 with a port of the system's choosing, and that port."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    return Listener(server, tcp_peer_uid, serve, name), server.getsockname()[1]


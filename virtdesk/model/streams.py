"""Data streams to and from a host: volume upload and download, and guests' text consoles.

An upload is sent from its job's worker through a blocking stream: a send into a frozen host blocks until
libvirt's keepalive drops the connection (a non-blocking send blocks as well once the socket is full, and on
libvirt's event thread it held up every host's events and keepalives). A download and a console are driven by
libvirt's event loop: the stream is non-blocking and data is read when libvirt says it is there.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from typing import BinaryIO, NoReturn

import libvirt
from PySide6.QtCore import QCoreApplication

from virtdesk.model.errors import describe
from virtdesk.model.jobs import JobCancelled, JobContext

CHUNK = 256 * 1024
_AGAIN = -2  # what a non-blocking virStream.send/recv returns when it would block
ALIVE_CHECK_S = 1.0  # libvirt never tells a stream that its connection died: a download looks this often

Progress = Callable[[int], None]


class ConnectionLost(Exception):
    """The connection closed under a transfer (the host died, or stopped answering and keepalive dropped it);
    `cause`: libvirt's own error where a send or receive failed with it."""

    def __init__(self, cause: str = "") -> None:
        super().__init__(cause)
        self.cause = cause

    def translated(self, _tr: Callable[[str], str]) -> str:
        text = QCoreApplication.translate("streams", "The connection to the host was lost during the transfer")
        return f"{text} ({self.cause})." if self.cause else f"{text}."


def _raise_again(exc: BaseException, conn: libvirt.virConnect) -> NoReturn:
    """Raises exc again, or ConnectionLost where it came of the connection closing."""
    if isinstance(exc, libvirt.libvirtError) and not conn.isAlive():
        raise ConnectionLost(describe(exc)) from exc
    raise exc


class DownloadChannel:
    """Moves bytes from a non-blocking virStream into a local file from libvirt's event thread."""

    def __init__(self, stream: libvirt.virStream, file: BinaryIO, progress: Progress,
                 alive: Callable[[], bool]) -> None:
        self._stream = stream
        self._file = file
        self._progress = progress
        self._alive = alive
        self._moved = 0
        self._ended = threading.Event()
        self._error: BaseException | None = None
        self._aborted = False
        stream.eventAddCallback(libvirt.VIR_STREAM_EVENT_READABLE | libvirt.VIR_STREAM_EVENT_ERROR
                                | libvirt.VIR_STREAM_EVENT_HANGUP, self._ready, None)

    def _ready(self, stream: libvirt.virStream, events: int, _opaque: object) -> None:
        """On libvirt's event thread, whenever the stream has data (or failed)."""
        try:
            if events & (libvirt.VIR_STREAM_EVENT_ERROR | libvirt.VIR_STREAM_EVENT_HANGUP) and not (
                    events & libvirt.VIR_STREAM_EVENT_READABLE):
                raise OSError("the host closed the data stream")
            done = self._receive_some()
        except BaseException as exc:  # noqa: BLE001 - handed to the job waiting for this channel
            self._error = exc
            done = True
        if done:
            self._end()

    def _receive_some(self) -> bool:
        data = self._stream.recv(CHUNK)
        if data == _AGAIN:
            return False
        if not data:
            return True
        self._file.write(data)
        self._moved += len(data)
        self._progress(self._moved)
        return False

    def _end(self) -> None:
        with contextlib.suppress(libvirt.libvirtError):
            self._stream.eventRemoveCallback()
        self._ended.set()

    def abort(self) -> None:
        """Stops the transfer (any thread); the waiting job then ends as cancelled."""
        self._aborted = True
        self._end()

    def wait(self) -> int:
        """Blocks the job's worker until the transfer ended; returns the bytes received. Finishes or aborts the
        stream on the host accordingly."""
        while not self._ended.wait(ALIVE_CHECK_S):
            if not self._alive():
                self._error = ConnectionLost()
                self._end()
        if self._aborted or self._error is not None:
            with contextlib.suppress(libvirt.libvirtError):
                self._stream.abort()
            if self._aborted:
                raise JobCancelled
            assert self._error is not None
            raise self._error
        self._stream.finish()
        return self._moved


def _send(conn: libvirt.virConnect, context: JobContext, stream: libvirt.virStream, file: BinaryIO,
          total: int) -> int:
    """Sends the file on the job's worker; a cancel is taken between chunks."""
    cancelled = threading.Event()
    context.on_cancel(cancelled.set)
    moved = 0
    try:
        while chunk := file.read(CHUNK):
            while chunk:
                if cancelled.is_set():
                    raise JobCancelled
                sent = stream.send(chunk)
                chunk = chunk[sent:]
                moved += sent
                context.progress(moved, total)
        stream.finish()
    except BaseException as exc:
        with contextlib.suppress(libvirt.libvirtError):
            stream.abort()
        _raise_again(exc, conn)
    return moved


def _transfer(conn: libvirt.virConnect, context: JobContext, path: str, total: int, *, sending: bool,
              start: Callable[[libvirt.virStream], object]) -> int:
    stream = conn.newStream(0 if sending else libvirt.VIR_STREAM_NONBLOCK)
    start(stream)
    with open(path, "rb" if sending else "wb") as file:
        if sending:
            moved = _send(conn, context, stream, file, total)
        else:
            channel = DownloadChannel(stream, file, lambda moved: context.progress(moved, total),
                                      alive=lambda: bool(conn.isAlive()))
            context.on_cancel(channel.abort)
            try:
                moved = channel.wait()
            except libvirt.libvirtError as exc:
                _raise_again(exc, conn)
    context.progress(moved, total, force=True)
    return moved


def upload_volume(conn: libvirt.virConnect, context: JobContext, pool: str, volume: str, path: str) -> int:
    """Worker side (job lane): writes the local file ``path`` into the volume from its start; returns bytes sent."""
    vol = conn.storagePoolLookupByName(pool).storageVolLookupByName(volume)
    size = os.path.getsize(path)
    capacity = vol.info()[1]
    if size > capacity:
        raise ValueError(QCoreApplication.translate(
            "streams", "{path} ({size} bytes) is larger than the volume {volume} ({capacity} bytes)").format(
                path=path, size=size, volume=volume, capacity=capacity))
    context.phase(volume)
    return _transfer(conn, context, path, size, sending=True, start=lambda stream: vol.upload(stream, 0, size, 0))


def download_volume(conn: libvirt.virConnect, context: JobContext, pool: str, volume: str, path: str) -> int:
    """Worker side (job lane): copies the whole volume into the local file ``path``; returns bytes received."""
    vol = conn.storagePoolLookupByName(pool).storageVolLookupByName(volume)
    context.phase(volume)
    return _transfer(conn, context, path, _stored_size(vol), sending=False,
                     start=lambda stream: vol.download(stream, 0, 0, 0))


def _stored_size(vol: libvirt.virStorageVol) -> int:
    """The bytes a download of the volume gives: the size of its file, which for an image format (qcow2) is not
    its capacity."""
    try:
        return vol.infoFlags(libvirt.VIR_STORAGE_VOL_GET_PHYSICAL)[2]
    except libvirt.libvirtError:  # a host without the flag
        return vol.info()[1]


class ConsoleStream:
    """A guest's text console (serial or virtio console) over a non-blocking libvirt stream, driven by libvirt's
    event thread: what the guest writes goes to ``on_data(bytes)``, ``send`` queues keystrokes, and ``on_end(reason)``
    is called once when the console closes. Callbacks run on the event thread (see ``open_console``)."""

    def __init__(self, stream: libvirt.virStream, on_data: Callable[[bytes], None],
                 on_end: Callable[[str], None]) -> None:
        self._stream = stream
        self._on_data = on_data
        self._on_end = on_end
        self._outgoing = bytearray()
        self._lock = threading.Lock()
        self._ended = False
        stream.eventAddCallback(self._interest(), self._ready, None)

    def _interest(self) -> int:
        events = libvirt.VIR_STREAM_EVENT_READABLE | libvirt.VIR_STREAM_EVENT_ERROR | libvirt.VIR_STREAM_EVENT_HANGUP
        return events | (libvirt.VIR_STREAM_EVENT_WRITABLE if self._outgoing else 0)

    def send(self, data: bytes) -> None:
        """Queues data for the guest (any thread; never blocks)."""
        with self._lock:
            if self._ended:
                return
            self._outgoing += data
            with contextlib.suppress(libvirt.libvirtError):
                self._stream.eventUpdateCallback(self._interest())

    def _ready(self, stream: libvirt.virStream, events: int, _opaque: object) -> None:
        try:
            if events & libvirt.VIR_STREAM_EVENT_READABLE:
                while (data := stream.recv(CHUNK)) != _AGAIN:
                    if not data:
                        self._end(QCoreApplication.translate("streams", "The console was closed"))
                        return
                    self._on_data(data)
            if events & libvirt.VIR_STREAM_EVENT_WRITABLE:
                with self._lock:
                    sent = stream.send(bytes(self._outgoing)) if self._outgoing else 0
                    if sent > 0:
                        del self._outgoing[:sent]
                    stream.eventUpdateCallback(self._interest())
            if events & (libvirt.VIR_STREAM_EVENT_ERROR | libvirt.VIR_STREAM_EVENT_HANGUP):
                self._end(QCoreApplication.translate("streams", "The console was closed"))
        except libvirt.libvirtError as exc:
            self._end(exc.get_error_message() or str(exc))

    def _end(self, reason: str) -> None:
        with self._lock:
            if self._ended:
                return
            self._ended = True
        with contextlib.suppress(libvirt.libvirtError):
            self._stream.eventRemoveCallback()
        with contextlib.suppress(libvirt.libvirtError):
            self._stream.abort()
        self._on_end(reason)

    def close(self) -> None:
        """Closes the console (any thread)."""
        self._end(QCoreApplication.translate("streams", "The console was closed"))


def open_console(conn: libvirt.virConnect, uuid: str, device: str | None, on_data: Callable[[bytes], None],
                 on_end: Callable[[str], None], force: bool = False) -> ConsoleStream:
    """Worker side: opens the VM's console (device: its alias, or None for the first), taking it over from
    another client when force."""
    stream = conn.newStream(libvirt.VIR_STREAM_NONBLOCK)
    conn.lookupByUUIDString(uuid).openConsole(device, stream, libvirt.VIR_DOMAIN_CONSOLE_FORCE if force else 0)
    return ConsoleStream(stream, on_data, on_end)

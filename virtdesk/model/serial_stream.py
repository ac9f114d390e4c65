"""A VM's serial or text console as a Qt object: the console device opened through a non-blocking libvirt stream
(model/streams.py ConsoleStream, driven by libvirt's event thread), what the guest writes delivered on the GUI
thread, keystrokes sent from any thread, and one `closed` signal saying why the console ended.

The stream goes over the libvirt connection itself, so a remote host's console needs nothing more.
"""

from __future__ import annotations

import enum
import threading
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING

import libvirt
import shiboken6
from PySide6.QtCore import QT_TR_NOOP, QCoreApplication, QObject, Signal

from virtdesk import xmlconf
from virtdesk.model.errors import describe
from virtdesk.model.streams import ConsoleStream
from virtdesk.model.worker import call_in_gui

if TYPE_CHECKING:
    from virtdesk.model.connection import Connection
    from virtdesk.model.domain import Domain


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class ConsoleDevice:
    """A console the VM offers: `alias` names it to libvirt (None: the VM's first console)."""

    alias: str | None
    label: str


_CONSOLE = QT_TR_NOOP("Console {number}")
_CONSOLE_KINDS = {"virtio": QT_TR_NOOP("Text console {number} (virtio)"), "serial": QT_TR_NOOP("Serial port {number}"),
                  "xen": QT_TR_NOOP("Console {number} (Xen)"), "sclp": QT_TR_NOOP("Console {number} (SCLP)"),
                  "sclplm": QT_TR_NOOP("Console {number} (SCLP line mode)")}


def console_devices(domain_xml: str) -> list[ConsoleDevice]:
    """The serial ports and text consoles of the VM that libvirt can open (those on a pseudo terminal), in order.
    A console that only mirrors a serial port (target type serial) is that port, listed once."""
    config = xmlconf.load(domain_xml)
    if not isinstance(config, xmlconf.Domain):
        return []
    found: list[ConsoleDevice] = []
    serial_ports = set()
    for index, serial in enumerate(config.devices.serials):
        port = serial.target_port if serial.target_port is not None else index
        serial_ports.add(port)
        if serial.type == "pty":
            found.append(ConsoleDevice(serial.alias, _tr("Serial port {number}").format(number=port + 1)))
    for index, console in enumerate(config.devices.consoles):
        kind = console.target_type or "serial"
        port = console.target_port if console.target_port is not None else index
        if console.type != "pty" or (kind == "serial" and port in serial_ports):
            continue
        template = _CONSOLE_KINDS.get(kind, _CONSOLE)
        found.append(ConsoleDevice(console.alias, _tr(template).format(number=port + 1)))
    return found


class ConsoleEnd(enum.Enum):
    """Why a console is not (or no longer) open."""

    CLOSED = "closed"  # closed here
    STOPPED = "stopped"  # the VM is not running
    BUSY = "busy"  # another client holds the console: opening again takes it over
    TAKEN = "taken"  # another client took it over from us
    LOST = "lost"  # the connection to the host went
    FAILED = "failed"  # anything else (libvirt's message says what)

    @property
    def takes_over(self) -> bool:
        """Whether opening again means taking the console from another client."""
        return self in (ConsoleEnd.BUSY, ConsoleEnd.TAKEN)


_BUSY_MESSAGES = ("active console session exists",)


def _open(conn: libvirt.virConnect, uuid: str, alias: str | None, force: bool, pipe: _Pipe) -> ConsoleStream:
    """Worker side: opens the console on a non-blocking stream. SAFE refuses a console libvirt cannot hand over
    safely; drivers that know no flags are asked again without them."""
    dom = conn.lookupByUUIDString(uuid)
    flags = libvirt.VIR_DOMAIN_CONSOLE_SAFE | (libvirt.VIR_DOMAIN_CONSOLE_FORCE if force else 0)
    stream = conn.newStream(libvirt.VIR_STREAM_NONBLOCK)
    try:
        dom.openConsole(alias, stream, flags)
    except libvirt.libvirtError as exc:
        if exc.get_error_code() not in (libvirt.VIR_ERR_INVALID_ARG, libvirt.VIR_ERR_NO_SUPPORT):
            raise
        stream = conn.newStream(libvirt.VIR_STREAM_NONBLOCK)
        dom.openConsole(alias, stream, 0)
    return ConsoleStream(stream, pipe.arrived, pipe.ended)


def _still_running(conn: libvirt.virConnect, uuid: str) -> bool:
    return bool(conn.lookupByUUIDString(uuid).isActive())


def _close(_conn: libvirt.virConnect, console: ConsoleStream) -> None:
    console.close()


class _Pipe:
    """The event thread's side: what the guest wrote, gathered until the GUI thread takes it, so a fast guest
    costs one wake-up per batch rather than one per chunk. It reaches its SerialStream only while that exists,
    and holds it weakly: the SerialStream holds its pipe, and the open console (kept by libvirt's event loop
    until it closes) holds the pipe too, so a strong reference would keep a closed SerialStream in memory."""

    def __init__(self, owner: SerialStream) -> None:
        self._owner = weakref.ref(owner)
        self._lock = threading.Lock()
        self._data = bytearray()

    def arrived(self, data: bytes) -> None:
        with self._lock:
            wake = not self._data
            self._data += data
        if wake:
            call_in_gui(self._deliver)

    def take(self) -> bytes:
        with self._lock:
            data, self._data = bytes(self._data), bytearray()
        return data

    def ended(self, reason: str) -> None:
        call_in_gui(lambda: self._deliver(reason))

    def _deliver(self, ended: str | None = None) -> None:
        owner = self._owner()
        if owner is not None and shiboken6.isValid(owner):
            owner._deliver(self.take(), ended)


class SerialStream(QObject):
    """The console device `device_alias` of the VM (None: its first console), opened at once. `received(bytes)`
    brings what the guest writes (on the GUI thread), `send` types to it, `closed(reason)` comes once when the
    console could not open or ends; `end` then says why (ConsoleEnd). `force` takes the console from another
    client that holds it."""

    opened = Signal()
    received = Signal(bytes)
    closed = Signal(str)

    def __init__(self, connection: Connection, domain: Domain, device_alias: str | None, *, force: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connection = connection
        self.domain = domain
        self.device_alias = device_alias
        self.end: ConsoleEnd | None = None
        self.reason = ""
        self._console: ConsoleStream | None = None
        self._closing = False
        self._pipe = _Pipe(self)
        task = connection.call(_open, domain.uuid, device_alias, force, self._pipe, quiet=True,
                               description=_tr("Opening the console of {name}").format(name=domain.name))
        task.then(self._opened, self._open_failed, owner=self)
        connection.state_changed.connect(self._connection_changed)
        self.destroyed.connect(lambda: task.then(lambda console: _close_later(connection, console), owner=connection))

    @property
    def is_open(self) -> bool:
        return self._console is not None and self.end is None

    def send(self, data: bytes) -> None:
        """Queues keystrokes for the guest (any thread, never blocks); dropped while the console is not open."""
        console = self._console
        if console is not None:
            console.send(data)

    def close(self) -> None:
        """Closes the console; `closed` follows."""
        if self.end is not None or self._closing:
            return
        self._closing = True
        if self._console is not None:
            _close_later(self.connection, self._console)

    def _connection_changed(self) -> None:
        """A stream dies with its connection without a word from libvirt: the console ends when the connection
        does (a new connection carries new streams)."""
        if not self.connection.is_active and self.end is None and not self._closing:
            self._finish(ConsoleEnd.LOST, _tr("The connection to {host} was lost.").format(
                host=self.connection.label))

    def _opened(self, console: ConsoleStream) -> None:
        self._console = console
        if self._closing:
            _close_later(self.connection, console)
        elif self.end is None:
            self.opened.emit()

    def _open_failed(self, exc: BaseException) -> None:
        message = describe(exc)
        if isinstance(exc, libvirt.libvirtError) and any(m in message.lower() for m in _BUSY_MESSAGES):
            self._finish(ConsoleEnd.BUSY, _tr("Another client has this console open. Take it over to use it here."))
        elif not self.connection.is_active:
            self._finish(ConsoleEnd.LOST, _tr("The connection to {host} was lost.").format(
                host=self.connection.label))
        elif not self.domain.is_active:
            self._finish(ConsoleEnd.STOPPED, _tr("{name} is not running.").format(name=self.domain.name))
        else:
            self._finish(ConsoleEnd.FAILED, _tr("The console could not be opened: {reason}").format(reason=message))

    def _deliver(self, data: bytes, ended: str | None) -> None:
        if data and self.end is None:
            self.received.emit(data)
        if ended is not None and self.end is None:
            self._ended(ended)

    def _ended(self, reason: str) -> None:
        if self._closing:
            self._finish(ConsoleEnd.CLOSED, _tr("The console was closed."))
            return
        if not self.connection.is_active:
            self._finish(ConsoleEnd.LOST, _tr("The connection to {host} was lost.").format(host=self.connection.label))
            return
        self.end = ConsoleEnd.FAILED  # no more data while the cause is asked for
        task = self.connection.call(_still_running, self.domain.uuid, quiet=True)
        task.then(lambda running: self._explain(running, reason), lambda _exc: self._explain(None, reason),
                  owner=self)

    def _explain(self, running: bool | None, reason: str) -> None:
        """running: whether the VM still runs (None: the host did not say)."""
        if running is None:
            if self.connection.is_active:
                self._finish(ConsoleEnd.FAILED, _tr("The console closed: {reason}").format(reason=reason))
            else:
                self._finish(ConsoleEnd.LOST, _tr("The connection to {host} was lost.").format(
                    host=self.connection.label))
        elif running:
            self._finish(ConsoleEnd.TAKEN, _tr("Another client took this console over ({reason}).").format(
                reason=reason))
        else:
            self._finish(ConsoleEnd.STOPPED, _tr("{name} stopped.").format(name=self.domain.name))

    def _finish(self, end: ConsoleEnd, reason: str) -> None:
        self.end = end
        self.reason = reason
        self.closed.emit(reason)


def _close_later(connection: Connection, console: ConsoleStream) -> None:
    """Closes the stream on a worker (aborting it talks to the host)."""
    connection.call(_close, console, quiet=True)

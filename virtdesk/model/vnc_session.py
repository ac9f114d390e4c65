"""One VNC session with a VM's display, for the console widget: the RFB client runs on its own thread, and the
screen reaches the GUI thread as pieces copied out on that thread, painted there into `VncSession.image`.

Decoding (Raw, ZRLE, Tight, Tight's JPEG through QImage) happens on the session's thread only. After each
update the thread copies the changed rectangles out of the client's framebuffer and queues them; the GUI thread
takes the queue whenever it gets to it (one wake-up at a time, however many updates came), paints the pieces
into its image and says which rectangles changed. A queue that grows past two screens while the GUI thread is
busy is replaced by one copy of the whole screen. Input (keys, pointer, clipboard, a new screen size) goes
straight to the client, which is safe from any thread. `close()` stops the thread without waiting for it: the
transport is shut down under it, and the thread closes it when it ends; a session whose QObject is destroyed
is closed the same way, and nothing of it reaches a receiver that is gone.

The decoders are partly Python (Tight's gradient filter pixel by pixel): while one runs, the GUI thread waits for
the interpreter lock at each return from Qt into Python, by default up to 5 ms each time, which adds up to a held
event loop over one paint. While a session runs, the interpreter hands the lock over after GIL_SWITCH_SECONDS
(the interval is set back when the last running session ends: with many hosts loading, a short one costs more).
"""

from __future__ import annotations

import contextlib
import enum
import socket
import sys
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect, Signal
from PySide6.QtGui import QImage, QPainter

from virtdesk.console.rfb import (
    PIXEL_ENCODINGS,
    Bell,
    Closed,
    CursorShape,
    CutText,
    Event,
    Ready,
    Resized,
    RfbClient,
    Updated,
)
from virtdesk.console.rfb_errors import AuthenticationFailed, PasswordRequired
from virtdesk.console.rfb_session import run_session
from virtdesk.model.console_transport import Reached, close_quietly
from virtdesk.model.errors import describe
from virtdesk.model.worker import Task, call_in_gui

STALL_SECONDS = 20.0
GIL_SWITCH_SECONDS = 0.0005
Opener = Callable[[str | None], Task]
"""Given the user's password (or None), connects to the display; the task's result is a Reached."""

_running: set[int] = set()  # id() of each session whose line runs (GUI thread only)
_switch_before: list[float] = []  # the interval before the first of them


def _line_started(key: int) -> None:
    if not _running and sys.getswitchinterval() > GIL_SWITCH_SECONDS:
        _switch_before.append(sys.getswitchinterval())
        sys.setswitchinterval(GIL_SWITCH_SECONDS)
    _running.add(key)


def _destroyed(key: int, lines: list) -> None:
    if lines[0] is not None:
        lines[0].close()
    _line_ended(key)


def _line_ended(key: int) -> None:
    _running.discard(key)
    if not _running and _switch_before:
        sys.setswitchinterval(_switch_before.pop())


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


def decode_jpeg(data: bytes, width: int, height: int) -> bytes:
    """Tight's JPEG pictures, decoded by Qt's image reader (on the session's thread)."""
    image = QImage.fromData(data, "JPEG")
    if image.isNull() or (image.width(), image.height()) != (width, height):
        raise ValueError(f"not a {width}x{height} JPEG picture")
    converted = image.convertToFormat(QImage.Format.Format_RGB32)
    return bytes(converted.constBits())  # the view does not keep its image alive: `converted` does


class SessionState(enum.Enum):
    IDLE = "idle"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    CLOSED = "closed"


@dataclass(frozen=True)
class _Patch:
    rect: QRect
    pixels: bytes


@dataclass(frozen=True)
class _Screen:
    width: int
    height: int
    name: str | None  # the screen's name at the login; None for a new size


@dataclass(frozen=True)
class CursorPicture:
    image: QImage
    hot_x: int
    hot_y: int


_Item = _Patch | _Screen | CursorPicture | Bell | CutText | Closed


class _Line:
    """The session's thread, the transport it runs over and the queue of what it has for the GUI thread."""

    def __init__(self, transport: socket.socket, client: RfbClient, wake_gui: Callable[[], None]) -> None:
        self.transport = transport
        self.client = client
        self.stop = threading.Event()
        self._wake_gui = wake_gui
        self._lock = threading.Lock()
        self._queue: list[_Item] = []
        self._queued_bytes = 0
        self._woken = False
        self.thread = threading.Thread(target=self._run, name="vnc-session", daemon=True)

    def _run(self) -> None:
        try:
            run_session(self.transport, self.client, self._event, self.stop, stall_seconds=STALL_SECONDS)
        finally:
            close_quietly(self.transport)

    def _event(self, event: Event) -> None:
        if isinstance(event, Updated):
            self._updated(event)
        elif isinstance(event, Ready | Resized):
            self._put([_Screen(event.width, event.height, event.name if isinstance(event, Ready) else None)],
                      new_screen=True)
        elif isinstance(event, CursorShape):
            image = QImage(event.pixels, event.width, event.height, event.width * 4,
                           QImage.Format.Format_ARGB32).copy() if event.width and event.height else QImage()
            self._put([CursorPicture(image, event.hot_x, event.hot_y)])
        else:
            self._put([event])

    def _updated(self, event: Updated) -> None:
        framebuffer = self.client.framebuffer
        assert framebuffer is not None
        # The events of one read come after all of it is decoded: a later update may have given the screen a new
        # size, which the rectangles of this one need not fit (the new screen's own come after it).
        rects = [r for r in event.rects
                 if r.w and r.h and r.x + r.w <= framebuffer.width and r.y + r.h <= framebuffer.height]
        whole = framebuffer.width * framebuffer.height * 4
        if any(r.w == framebuffer.width and r.h == framebuffer.height for r in rects) \
                or self._queued_bytes > 2 * whole:
            patches = [_Patch(QRect(0, 0, framebuffer.width, framebuffer.height), bytes(framebuffer.pixels))]
            self._put(patches, new_screen=False, replace_patches=True)
            return
        if rects:
            self._put([_Patch(QRect(r.x, r.y, r.w, r.h), framebuffer.rows(*r)) for r in rects])

    def _put(self, items: list[_Item], *, new_screen: bool = False, replace_patches: bool = False) -> None:
        with self._lock:
            if new_screen or replace_patches:
                self._queue = [item for item in self._queue if not isinstance(item, _Patch)]
                self._queued_bytes = 0
            self._queue += items
            self._queued_bytes += sum(len(item.pixels) for item in items if isinstance(item, _Patch))
            wake, self._woken = not self._woken, True
        if wake:
            self._wake_gui()

    def take(self) -> list[_Item]:
        with self._lock:
            items, self._queue = self._queue, []
            self._queued_bytes = 0
            self._woken = False
        return items

    def close(self) -> None:
        """Stops the thread without waiting: shutting the transport down wakes it from any wait."""
        self.stop.set()
        with contextlib.suppress(OSError):
            self.transport.shutdown(socket.SHUT_RDWR)


class VncSession(QObject):
    """A VNC session, reopened on request. `image` is the screen as the GUI thread knows it (null before the
    login); `error` says why the session closed ("" while it runs or after `close()`)."""

    state_changed = Signal()
    screen_resized = Signal(int, int)
    frame_changed = Signal(list)
    """The rectangles (QRect) of `image` that changed."""
    cursor_changed = Signal()
    bell = Signal()
    clipboard_received = Signal(str)
    capabilities_changed = Signal()
    """`supports_resize` changed."""

    def __init__(self, opener: Opener, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._opener = opener
        self._attempt = 0
        self._line: _Line | None = None
        self.state = SessionState.IDLE
        self.error = ""
        self.failure: BaseException | None = None
        self.password_rejected = False
        self.route = ""
        self._route_lost: Callable[[], str] = lambda: ""
        self.name = ""
        self.image = QImage()
        self.cursor: CursorPicture | None = None
        self._resizable = False
        self.frames_shown = 0
        self.encodings: tuple[int, ...] = PIXEL_ENCODINGS
        """The pixel encodings offered to the server, best first (taken at the next `open`)."""
        lines: list[_Line | None] = [None]
        self._lines = lines  # the thread's line, as the destroyed handler (which may not touch self) sees it
        key = id(self)
        self.destroyed.connect(lambda _obj=None: _destroyed(key, lines))

    # -- opening and closing
    def open(self, password: str | None = None) -> None:
        """Connects (again); password: one the user typed, instead of the configuration's."""
        self._drop_line()
        self._attempt += 1
        attempt = self._attempt
        self.error, self.failure, self.password_rejected = "", None, False
        self._set_state(SessionState.CONNECTING)
        self._opener(password).then(lambda reached: self._reached(attempt, reached),
                                    lambda error: self._failed(attempt, error), owner=self)

    def close(self) -> None:
        """Ends the session; nothing more is reported of it."""
        self._attempt += 1
        self._drop_line()
        self.error = ""
        self._set_state(SessionState.CLOSED)

    @property
    def thread_alive(self) -> bool:
        line = self._line
        return line is not None and line.thread.is_alive()

    def _drop_line(self) -> None:
        line, self._line = self._line, None
        self._lines[0] = None
        _line_ended(id(self))
        if line is not None:
            line.close()

    def _reached(self, attempt: int, reached: Reached) -> None:
        if attempt != self._attempt:
            close_quietly(reached.transport)
            return
        self.route = reached.route
        self._route_lost = reached.lost
        client = RfbClient(reached.password, jpeg=decode_jpeg, encodings=self.encodings)
        self_ref = weakref.ref(self)

        def wake_gui() -> None:
            call_in_gui(lambda: _drain(self_ref, line))

        line = _Line(reached.transport, client, wake_gui)
        self._line = line
        self._lines[0] = line
        _line_started(id(self))
        line.thread.start()

    def _failed(self, attempt: int, error: BaseException) -> None:
        if attempt == self._attempt:
            self._closed_with(error)

    def _closed_with(self, error: BaseException | None) -> None:
        self.failure = error
        self.password_rejected = isinstance(error, PasswordRequired | AuthenticationFailed)
        self.error = describe(error) if error is not None else (
            self._route_lost() or _tr("The VNC server closed the connection."))
        self._line = None
        self._lines[0] = None
        _line_ended(id(self))
        self._set_state(SessionState.CLOSED)

    def _set_state(self, state: SessionState) -> None:
        self.state = state
        self.state_changed.emit()

    # -- what the thread has for the GUI thread
    def _take(self, line: _Line) -> None:
        if line is not self._line:
            return  # a line dropped since: what it has is stale
        changed: list[QRect] = []
        painter: QPainter | None = None
        for item in line.take():
            if isinstance(item, _Patch):
                if painter is None:
                    painter = QPainter(self.image)
                    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
                rect = item.rect
                painter.drawImage(QPoint(rect.x(), rect.y()), QImage(item.pixels, rect.width(), rect.height(),
                                                                     rect.width() * 4, QImage.Format.Format_RGB32))
                changed.append(rect)
                continue
            if painter is not None:
                painter.end()
                painter = None
            if changed:
                self.frames_shown += 1
                self.frame_changed.emit(changed)
                changed = []
            self._take_other(item)
        if painter is not None:
            painter.end()
        if changed:
            self.frames_shown += 1
            self.frame_changed.emit(changed)
        if self.supports_resize != self._resizable:
            self._resizable = not self._resizable
            self.capabilities_changed.emit()

    def _take_other(self, item: _Item) -> None:
        if isinstance(item, _Screen):
            self.image = QImage(item.width, item.height, QImage.Format.Format_RGB32)
            self.image.fill(0)
            if item.name is not None:
                self.name = item.name
                self._set_state(SessionState.CONNECTED)
            self.screen_resized.emit(item.width, item.height)
        elif isinstance(item, CursorPicture):
            self.cursor = item
            self.cursor_changed.emit()
        elif isinstance(item, Bell):
            self.bell.emit()
        elif isinstance(item, CutText):
            self.clipboard_received.emit(item.text)
        elif isinstance(item, Closed):
            self._closed_with(item.error)

    # -- input, from the GUI thread (the client takes it from any thread)
    @property
    def client(self) -> RfbClient | None:
        line = self._line
        return line.client if line is not None and self.state is SessionState.CONNECTED else None

    @property
    def supports_resize(self) -> bool:
        client = self.client
        return client is not None and client.supports_resize

    @property
    def supports_scan_codes(self) -> bool:
        client = self.client
        return client is not None and client.supports_extended_keys

    def key(self, keysym: int, down: bool, scancode: int | None = None) -> None:
        client = self.client
        if client is not None:
            client.key_event(keysym, down, scancode)

    def pointer(self, x: int, y: int, buttons: int) -> None:
        client = self.client
        if client is not None:
            client.pointer_event(x, y, buttons)

    def send_clipboard(self, text: str) -> None:
        client = self.client
        if client is not None:
            client.cut_text(text)

    def request_size(self, width: int, height: int) -> bool:
        """Asks the guest for a screen of this size; False where the server cannot change it."""
        client = self.client
        return client is not None and client.set_desktop_size(width, height)


def _drain(session_ref: weakref.ref[VncSession], line: _Line) -> None:
    """On the GUI thread: hands the line's queue to its session, unless the session is gone."""
    session = session_ref()
    if session is None or not shiboken6.isValid(session):
        line.take()
        return
    session._take(line)


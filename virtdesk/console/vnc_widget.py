"""The VNC display widget: paints a VncSession's screen and gives it the keyboard and the pointer.

Scaling: fit the window (aspect kept), 1:1 with scroll bars, or ask the guest for a screen the size of the window
(where the server takes ExtendedDesktopSize; shown fitted until the guest follows). Keys go as QEMU's extended
key events with their XT scan code where the platform gives the keyboard's own codes (X11, Wayland: evdev + 8)
and the server takes them, so the guest's keyboard layout applies; otherwise as keysyms. While the widget has the
focus every key goes to the guest, window shortcuts included (but Ctrl+Alt+F, which toggles fullscreen). The
pointer is absolute; for guests with a relative mouse only, a click grabs the pointer (hidden, kept in the
widget, its movements sent as moves of a pointer of the guest's) until Ctrl+Alt is pressed, which a hint over
the screen says.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFocusEvent,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QWidget

from virtdesk.model import keys as key_codes
from virtdesk.model.vnc_session import VncSession
from virtdesk.model.worker import Task, file_executor, submit

BACKGROUND = QColor("#1e1e1e")
RESIZE_DELAY_MS = 300
X11_KEYCODE_OFFSET = 8

# Linux (evdev) key codes 1-88 are XT scan codes as they are; these are the others QEMU numbers (0xE0-prefixed
# codes with the high bit set).
_EVDEV_TO_XT = {
    89: 0x73, 90: 0x78, 91: 0x77, 92: 0x79, 93: 0x70, 94: 0x7b, 95: 0x5c, 96: 0x9c, 97: 0x9d, 98: 0xb5,
    99: 0xb7, 100: 0xb8, 102: 0xc7, 103: 0xc8, 104: 0xc9, 105: 0xcb, 106: 0xcd, 107: 0xcf, 108: 0xd0,
    109: 0xd1, 110: 0xd2, 111: 0xd3, 113: 0xa0, 114: 0xae, 115: 0xb0, 116: 0xde, 117: 0x59, 119: 0xc6,
    121: 0x7e, 124: 0x7d, 125: 0xdb, 126: 0xdc, 127: 0xdd,
}

_K = Qt.Key
_KEYSYMS = {
    _K.Key_Escape: 0xff1b, _K.Key_Tab: 0xff09, _K.Key_Backtab: 0xfe20, _K.Key_Backspace: 0xff08,
    _K.Key_Return: 0xff0d, _K.Key_Enter: 0xff8d, _K.Key_Insert: 0xff63, _K.Key_Delete: 0xffff,
    _K.Key_Pause: 0xff13, _K.Key_Print: 0xff61, _K.Key_SysReq: 0xff15, _K.Key_Clear: 0xff0b,
    _K.Key_Home: 0xff50, _K.Key_End: 0xff57, _K.Key_Left: 0xff51, _K.Key_Up: 0xff52, _K.Key_Right: 0xff53,
    _K.Key_Down: 0xff54, _K.Key_PageUp: 0xff55, _K.Key_PageDown: 0xff56, _K.Key_Shift: 0xffe1,
    _K.Key_Control: 0xffe3, _K.Key_Meta: 0xffeb, _K.Key_Alt: 0xffe9, _K.Key_AltGr: 0xfe03,
    _K.Key_CapsLock: 0xffe5, _K.Key_NumLock: 0xff7f, _K.Key_ScrollLock: 0xff14, _K.Key_Super_L: 0xffeb,
    _K.Key_Super_R: 0xffec, _K.Key_Menu: 0xff67, _K.Key_Space: 0x20,
}
_KEYSYMS_BY_VALUE = {key.value: keysym for key, keysym in _KEYSYMS.items()}
_KEYSYMS_BY_VALUE.update({_K.Key_F1.value + n: 0xffbe + n for n in range(24)})


def xt_scan_code(evdev: int) -> int | None:
    """The XT scan code (QEMU's numbering) of a Linux key code, None for keys without one."""
    if 0 < evdev <= 88:
        return evdev
    return _EVDEV_TO_XT.get(evdev)


def keysym_of(key: int, text: str, shifted: bool) -> int | None:
    """The X keysym of a Qt key event (None: none known)."""
    special = _KEYSYMS_BY_VALUE.get(int(key))
    if special is not None:
        return special
    if len(text) == 1 and ord(text) >= 0x20 and text != "\x7f":
        code = ord(text)
        return code if code < 0x100 else 0x01000000 + code
    if 0x20 <= key <= 0x7e:  # with Ctrl the text is a control character: the key names the character
        character = chr(key)
        return ord(character if shifted else character.lower())
    if 0xa0 <= key <= 0xff:
        return key
    return None


class ScaleMode(enum.Enum):
    FIT = "fit"
    ORIGINAL = "original"
    RESIZE_GUEST = "resize-guest"


class VncWidget(QAbstractScrollArea):
    """Shows one VncSession; any number of widgets may show the same session."""

    grab_changed = Signal(bool)
    fullscreen_toggled = Signal()
    """Ctrl+Alt+F was pressed (the key is not sent to the guest)."""

    def __init__(self, session: VncSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vnc-display")
        self.session = session
        self.scale_mode = ScaleMode.FIT
        self.relative_pointer = False
        self.grabbed = False
        self.scan_codes_from_platform = QGuiApplication.platformName() in ("xcb", "wayland")
        self._buttons = 0
        self._pressed: dict[int, tuple[int, int | None]] = {}
        self._guest_pointer = QPointF(0, 0)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.viewport().setMouseTracking(True)
        self.viewport().setAutoFillBackground(False)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.hint = QLabel(self.tr("Press Ctrl+Alt to release the pointer"), self.viewport())
        self.hint.setObjectName("release-hint")
        self.hint.setStyleSheet("background: rgba(0, 0, 0, 170); color: white; padding: 4px 10px;"
                                "border-radius: 4px")
        self.hint.hide()
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_DELAY_MS)
        self._resize_timer.timeout.connect(self._ask_guest_size)
        session.frame_changed.connect(self._frame_changed)
        session.screen_resized.connect(self._screen_resized)
        session.cursor_changed.connect(self._cursor_changed)
        session.state_changed.connect(self._state_changed)
        session.capabilities_changed.connect(self._state_changed)
        self._cursor_changed()
        self._update_scroll_bars()

    # -- geometry
    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 120)

    def set_scale_mode(self, mode: ScaleMode) -> None:
        self.scale_mode = mode
        self._update_scroll_bars()
        self.viewport().update()
        if mode is ScaleMode.RESIZE_GUEST:
            self._resize_timer.start()

    def target_rect(self) -> QRectF:
        """Where the screen is drawn in the viewport."""
        image = self.session.image
        if image.isNull():
            return QRectF()
        view = self.viewport().size()
        width, height = image.width(), image.height()
        if self.scale_mode is ScaleMode.ORIGINAL:
            x = (view.width() - width) // 2 if width <= view.width() else -self.horizontalScrollBar().value()
            y = (view.height() - height) // 2 if height <= view.height() else -self.verticalScrollBar().value()
            return QRectF(x, y, width, height)
        scale = min(view.width() / width, view.height() / height)
        shown = QSize(max(1, round(width * scale)), max(1, round(height * scale)))
        return QRectF((view.width() - shown.width()) // 2, (view.height() - shown.height()) // 2,
                      shown.width(), shown.height())

    def guest_point(self, position: QPointF) -> QPoint:
        """The screen pixel under a point of the viewport."""
        target = self.target_rect()
        image = self.session.image
        if target.isEmpty():
            return QPoint(0, 0)
        x = (position.x() - target.x()) * image.width() / target.width()
        y = (position.y() - target.y()) * image.height() / target.height()
        return QPoint(min(max(int(x), 0), image.width() - 1), min(max(int(y), 0), image.height() - 1))

    def _view_rect(self, rect: QRect) -> QRect:
        target = self.target_rect()
        image = self.session.image
        sx, sy = target.width() / image.width(), target.height() / image.height()
        return QRectF(target.x() + rect.x() * sx, target.y() + rect.y() * sy, rect.width() * sx,
                      rect.height() * sy).toAlignedRect().adjusted(-1, -1, 1, 1)

    def _update_scroll_bars(self) -> None:
        image = self.session.image
        original = self.scale_mode is ScaleMode.ORIGINAL and not image.isNull()
        policy = Qt.ScrollBarPolicy.ScrollBarAsNeeded if original else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        self.setHorizontalScrollBarPolicy(policy)
        self.setVerticalScrollBarPolicy(policy)
        view = self.viewport().size()
        for bar, size, page in ((self.horizontalScrollBar(), image.width(), view.width()),
                                (self.verticalScrollBar(), image.height(), view.height())):
            bar.setRange(0, max(0, size - page) if original else 0)
            bar.setPageStep(page)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scroll_bars()
        self._place_hint()
        if self.scale_mode is ScaleMode.RESIZE_GUEST:
            self._resize_timer.start()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def _ask_guest_size(self) -> None:
        view = self.viewport().size()
        if self.scale_mode is ScaleMode.RESIZE_GUEST and view.width() > 0 and view.height() > 0:
            image = self.session.image
            if (image.width(), image.height()) != (view.width(), view.height()):
                self.session.request_size(view.width(), view.height())

    # -- what the session says
    def _frame_changed(self, rects: list[QRect]) -> None:
        viewport = self.viewport()
        if len(rects) > 16:
            viewport.update()
            return
        for rect in rects:
            viewport.update(self._view_rect(rect))

    def _screen_resized(self, _width: int, _height: int) -> None:
        self._update_scroll_bars()
        self.viewport().update()

    def _state_changed(self) -> None:
        if self.session.client is None:
            self.release_grab()
        elif self.scale_mode is ScaleMode.RESIZE_GUEST:
            self._resize_timer.start()
        self.viewport().update()

    def _cursor_changed(self) -> None:
        cursor = self.session.cursor
        if self.grabbed:
            self.viewport().setCursor(Qt.CursorShape.BlankCursor)
        elif cursor is None:
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
        elif cursor.image.isNull():
            self.viewport().setCursor(Qt.CursorShape.BlankCursor)
        else:
            self.viewport().setCursor(QCursor(QPixmap.fromImage(cursor.image), cursor.hot_x, cursor.hot_y))

    # -- painting
    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._paint(event)  # type: ignore[arg-type]
            return True
        return super().viewportEvent(event)

    def _paint(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        area = event.rect()
        image = self.session.image
        target = self.target_rect()
        if not target.contains(QRectF(area)):
            painter.fillRect(area, BACKGROUND)
        if not image.isNull():
            shown = QRectF(area).intersected(target)
            if not shown.isEmpty():
                sx, sy = image.width() / target.width(), image.height() / target.height()
                source = QRectF((shown.x() - target.x()) * sx, (shown.y() - target.y()) * sy,
                                shown.width() * sx, shown.height() * sy)
                if (sx, sy) != (1.0, 1.0):
                    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, sx > 1.0)
                painter.drawImage(shown, image, source)
        painter.end()

    # -- keyboard
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self.session.client is not None:
            event.accept()  # every key goes to the guest while the display has the focus
            return True
        return super().event(event)

    def focusNextPrevChild(self, _next: bool) -> bool:
        return False  # Tab is the guest's

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers()
        control_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        if event.key() == Qt.Key.Key_F and modifiers & control_alt == control_alt:
            self.fullscreen_toggled.emit()
            return
        self._key(event, True)
        # Qt may leave the modifier of the key itself out of modifiers()
        if self.grabbed and (event.key() == Qt.Key.Key_Control and modifiers & Qt.KeyboardModifier.AltModifier
                             or event.key() == Qt.Key.Key_Alt and modifiers & Qt.KeyboardModifier.ControlModifier):
            self.release_grab()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if not event.isAutoRepeat():
            self._key(event, False)

    def _key(self, event: QKeyEvent, down: bool) -> None:
        identity = event.nativeScanCode() or event.key()
        if not down:
            sent = self._pressed.pop(identity, None)
            if sent is not None:
                self.session.key(sent[0], False, sent[1])
            return
        keysym = keysym_of(event.key(), event.text(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
        scancode = None
        if self.scan_codes_from_platform and event.nativeScanCode() > X11_KEYCODE_OFFSET:
            scancode = xt_scan_code(event.nativeScanCode() - X11_KEYCODE_OFFSET)
        if self.scan_codes_from_platform and event.nativeVirtualKey():
            keysym = event.nativeVirtualKey()
        if keysym is None and (scancode is None or not self.session.supports_scan_codes):
            return
        self._pressed[identity] = (keysym or 0, scancode)
        self.session.key(keysym or 0, True, scancode)

    def release_keys(self) -> None:
        """Lets go of every key the guest was told is held."""
        pressed, self._pressed = self._pressed, {}
        for keysym, scancode in pressed.values():
            self.session.key(keysym, False, scancode)

    def send_combination(self, codes: Sequence[int]) -> bool:
        """Presses the keys (Linux key codes) in order and lets go of them in reverse; False when no session is
        connected."""
        if self.session.client is None:
            return False
        keys = [(key_codes.keysym(code), xt_scan_code(code)) for code in codes]
        for sym, scancode in keys:
            self.session.key(sym, True, scancode)
        for sym, scancode in reversed(keys):
            self.session.key(sym, False, scancode)
        return True

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.release_keys()
        super().focusOutEvent(event)

    # -- pointer
    def _send_pointer(self, position: QPointF) -> None:
        if self.grabbed:
            center = QPointF(self.viewport().rect().center())
            delta = position - center
            if delta.isNull():
                return
            image = self.session.image
            self._guest_pointer = QPointF(min(max(self._guest_pointer.x() + delta.x(), 0), image.width() - 1),
                                          min(max(self._guest_pointer.y() + delta.y(), 0), image.height() - 1))
            QCursor.setPos(self.viewport().mapToGlobal(center.toPoint()))
            point = self._guest_pointer.toPoint()
        else:
            point = self.guest_point(position)
        self.session.pointer(point.x(), point.y(), self._buttons)

    def _button_mask(self, buttons: Qt.MouseButton) -> int:
        mask = 0
        for bit, button in ((1, Qt.MouseButton.LeftButton), (2, Qt.MouseButton.MiddleButton),
                            (4, Qt.MouseButton.RightButton)):
            if buttons & button:
                mask |= bit
        return mask

    def _mouse(self, event: QMouseEvent) -> None:
        """A mouse event of the viewport (in its coordinates, as QAbstractScrollArea hands them on)."""
        if self.session.client is None:
            return
        if event.type() == QEvent.Type.MouseButtonPress and self.relative_pointer and not self.grabbed:
            self.grab_pointer()
            return
        self._buttons = self._button_mask(event.buttons())
        self._send_pointer(event.position())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._mouse(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._mouse(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._mouse(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._mouse(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.session.client is None:
            return
        if self.scale_mode is ScaleMode.ORIGINAL and not self.grabbed and event.modifiers() \
                & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)
            return
        delta = event.angleDelta()
        bit = 8 if delta.y() > 0 else 16 if delta.y() < 0 else 32 if delta.x() > 0 else 64 if delta.x() < 0 else 0
        if not bit:
            return
        point = self._guest_pointer.toPoint() if self.grabbed else self.guest_point(event.position())
        self.session.pointer(point.x(), point.y(), self._buttons | bit)
        self.session.pointer(point.x(), point.y(), self._buttons)

    def grab_pointer(self) -> None:
        """Relative mode: the pointer is hidden and kept in the display until Ctrl+Alt."""
        if self.grabbed:
            return
        self.grabbed = True
        image = self.session.image
        self._guest_pointer = QPointF(image.width() / 2, image.height() / 2)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.viewport().grabMouse()
        self.grabKeyboard()
        QCursor.setPos(self.viewport().mapToGlobal(self.viewport().rect().center()))
        self._cursor_changed()
        self._place_hint()
        self.hint.show()
        self.hint.raise_()
        self.grab_changed.emit(True)

    def release_grab(self) -> None:
        if not self.grabbed:
            return
        self.grabbed = False
        self.viewport().releaseMouse()
        self.releaseKeyboard()
        self.release_keys()
        self.hint.hide()
        self._cursor_changed()
        self.grab_changed.emit(False)

    def _place_hint(self) -> None:
        self.hint.adjustSize()
        self.hint.move((self.viewport().width() - self.hint.width()) // 2, 8)

    # -- screenshot
    def save_screenshot(self, path: str) -> Task:
        """Writes the screen as shown now to a PNG file (on the file worker); the task's result is the path."""
        return submit(file_executor(), _write_png, self.session.image.copy(), path,
                      description=self.tr("Saving a screenshot to {path}").format(path=path))


def _write_png(image: QImage, path: str) -> str:
    if image.isNull() or not image.save(path, "PNG"):
        raise OSError(0, QCoreApplication.translate("VncWidget", "Could not write {path}").format(path=path))
    return path

"""The serial and text console of a VM: a VT100/xterm terminal (pyte) on the VM's console stream
(model/serial_stream.py), with colours, cursor, scrollback, copy and paste, and a chooser when the VM has several
consoles. When the console closes it says why and offers to connect again.

The guest's output is interpreted as it arrives, a bounded share of each frame at a time, and only the lines it
changed are painted, at most ~30 times a second, so a fast boot log never holds up the window.
"""

from __future__ import annotations

import itertools
import time
from collections import deque

import pyte
from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QGuiApplication,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pyte.screens import Char, Margins

from virtdesk.console.terminal_keys import key_bytes
from virtdesk.model.connection import Connection
from virtdesk.model.domain import Domain
from virtdesk.model.serial_stream import ConsoleDevice, ConsoleEnd, SerialStream, console_devices

FRAME_MS = 33
FEED_SECONDS = 0.012  # of each frame spent interpreting output; the rest stays with the window
FEED_SLICE = 512
BACKLOG_LIMIT = 1 << 20  # output not yet interpreted beyond this is skipped (its newest part is kept)
BACKLOG_KEPT = 1 << 16
SCROLLBACK_LINES = 5000
SHARED_CELLS = 1 << 16
APPLICATION_CURSOR = 1 << 5  # DECCKM, as pyte numbers private modes
BRACKETED_PASTE = 2004 << 5
BACKGROUND = QColor("#1e1e1e")
FOREGROUND = QColor("#d0d0d0")
SELECTION = QColor("#3a5f8f")
_NAMED = {"black": "#000000", "red": "#cd3131", "green": "#0dbc79", "brown": "#e5e510", "blue": "#2472c8",
          "magenta": "#bc3fbc", "cyan": "#11a8cd", "white": "#e5e5e5", "brightblack": "#666666",
          "brightred": "#f14c4c", "brightgreen": "#23d18b", "brightbrown": "#f5f543", "brightblue": "#3b8eea",
          "brightmagenta": "#d670d6", "brightcyan": "#29b8db", "brightwhite": "#ffffff"}
_COLOURS = {name: QColor(value) for name, value in _NAMED.items()}


class TerminalScreen(pyte.Screen):
    """pyte's screen keeping the lines that scroll off its top, shrinking from the top (into the scrollback) so
    the cursor line stays in view, and gathering its answers to the guest's queries (cursor position, device
    attributes) until they are taken. Gathered rather than handed to a callback of the view: a callback holding
    the view would make a reference cycle (view, screen, callback) that keeps a closed view in memory until the
    cyclic collector runs."""

    def __init__(self, columns: int, lines: int, scrollback: int = SCROLLBACK_LINES) -> None:
        self.scrollback: deque[tuple[Char, ...]] = deque(maxlen=scrollback)
        self.scrolled = 0  # lines that went into the scrollback since the count was last taken
        self._answers: list[str] = []
        self._shared: dict[Char, Char] = {}
        super().__init__(columns, lines)

    def keep(self, line: dict[int, Char]) -> None:
        """Moves a line into the scrollback, compactly: a tuple without its trailing blanks, equal cells sharing
        one object (a screen line holds a dict with one object per cell)."""
        cells = [line[x] for x in range(self.columns)]
        while cells and cells[-1] == self.default_char:
            cells.pop()
        if len(self._shared) > SHARED_CELLS:
            self._shared.clear()
        self.scrollback.append(tuple(self._shared.setdefault(cell, cell) for cell in cells))
        self.scrolled += 1

    def cells(self, line: dict[int, Char] | tuple[Char, ...]) -> list[Char]:
        """A screen or scrollback line as exactly one cell per column."""
        if isinstance(line, tuple):
            return [*line[:self.columns], *[self.default_char] * (self.columns - len(line))]
        return [line[x] for x in range(self.columns)]

    def write_process_input(self, data: str) -> None:
        self._answers.append(data)

    def take_answers(self) -> str:
        """The answers gathered since they were last taken."""
        answers, self._answers = "".join(self._answers), []
        return answers

    def index(self) -> None:
        top, bottom = self.margins or Margins(0, self.lines - 1)
        if self.cursor.y == bottom and top == 0:
            self.keep(self.buffer[0])
        super().index()

    def resize(self, lines: int | None = None, columns: int | None = None) -> None:
        lines, columns = lines or self.lines, columns or self.columns
        if (lines, columns) == (self.lines, self.columns):
            return
        if lines < self.lines:
            drop = max(0, self.cursor.y + 1 - lines)
            kept = [self.buffer[y] for y in range(drop, drop + lines)]
            for y in range(drop):
                self.keep(self.buffer[y])
            self.buffer.clear()
            self.buffer.update(enumerate(kept))
            self.cursor.y -= drop
        if columns < self.columns:
            for line in self.buffer.values():
                for x in range(columns, self.columns):
                    line.pop(x, None)
        self.tabstops.update(range(-(-self.columns // 8) * 8, columns, 8))  # those of the new columns
        self.lines, self.columns = lines, columns
        self.set_margins()
        self.ensure_hbounds()
        self.ensure_vbounds()
        self.dirty.update(range(lines))


class TerminalView(QAbstractScrollArea):
    """The terminal: `feed` it what the guest writes; `typed` carries what the user types (keys, pastes) and the
    terminal's answers to the guest. The scroll bar goes through the scrollback."""

    typed = Signal(bytes)
    size_changed = Signal(int, int)  # columns, lines

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        self.setFont(font)
        self._fonts = {flags: self._variant(font, *flags) for flags in itertools.product((False, True), repeat=4)}
        metrics = QFontMetrics(font)
        self.cell_width = max(1, metrics.horizontalAdvance("M"))
        self.cell_height = max(1, metrics.height())
        self._ascent = metrics.ascent()
        self.screen = TerminalScreen(80, 24)
        self._stream = pyte.ByteStream(self.screen)
        self._backlog = bytearray()
        self._frame = QTimer(self)
        self._frame.setSingleShot(True)
        self._frame.setInterval(FRAME_MS)
        self._frame.timeout.connect(self._next_frame)
        self._cursor_drawn: tuple[int, int] = (0, 0)
        self._anchor: tuple[int, int] | None = None  # selection: (absolute line, column) where it started
        self._extent: tuple[int, int] | None = None
        self.frames = 0  # frames painted so far (for tests and benchmarks)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.viewport().setAutoFillBackground(False)
        self._update_scroll_range(follow=True)

    @staticmethod
    def _variant(font: QFont, bold: bool, italic: bool, underline: bool, strike_out: bool) -> QFont:
        variant = QFont(font)
        variant.setBold(bold)
        variant.setItalic(italic)
        variant.setUnderline(underline)
        variant.setStrikeOut(strike_out)
        return variant

    # -- output

    def feed(self, data: bytes) -> None:
        """Takes what the guest wrote; it shows within a frame."""
        self._backlog += data
        if len(self._backlog) > BACKLOG_LIMIT:
            del self._backlog[:-BACKLOG_KEPT]
            self._backlog[:0] = b"\r\n\x1b[0m[...]\r\n"
        if not self._frame.isActive():
            self._frame.start()

    @property
    def pending(self) -> int:
        """Bytes received but not yet on the screen."""
        return len(self._backlog)

    def clear(self) -> None:
        """Empties the screen and the scrollback."""
        self._backlog.clear()
        self.screen.reset()
        self.screen.scrollback.clear()
        self._select(None, None)
        self._update_scroll_range(follow=True)
        self.viewport().update()

    def text_lines(self) -> list[str]:
        """The scrollback and the screen as text, one string per line (trailing blanks dropped)."""
        return [self._line_text(self.screen.cells(line), 0, self.screen.columns).rstrip() for line in self._lines()]

    def _next_frame(self) -> None:
        deadline = time.monotonic() + FEED_SECONDS
        while self._backlog and time.monotonic() < deadline:
            chunk = bytes(self._backlog[:FEED_SLICE])
            del self._backlog[:FEED_SLICE]
            self._stream.feed(chunk)
            answers = self.screen.take_answers()
            if answers:
                self.typed.emit(answers.encode())
        self._show_changes()
        if self._backlog:
            self._frame.start()

    def _show_changes(self) -> None:
        screen = self.screen
        scrolled, screen.scrolled = screen.scrolled, 0
        bar = self.verticalScrollBar()
        following = bar.value() >= bar.maximum()
        self._update_scroll_range(follow=following)
        if not following or (scrolled and self._anchor is not None):
            self.viewport().update()
        else:
            rows = set(screen.dirty)
            cursor = (screen.cursor.y, screen.cursor.x)
            rows.update((self._cursor_drawn[0], cursor[0]))
            for row in rows:
                self.viewport().update(QRect(0, row * self.cell_height, self.viewport().width(), self.cell_height))
        screen.dirty.clear()
        self.frames += 1

    def _update_scroll_range(self, follow: bool) -> None:
        bar = self.verticalScrollBar()
        bar.setRange(0, len(self.screen.scrollback))
        bar.setPageStep(self.screen.lines)
        if follow:
            bar.setValue(bar.maximum())

    # -- painting

    def _lines(self) -> list[dict[int, Char] | tuple[Char, ...]]:
        screen = self.screen
        return [*screen.scrollback, *(screen.buffer[y] for y in range(screen.lines))]

    def _line(self, absolute: int) -> list[Char]:
        """The cells of the line at absolute (scrollback first, then the screen)."""
        scrollback = self.screen.scrollback
        if absolute < len(scrollback):
            return self.screen.cells(scrollback[absolute])
        return self.screen.cells(self.screen.buffer[absolute - len(scrollback)])

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self.viewport())
        area = event.rect()
        painter.fillRect(area, BACKGROUND)
        top = self.verticalScrollBar().value()
        total = len(self.screen.scrollback) + self.screen.lines
        first = max(0, area.top() // self.cell_height)
        last = min(self.screen.lines - 1, area.bottom() // self.cell_height)
        painter_state: list = [None, None]
        for row in range(first, last + 1):
            if top + row < total:
                self._paint_line(painter, row, top + row, painter_state)
        self._paint_cursor(painter, top)
        painter.end()

    def _colour(self, name: str, default: QColor, bold: bool = False) -> QColor:
        if name == "default":
            return default
        if bold and name in _NAMED and not name.startswith("bright"):
            name = "bright" + name
        colour = _COLOURS.get(name)
        return colour if colour is not None else QColor("#" + name)

    def _paint_line(self, painter: QPainter, row: int, absolute: int, painter_state: list) -> None:
        """Paints one line in runs of equal attributes; painter_state holds the font and pen set last."""
        line = self._line(absolute)
        selected = self._selected_columns(absolute)
        y = row * self.cell_height
        x = 0
        columns = self.screen.columns
        while x < columns:
            char = line[x]
            start, text = x, [char.data]
            x += 1
            while x < columns:
                following = line[x]
                if following[1:] != char[1:] or ((start in selected) != (x in selected)):
                    break
                text.append(following.data)
                x += 1
            foreground = self._colour(char.fg, FOREGROUND, char.bold)
            background = self._colour(char.bg, BACKGROUND)
            if char.reverse:
                foreground, background = background, foreground
            if start in selected:
                background = SELECTION
            rect = QRect(start * self.cell_width, y, (x - start) * self.cell_width, self.cell_height)
            if background != BACKGROUND:
                painter.fillRect(rect, background)
            content = "".join(text)
            if content.strip():
                font = self._fonts[(char.bold, char.italics, char.underscore, char.strikethrough)]
                if font is not painter_state[0]:
                    painter.setFont(font)
                if foreground != painter_state[1]:
                    painter.setPen(foreground)
                painter_state[:] = [font, foreground]
                painter.drawText(QPoint(rect.left(), y + self._ascent), content)

    def _paint_cursor(self, painter: QPainter, top: int) -> None:
        screen = self.screen
        row = len(screen.scrollback) + screen.cursor.y - top
        self._cursor_drawn = (screen.cursor.y, screen.cursor.x)
        if screen.cursor.hidden or not 0 <= row < screen.lines:
            return
        rect = QRect(screen.cursor.x * self.cell_width, row * self.cell_height, self.cell_width, self.cell_height)
        if self.hasFocus():
            painter.fillRect(rect, FOREGROUND)
            char = screen.buffer[screen.cursor.y][screen.cursor.x]
            if char.data.strip():
                painter.setFont(self._fonts[(char.bold, char.italics, False, False)])
                painter.setPen(BACKGROUND)
                painter.drawText(QPoint(rect.left(), rect.top() + self._ascent), char.data)
        else:
            painter.setPen(FOREGROUND)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))

    # -- size

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        size = self.viewport().size()
        columns = max(10, size.width() // self.cell_width)
        lines = max(2, size.height() // self.cell_height)
        if (columns, lines) != (self.screen.columns, self.screen.lines):
            self.screen.resize(lines, columns)
            self.screen.scrolled = 0
            self._update_scroll_range(follow=True)
            self.viewport().update()
            self.size_changed.emit(columns, lines)

    # -- keys, mouse, clipboard

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._is_terminal_key(
                event):
            event.accept()  # Ctrl+letter belongs to the guest (Ctrl+W erases a word there), not the window
            return True
        return super().event(event)

    @staticmethod
    def _is_terminal_key(event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return modifiers == Qt.KeyboardModifier.ControlModifier and Qt.Key.Key_A <= event.key() <= Qt.Key.Key_Z

    def focusNextPrevChild(self, _next: bool) -> bool:  # noqa: N802 - Qt's name
        return False  # Tab goes to the guest

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if self._shifted(event, Qt.Key.Key_C):
            self.copy()
            return
        if self._shifted(event, Qt.Key.Key_V) or (
                event.key() == Qt.Key.Key_Insert and event.modifiers() == Qt.KeyboardModifier.ShiftModifier):
            self.paste()
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and event.key() in (Qt.Key.Key_PageUp,
                                                                                    Qt.Key.Key_PageDown):
            bar = self.verticalScrollBar()
            step = bar.pageStep() if event.key() == Qt.Key.Key_PageDown else -bar.pageStep()
            bar.setValue(bar.value() + step)
            return
        data = key_bytes(event.key(), event.modifiers(), event.text(),
                         APPLICATION_CURSOR in self.screen.mode)
        if data:
            self._scroll_to_end()
            self.typed.emit(data)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 - Qt's name
        if event.commitString():
            self._scroll_to_end()
            self.typed.emit(event.commitString().encode())
        event.accept()

    @staticmethod
    def _shifted(event: QKeyEvent, key: Qt.Key) -> bool:
        wanted = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        return event.key() == key and event.modifiers() & wanted == wanted

    def _scroll_to_end(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def copy(self) -> None:
        text = self.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def paste(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text:
            return
        data = text.replace("\r\n", "\r").replace("\n", "\r").encode()
        if BRACKETED_PASTE in self.screen.mode:
            data = b"\x1b[200~" + data + b"\x1b[201~"
        self._scroll_to_end()
        self.typed.emit(data)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        menu = QMenu(self)
        copy = menu.addAction(self.tr("Copy"), self.copy)
        copy.setShortcut(QKeySequence("Ctrl+Shift+C"))
        copy.setEnabled(bool(self.selected_text()))
        paste = menu.addAction(self.tr("Paste"), self.paste)
        paste.setShortcut(QKeySequence("Ctrl+Shift+V"))
        menu.addSeparator()
        menu.addAction(self.tr("Clear Scrollback and Screen"), self.clear)
        menu.exec(event.globalPos())

    def _cell_at(self, position: QPoint) -> tuple[int, int]:
        row = max(0, min(self.screen.lines - 1, position.y() // self.cell_height))
        column = max(0, min(self.screen.columns, round(position.x() / self.cell_width)))
        return self.verticalScrollBar().value() + row, column

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            cell = self._cell_at(event.position().toPoint())
            self._select(cell, cell)
        elif event.button() == Qt.MouseButton.MiddleButton:
            text = QGuiApplication.clipboard().text(QGuiApplication.clipboard().Mode.Selection)
            if text:
                self.typed.emit(text.replace("\n", "\r").encode())
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._anchor is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._select(self._anchor, self._cell_at(event.position().toPoint()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        text = self.selected_text()
        clipboard = QGuiApplication.clipboard()
        if text and clipboard.supportsSelection():
            clipboard.setText(text, clipboard.Mode.Selection)
        super().mouseReleaseEvent(event)

    def select(self, start: tuple[int, int], end: tuple[int, int]) -> None:
        """Selects from (absolute line, column) to (absolute line, column), the end's column excluded."""
        self._select(start, end)

    def _select(self, start: tuple[int, int] | None, end: tuple[int, int] | None) -> None:
        self._anchor, self._extent = start, end
        self.viewport().update()

    def _ordered_selection(self) -> tuple[tuple[int, int], tuple[int, int]] | None:
        if self._anchor is None or self._extent is None or self._anchor == self._extent:
            return None
        start, end = sorted((self._anchor, self._extent))
        return start, end

    def _selected_columns(self, absolute: int) -> range:
        selection = self._ordered_selection()
        if selection is None:
            return range(0)
        (first_line, first_column), (last_line, last_column) = selection
        if not first_line <= absolute <= last_line:
            return range(0)
        return range(first_column if absolute == first_line else 0,
                      last_column if absolute == last_line else self.screen.columns)

    def selected_text(self) -> str:
        selection = self._ordered_selection()
        if selection is None:
            return ""
        (first_line, _), (last_line, _) = selection
        total = len(self.screen.scrollback) + self.screen.lines
        lines = []
        for absolute in range(first_line, min(last_line, total - 1) + 1):
            columns = self._selected_columns(absolute)
            text = self._line_text(self._line(absolute), columns.start, columns.stop)
            lines.append(text.rstrip() if columns.stop == self.screen.columns else text)
        return "\n".join(lines)

    @staticmethod
    def _line_text(line: list[Char], start: int, stop: int) -> str:
        return "".join(line[x].data for x in range(start, stop))


class SerialConsole(QWidget):
    """The VM's text console: a chooser (when it has several), the terminal, and what to do when it closed."""

    stream_class = SerialStream

    def __init__(self, connection: Connection, domain: Domain, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connection = connection
        self.domain = domain
        self.stream: SerialStream | None = None
        self.devices: list[ConsoleDevice] = []
        self.chooser = QComboBox()
        self.chooser.setObjectName("console-chooser")
        self.chooser.currentIndexChanged.connect(self._switch_console)
        self.chooser_label = QLabel(self.tr("Console:"))
        self.chooser_label.setBuddy(self.chooser)
        self.terminal = TerminalView()
        self.terminal.typed.connect(self._typed)
        self.message = QLabel()
        self.message.setObjectName("console-message")
        self.message.setWordWrap(True)
        self.reconnect_button = QPushButton(self.tr("Reconnect"))
        self.reconnect_button.clicked.connect(self.reconnect)
        top = QHBoxLayout()
        top.addWidget(self.chooser_label)
        top.addWidget(self.chooser, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.reconnect_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.terminal, 1)
        layout.addLayout(bottom)
        connection.domain_changed.connect(self._domain_changed)
        connection.state_changed.connect(self._connection_changed)
        self._fill_chooser()
        self.setFocusProxy(self.terminal)

    def _fill_chooser(self) -> None:
        self.devices = console_devices(self.domain.xml) if self.domain.xml else []
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for device in self.devices:
            self.chooser.addItem(device.label)
        self.chooser.blockSignals(False)
        several = len(self.devices) > 1
        self.chooser.setVisible(several)
        self.chooser_label.setVisible(several)
        if self.devices:
            self.connect_console()
        else:
            self._show_end(self.tr("This VM has no serial port or text console."), can_retry=False)

    @property
    def device(self) -> ConsoleDevice | None:
        index = self.chooser.currentIndex()
        return self.devices[index] if 0 <= index < len(self.devices) else None

    def connect_console(self, force: bool = False) -> None:
        """Opens the chosen console (closing the one open); force takes it from another client."""
        self._drop_stream()
        device = self.device
        if device is None:
            return
        self._show_state(self.tr("Connecting to {console}…").format(console=device.label))
        stream = self.stream_class(self.connection, self.domain, device.alias, force=force, parent=self)
        stream.opened.connect(self._opened)
        stream.received.connect(self.terminal.feed)
        stream.closed.connect(self._closed)
        self.stream = stream

    def _switch_console(self) -> None:
        self.terminal.clear()  # what another console showed is not this one's
        self.connect_console()

    def reconnect(self) -> None:
        stream = self.stream
        self.connect_console(force=stream is not None and stream.end is not None and stream.end.takes_over)

    def _drop_stream(self) -> None:
        stream, self.stream = self.stream, None
        if stream is not None:
            stream.opened.disconnect(self._opened)
            stream.received.disconnect(self.terminal.feed)
            stream.closed.disconnect(self._closed)
            stream.close()
            stream.deleteLater()

    def _typed(self, data: bytes) -> None:
        if self.stream is not None:
            self.stream.send(data)

    def _opened(self) -> None:
        self.message.clear()
        self.message.hide()
        self.reconnect_button.hide()

    def _closed(self, reason: str) -> None:
        end = self.stream.end if self.stream is not None else None
        self._show_end(reason, can_retry=True, take_over=end is not None and end.takes_over)

    def _show_state(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.reconnect_button.hide()

    def _show_end(self, reason: str, can_retry: bool, take_over: bool = False) -> None:
        self.message.setText(reason)
        self.message.show()
        self.reconnect_button.setText(self.tr("Take Over the Console") if take_over else self.tr("Reconnect"))
        self.reconnect_button.setVisible(can_retry)

    def _domain_changed(self, changed: Domain) -> None:
        """A console that closed because the VM stopped opens again when it runs again."""
        stream = self.stream
        if changed is self.domain and changed.is_active and stream is not None and stream.end is ConsoleEnd.STOPPED:
            if console_devices(changed.xml) != self.devices:
                self._fill_chooser()
            else:
                self.connect_console()

    def _connection_changed(self) -> None:
        """A console that closed because the connection went opens again when it is back, taken over: the host
        may not have noticed yet that the client holding it, the lost connection, is gone."""
        stream = self.stream
        if (self.connection.is_active and stream is not None and stream.end is ConsoleEnd.LOST
                and self.domain.is_active):
            self.connect_console(force=True)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._drop_stream()
        super().closeEvent(event)

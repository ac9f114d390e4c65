"""The serial console offscreen: which console devices a VM offers, the terminal (colours, cursor, scrollback,
resizing, keys, copy and paste, answers to the guest's queries, painting only changed lines and a flood that never
holds the window), and the console widget's chooser and what it does when a console ends (with a stand-in for the
libvirt stream; the test driver has no consoles at all, which it says), and a console that could not open freed
with its terminal and stream once closed."""

from __future__ import annotations

import time
import weakref

import pytest
from details_harness import open_connection
from freeing import left_behind
from PySide6.QtCore import QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication
from testhosts import write_host

from virtdesk.console.serial_widget import _COLOURS, BACKGROUND, FRAME_MS, SerialConsole, TerminalView
from virtdesk.console.terminal_keys import key_bytes
from virtdesk.model.serial_stream import ConsoleDevice, ConsoleEnd, SerialStream, console_devices

pytestmark = pytest.mark.gui

SERIAL = "<serial type='pty'><target port='0'/><alias name='serial0'/></serial>"
MIRROR = "<console type='pty'><target type='serial' port='0'/><alias name='serial0'/></console>"
VIRTIO = "<console type='pty'><target type='virtio' port='1'/><alias name='console1'/></console>"
FILE_SERIAL = "<serial type='file'><source path='/tmp/log'/><target port='1'/><alias name='serial1'/></serial>"


def vm(name: str, devices: str, state: int = 1) -> str:
    return (f"<domain type='test'><name>{name}</name><memory unit='MiB'>256</memory>"
            f"<os><type arch='x86_64'>hvm</type></os><devices>{devices}</devices>"
            f"<test:runstate>{state}</test:runstate></domain>")


def config(devices: str) -> str:
    return f"<domain type='kvm'><name>x</name><devices>{devices}</devices></domain>"


def test_the_consoles_of_a_vm_are_its_pty_serial_ports_and_text_consoles():
    assert console_devices(config(SERIAL + MIRROR)) == [ConsoleDevice("serial0", "Serial port 1")]
    assert console_devices(config(SERIAL + MIRROR + VIRTIO + FILE_SERIAL)) == [
        ConsoleDevice("serial0", "Serial port 1"), ConsoleDevice("console1", "Text console 2 (virtio)")]
    assert console_devices(config("<console type='pty'><target type='lxc' port='0'/></console>")) == [
        ConsoleDevice(None, "Console 1")]
    assert console_devices(config(FILE_SERIAL)) == []


@pytest.fixture
def terminal(qtbot):
    view = TerminalView()
    qtbot.addWidget(view)
    view.resize(640, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def settled(qtbot, view: TerminalView) -> None:
    qtbot.waitUntil(lambda: view.pending == 0 and not view._frame.isActive(), timeout=10000)


def cell_colour(view: TerminalView, row: int, column: int) -> QColor:
    image = view.viewport().grab().toImage()
    return image.pixelColor(column * view.cell_width + 1, row * view.cell_height + 1)


def test_the_terminal_shows_text_colours_and_the_cursor(qtbot, terminal):
    terminal.feed(b"plain \x1b[1;32mgreen\x1b[0m\r\n\x1b[41m  \x1b[0m after red\r\n\x1b[7mrev\x1b[0m")
    settled(qtbot, terminal)
    lines = terminal.text_lines()
    assert lines[:3] == ["plain green", "   after red", "rev"]
    assert terminal.screen.buffer[0][6].fg == "green" and terminal.screen.buffer[0][6].bold
    assert cell_colour(terminal, 1, 0) == _COLOURS["red"]
    assert cell_colour(terminal, 1, 5) == BACKGROUND
    assert (terminal.screen.cursor.y, terminal.screen.cursor.x) == (2, 3)
    terminal.feed(b"\x1b[H\x1b[2J\x1b[5;10Hxy")
    settled(qtbot, terminal)
    assert terminal.text_lines()[4] == " " * 9 + "xy"


def test_the_screen_follows_the_widget_size_and_shrinks_into_the_scrollback(qtbot, terminal):
    sizes = []
    terminal.size_changed.connect(lambda columns, lines: sizes.append((columns, lines)))
    terminal.resize(900, 600)
    qtbot.waitUntil(lambda: bool(sizes))
    columns, lines = sizes[-1]
    viewport = terminal.viewport().size()
    assert (columns, lines) == (viewport.width() // terminal.cell_width, viewport.height() // terminal.cell_height)
    assert (terminal.screen.columns, terminal.screen.lines) == (columns, lines)
    terminal.feed(b"".join(b"line %d\r\n" % n for n in range(lines - 1)) + b"last")
    settled(qtbot, terminal)
    terminal.resize(900, 300)
    qtbot.waitUntil(lambda: terminal.screen.lines < lines)
    assert terminal.text_lines()[-terminal.screen.lines:][-1] == "last"  # the cursor's line stays in view
    assert terminal.text_lines()[0] == "line 0"  # what went off the top is in the scrollback
    assert terminal.screen.cursor.y == terminal.screen.lines - 1


def test_the_scrollback_keeps_what_scrolled_away_and_the_scroll_bar_goes_through_it(qtbot, terminal):
    lines = terminal.screen.lines
    terminal.feed(b"".join(b"row %d\r\n" % n for n in range(200)))
    settled(qtbot, terminal)
    bar = terminal.verticalScrollBar()
    assert len(terminal.screen.scrollback) == 200 - lines + 1
    assert bar.maximum() == len(terminal.screen.scrollback) and bar.value() == bar.maximum()
    qtbot.keyClick(terminal, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ShiftModifier)
    assert bar.value() == bar.maximum() - lines
    terminal.feed(b"more\r\n")  # output while scrolled back leaves the view where it is
    settled(qtbot, terminal)
    assert bar.value() == bar.maximum() - lines - 1
    typed = []
    terminal.typed.connect(typed.append)
    qtbot.keyClicks(terminal, "a")  # typing goes back to the end
    assert typed == [b"a"] and bar.value() == bar.maximum()
    kept = terminal.screen.scrollback
    assert len(kept[0]) == len("row 0")  # no trailing blanks kept
    assert len({id(cell) for line in kept for cell in line}) <= len(set("row 0123456789"))  # equal cells shared


def test_only_changed_lines_are_painted(qtbot):
    painted: list[QRect] = []

    class Recording(TerminalView):
        def paintEvent(self, event):  # noqa: N802 - Qt's name
            painted.append(event.rect())
            super().paintEvent(event)

    view = Recording()
    qtbot.addWidget(view)
    view.resize(640, 400)
    view.show()
    qtbot.waitExposed(view)
    view.feed(b"one\r\ntwo\r\nthree")
    settled(qtbot, view)
    qtbot.wait(50)
    painted.clear()
    view.feed(b"!")
    settled(qtbot, view)
    qtbot.waitUntil(lambda: bool(painted))
    assert all(rect.top() == 2 * view.cell_height and rect.height() == view.cell_height for rect in painted)


def test_a_flood_of_output_never_holds_the_window_and_repaints_at_most_30_times_a_second(qtbot, terminal):
    log = b"".join(b"[ %8.6f] \x1b[32m OK \x1b[0m Started unit number %d of the boot.\r\n" % (n / 1000, n)
                   for n in range(2000))
    ticks, gaps = [], []

    def tick() -> None:
        now = time.monotonic()
        if ticks:
            gaps.append(now - ticks[-1])
        ticks.append(now)

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    start = time.monotonic()
    terminal.feed(log)
    assert terminal.pending > 0  # interpreted over several frames, not at once
    timer.start()
    settled(qtbot, terminal)
    elapsed = time.monotonic() - start
    timer.stop()
    frames = terminal.frames
    assert frames > 1
    assert terminal.text_lines()[-2].endswith("Started unit number 1999 of the boot.")
    assert max(gaps) < 0.5, max(gaps)  # the event loop kept running all along (unsliced: seconds)
    assert frames <= elapsed * 1000 / FRAME_MS + 2


def test_keys_become_the_sequences_an_xterm_sends(qtbot, terminal):
    typed: list[bytes] = []
    terminal.typed.connect(typed.append)
    keys = [(Qt.Key.Key_Up, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier),
            (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier), (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)]
    for key, modifiers in keys:
        qtbot.keyClick(terminal, key, modifiers)
    assert typed == [b"\x1b[A", b"\x1b[1;5D", b"\r", b"\x7f", b"\x03", b"\x1bOP", b"\x1b[15~", b"\x1b[3~",
                     b"\x1b[6~", b"\t", b"\x1bx"]
    assert terminal.hasFocus()  # Tab went to the guest, not to the next widget
    typed.clear()
    terminal.feed(b"\x1b[?1h")  # the guest asks for application cursor keys
    settled(qtbot, terminal)
    qtbot.keyClick(terminal, Qt.Key.Key_Up)
    assert typed == [b"\x1bOA"]
    typed.clear()
    composed = QInputMethodEvent()
    composed.setCommitString("é")
    QApplication.sendEvent(terminal, composed)
    assert typed == ["é".encode()]
    assert key_bytes(Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier, "") == b""
    assert key_bytes(Qt.Key.Key_BracketLeft, Qt.KeyboardModifier.ControlModifier, "") == b"\x1b"


def test_the_guests_queries_are_answered(qtbot, terminal):
    typed: list[bytes] = []
    terminal.typed.connect(typed.append)
    terminal.feed(b"\x1b[3;7H\x1b[6n")
    settled(qtbot, terminal)
    assert typed == [b"\x1b[3;7R"]


def test_copy_with_ctrl_shift_c_and_paste_with_ctrl_shift_v(qtbot, terminal):
    terminal.feed(b"hello world\r\nsecond line")
    settled(qtbot, terminal)
    terminal.select((0, 6), (1, 6))
    qtbot.keyClick(terminal, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QGuiApplication.clipboard().text() == "world\nsecond"
    typed: list[bytes] = []
    terminal.typed.connect(typed.append)
    QGuiApplication.clipboard().setText("ls -l\nuname")
    qtbot.keyClick(terminal, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    terminal.feed(b"\x1b[?2004h")
    settled(qtbot, terminal)
    qtbot.keyClick(terminal, Qt.Key.Key_Insert, Qt.KeyboardModifier.ShiftModifier)
    assert typed == [b"ls -l\runame", b"\x1b[200~ls -l\runame\x1b[201~"]


def test_a_selection_dragged_with_the_mouse_is_copied(qtbot, terminal):
    terminal.feed(b"drag me please")
    settled(qtbot, terminal)
    y = terminal.cell_height // 2
    qtbot.mousePress(terminal.viewport(), Qt.MouseButton.LeftButton, pos=QRect(5 * terminal.cell_width, y, 1, 1)
                     .topLeft())
    qtbot.mouseMove(terminal.viewport(), QRect(7 * terminal.cell_width, y, 1, 1).topLeft())
    qtbot.mouseRelease(terminal.viewport(), Qt.MouseButton.LeftButton,
                       pos=QRect(7 * terminal.cell_width, y, 1, 1).topLeft())
    assert terminal.selected_text() == "me"


class FakeStream(QObject):
    """Stands in for SerialStream: records how it was opened and what was sent."""

    opened = Signal()
    received = Signal(bytes)
    closed = Signal(str)
    made: list[FakeStream] = []

    def __init__(self, connection, domain, device_alias, *, force=False, parent=None):
        super().__init__(parent)
        self.device_alias, self.force = device_alias, force
        self.end: ConsoleEnd | None = None
        self.sent: list[bytes] = []
        self.closed_here = False
        FakeStream.made.append(self)

    @property
    def is_open(self) -> bool:
        return self.end is None

    def send(self, data: bytes) -> None:
        self.sent.append(data)

    def close(self) -> None:
        self.closed_here = True

    def finish(self, end: ConsoleEnd, reason: str) -> None:
        self.end = end
        self.closed.emit(reason)


@pytest.fixture
def host(qtbot, tmp_path):
    connection = open_connection(qtbot, write_host(
        tmp_path, vm("two-consoles", SERIAL + MIRROR + VIRTIO), vm("plain", ""), vm("one-console", SERIAL)))
    yield connection
    connection.shutdown()


def widget(qtbot, connection, name: str) -> SerialConsole:
    console = SerialConsole(connection, connection.find_domain(name))
    qtbot.addWidget(console)
    console.resize(700, 400)
    console.show()
    return console


def test_a_vm_with_several_consoles_offers_a_chooser(qtbot, host, monkeypatch):
    FakeStream.made = []
    monkeypatch.setattr(SerialConsole, "stream_class", FakeStream)
    console = widget(qtbot, host, "two-consoles")
    assert console.chooser.isVisible()
    assert [console.chooser.itemText(i) for i in range(console.chooser.count())] == [
        "Serial port 1", "Text console 2 (virtio)"]
    first = FakeStream.made[-1]
    assert first.device_alias == console.devices[0].alias
    first.opened.emit()
    first.received.emit(b"from the first console")
    qtbot.waitUntil(lambda: "from the first console" in console.terminal.text_lines()[0])
    console.terminal.setFocus()
    qtbot.keyClicks(console.terminal, "ls")
    assert first.sent == [b"l", b"s"]
    console.chooser.setCurrentIndex(1)
    second = FakeStream.made[-1]
    assert first.closed_here and second is not first
    assert second.device_alias == console.devices[1].alias and not second.force
    assert console.terminal.text_lines()[0] == ""  # the other console's output went with it


def test_a_console_taken_by_another_client_offers_to_take_it_back(qtbot, host, monkeypatch):
    FakeStream.made = []
    monkeypatch.setattr(SerialConsole, "stream_class", FakeStream)
    console = widget(qtbot, host, "one-console")
    assert console.chooser.isHidden()
    stream = FakeStream.made[-1]
    stream.opened.emit()
    assert console.reconnect_button.isHidden()
    stream.finish(ConsoleEnd.TAKEN, "Another client took this console over.")
    assert console.message.text() == "Another client took this console over."
    assert console.reconnect_button.isVisible() and console.reconnect_button.text() == "Take Over the Console"
    qtbot.mouseClick(console.reconnect_button, Qt.MouseButton.LeftButton)
    assert FakeStream.made[-1].force
    FakeStream.made[-1].finish(ConsoleEnd.STOPPED, "stopped")
    assert console.reconnect_button.text() == "Reconnect"
    qtbot.mouseClick(console.reconnect_button, Qt.MouseButton.LeftButton)
    assert not FakeStream.made[-1].force


def test_a_vm_without_a_console_and_a_host_without_consoles_say_so(qtbot, host):
    plain = widget(qtbot, host, "plain")
    assert plain.message.text() == "This VM has no serial port or text console."
    assert plain.reconnect_button.isHidden() and plain.stream is None
    real = widget(qtbot, host, "one-console")  # the real stream: the test driver cannot open consoles
    assert isinstance(real.stream, SerialStream)
    qtbot.waitUntil(lambda: real.reconnect_button.isVisible(), timeout=10000)
    assert real.stream.end is ConsoleEnd.FAILED
    assert real.message.text().startswith("The console could not be opened:")


def test_a_console_that_could_not_open_is_freed_with_its_terminal_once_closed(qtbot, host):
    """By reference counting alone (as in the program, which seldom runs the cyclic collector): neither the
    terminal nor the stream may sit in a reference cycle."""
    def open_and_close() -> list[weakref.ref]:
        console = SerialConsole(host, host.find_domain("one-console"))
        console.show()
        qtbot.waitUntil(lambda: console.reconnect_button.isVisible(), timeout=10000)
        assert console.stream.end is ConsoleEnd.FAILED
        kept = [weakref.ref(console), weakref.ref(console.terminal), weakref.ref(console.stream)]
        console.close()
        console.deleteLater()
        return kept

    alive = left_behind(qtbot, open_and_close)
    assert not alive, f"still in memory: {alive}"


def test_a_console_of_a_stopped_vm_opens_by_itself_when_the_vm_starts(qtbot, tmp_path):
    connection = open_connection(qtbot, write_host(tmp_path, vm("stopped", SERIAL, state=5)))
    try:
        console = widget(qtbot, connection, "stopped")
        qtbot.waitUntil(lambda: console.reconnect_button.isVisible(), timeout=10000)
        assert console.stream.end is ConsoleEnd.STOPPED
        assert console.message.text() == "stopped is not running."
        first = console.stream
        started = connection.call(lambda conn: conn.lookupByName("stopped").create())
        qtbot.waitUntil(lambda: started.done and console.stream is not first, timeout=10000)
        qtbot.waitUntil(lambda: console.stream.end is not None, timeout=10000)
        assert console.stream.end is ConsoleEnd.FAILED  # running now, but the test driver has no consoles
    finally:
        connection.shutdown()

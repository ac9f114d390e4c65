"""What a key pressed in the text console sends to the guest: the bytes an xterm sends (VT100 cursor keys in
normal or application mode, function and editing keys, Ctrl and Alt combinations)."""

from __future__ import annotations

from PySide6.QtCore import Qt

Key = Qt.Key
_CURSOR = {Key.Key_Up: "A", Key.Key_Down: "B", Key.Key_Right: "C", Key.Key_Left: "D", Key.Key_Home: "H",
           Key.Key_End: "F"}
_TILDE = {Key.Key_Insert: 2, Key.Key_Delete: 3, Key.Key_PageUp: 5, Key.Key_PageDown: 6, Key.Key_F5: 15,
          Key.Key_F6: 17, Key.Key_F7: 18, Key.Key_F8: 19, Key.Key_F9: 20, Key.Key_F10: 21, Key.Key_F11: 23,
          Key.Key_F12: 24}
_SS3 = {Key.Key_F1: "P", Key.Key_F2: "Q", Key.Key_F3: "R", Key.Key_F4: "S"}
_PLAIN = {Key.Key_Return: b"\r", Key.Key_Enter: b"\r", Key.Key_Backspace: b"\x7f", Key.Key_Tab: b"\t",
          Key.Key_Backtab: b"\x1b[Z", Key.Key_Escape: b"\x1b"}
_CONTROL_SYMBOLS = {Key.Key_Space: b"\x00", Key.Key_At: b"\x00", Key.Key_BracketLeft: b"\x1b",
                    Key.Key_Backslash: b"\x1c", Key.Key_BracketRight: b"\x1d", Key.Key_AsciiCircum: b"\x1e",
                    Key.Key_Underscore: b"\x1f", Key.Key_Question: b"\x7f"}
Modifier = Qt.KeyboardModifier


def _modifier_parameter(modifiers: Qt.KeyboardModifier) -> int:
    """xterm's modifier code: 1 + Shift 1 + Alt 2 + Ctrl 4 (1: none)."""
    return (1 + (1 if modifiers & Modifier.ShiftModifier else 0) + (2 if modifiers & Modifier.AltModifier else 0)
            + (4 if modifiers & Modifier.ControlModifier else 0))


def key_bytes(key: int, modifiers: Qt.KeyboardModifier, text: str, application_cursor: bool = False) -> bytes:
    """The bytes for a key press (b"" for a key that sends nothing, such as a lone modifier)."""
    modifier = _modifier_parameter(modifiers)
    if key in _CURSOR:
        final = _CURSOR[key]
        if modifier > 1:
            return f"\x1b[1;{modifier}{final}".encode()
        return f"\x1b{'O' if application_cursor else '['}{final}".encode()
    if key in _TILDE:
        return f"\x1b[{_TILDE[key]}{f';{modifier}' if modifier > 1 else ''}~".encode()
    if key in _SS3:
        return f"\x1b[1;{modifier}{_SS3[key]}".encode() if modifier > 1 else f"\x1bO{_SS3[key]}".encode()
    alt = b"\x1b" if modifiers & Modifier.AltModifier else b""
    if key in _PLAIN:
        return alt + _PLAIN[key]
    if modifiers & Modifier.ControlModifier:
        if Key.Key_A <= key <= Key.Key_Z:
            return alt + bytes([int(key) - Key.Key_A + 1])
        if key in _CONTROL_SYMBOLS:
            return alt + _CONTROL_SYMBOLS[key]
    return alt + text.encode() if text else b""

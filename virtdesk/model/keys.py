"""Key combinations a user can send to a VM (Ctrl+Alt+Del, console switches, SysRq), as Linux key codes, with the
X keysym of each key for a VNC display."""

from __future__ import annotations

import libvirt

from virtdesk.model.domain import Domain
from virtdesk.model.worker import Task

KEY_LEFTCTRL, KEY_LEFTALT, KEY_DELETE, KEY_BACKSPACE, KEY_SYSRQ = 29, 56, 111, 14, 99
_F_KEYS = [59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 87, 88]
_LETTERS = {"b": 48, "c": 46, "e": 18, "h": 35, "i": 23, "k": 37, "m": 50, "o": 24, "r": 19, "s": 31, "t": 20,
            "u": 22}

_KEYSYMS = {KEY_LEFTCTRL: 0xffe3, KEY_LEFTALT: 0xffe9, KEY_DELETE: 0xffff, KEY_BACKSPACE: 0xff08,
            KEY_SYSRQ: 0xff15}
_KEYSYMS.update({code: 0xffbe + n for n, code in enumerate(_F_KEYS)})
_KEYSYMS.update({code: ord(letter) for letter, code in _LETTERS.items()})


def keysym(code: int) -> int:
    """The X keysym of a key of these combinations."""
    return _KEYSYMS[code]


def combinations() -> list[tuple[str, list[int]]]:
    """(label, key codes) in menu order. Labels are key names, the same in every language."""
    combos = [("Ctrl+Alt+Delete", [KEY_LEFTCTRL, KEY_LEFTALT, KEY_DELETE]),
              ("Ctrl+Alt+Backspace", [KEY_LEFTCTRL, KEY_LEFTALT, KEY_BACKSPACE])]
    combos += [(f"Ctrl+Alt+F{i + 1}", [KEY_LEFTCTRL, KEY_LEFTALT, code]) for i, code in enumerate(_F_KEYS)]
    combos += [(f"Alt+SysRq+{letter.upper()}", [KEY_LEFTALT, KEY_SYSRQ, code]) for letter, code in _LETTERS.items()]
    return combos


def send_keys(domain: Domain, codes: list[int], description: str) -> Task:
    return domain.connection.domain_call(
        domain, lambda dom: dom.sendKey(libvirt.VIR_KEYCODE_SET_LINUX, 0, codes, len(codes), 0),
        description=description)

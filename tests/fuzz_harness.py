"""Bad-input fuzzing of window fields through the real widgets (issue 17): hostile and near-valid text as
hypothesis strategies, typing it as a user does, catching every exception that reaches Qt, the verdict every
input must get (accepted, or refused with a reason beside the field and the window held back), what the host has
defined, and the tally of inputs printed at the end of the session (this module is a pytest plugin:
tests/conftest.py loads it)."""

from __future__ import annotations

import sys
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import TracebackType

import libvirt
from details_harness import open_connection
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QLabel, QLineEdit

from virtdesk.model.connection import Connection

INPUTS: Counter[str] = Counter()  # field -> inputs typed into it this session
METACHARACTERS = ("<", ">", "&", '"', "'", "$(", "`", "\n", "\r", "\t", "\x00", "\x1b", ";", "|", "\\", "/", " ",
                  "]]>", "%s", "..", "\u202e", "\ufeff", "名前", "é", "\U0001f600")
MIN_SHARE = 0.05  # of each field's inputs, at least this share accepted and this share refused


# -- the inputs ------------------------------------------------------------------------------------------------
def hostile_text() -> st.SearchStrategy[str]:
    """Any text: all of unicode with control characters, shell and XML metacharacters, very long strings."""
    return st.one_of(
        st.text(max_size=40),
        st.text(st.characters(codec="utf-8"), max_size=20),
        st.lists(st.sampled_from(METACHARACTERS), max_size=8).map("".join),
        st.builds(lambda part, times: part * times, st.text(min_size=1, max_size=6), st.integers(50, 3000)),
    )


def near(valid: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Valid values broken a little: a character inserted, replaced or removed, spaces, case, something
    appended."""

    def mutate(value: str, where: int, what: str, how: int) -> str:
        at = where % (len(value) + 1)
        return (value[:at] + what + value[at:], value[:at] + what + value[at + 1:], value[:at] + value[at + 1:],
                f" {value} ", value.upper(), value + what, value * 2)[how]

    return st.builds(mutate, valid, st.integers(0, 1000), st.sampled_from(METACHARACTERS) | st.text(max_size=2),
                     st.integers(0, 6))


def field_inputs(valid: st.SearchStrategy[str], near_valid: st.SearchStrategy[str] | None = None
                 ) -> st.SearchStrategy[str]:
    """What a field is fed: valid values (often, so the accepted branch is exercised), near-valid ones and
    hostile text."""
    return st.one_of(valid, valid, near(valid), *([near_valid] if near_valid is not None else []), hostile_text())


def dns_name(max_labels: int = 3) -> st.SearchStrategy[str]:
    """A host or domain name: labels of letters, digits and inner hyphens, joined by dots."""
    label = st.from_regex(r"\A[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?\Z")
    return st.lists(label, min_size=1, max_size=max_labels).map(".".join)


def joined(parts: st.SearchStrategy[list[str]]) -> st.SearchStrategy[str]:
    """A list of values as a user types it: separated by commas, spaces or both."""
    return st.builds(lambda items, separator: separator.join(items), parts, st.sampled_from([", ", " ", ",", "  "]))


# -- typing ----------------------------------------------------------------------------------------------------
def type_into(edit: QLineEdit, text: str) -> None:
    """Replaces the edit's text as typing does: its validator and length limit apply, textEdited and textChanged
    fire."""
    edit.selectAll()
    if text:
        edit.insert(text)
    else:
        edit.del_()


def type_number(spin: QAbstractSpinBox, text: str) -> None:
    """Selects the spin box's text and types text key by key (the box takes what its validator lets through),
    then leaves the field."""
    spin.selectAll()
    QTest.keyClick(spin, Qt.Key.Key_Delete)
    for character in text:  # QTest.keyClicks aborts on characters it has no key for
        code = ord(character.upper()) if " " <= character <= "~" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(spin, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, character))
    spin.interpretText()  # what leaving the field does (Enter would also press the window's default button)


def number_text() -> st.SearchStrategy[str]:
    """What a user types into a number field: numbers in and out of range, signs, decimals, units, junk."""
    return st.one_of(
        st.integers(-10**6, 10**12).map(str),
        st.integers(0, 5000).map(str),
        st.floats(-1e6, 1e9, allow_nan=False).map(lambda f: f"{f:.3f}"),
        st.builds(lambda n, unit: f"{n}{unit}", st.integers(0, 4096), st.sampled_from(["M", "G", " GiB", "k", "e9"])),
        st.sampled_from(["", "0", "-0", "-1", "+5", "1e3", "0x10", "99999999999999999999", " ", ",5", "1.5"]),
        st.text(max_size=8))


def shown(label: QLabel) -> str:
    """The label's text while it is not hidden (a hidden label says nothing to the user)."""
    return label.text() if not label.isHidden() else ""


def click(button: QAbstractButton) -> None:
    """A left click, as the user gives it (a disabled button ignores it)."""
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


# -- exceptions ------------------------------------------------------------------------------------------------
@contextmanager
def no_exception_escapes() -> Iterator[None]:
    """Fails when an exception reaches sys.excepthook (a slot or a Qt virtual that raised) in the block."""
    escaped: list[str] = []
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        escaped.append("".join(traceback.format_exception(kind, value, tb)))

    sys.excepthook = hook
    try:
        yield
    finally:
        sys.excepthook = previous
    assert not escaped, "an exception escaped to the user:\n" + escaped[0]


# -- verdicts --------------------------------------------------------------------------------------------------
@dataclass
class Verdicts:
    """The accepted and refused inputs of the fields of one test."""

    accepted: Counter[str] = field(default_factory=Counter)
    refused: Counter[str] = field(default_factory=Counter)

    def judge(self, name: str, message: str, held_back: bool) -> bool:
        """One input of the field name: refused (there is a message) must hold the window back, accepted must
        not. Returns whether it was accepted."""
        INPUTS[name] += 1
        if message:
            assert held_back, f"{name}: refused ({message!r}) but the window goes on"
            self.refused[name] += 1
            return False
        assert not held_back, f"{name}: the window is held back with no reason shown"
        self.accepted[name] += 1
        return True

    def check_shares(self, case: FieldCase, minimum: float = MIN_SHARE) -> None:
        """The case's field saw enough accepted (and, where it can refuse, refused) inputs for both branches to be
        proved."""
        name = case.name
        total = self.accepted[name] + self.refused[name]
        assert total, f"{name}: no input was judged"
        assert self.accepted[name] >= minimum * total, f"{name}: only {self.accepted[name]} of {total} accepted"
        if case.refusable:
            assert self.refused[name] >= minimum * total, f"{name}: only {self.refused[name]} of {total} refused"


def assert_schema_valid(xml: str, validate: Callable[[str], list[str] | None]) -> None:
    errors = validate(xml)
    assert errors == [], f"schema errors {errors} in\n{xml}"


# -- running ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FieldCase:
    """One field to fuzz: its name in the tally, what it is fed, inputs that once found a bug (always tried), and
    whether the field can refuse an input at all (a spin box only takes what fits)."""

    name: str
    inputs: st.SearchStrategy[str]
    examples: tuple[str, ...] = ()
    max_examples: int = 200
    refusable: bool = True

    def __str__(self) -> str:
        return self.name


def fuzz(case: FieldCase, feed: Callable[[str], None]) -> None:
    """feed(text) for the case's examples and then hypothesis' inputs, failing on any exception that escapes to
    Qt while it types."""

    def typed(text: str) -> None:
        with no_exception_escapes():
            feed(text)

    run = given(text=case.inputs)(typed)
    for value in case.examples:
        run = example(text=value)(run)
    settings(max_examples=case.max_examples, deadline=None,
             suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])(run)()


# -- what the host has defined ---------------------------------------------------------------------------------
def definitions(conn: libvirt.virConnect) -> dict[str, str]:
    """Every network, pool, volume and VM the host defines, with its XML (worker side)."""
    found = {f"network {n.name()}": n.XMLDesc(0) for n in conn.listAllNetworks()}
    found.update({f"domain {d.name()}": d.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE) for d in conn.listAllDomains()})
    for pool in conn.listAllStoragePools():
        found[f"pool {pool.name()}"] = pool.XMLDesc(0)
        if pool.isActive():
            found.update({f"volume {pool.name()}/{v.name()}": v.XMLDesc(0) for v in pool.listAllVolumes()})
    return found


def host_definitions(qtbot, connection: Connection) -> dict[str, str]:
    task = connection.call(definitions)
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert task.error is None, task.error
    return task.result


@contextmanager
def unchanged_host(qtbot, uri: str) -> Iterator[Connection]:
    """A connection to the host at uri, whose definitions must be the same when the block ends."""
    connection = open_connection(qtbot, uri)
    before = host_definitions(qtbot, connection)
    try:
        yield connection
        assert host_definitions(qtbot, connection) == before, "the host's definitions changed"
    finally:
        connection.shutdown()


# -- the session's tally ---------------------------------------------------------------------------------------
def pytest_terminal_summary(terminalreporter) -> None:
    if INPUTS:
        terminalreporter.write_line(f"bad-input fuzzing: {sum(INPUTS.values())} inputs through {len(INPUTS)} "
                                    f"fields")

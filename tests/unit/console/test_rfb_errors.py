"""The VNC client's messages can be translated: every error and phrase is a template marked with N_() in
virtdesk/console (so lupdate finds it), its values kept apart, and translated() translates the template and the
phrases among its values."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from virtdesk.console import rfb_errors
from virtdesk.console.rfb_errors import BadData, RfbError, Stalled, TooLarge
from virtdesk.remote.errors import N_, Phrase

pytestmark = pytest.mark.unit

CONSOLE = Path(rfb_errors.__file__).parent


def _marked() -> set[str]:
    found = set()
    for path in CONSOLE.glob("rfb*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "N_":
                assert len(node.args) == 1 and isinstance(node.args[0], ast.Constant), f"{path.name}:{node.lineno}"
                found.add(node.args[0].value)
    return found


MARKED = _marked()
CLASSES = sorted((cls for cls in vars(rfb_errors).values()
                  if isinstance(cls, type) and issubclass(cls, RfbError) and cls is not RfbError),
                 key=lambda cls: cls.__name__)


def _sample(cls: type[RfbError]) -> RfbError:
    samples = {"int": 7, "float": 2.5, "bytes": b"xy", "Sequence[int]": (16, 19),
               "tuple[int, int, int, int]": (1, 2, 3, 4)}
    parameters = inspect.signature(cls).parameters.values()
    return cls(*(samples.get(str(parameter.annotation), "x") for parameter in parameters))


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_each_error_has_a_marked_template_and_reads_as_english(cls):
    error = _sample(cls)
    assert error.template in MARKED
    assert str(error) and "{" not in str(error)
    assert str(error) == error.translated(lambda text: text)


def test_phrases_among_the_values_are_translated_with_the_message():
    german = {"The VNC server sent {what} of {size} bytes; virtdesk accepts at most {limit}.":
              "Der VNC-Server schickte {what} von {size} Bytes; virtdesk nimmt höchstens {limit}.",
              "clipboard text": "Zwischenablagetext"}
    error = TooLarge(Phrase(N_("clipboard text")), 10, 5)
    assert error.translated(lambda text: german.get(text, text)) == \
        "Der VNC-Server schickte Zwischenablagetext von 10 Bytes; virtdesk nimmt höchstens 5."
    assert str(error) == "The VNC server sent clipboard text of 10 bytes; virtdesk accepts at most 5."
    assert error.values == {"what": "clipboard text", "size": 10, "limit": 5}


def test_a_dropped_connection_may_work_again_and_a_refused_password_not():
    assert Stalled("x", 1).transient
    assert not rfb_errors.AuthenticationFailed("").transient
    assert not BadData("ZRLE", "x").transient


def test_the_model_shows_a_vnc_failure_translated_as_it_does_an_ssh_one(qapp) -> None:
    from PySide6.QtCore import QTranslator

    from virtdesk.model.errors import describe

    class Shouting(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201 - Qt's signature
            return source.upper().replace("{DURING}", "{during}").replace("{SECONDS:G}", "{seconds:g}") \
                if context == "" and source.startswith("The VNC server stopped") else None

    error = Stalled("the handshake", 30)
    assert describe(error) == "The VNC server stopped sending during the handshake: nothing came for 30 seconds."
    translator = Shouting()
    qapp.installTranslator(translator)
    try:
        assert describe(error) == "THE VNC SERVER STOPPED SENDING DURING the handshake: NOTHING CAME FOR 30 SECONDS."
    finally:
        qapp.removeTranslator(translator)

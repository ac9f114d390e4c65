"""The SSH layer's messages are translatable without Qt in remote/: every error keeps a template marked with N_()
and its values (fixed English phrases among them as marked Phrases), str() is the English text, and the model's
describe() translates the template and the phrases with the translator the program installed."""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys
import typing
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from virtdesk.model.errors import describe
from virtdesk.remote import errors
from virtdesk.remote.errors import (
    N_,
    AuthenticationCancelled,
    AuthenticationFailed,
    ChannelOpenFailed,
    ConnectionRefused,
    ConnectTimeout,
    HelperMissing,
    HostKeyChanged,
    HostKeyRejected,
    HostKeyRevoked,
    HostKeyUnknown,
    HostNotFound,
    LibvirtNotInstalled,
    LibvirtSocketMissing,
    NetworkError,
    Phrase,
    RemoteError,
    SessionClosed,
    SshProtocolError,
    UnsupportedUri,
)
from virtdesk.remote.uri import SshUri

pytestmark = pytest.mark.unit

REMOTE = Path(errors.__file__).parent
SCRIPTS = Path(__file__).resolve().parents[3] / "scripts"


def _calls(name: str) -> Iterator[tuple[Path, ast.Call]]:
    """Every call of a function or class called name in virtdesk/remote."""
    for path in sorted(REMOTE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == name:
                yield path, node


def _is_marked_literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and getattr(node.func, "id", None) == "N_" and len(node.args) == 1 \
        and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)


MARKED = {call.args[0].value for _, call in _calls("N_") if _is_marked_literal(call)}


def _error_classes() -> list[type[RemoteError]]:
    found, waiting = [], [RemoteError]
    while waiting:
        cls = waiting.pop()
        found.append(cls)
        waiting += cls.__subclasses__()
    return sorted(found, key=lambda cls: cls.__name__)


def _takes_template(cls: type) -> bool:
    """Whether the caller gives the template (the class has none of its own)."""
    return next(iter(inspect.signature(cls).parameters)) == "template"


def _sample(hint: object) -> object:
    if hint in (int, float):
        return hint(22)
    return ("first", "second") if typing.get_origin(hint) is not None else "x"


def _made(cls: type[RemoteError]) -> RemoteError:
    """An instance made from sample arguments of the constructor's types (so that new classes are checked too)."""
    hints = typing.get_type_hints(cls.__init__, vars(errors))
    return cls(*(_sample(hints[name]) for name, parameter in inspect.signature(cls).parameters.items()
                 if parameter.default is inspect.Parameter.empty and parameter.kind is not parameter.VAR_KEYWORD))


def _templates(item: RemoteError | Phrase) -> Iterator[str]:
    """The template of item and of every phrase among its values."""
    yield item.template
    for value in item.values.values():
        for phrase in value if isinstance(value, tuple) else (value,):
            if isinstance(phrase, Phrase):
                yield from _templates(phrase)


def test_every_marker_holds_one_literal() -> None:
    """lupdate extracts only literals; a template built at run time would never be translated."""
    assert [f"{path.name}:{call.lineno}" for path, call in _calls("N_") if not _is_marked_literal(call)] == []


@pytest.mark.parametrize("cls", [cls for cls in _error_classes() if not _takes_template(cls)],
                         ids=lambda cls: cls.__name__)
def test_each_error_class_has_a_marked_template(cls: type[RemoteError]) -> None:
    made = _made(cls)
    assert all(template in MARKED for template in _templates(made))
    assert str(made) and "{" not in str(made)


def test_templates_given_by_callers_are_marked_literals() -> None:
    names = [cls.__name__ for cls in [*_error_classes(), Phrase] if _takes_template(cls)]
    assert [f"{path.name}:{call.lineno}" for name in names for path, call in _calls(name)
            if not _is_marked_literal(call.args[0])] == []


def test_no_unmarked_english_goes_into_an_error() -> None:
    """A fixed phrase passed to an error is a Phrase, so it is translated with the message."""
    unmarked = [f"{path.name}:{call.lineno}" for cls in [*_error_classes(), Phrase]
                for path, call in _calls(cls.__name__) for argument in [*call.args, *(k.value for k in call.keywords)]
                if isinstance(argument, ast.JoinedStr)
                or isinstance(argument, ast.Constant) and isinstance(argument.value, str)]
    assert unmarked == []


ENGLISH: list[tuple[Callable[[], RemoteError], str]] = [
    (lambda: SshUri.parse("qemu+ssh://-oproxycommand=x/system"),
     "The host '-oproxycommand=x' cannot be used: a host name has only letters, digits, dots, '-' and '_', and "
     "does not start with '-'."),
    (lambda: SshUri.parse("qemu+ssh://h/system?socket=/a%0Ab"),
     "The socket '/a\\nb' cannot be used: it contains control characters."),
    (lambda: SshUri.parse("qemu+ssh://h/system?proxy=both"), "proxy=both is not one of auto, netcat, native."),
    (lambda: ConnectionRefused("h.example", 2222),
     "h.example refused the connection on port 2222: no SSH server listens there."),
    (lambda: ConnectTimeout("h.example", 22, 1.5), "h.example (port 22) did not answer within 1.5 seconds."),
    (lambda: ConnectTimeout("h.example", 22, 10.0, stage=Phrase(N_("SSH handshake"))),
     "h.example (port 22) did not finish the SSH handshake within 10 seconds."),
    (lambda: HostNotFound("no-such-host.invalid", "Name or service not known"),
     "The host name no-such-host.invalid cannot be resolved: Name or service not known."),
    (lambda: NetworkError("h.example", 22, "No route to host"), "Cannot reach h.example on port 22: No route to host."),
    (lambda: SshProtocolError("h.example", 22, "Incompatible version (1.5 instead of 2.0)"),
     "The SSH handshake with h.example (port 22) failed: Incompatible version (1.5 instead of 2.0)."),
    (lambda: AuthenticationFailed("me@h:22", [], []), "Authentication as me@h:22 failed. Tried: nothing."),
    (lambda: AuthenticationFailed("me@h:22", ["key file /k", "password"], ["publickey", "password"],
                                  ["The key file /j does not exist.", "A password login needs someone."]),
     "Authentication as me@h:22 failed. Tried: key file /k, password. The server accepts: publickey, password. "
     "The key file /j does not exist. A password login needs someone."),
    (lambda: AuthenticationCancelled("me@h:22"), "Logging in as me@h:22 was cancelled."),
    (lambda: HostKeyUnknown("h", 22, "ED25519", "SHA256:abc"),
     "The host key of h (port 22) is not known: ED25519 key SHA256:abc. Nobody was there to confirm it, so "
     "virtdesk did not connect."),
    (lambda: HostKeyRejected("h", 22, "ED25519", "SHA256:abc"),
     "The host key of h (port 22), ED25519 SHA256:abc, was not accepted."),
    (lambda: HostKeyChanged("h", 22, "ED25519", "SHA256:abc", ["ED25519 SHA256:old (/k:1)", "RSA SHA256:o2 (/k:2)"]),
     "WARNING: the host key of h (port 22) has changed. It was ED25519 SHA256:old (/k:1), RSA SHA256:o2 (/k:2); "
     "the host now offers ED25519 key SHA256:abc. Someone may be intercepting the connection. virtdesk refuses to "
     "connect; if the key was changed on purpose, remove the old key first."),
    (lambda: HostKeyRevoked("h", 22, "ED25519", "SHA256:abc", "/k:3"),
     "The host key of h (port 22), ED25519 SHA256:abc, is marked revoked in /k:3. virtdesk refuses to connect."),
    (lambda: LibvirtNotInstalled("h"),
     "libvirt is not installed on h: neither virt-ssh-helper, a libvirt daemon nor a libvirt socket was found "
     "there."),
    (lambda: HelperMissing("h"),
     "h has libvirt but no way to reach it over SSH: install virt-ssh-helper (libvirt 6.8 or later), netcat with "
     "UNIX-socket support (netcat-openbsd) or socat there."),
    (lambda: LibvirtSocketMissing("h", "qemu:///system", ["/run/a", "/run/b"]),
     "No libvirt daemon answers for qemu:///system on h: none of /run/a, /run/b exists. Is the daemon running?"),
    (lambda: SessionClosed("me@h:22", "closed by virtdesk"),
     "The SSH connection to me@h:22 is closed: closed by virtdesk"),
    (lambda: ChannelOpenFailed("me@h:22", "a command channel", "Administratively prohibited"),
     "me@h:22 did not open a command channel: Administratively prohibited."),
]


def _raised(make: Callable[[], object]) -> RemoteError:
    try:
        made = make()
    except RemoteError as error:
        return error
    assert isinstance(made, RemoteError)
    return made


@pytest.mark.parametrize(("make", "english"), ENGLISH, ids=[english[:60] for _, english in ENGLISH])
def test_str_is_the_english_text(make: Callable[[], RemoteError], english: str) -> None:
    error = _raised(make)
    assert str(error) == english
    assert all(template in MARKED for template in _templates(error))


def test_a_message_without_values_is_used_as_it_is() -> None:
    assert str(UnsupportedUri("a {brace} stays")) == "a {brace} stays"


GERMAN = {
    "The host name {host} cannot be resolved: {detail}.": "Der Name {host} lässt sich nicht auflösen: {detail}.",
    "{host} (port {port}) did not finish the {stage} within {seconds:g} seconds.":
        "{host} (Port {port}) hat {stage} nicht in {seconds:g} Sekunden beendet.",
    "SSH handshake": "den SSH-Handshake",
    "The {what} {value!r} cannot be used: {reason}.": "{what} {value!r} ist unbrauchbar: {reason}.",
    "socket": "Der Socket",
    "it contains control characters": "er enthält Steuerzeichen",
    "Authentication as {target} failed. Tried: {tried}. The server accepts: {allowed}.":
        "Anmeldung als {target} gescheitert. Versucht: {tried}. Der Server nimmt: {allowed}.",
    "key file {path}": "Schlüsseldatei {path}",
    "The key file {path} does not exist.": "Die Schlüsseldatei {path} fehlt.",
}


@pytest.fixture
def german(qapp: QCoreApplication, tmp_path: Path) -> Iterator[None]:
    """A translator compiled by lrelease from a .ts holding GERMAN (in the empty context, where N_() texts go)."""
    sys.path.insert(0, str(SCRIPTS))
    try:
        from build_translations import lrelease
    finally:
        sys.path.remove(str(SCRIPTS))
    ts, qm = tmp_path / "test_de.ts", tmp_path / "test_de.qm"
    messages = "".join(f"<message><source>{_xml(source)}</source><translation>{_xml(text)}</translation></message>"
                       for source, text in GERMAN.items())
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
                  f"<context><name></name>{messages}</context></TS>", encoding="utf-8")
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@pytest.mark.usefixtures("german")
def test_describe_translates_the_template() -> None:
    error = HostNotFound("h.invalid", "Name or service not known")
    assert describe(error) == "Der Name h.invalid lässt sich nicht auflösen: Name or service not known."
    assert str(error) == "The host name h.invalid cannot be resolved: Name or service not known."


@pytest.mark.usefixtures("german")
def test_describe_translates_the_phrases_among_the_values() -> None:
    timeout = ConnectTimeout("h", 22, 10.0, stage=Phrase(N_("SSH handshake")))
    assert describe(timeout) == "h (Port 22) hat den SSH-Handshake nicht in 10 Sekunden beendet."
    unsafe = _raised(lambda: SshUri.parse("qemu+ssh://h/system?socket=/a%0Ab"))
    assert describe(unsafe) == "Der Socket '/a\\nb' ist unbrauchbar: er enthält Steuerzeichen."


@pytest.mark.usefixtures("german")
def test_describe_translates_what_was_tried_and_each_note() -> None:
    failed = AuthenticationFailed("me@h:22", [Phrase(N_("key file {path}"), path="/k"), "password"], ["publickey"],
                                  [Phrase(N_("The key file {path} does not exist."), path="/j"), "Unmarked note."])
    assert describe(failed) == ("Anmeldung als me@h:22 gescheitert. Versucht: Schlüsseldatei /k, password. Der "
                                "Server nimmt: publickey. Die Schlüsseldatei /j fehlt. Unmarked note.")
    assert str(failed) == ("Authentication as me@h:22 failed. Tried: key file /k, password. The server accepts: "
                           "publickey. The key file /j does not exist. Unmarked note.")


@pytest.mark.usefixtures("german")
def test_an_untranslated_message_stays_english() -> None:
    assert describe(ConnectionRefused("h", 2222)) == str(ConnectionRefused("h", 2222))

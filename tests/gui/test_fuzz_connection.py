"""Bad input typed into the Add Connection dialog (issue 17): the remote host, user, port and key file of an SSH
connection, the host file of the test driver and a custom URI, each fed hostile, near-valid and valid text through
its real widget. Each input is either accepted, and then the URI the dialog would add parses and gives back what
was typed, or refused with the reason shown in the dialog and Connect disabled (a click on it adds nothing); no
exception escapes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest
from fuzz_harness import FieldCase, Verdicts, click, dns_name, field_inputs, fuzz, shown, type_into
from hypothesis import strategies as st
from PySide6.QtWidgets import QDialog

from virtdesk.gui.add_connection_dialog import AddConnectionDialog
from virtdesk.model.uri import describe_uri

pytestmark = pytest.mark.gui

SSH, QEMU, TEST = "ssh", "qemu-system", "test"
HOST = st.one_of(dns_name(), st.ip_addresses(v=4).map(str),
                 st.ip_addresses(v=6).map(str), st.ip_addresses(v=6).map(lambda a: f"[{a}]"))
PATH = st.lists(st.from_regex(r"\A[\w.+-]{1,12}\Z"), min_size=1, max_size=4).map(lambda p: "/" + "/".join(p))


def typed_host(text: str) -> str:
    """The host as it stands in a URI's authority: without brackets, lower case."""
    return text.strip().removeprefix("[").removesuffix("]").lower()


def check_fields_uri(dialog: AddConnectionDialog, field: ConnectionField, text: str) -> None:
    """The URI the form builds gives back the typed host, user, port or key file."""
    parts = urlsplit(dialog.uri())
    assert parts.scheme == "qemu+ssh" and parts.path == "/system"
    value = field.edit(dialog).text().strip()  # what the field took of the text (its length limit, …)
    if field.case.name == "SSH host":
        assert parts.hostname == typed_host(value)
    elif field.case.name == "SSH user":
        assert unquote(parts.username or "") == value
    elif field.case.name == "SSH port":
        assert parts.port == (int(value) if value else None)
    else:
        keyfile = dict(parse_qsl(parts.query)).get("keyfile", "")
        assert keyfile == (str(Path(value).expanduser()) if value.startswith("~/") else value)


def check_custom_uri(dialog: AddConnectionDialog, field: ConnectionField, _text: str) -> None:
    """A typed URI is added as typed (trimmed), and it parses: scheme, host and port."""
    uri = dialog.uri()
    assert uri == field.edit(dialog).text().strip()
    parts = urlsplit(uri)
    assert parts.scheme and (parts.port is None or 0 < parts.port < 65536)
    assert describe_uri(uri)


def check_test_file(dialog: AddConnectionDialog, field: ConnectionField, _text: str) -> None:
    """The test driver's URI names the typed file (its default host without one)."""
    parts = urlsplit(dialog.uri())
    assert parts.scheme == "test" and unquote(parts.path) == (field.edit(dialog).text().strip() or "/default")


@dataclass(frozen=True)
class ConnectionField:
    """A field: the hypervisor and transport that show it (None: Custom URI), how text goes in, what the URI of
    an accepted input must be."""

    case: FieldCase
    hypervisor: str | None
    transport: str
    edit: Callable[[AddConnectionDialog], object]
    check: Callable[[AddConnectionDialog, ConnectionField, str], None]


def ssh_field(case: FieldCase, edit: Callable[[AddConnectionDialog], object]) -> ConnectionField:
    return ConnectionField(case, QEMU, SSH, edit, check_fields_uri)


CUSTOM = st.builds(lambda scheme, host, port, path: f"{scheme}://{host}{port}{path}",
                   st.sampled_from(["qemu", "qemu+tcp", "qemu+tls", "xen", "lxc", "test", "qemu+libssh2"]),
                   st.one_of(st.just(""), dns_name(2)),
                   st.one_of(st.just(""), st.integers(1, 65535).map(lambda p: f":{p}")),
                   st.sampled_from(["/system", "/session", "/default"]))
FIELDS = [
    ssh_field(FieldCase("SSH host", field_inputs(HOST)), lambda d: d.host_edit),
    ssh_field(FieldCase("SSH user", field_inputs(st.from_regex(r"\A[A-Za-z0-9_][A-Za-z0-9_.@-]{0,20}\Z"))),
              lambda d: d.user_edit),
    ssh_field(FieldCase("SSH port", field_inputs(st.integers(1, 65535).map(str),
                                                 st.integers(-5, 70000).map(str))), lambda d: d.port_edit),
    ssh_field(FieldCase("SSH key file", field_inputs(PATH | PATH.map(lambda p: "~" + p)), examples=("/+",)),
              lambda d: d.keyfile_edit),
    ConnectionField(FieldCase("test driver host file", field_inputs(PATH)), TEST, "local", lambda d: d.test_file_edit,
                    check_test_file),
    ConnectionField(FieldCase("custom URI", field_inputs(CUSTOM)), None, "local", lambda d: d.custom_uri_edit,
                    check_custom_uri),
]


@pytest.mark.parametrize("field", FIELDS, ids=lambda f: f.case.name)
def test_add_connection_fields(qtbot, field: ConnectionField):
    dialog = AddConnectionDialog(drivers=dict)
    qtbot.addWidget(dialog)
    dialog.show()
    keys = [h.key for h in dialog._hypervisors]
    dialog.hypervisor_combo.setCurrentIndex(keys.index(field.hypervisor) if field.hypervisor else len(keys))
    dialog.transport_combo.setCurrentIndex([t.key for t in dialog._transports].index(field.transport))
    if field.transport == SSH:
        dialog.host_edit.setText("host.example.com")
    verdicts = Verdicts()

    def feed(text: str) -> None:
        type_into(field.edit(dialog), text)
        if verdicts.judge(field.case.name, shown(dialog.error_label), not dialog.connect_button.isEnabled()):
            assert dialog.requests()
            field.check(dialog, field, text)
        else:
            click(dialog.connect_button)
            assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible() and not dialog.requests()

    fuzz(field.case, feed)
    verdicts.check_shares(field.case)

"""The "Add Connection" dialog: pick a hypervisor and how to reach it (this machine, SSH, TLS, TCP, libssh) or
type a URI, and see what will open. Its layout is ui/add_connection_dialog.ui.

What the dialog cannot tell from the form alone comes from the disk, read on a worker: which drivers this
machine's libvirt has (model/drivers.py) and which TLS client file is missing. Until the answer arrives the
form is judged without it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from virtdesk import demo
from virtdesk.gui.forms import load_form
from virtdesk.model.drivers import TlsFiles, local_drivers
from virtdesk.model.uri import (
    ConnectionRequest,
    Hypervisor,
    Transport,
    build_uri,
    describe_uri,
    hypervisors,
    session_uri,
    transports,
)
from virtdesk.model.uri_programs import UNNAMED, program_run_by
from virtdesk.model.worker import file_executor, submit
from virtdesk.remote.errors import RemoteError
from virtdesk.remote.uri import SshUri, check_host, check_port, check_user

_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _offers_session(hypervisor: Hypervisor | None, transport: Transport) -> bool:
    """Whether "the host's session daemon too" makes sense: QEMU system, where a user's daemon can be reached."""
    return hypervisor is not None and hypervisor.key == "qemu-system" and transport.reaches_session


def _over_ssh(uri: str) -> bool:
    """Whether uri's transport is `+ssh` (virtdesk's SSH carries it, unless the system ssh is asked for)."""
    return uri.partition(":")[0].partition("+")[2] == "ssh"


class _Invalid(ValueError):
    """A field the form cannot use; the message says why, for the user."""


@dataclass(frozen=True)
class _Choice:
    """What the form asks for: the URI (or the reason there is none) and how to open it."""

    uri: str = ""
    error: str = ""
    system_ssh: bool = False
    session: bool = False  # the same host's /session URI too


class AddConnectionDialog(QDialog):
    """Asks for a connection; `requests()` are what Connect adds (the URI the preview shows, and its session
    twin when asked for). Connect accepts only a valid form whose URI is not in the list yet; `error()` says why
    not. `drivers` and `tls_files` say what this machine has (they read the disk: they run on a worker)."""

    MAX_PREVIEW_WIDTH = 760  # the dialog grows to show the whole URI up to this width; a longer one scrolls

    def __init__(self, parent: QWidget | None = None, existing: set[str] | None = None, *,
                 drivers: Callable[[], dict[str, str]] = local_drivers, tls_files: TlsFiles | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add Connection"))
        self._existing = existing or set()
        self._hypervisors = hypervisors()
        self._transports = transports()
        self._tls_files = tls_files or TlsFiles()
        self._missing_drivers: dict[str, str] | None = None  # None until the worker answers
        self._missing_tls: dict[str, str] = {}  # pkipath -> the missing file ("" for none)
        self._choice = _Choice()
        self._trusted = ""  # the program the user ticked "I trust" for

        form = load_form("add_connection_dialog", self)
        self.form_layout = form.child(QFormLayout, "form_layout")
        self.hypervisor_combo = form.child(QComboBox, "hypervisor_combo")
        self.custom_uri_edit = form.child(QLineEdit, "custom_uri_edit")
        self.test_file_edit = form.child(QLineEdit, "test_file_edit")
        self.transport_combo = form.child(QComboBox, "transport_combo")
        self.user_edit = form.child(QLineEdit, "user_edit")
        self.host_edit = form.child(QLineEdit, "host_edit")
        self.port_edit = form.child(QLineEdit, "port_edit")
        self.keyfile_edit = form.child(QLineEdit, "keyfile_edit")
        self.name_edit = form.child(QLineEdit, "name_edit")
        self.system_ssh_check = form.child(QCheckBox, "system_ssh_check")
        self.autoconnect_check = form.child(QCheckBox, "autoconnect_check")
        self.session_check = form.child(QCheckBox, "session_check")
        self.preview_edit = form.child(QLineEdit, "preview_edit")
        self.session_preview_edit = form.child(QLineEdit, "session_preview_edit")
        self.notice_label = form.child(QLabel, "notice_label")
        self.program_label = form.child(QLabel, "program_label")
        self.trust_check = form.child(QCheckBox, "trust_check")
        self.error_label = form.child(QLabel, "error_label")
        self.buttons = form.child(QDialogButtonBox, "button_box")

        for hypervisor in self._hypervisors:
            self.hypervisor_combo.addItem(hypervisor.label)
        self.hypervisor_combo.addItem(self.tr("Custom URI"))
        for transport in self._transports:
            self.transport_combo.addItem(transport.label)
        self.connect_button = self.buttons.addButton(self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.connect_button.setDefault(True)
        self.error_label.setMinimumHeight(2 * self.error_label.fontMetrics().lineSpacing())

        for combo in (self.hypervisor_combo, self.transport_combo):
            combo.currentIndexChanged.connect(self._update)
        for edit in (self.custom_uri_edit, self.test_file_edit, self.user_edit, self.host_edit, self.port_edit,
                     self.keyfile_edit, self.name_edit):
            edit.textChanged.connect(self._update)
        for check in (self.system_ssh_check, self.session_check):
            check.toggled.connect(self._update)
        self.trust_check.toggled.connect(self._trust_toggled)
        self._update()
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

        submit(file_executor(), drivers, description="which libvirt drivers are installed").then(
            self._drivers_known, owner=self)

    # -- what the dialog gives

    def uri(self) -> str:
        return self._choice.uri

    def autoconnect(self) -> bool:
        return self.autoconnect_check.isChecked()

    def error(self) -> str:
        """Why Connect is disabled ("" when the form is valid)."""
        return self.error_label.text()

    def requests(self) -> list[ConnectionRequest]:
        """The connections to add: the one the preview shows, and the host's session one when asked for (unless
        it is in the list already). None while the form is not valid."""
        choice = self._choice
        if self.error() or not choice.uri:
            return []
        name = self.name_edit.text().strip()
        wanted = [(choice.uri, name)]
        if choice.session and session_uri(choice.uri) not in self._existing:
            wanted.append((session_uri(choice.uri), self.tr("{name} (session)").format(name=name) if name else ""))
        return [ConnectionRequest(uri, name=label, autoconnect=self.autoconnect(), system_ssh=choice.system_ssh,
                                  confirmed_program=program_run_by(uri)) for uri, label in wanted]

    def accept(self) -> None:
        if self.connect_button.isEnabled():
            super().accept()

    # -- what the disk says

    def _drivers_known(self, missing: dict[str, str]) -> None:
        self._missing_drivers = missing
        for index, hypervisor in enumerate(self._hypervisors):
            reason = missing.get(hypervisor.scheme, "")
            self.hypervisor_combo.setItemData(index, self.tr("Not on this machine: {reason} A remote host may have "
                                                             "it.").format(reason=reason) if reason else None,
                                              Qt.ItemDataRole.ToolTipRole)
        self._update()

    def _tls_known(self, pkipath: str, missing: str) -> None:
        self._missing_tls[pkipath] = missing
        self._update()

    def _missing_tls_file(self, pkipath: str) -> str:
        """The TLS client file libvirt will not find; "" when all are there or the worker has not answered yet."""
        if pkipath not in self._missing_tls:
            self._missing_tls[pkipath] = ""
            submit(file_executor(), self._tls_files.missing, pkipath, description="TLS client files").then(
                lambda missing: self._tls_known(pkipath, missing), owner=self)
        return self._missing_tls[pkipath]

    # -- judging the form

    def _selected_hypervisor(self) -> Hypervisor | None:
        index = self.hypervisor_combo.currentIndex()
        return self._hypervisors[index] if 0 <= index < len(self._hypervisors) else None

    def _selected_transport(self) -> Transport:
        return self._transports[max(0, self.transport_combo.currentIndex())]

    def _update(self) -> None:
        hypervisor = self._selected_hypervisor()
        transport = self._selected_transport()
        self._show_fields(hypervisor, transport)
        try:
            choice = self._from_uri(self.custom_uri_edit.text()) if hypervisor is None \
                else self._from_fields(hypervisor, transport)
        except _Invalid as invalid:
            choice = _Choice(error=str(invalid))
        notices: list[str] = []
        if not choice.error:
            choice = self._judge(choice, notices)
        self._choice = choice

        program = program_run_by(choice.uri) if choice.uri else ""
        self._show_program(program)
        error = choice.error
        if not error and program == UNNAMED:
            error = self.tr("This ext URI names no program to run (command=).")
        elif not error and program and self._trusted != program:
            error = self.tr("Tick \"I trust this program\" to connect.")
        if not error and choice.uri in self._existing:
            error = self.tr("{uri} is already in the list. To open it, select it in the manager and choose "
                            "Connect.").format(uri=choice.uri)

        session = session_uri(choice.uri) if choice.session else ""
        for edit, uri in ((self.preview_edit, choice.uri), (self.session_preview_edit, session)):
            edit.setText(uri)
            edit.setCursorPosition(0)
            edit.setMinimumWidth(min(self.MAX_PREVIEW_WIDTH, edit.fontMetrics().horizontalAdvance(uri) + 16))
        self._set_row_visible(self.session_preview_edit, bool(session))
        self.name_edit.setPlaceholderText(
            self.tr("automatic: {name}").format(name=describe_uri(choice.uri)) if choice.uri else "")
        self.notice_label.setText("\n".join(notices))
        self.notice_label.setVisible(bool(notices))
        self.error_label.setText(error)
        self.connect_button.setEnabled(not error)

    def _show_fields(self, hypervisor: Hypervisor | None, transport: Transport) -> None:
        custom = hypervisor is None
        remote = not custom and transport.remote
        self._set_row_visible(self.custom_uri_edit, custom)
        self._set_row_visible(self.test_file_edit, not custom and hypervisor.takes_file)
        self._set_row_visible(self.transport_combo, not custom)
        for edit in (self.host_edit, self.port_edit):
            self._set_row_visible(edit, remote)
        for edit in (self.user_edit, self.keyfile_edit):
            self._set_row_visible(edit, remote and transport.takes_user)
        self.port_edit.setPlaceholderText(self.tr("default ({port})").format(port=transport.default_port))
        self._set_row_visible(self.session_check, _offers_session(hypervisor, transport))
        text = self.custom_uri_edit.text().strip()
        self._set_row_visible(self.system_ssh_check, custom and _over_ssh(text))
        runs_program = bool(program_run_by(text))
        self.system_ssh_check.setEnabled(not runs_program)
        if runs_program:
            blocked = self.system_ssh_check.blockSignals(True)  # judged below, with the rest of the form
            self.system_ssh_check.setChecked(True)
            self.system_ssh_check.blockSignals(blocked)
        self.system_ssh_check.setToolTip(self.tr(
            "virtdesk's SSH does not run programs named in a URI (command=, netcat=): the system ssh program "
            "opens this one.") if runs_program else "")

    def _set_row_visible(self, field: QWidget, visible: bool) -> None:
        self.form_layout.setRowVisible(field, visible)

    def _show_program(self, program: str) -> None:
        if program != self._trusted:  # a trust given to another program does not carry over
            self._trusted = ""
            blocked = self.trust_check.blockSignals(True)
            self.trust_check.setChecked(False)
            self.trust_check.blockSignals(blocked)
        shown = program if program != UNNAMED else self.tr("(the URI names none)")
        self.program_label.setText(self.tr(
            "Opening this URI makes libvirt run a program: {program}. Connect only if you know what it "
            "does.").format(program=shown) if program else "")
        self.trust_check.setText(self.tr("I trust this program: {program}").format(program=shown))
        self.trust_check.setEnabled(program not in ("", UNNAMED))
        for widget in (self.program_label, self.trust_check):
            widget.setVisible(bool(program))

    def _trust_toggled(self, trusted: bool) -> None:
        self._trusted = program_run_by(self._choice.uri) if trusted and self._choice.uri else ""
        self._update()

    def _from_fields(self, hypervisor: Hypervisor, transport: Transport) -> _Choice:
        path = self._test_file() if hypervisor.takes_file else ""
        session = _offers_session(hypervisor, transport) and self.session_check.isChecked()
        if not transport.remote:
            return _Choice(build_uri(hypervisor, via=transport, path=path), session=session)
        host = self._host()
        user = self._user() if transport.takes_user else ""
        keyfile = self._keyfile() if transport.takes_user else ""
        return _Choice(build_uri(hypervisor, host, user, self._port(), via=transport, keyfile=keyfile, path=path),
                       system_ssh=transport.system_ssh, session=session)

    def _from_uri(self, text: str) -> _Choice:
        text = text.strip()
        if not text:
            raise _Invalid(self.tr("Enter a libvirt URI such as qemu:///system."))
        if text == demo.DEMO_ALIAS:
            return _Choice(demo.resolve_uri(text))
        if not _URI.fullmatch(text):
            raise _Invalid(self.tr("\"{uri}\" is not a URI: it must start with a scheme such as qemu: "
                                  "and contain no spaces.").format(uri=text))
        try:
            parts = urlsplit(text)
            port = parts.port
        except ValueError:
            raise _Invalid(self.tr("\"{uri}\" is not a valid URI: check the host and the port.").format(
                uri=text)) from None
        if parts.hostname:
            _checked(check_host, parts.hostname, self._bad_host)
        if parts.username:
            _checked(check_user, unquote(parts.username), self._bad_user)
        if port is not None:
            _checked(check_port, port, self._bad_port)
        if not _over_ssh(text):
            return _Choice(text)
        system_ssh = self.system_ssh_check.isChecked()  # ticked for good when the URI runs a program
        if not system_ssh:
            try:
                SshUri.parse(text)
            except RemoteError as refused:
                raise _Invalid(self.tr("virtdesk's SSH cannot open this URI: {reason}").format(
                    reason=refused)) from None
        return _Choice(text, system_ssh=system_ssh)

    def _judge(self, choice: _Choice, notices: list[str]) -> _Choice:
        """The choice, with an error when this machine cannot open it, and notices about how it goes."""
        parts = urlsplit(choice.uri)
        scheme, _, via = parts.scheme.partition("+")
        if parts.hostname and not via:
            via = "tls"  # libvirt's default for a URI with a host
        parameters = dict(parse_qsl(parts.query))
        if not via and self._missing_drivers is not None and self._missing_drivers.get(scheme):
            return _Choice(choice.uri, self.tr("{driver} cannot be opened on this machine: {reason}").format(
                driver=describe_uri(choice.uri), reason=self._missing_drivers[scheme]))
        if via == "tls":
            missing = self._missing_tls_file(parameters.get("pkipath", ""))
            if missing:
                return _Choice(choice.uri, self.tr(
                    "TLS needs a client certificate that libvirt will not find: {file} is missing.").format(
                    file=missing))
        if via == "tcp":
            notices.append(self.tr("TCP is unencrypted: unless the host requires SASL with an encrypting "
                                   "mechanism (such as GSSAPI), use it only on a network you trust."))
        return choice

    # -- the fields

    def _bad_host(self, host: str) -> str:
        return self.tr("\"{host}\" is not a host name or an IP address: a name has only letters, digits, dots, "
                       "'-' and '_', and does not start with '-'.").format(host=host)

    def _bad_user(self, user: str) -> str:
        return self.tr("\"{user}\" is not a user name: it has only letters, digits and . _ - @ \\, and does "
                       "not start with '-'.").format(user=user)

    def _bad_port(self, port: str) -> str:
        return self.tr("\"{port}\" is not a port: a port is a number from 1 to 65535.").format(port=port)

    def _host(self) -> str:
        host = self.host_edit.text().strip()
        if not host:
            raise _Invalid(self.tr("Enter the name or address of the remote host."))
        bare = host[1:-1] if host.startswith("[") and host.endswith("]") and ":" in host else host
        _checked(check_host, bare, lambda _bare: self._bad_host(host))
        return bare

    def _user(self) -> str:
        user = self.user_edit.text().strip()
        if user:
            _checked(check_user, user, self._bad_user)
        return user

    def _port(self) -> int | None:
        text = self.port_edit.text().strip()
        if not text:
            return None
        if not text.isascii() or not text.isdigit():
            raise _Invalid(self._bad_port(text))
        _checked(check_port, int(text), lambda _port: self._bad_port(text))
        return int(text)

    def _keyfile(self) -> str:
        return _absolute_path(self.keyfile_edit.text(), self.tr(
            "The key file must be an absolute path, such as ~/.ssh/id_ed25519 or /home/me/.ssh/id_ed25519."))

    def _test_file(self) -> str:
        return _absolute_path(self.test_file_edit.text(), self.tr(
            "The host file must be an absolute path, such as /srv/hosts/lab.xml."))


def _checked(check: Callable[[Any], object], value: Any, message: Callable[[str], str]) -> None:
    """check(value) (one of remote/uri.py's); _Invalid(message(value)) when it refuses the value."""
    try:
        check(value)
    except ValueError:
        raise _Invalid(message(str(value))) from None


def _absolute_path(text: str, refusal: str) -> str:
    """text as an absolute path ("~/" expanded; "" for none); _Invalid(refusal) when it is not one."""
    text = text.strip()
    if not text:
        return ""
    path = str(Path(text).expanduser()) if text.startswith("~/") else text
    if not path.startswith("/") or _CONTROL.search(path):
        raise _Invalid(refusal)
    return path

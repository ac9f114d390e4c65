"""The "Add Connection" dialog: pick a hypervisor (local or over SSH) or type a URI, and see what will open."""

from __future__ import annotations

import ipaddress
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from virtdesk import demo
from virtdesk.model.uri import Hypervisor, build_uri, hypervisors

_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S*")
_HOST_LABEL = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)")
_USER = re.compile(r"[^\s@/:?#\[\]]+")
DEFAULT_SSH_PORT = 22


def is_valid_host(host: str) -> bool:
    """A DNS name, an IPv4 or an IPv6 address (brackets around IPv6 allowed)."""
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
        return ":" in host and _is_ip(host)
    if ":" in host:
        return _is_ip(host)
    name = host[:-1] if host.endswith(".") else host
    return 0 < len(name) <= 253 and all(_HOST_LABEL.fullmatch(label) for label in name.split("."))


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


class AddConnectionDialog(QDialog):
    """Asks for a connection; `uri()` is exactly what the preview shows, `autoconnect()` the checkbox.
    Connect accepts only a valid URI that is not in the list yet; `error()` says why not."""

    def __init__(self, parent: QWidget | None = None, existing: set[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add Connection"))
        self._existing = existing or set()
        self._hypervisors = hypervisors()
        self._uri = ""

        self.hypervisor_combo = QComboBox()
        for hypervisor in self._hypervisors:
            self.hypervisor_combo.addItem(hypervisor.label)
        self.hypervisor_combo.addItem(self.tr("Custom URI"))
        self.custom_uri_edit = QLineEdit()
        self.custom_uri_edit.setPlaceholderText(self.tr("e.g. qemu+ssh://root@host/system, or demo"))

        self.remote_check = QCheckBox(self.tr("Connect to remote host over SSH"))
        self.user_edit = QLineEdit()
        self.user_edit.setPlaceholderText(self.tr("current user"))
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText(self.tr("host name or IP address"))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(0, 65535)
        self.port_spin.setSpecialValueText(self.tr("default ({port})").format(port=DEFAULT_SSH_PORT))
        self.autoconnect_check = QCheckBox(self.tr("Autoconnect at start"))
        self.autoconnect_check.setChecked(True)

        self.preview_edit = QLineEdit()
        self.preview_edit.setReadOnly(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("QLabel { color: #c01c28; }")
        self.error_label.setMinimumHeight(2 * self.error_label.fontMetrics().lineSpacing())
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.form = QFormLayout()
        self.form.addRow(self.tr("&Hypervisor:"), self.hypervisor_combo)
        self.form.addRow(self.tr("&URI:"), self.custom_uri_edit)
        self.form.addRow("", self.remote_check)
        self.form.addRow(self.tr("U&ser name:"), self.user_edit)
        self.form.addRow(self.tr("H&ost:"), self.host_edit)
        self.form.addRow(self.tr("&Port:"), self.port_spin)
        self.form.addRow("", self.autoconnect_check)
        self.form.addRow(self.tr("Will open:"), self.preview_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.connect_button.setDefault(True)  # only now in the dialog: before, the dialog made Cancel its default

        self.hypervisor_combo.currentIndexChanged.connect(self._update)
        self.custom_uri_edit.textChanged.connect(self._update)
        self.remote_check.toggled.connect(self._update)
        self.user_edit.textChanged.connect(self._update)
        self.host_edit.textChanged.connect(self._update)
        self.port_spin.valueChanged.connect(self._update)
        self._update()
        self.resize(480, self.sizeHint().height())

    def uri(self) -> str:
        return self._uri

    def autoconnect(self) -> bool:
        return self.autoconnect_check.isChecked()

    def error(self) -> str:
        """Why Connect is disabled ("" when the form is valid)."""
        return self.error_label.text()

    def accept(self) -> None:
        if self.connect_button.isEnabled():
            super().accept()

    def _selected_hypervisor(self) -> Hypervisor | None:
        index = self.hypervisor_combo.currentIndex()
        return self._hypervisors[index] if 0 <= index < len(self._hypervisors) else None

    def _update(self) -> None:
        hypervisor = self._selected_hypervisor()
        custom = hypervisor is None
        remote = not custom and self.remote_check.isChecked()
        for widget in (self.remote_check, self.user_edit, self.host_edit, self.port_spin):
            self.form.setRowVisible(widget, not custom)
            widget.setEnabled(remote or widget is self.remote_check)
        self.form.setRowVisible(self.custom_uri_edit, custom)

        uri, error = self._custom_uri() if hypervisor is None else self._built_uri(hypervisor, remote)
        if error:
            uri = ""
        elif uri in self._existing:
            error = self.tr("{uri} is already in the list. To open it, select it in the manager and choose "
                            "Connect.").format(uri=uri)
        self._uri = uri
        self.preview_edit.setText(uri)
        self.error_label.setText(error)
        self.connect_button.setEnabled(not error)

    def _custom_uri(self) -> tuple[str, str]:
        text = self.custom_uri_edit.text().strip()
        if not text:
            return "", self.tr("Enter a libvirt URI such as qemu:///system.")
        if text == demo.DEMO_ALIAS:
            return demo.resolve_uri(text), ""
        if not _URI.fullmatch(text):
            return "", self.tr("\"{uri}\" is not a URI: it must start with a scheme such as qemu: "
                               "and contain no spaces.").format(uri=text)
        return text, ""

    def _built_uri(self, hypervisor: Hypervisor, remote: bool) -> tuple[str, str]:
        if not remote:
            return build_uri(hypervisor), ""
        user = self.user_edit.text().strip()
        host = self.host_edit.text().strip()
        if not host:
            return "", self.tr("Enter the name or address of the remote host.")
        if not is_valid_host(host):
            return "", self.tr("\"{host}\" is not a valid host name, IPv4 or IPv6 address.").format(host=host)
        if user and not _USER.fullmatch(user):
            return "", self.tr("The user name must not contain spaces or any of @ / : ? # [ ].")
        return build_uri(hypervisor, host.strip("[]"), user, self.port_spin.value() or None), ""

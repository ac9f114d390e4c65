"""Graphics pages: VNC or SPICE, where it listens, its port, password (read only when the user asks to see or
change it; changed live on a running VM), keymap, OpenGL for SPICE; on a running VM, the port actually in use."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox

from virtdesk import xmlconf
from virtdesk.gui.accessible import name_after_row
from virtdesk.gui.details.page import DevicePage, PageContext
from virtdesk.gui.details.pages import register
from virtdesk.gui.details.widgets.device_choices import GRAPHICS_TYPES, offered, with_domain_capabilities
from virtdesk.gui.details.widgets.field_editors import CheckValue, ChoiceCombo, ReadOnlyValue
from virtdesk.gui.details.widgets.form_snapshot import FormSnapshot
from virtdesk.gui.details.widgets.password_input import PasswordInput
from virtdesk.model import domain_live, graphics_passwords
from virtdesk.model.domain_config import LiveChange
from virtdesk.model.errors import describe

TYPE_LABELS = {"vnc": "VNC", "spice": "SPICE", "sdl": "SDL", "rdp": "RDP", "dbus": "D-Bus",
               "egl-headless": "EGL headless"}
ADDRESSES = ("127.0.0.1", "0.0.0.0", "::1", "::")
KEYMAPS = ("en-us", "en-gb", "de", "de-ch", "fr", "fr-ch", "es", "it", "ja", "pt", "pt-br", "sv", "nl", "ru")
SPICE_ONLY = ("tls_port", "default_mode", "image_compression", "streaming_mode", "clipboard_copypaste", "mouse_mode",
              "filetransfer_enable", "gl_enable", "gl_rendernode")
VNC_ONLY = ("websocket", "share_policy")
FIRST_PORT = 5900


@register
class GraphicsPage(DevicePage):
    list_name = "graphics"
    icon_name = "video-display"

    def __init__(self, context: PageContext, index: int) -> None:
        super().__init__(context, index)
        self._live: xmlconf.Graphics | None = None
        form = self.form_page(self)
        self.type = ChoiceCombo([(t, TYPE_LABELS[t]) for t in GRAPHICS_TYPES])
        self.type.setObjectName("type")
        form.addRow(self.tr("Type:"), self.type)
        self.listen_type = ChoiceCombo([("address", self.tr("Address")),
                                        ("none", self.tr("None (only through libvirt)")),
                                        ("socket", self.tr("UNIX socket"))])
        self.listen_type.setObjectName("listen-type")
        form.addRow(self.tr("Listen type:"), self.listen_type)
        self.address = QComboBox()
        self.address.setObjectName("address")
        self.address.setEditable(True)
        self.address.addItems(["", *ADDRESSES])
        self.address.lineEdit().setPlaceholderText(self.tr("Hypervisor default"))
        self.address.setMinimumContentsLength(24)
        form.addRow(self.tr("Address:"), self.address)
        self.autoport = CheckValue(self.tr("Automatic"))
        self.autoport.setObjectName("autoport")
        self.port = QSpinBox()
        self.port.setObjectName("port")
        self.port.setRange(FIRST_PORT, 65535)
        port_row = QHBoxLayout()
        port_row.addWidget(self.autoport)
        port_row.addWidget(self.port, 1)
        form.addRow(self.tr("Port:"), port_row)
        name_after_row(form, port_row, self.port)
        self.live_port = ReadOnlyValue()
        self.live_port.setObjectName("live-port")
        form.addRow(self.tr("In use now:"), self.live_port)
        self.password_on = CheckValue(self.tr("Require"))
        self.password_on.setObjectName("password-on")
        self.password = PasswordInput()
        self.password.saved_wanted.connect(self._read_password)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password_on)
        password_row.addWidget(self.password, 1)
        form.addRow(self.tr("Password:"), password_row)
        name_after_row(form, password_row, self.password.line)
        self.keymap = QComboBox()
        self.keymap.setObjectName("keymap")
        self.keymap.setEditable(True)
        self.keymap.addItems(["", *KEYMAPS])
        self.keymap.lineEdit().setPlaceholderText(self.tr("Hypervisor default"))
        self.keymap.setMinimumContentsLength(24)
        form.addRow(self.tr("Keymap:"), self.keymap)
        self.gl = CheckValue(self.tr("OpenGL acceleration (SPICE)"))
        self.gl.setObjectName("gl")
        form.addRow(self.tr("OpenGL:"), self.gl)
        self.form = form
        self.watch(self.type, self.listen_type, self.address, self.autoport, self.port, self.password_on,
                   self.password.line, self.keymap, self.gl)
        for widget in (self.type, self.listen_type):
            widget.currentIndexChanged.connect(self._update_enabled)
        for check in (self.autoport, self.password_on):
            check.toggled.connect(self._update_enabled)
        self.snapshot = FormSnapshot(self._values)

    @classmethod
    def list_label(cls, device: xmlconf.Device | None, index: int) -> str:
        kind = (device.type if device is not None else None) or ""
        return QCoreApplication.translate("GraphicsPage", "Display {type}").format(type=TYPE_LABELS.get(kind, kind))

    def load(self, config: xmlconf.Domain, live: xmlconf.Domain | None) -> None:
        graphics = self.device(config)
        assert isinstance(graphics, xmlconf.Graphics)
        self.type.set_value(graphics.type)
        self.listen_type.set_value(graphics.listen_type or ("address" if graphics.listen else None))
        self.address.setCurrentText(graphics.listen_address or graphics.listen or "")
        self.autoport.set_optional_value(graphics.autoport is True or (graphics.autoport is None
                                                                        and (graphics.port or -1) < 0))
        self.port.setValue(graphics.port if graphics.port and graphics.port > 0 else FIRST_PORT)
        self.password_on.set_optional_value(self._has_saved_password())
        self.password.reset(self._has_saved_password())
        if not self._password_known():
            self.password.line.setPlaceholderText(self.tr("Not known: this connection may not read passwords"))
        self.keymap.setCurrentText(graphics.keymap or "")
        self.gl.set_optional_value(graphics.gl_enable)
        self._live = self.live_device(live)  # type: ignore[assignment]
        self._live = self._live.copy() if self._live is not None else None
        self._show_live_port()
        self._update_enabled()
        self.snapshot.take()
        with_domain_capabilities(self, self.context.domain.connection, config, self._capabilities_arrived)

    def _read_password(self) -> None:
        graphics_passwords.password(self.context.domain, self.index).then(
            self.password.fill, self._password_unread, owner=self)

    def _password_unread(self, exc: BaseException) -> None:
        self.password.fill_failed()
        self.show_note(self.tr("The password could not be read: {error}").format(error=describe(exc)))

    def _capabilities_arrived(self, caps: xmlconf.DomainCapabilities) -> None:
        self.type.set_choices([(t, TYPE_LABELS.get(t, t)) for t in offered(caps.devices.graphics.enum("type"),
                                                                          GRAPHICS_TYPES) if t in GRAPHICS_TYPES])

    def _show_live_port(self) -> None:
        live = self._live
        self.form.setRowVisible(self.live_port, live is not None)
        if live is None:
            return
        parts = []
        if live.port and live.port > 0:
            parts.append(self.tr("port {port}").format(port=live.port))
        if live.tls_port and live.tls_port > 0:
            parts.append(self.tr("TLS port {port}").format(port=live.tls_port))
        if live.listen_socket:
            parts.append(self.tr("socket {path}").format(path=live.listen_socket))
        if live.listen_address:
            parts.append(self.tr("on {address}").format(address=live.listen_address))
        self.live_port.setText(", ".join(parts) or self.tr("not listening"))

    def _update_enabled(self) -> None:
        address = self.listen_type.value() == "address"
        self.address.setEnabled(address)
        self.autoport.setEnabled(address)
        self.port.setEnabled(address and not self.autoport.isChecked())
        known = self._password_known()
        self.password_on.setEnabled(known)
        self.password.setEnabled(known and self.password_on.isChecked())
        self.gl.setEnabled(self.type.value() == "spice")

    def _values(self) -> dict[str, Any]:
        return {"type": self.type.value(), "listen": (self.listen_type.value(), self.address.currentText().strip()),
                "port": (self.autoport.isChecked(), self.port.value()),
                "keymap": self.keymap.currentText().strip() or None, "gl": self.gl.isChecked()}

    def _password_known(self) -> bool:
        return self.context.config.protected_graphics is not None

    def _has_saved_password(self) -> bool:
        protected = self.context.config.protected_graphics
        return protected is not None and self.index in protected

    def _new_password(self) -> tuple[bool, str | None]:
        """Whether the user changed the password, and to what (None: no password)."""
        if not self._password_known():
            return False, None
        if not self.password_on.isChecked():
            return self._has_saved_password(), None
        typed = self.password.typed()
        return typed is not None, typed

    def validate(self) -> str:
        typed = self.password.typed()
        if self.password_on.isChecked() and (typed == "" or (typed is None and not self._has_saved_password())):
            return self.tr("Enter the password, or untick “Require”.")
        return ""

    def write(self, config: xmlconf.Domain) -> list[LiveChange]:
        graphics = self.device(config)
        assert isinstance(graphics, xmlconf.Graphics)
        changed = self.snapshot.changed()
        if "listen" in changed:
            listen_type, address = changed["listen"]
            if listen_type == "address":
                graphics.set_listen_address(address or None)
            elif listen_type is not None:
                graphics.listen_address = graphics.listen_network = graphics.listen_socket = graphics.listen = None
                graphics.listen_type = listen_type
        if "port" in changed:
            auto, port = changed["port"]
            graphics.autoport = auto
            graphics.port = -1 if auto else port
        if "keymap" in changed:
            graphics.keymap = changed["keymap"]
        if "gl" in changed:
            graphics.gl_enable = changed["gl"]
        if "type" in changed:
            graphics.type = changed["type"]
            for name in SPICE_ONLY if changed["type"] != "spice" else VNC_ONLY:
                setattr(graphics, name, None)
        self.needs_restart = bool(changed)
        password_changed, password = self._new_password()
        if not password_changed:
            return []
        # a running VM takes a new password at once, unless other settings of the display change too
        running = self._live if password is not None and not changed else None
        if self._live is not None and running is None:
            self.needs_restart = True
        description = self.tr("Change the display password") if password is not None \
            else self.tr("Remove the display password")
        return [domain_live.change_display_password(description, self.index, password, running)]

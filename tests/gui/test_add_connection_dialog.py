"""The Add Connection dialog: the URI it previews and returns, and what it refuses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from virtdesk import demo
from virtdesk.gui.add_connection_dialog import AddConnectionDialog, is_valid_host
from virtdesk.model.uri import hypervisors

pytestmark = pytest.mark.gui

KEYS = [hypervisor.key for hypervisor in hypervisors()]


def make_dialog(qtbot: QtBot, existing: set[str] | None = None) -> AddConnectionDialog:
    dialog = AddConnectionDialog(existing=existing)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose_custom(dialog: AddConnectionDialog, text: str) -> None:
    dialog.hypervisor_combo.setCurrentIndex(dialog.hypervisor_combo.count() - 1)
    dialog.custom_uri_edit.setText(text)


def fill_remote(dialog: AddConnectionDialog, key: str, user: str, host: str, port: int) -> None:
    dialog.hypervisor_combo.setCurrentIndex(KEYS.index(key))
    dialog.remote_check.setChecked(True)
    dialog.user_edit.setText(user)
    dialog.host_edit.setText(host)
    dialog.port_spin.setValue(port)


def test_default_is_local_qemu_system_with_autoconnect(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    assert dialog.preview_edit.text() == "qemu:///system"
    assert dialog.uri() == "qemu:///system"
    assert dialog.autoconnect() is True
    assert dialog.connect_button.isEnabled()
    assert not dialog.host_edit.isEnabled() and not dialog.port_spin.isEnabled()


@pytest.mark.parametrize(("key", "expected"), [
    ("qemu-session", "qemu:///session"), ("lxc", "lxc:///"), ("xen", "xen:///system"), ("test", "test:///default"),
])
def test_local_hypervisors_preview(qtbot: QtBot, key: str, expected: str) -> None:
    dialog = make_dialog(qtbot)
    dialog.hypervisor_combo.setCurrentIndex(KEYS.index(key))
    assert dialog.preview_edit.text() == expected
    assert dialog.uri() == expected


@pytest.mark.parametrize(("key", "user", "host", "port", "expected"), [
    ("qemu-system", "root", "host1.example.com", 0, "qemu+ssh://root@host1.example.com/system"),
    ("qemu-session", "", "192.168.1.5", 2222, "qemu+ssh://192.168.1.5:2222/session"),
    ("qemu-system", "bob", "fe80::1", 0, "qemu+ssh://bob@[fe80::1]/system"),
    ("qemu-system", "", " [::1] ", 22, "qemu+ssh://[::1]:22/system"),
    ("lxc", "admin", "box", 0, "lxc+ssh://admin@box/"),
])
def test_remote_preview(qtbot: QtBot, key: str, user: str, host: str, port: int, expected: str) -> None:
    dialog = make_dialog(qtbot)
    fill_remote(dialog, key, user, host, port)
    assert dialog.error() == ""
    assert dialog.preview_edit.text() == expected
    assert dialog.uri() == expected
    assert dialog.connect_button.isEnabled()


@pytest.mark.parametrize("host", ["", "bad host", "under_score.example", "-lead.example", "a..b", "1.2.3.4:22",
                                  "[host]", "fe80::zz"])
def test_invalid_host_disables_connect_and_keeps_input(qtbot: QtBot, host: str) -> None:
    dialog = make_dialog(qtbot)
    fill_remote(dialog, "qemu-system", "root", host, 2222)
    assert dialog.error() != ""
    assert dialog.error_label.text() == dialog.error()
    assert not dialog.connect_button.isEnabled()
    assert dialog.uri() == "" and dialog.preview_edit.text() == ""
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.isVisible()
    assert dialog.host_edit.text() == host and dialog.user_edit.text() == "root"
    assert dialog.port_spin.value() == 2222


def test_fixing_the_host_enables_connect(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    fill_remote(dialog, "qemu-system", "", "bad host", 0)
    assert not dialog.connect_button.isEnabled()
    dialog.host_edit.setText("goodhost")
    assert dialog.connect_button.isEnabled() and dialog.error() == ""
    assert dialog.uri() == "qemu+ssh://goodhost/system"


def test_user_name_with_at_sign_is_refused(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    fill_remote(dialog, "qemu-system", "a@b", "host", 0)
    assert not dialog.connect_button.isEnabled()
    assert "user name" in dialog.error()


def test_unchecking_remote_goes_back_to_local(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    fill_remote(dialog, "qemu-system", "", "bad host", 0)
    dialog.remote_check.setChecked(False)
    assert dialog.uri() == "qemu:///system" and dialog.connect_button.isEnabled()
    assert dialog.host_edit.text() == "bad host"


@pytest.mark.parametrize("text", ["qemu+ssh://root@host/system?keyfile=/k", "test:///default", " qemu:///session "])
def test_custom_uri_accepted(qtbot: QtBot, text: str) -> None:
    dialog = make_dialog(qtbot)
    choose_custom(dialog, text)
    assert dialog.uri() == text.strip()
    assert dialog.preview_edit.text() == text.strip()
    assert dialog.connect_button.isEnabled()
    assert not dialog.remote_check.isVisible() and dialog.custom_uri_edit.isVisible()


def test_custom_uri_demo_alias_previews_the_demo_host(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    choose_custom(dialog, "demo")
    assert dialog.uri() == demo.demo_uri()
    assert dialog.preview_edit.text() == demo.demo_uri()
    assert dialog.connect_button.isEnabled()


@pytest.mark.parametrize("text", ["", "   ", "qemu", "/var/run/libvirt", "qemu:///sys tem", "1qemu:///system"])
def test_custom_uri_refused(qtbot: QtBot, text: str) -> None:
    dialog = make_dialog(qtbot)
    choose_custom(dialog, text)
    assert dialog.error() != ""
    assert not dialog.connect_button.isEnabled()
    assert dialog.uri() == ""
    assert dialog.custom_uri_edit.text() == text


def test_existing_connection_is_refused(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, existing={"qemu:///system", "qemu+ssh://root@h/system"})
    assert "already" in dialog.error()
    assert not dialog.connect_button.isEnabled()
    fill_remote(dialog, "qemu-system", "root", "h", 0)
    assert "already" in dialog.error() and not dialog.connect_button.isEnabled()
    dialog.user_edit.setText("admin")
    assert dialog.error() == "" and dialog.connect_button.isEnabled()


def test_an_existing_local_connection_is_shown_and_said_to_be_in_the_list(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, existing={"qemu:///system"})
    assert dialog.preview_edit.text() == "qemu:///system" and dialog.uri() == "qemu:///system"
    assert "qemu:///system is already in the list" in dialog.error()
    assert dialog.error_label.isVisible() and dialog.error_label.text() == dialog.error()
    assert not dialog.connect_button.isEnabled()
    qtbot.keyClick(dialog.hypervisor_combo, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    dialog.hypervisor_combo.setCurrentIndex(KEYS.index("qemu-session"))
    assert dialog.preview_edit.text() == "qemu:///session"
    assert dialog.error() == "" and dialog.connect_button.isEnabled()


def test_connect_button_accepts(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    fill_remote(dialog, "qemu-session", "me", "vmhost", 0)
    dialog.autoconnect_check.click()
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.uri() == "qemu+ssh://me@vmhost/session"
    assert dialog.autoconnect() is False


def test_enter_connects(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog.hypervisor_combo, Qt.Key.Key_Return)
    assert dialog.uri() == "qemu:///system"


def test_enter_on_an_invalid_uri_keeps_the_dialog_and_the_input(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    choose_custom(dialog, "not a uri")
    qtbot.keyClick(dialog.custom_uri_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.custom_uri_edit.text() == "not a uri"


@pytest.mark.parametrize(("host", "valid"), [
    ("localhost", True), ("host.example.com.", True), ("10.0.0.1", True), ("::1", True), ("[2001:db8::1]", True),
    ("a" * 64, False), ("x y", False), ("[10.0.0.1]", False), ("", False), ("h/ost", False),
])
def test_is_valid_host(host: str, valid: bool) -> None:
    assert is_valid_host(host) is valid

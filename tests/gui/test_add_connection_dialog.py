"""The Add Connection dialog, typed into as a user would: the URI it previews, the connections it requests, what it
refuses and why. Which drivers and TLS files "this machine" has comes from trees of files the tests lay out."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from pictures import save_picture
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot
from testhosts import domain_xml, write_host

from virtdesk import demo
from virtdesk.gui.add_connection_dialog import AddConnectionDialog
from virtdesk.model.drivers import TlsFiles, local_drivers
from virtdesk.model.uri import ConnectionRequest, hypervisors, transports
from virtdesk.model.worker import file_executor, submit

pytestmark = pytest.mark.gui

HYPERVISORS = [hypervisor.key for hypervisor in hypervisors()]
TRANSPORTS = [transport.key for transport in transports()]
MODULES = "usr/lib/x86_64-linux-gnu/libvirt/connection-driver"
EVERY_DRIVER = ("usr/sbin/libvirtd", "proc/xen/capabilities", "proc/vz",
                *(f"{MODULES}/libvirt_driver_{name}.so" for name in ("qemu", "libxl", "lxc", "vbox", "ch", "bhyve")))
TLS_FILES = ("CA/cacert.pem", "libvirt/clientcert.pem", "libvirt/private/clientkey.pem")
HOSTILE = ["-oProxyCommand=touch${IFS}/tmp/x", "a;b", "$(id)"]


def lay_out(root: Path, *files: str) -> Path:
    for name in files:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).touch()
    return root


@pytest.fixture
def machine(tmp_path: Path) -> Path:
    """A machine with every driver and a daemon (reported as FreeBSD, so that bhyve counts too)."""
    return lay_out(tmp_path / "machine", *EVERY_DRIVER)


@pytest.fixture
def bare(tmp_path: Path) -> Path:
    """A machine with no libvirt at all."""
    return lay_out(tmp_path / "bare")


@pytest.fixture
def pki(tmp_path: Path) -> TlsFiles:
    """Every TLS client file, where root's libvirt looks for them."""
    return TlsFiles(pki=lay_out(tmp_path / "pki", *TLS_FILES), user_pki=tmp_path / "user-pki", privileged=True)


def make_dialog(qtbot: QtBot, root: Path, existing: set[str] | None = None, tls_files: TlsFiles | None = None,
                platform: str = "freebsd14") -> AddConnectionDialog:
    """The dialog on a machine laid out at root, once the worker has said what it has."""
    dialog = AddConnectionDialog(existing=existing, drivers=partial(local_drivers, root, platform),
                                 tls_files=tls_files)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    return dialog


def settle(qtbot: QtBot) -> None:
    """Waits until every disk check asked for so far has come back (the file worker runs them in order)."""
    last = submit(file_executor(), lambda: None)
    qtbot.waitUntil(lambda: last.done, timeout=5000)


def pick(dialog: AddConnectionDialog, hypervisor: str | None = None, transport: str | None = None) -> None:
    if hypervisor is not None:
        dialog.hypervisor_combo.setCurrentIndex(HYPERVISORS.index(hypervisor))
    if transport is not None:
        dialog.transport_combo.setCurrentIndex(TRANSPORTS.index(transport))


def type_custom(qtbot: QtBot, dialog: AddConnectionDialog, text: str) -> None:
    dialog.hypervisor_combo.setCurrentIndex(dialog.hypervisor_combo.count() - 1)
    dialog.custom_uri_edit.clear()
    qtbot.keyClicks(dialog.custom_uri_edit, text)


def fill_remote(qtbot: QtBot, dialog: AddConnectionDialog, transport: str = "ssh", host: str = "",
                user: str = "", port: str = "", keyfile: str = "", hypervisor: str = "qemu-system") -> None:
    pick(dialog, hypervisor, transport)
    for edit, text in ((dialog.host_edit, host), (dialog.user_edit, user), (dialog.port_edit, port),
                       (dialog.keyfile_edit, keyfile)):
        edit.clear()
        if text.isascii():
            qtbot.keyClicks(edit, text)
        else:
            edit.insert(text)  # as pasted: QTest types ASCII only


def assert_refused(dialog: AddConnectionDialog, *words: str) -> None:
    assert dialog.error() != ""
    assert dialog.error_label.text() == dialog.error() and dialog.error_label.isVisible()
    assert all(word in dialog.error() for word in words), dialog.error()
    assert not dialog.connect_button.isEnabled()
    assert dialog.requests() == []


def assert_accepted(dialog: AddConnectionDialog, uri: str) -> None:
    assert dialog.error() == ""
    assert dialog.uri() == uri and dialog.preview_edit.text() == uri
    assert dialog.connect_button.isEnabled()


# -- the layout comes from the form


def test_the_layout_is_the_designer_form(qtbot: QtBot, machine: Path) -> None:
    dialog = make_dialog(qtbot, machine)
    form = dialog.findChild(QWidget, "AddConnectionForm")
    assert form is not None and dialog.host_edit.window() is dialog
    assert dialog.findChild(QLabel, "hypervisor_label").text() == "&Hypervisor:"
    assert dialog.hypervisor_combo.count() == len(HYPERVISORS) + 1  # and "Custom URI"
    assert dialog.transport_combo.count() == len(TRANSPORTS)


# -- local connections


def test_default_is_local_qemu_system_with_autoconnect(qtbot: QtBot, machine: Path) -> None:
    dialog = make_dialog(qtbot, machine)
    assert_accepted(dialog, "qemu:///system")
    assert dialog.requests() == [ConnectionRequest("qemu:///system")]
    assert not dialog.host_edit.isVisible() and not dialog.port_edit.isVisible()
    assert dialog.session_check.isVisible() and not dialog.session_check.isChecked()
    assert dialog.name_edit.placeholderText() == "automatic: QEMU/KVM"
    save_picture(dialog, "add-connection")


@pytest.mark.parametrize(("key", "expected"), [
    ("qemu-session", "qemu:///session"), ("xen", "xen:///system"), ("lxc", "lxc:///system"),
    ("openvz", "openvz:///system"), ("bhyve", "bhyve:///system"), ("vbox", "vbox:///session"),
    ("ch", "ch:///system"), ("test", "test:///default"),
])
def test_each_local_hypervisor_on_a_machine_that_has_it(qtbot: QtBot, machine: Path, key: str,
                                                        expected: str) -> None:
    dialog = make_dialog(qtbot, machine)
    pick(dialog, key)
    assert_accepted(dialog, expected)
    assert not dialog.session_check.isVisible()
    assert dialog.test_file_edit.isVisible() is (key == "test")


@pytest.mark.parametrize(("key", "words"), [
    ("qemu-system", ("QEMU/KVM", "libvirt_driver_qemu.so", "libvirt-daemon-driver-qemu")),
    ("xen", ("Xen", "libvirt_driver_libxl.so", "libvirt-daemon-driver-xen")),
    ("lxc", ("LXC", "libvirt_driver_lxc.so")),
    ("openvz", ("OpenVZ", "/proc/vz")),
])
def test_a_driver_this_machine_lacks_is_refused_locally_with_the_reason(qtbot: QtBot, bare: Path, key: str,
                                                                      words: tuple[str, ...]) -> None:
    dialog = make_dialog(qtbot, bare, platform="linux")
    pick(dialog, key)
    assert_refused(dialog, "cannot be opened on this machine", *words)
    assert dialog.preview_edit.text() == dialog.uri() != ""  # what it would open stays visible
    tip = dialog.hypervisor_combo.itemData(HYPERVISORS.index(key), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Not on this machine") and words[1] in tip


def test_a_driver_this_machine_has_has_no_warning(qtbot: QtBot, machine: Path) -> None:
    dialog = make_dialog(qtbot, machine)
    assert dialog.hypervisor_combo.itemData(HYPERVISORS.index("xen"), Qt.ItemDataRole.ToolTipRole) is None


def test_a_remote_host_decides_for_itself(qtbot: QtBot, bare: Path) -> None:
    dialog = make_dialog(qtbot, bare, platform="linux")
    pick(dialog, "xen")
    assert not dialog.connect_button.isEnabled()
    fill_remote(qtbot, dialog, "ssh", host="xenhost", hypervisor="xen")
    assert_accepted(dialog, "xen+ssh://xenhost/system")


def test_bhyve_is_for_freebsd(qtbot: QtBot, machine: Path) -> None:
    dialog = make_dialog(qtbot, machine, platform="linux")
    pick(dialog, "bhyve")
    assert_refused(dialog, "FreeBSD")


def test_a_module_without_a_daemon(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, lay_out(tmp_path / "m", f"{MODULES}/libvirt_driver_qemu.so"), platform="linux")
    assert_refused(dialog, "libvirtd or virtqemud")


def test_a_custom_local_uri_is_judged_like_the_form(qtbot: QtBot, bare: Path) -> None:
    dialog = make_dialog(qtbot, bare, platform="linux")
    type_custom(qtbot, dialog, "lxc:///system")
    assert_refused(dialog, "libvirt_driver_lxc.so")
    type_custom(qtbot, dialog, "test:///default")
    assert_accepted(dialog, "test:///default")


@pytest.mark.parametrize(("text", "uri"), [
    ("", "test:///default"), ("/srv/hosts/lab.xml", "test:///srv/hosts/lab.xml"),
    ("/srv/my hosts/lab.xml", "test:///srv/my%20hosts/lab.xml"),
])
def test_the_test_driver_takes_a_host_file(qtbot: QtBot, machine: Path, text: str, uri: str) -> None:
    dialog = make_dialog(qtbot, machine)
    pick(dialog, "test")
    qtbot.keyClicks(dialog.test_file_edit, text)
    assert_accepted(dialog, uri)


def test_a_relative_host_file_is_refused(qtbot: QtBot, machine: Path) -> None:
    dialog = make_dialog(qtbot, machine)
    pick(dialog, "test")
    qtbot.keyClicks(dialog.test_file_edit, "hosts/lab.xml")
    assert_refused(dialog, "absolute path")
    assert dialog.uri() == "" and dialog.preview_edit.text() == ""


# -- remote connections


@pytest.mark.parametrize(("transport", "uri", "system_ssh"), [
    ("ssh", "qemu+ssh://root@vm.example.com:2222/system?keyfile=/keys/vm", False),
    ("system-ssh", "qemu+ssh://root@vm.example.com:2222/system?keyfile=/keys/vm", True),
    ("libssh", "qemu+libssh://root@vm.example.com:2222/system?keyfile=/keys/vm", False),
    ("libssh2", "qemu+libssh2://root@vm.example.com:2222/system?keyfile=/keys/vm", False),
    ("tls", "qemu+tls://vm.example.com:2222/system", False),
    ("tcp", "qemu+tcp://vm.example.com:2222/system", False),
])
def test_each_transport(qtbot: QtBot, machine: Path, pki: TlsFiles, transport: str, uri: str,
                        system_ssh: bool) -> None:
    dialog = make_dialog(qtbot, machine, tls_files=pki)
    fill_remote(qtbot, dialog, transport, host="vm.example.com", user="root", port="2222", keyfile="/keys/vm")
    settle(qtbot)
    assert_accepted(dialog, uri)
    takes_user = transport not in ("tls", "tcp")
    assert dialog.user_edit.isVisible() is takes_user and dialog.keyfile_edit.isVisible() is takes_user
    assert dialog.requests() == [ConnectionRequest(uri, system_ssh=system_ssh)]


@pytest.mark.parametrize(("transport", "port"), [("ssh", 22), ("tls", 16514), ("tcp", 16509)])
def test_the_port_field_shows_the_transports_default(qtbot: QtBot, machine: Path, transport: str,
                                                    port: int) -> None:
    dialog = make_dialog(qtbot, machine)
    pick(dialog, transport=transport)
    assert dialog.port_edit.placeholderText() == f"default ({port})"


@pytest.mark.parametrize(("host", "uri"), [
    ("host1.example.com", "qemu+ssh://host1.example.com/system"), ("192.168.1.5", "qemu+ssh://192.168.1.5/system"),
    ("fe80::1", "qemu+ssh://[fe80::1]/system"), (" [::1] ", "qemu+ssh://[::1]/system"),
    ("build_01.lab", "qemu+ssh://build_01.lab/system"),
])
def test_host_names_and_addresses(qtbot: QtBot, machine: Path, host: str, uri: str) -> None:
    dialog = make_dialog(qtbot, machine)
    fill_remote(qtbot, dialog, host=host)
    assert_accepted(dialog, uri)


@pytest.mark.parametrize("host", ["", "bad host", "-lead.example", "a..b", "1.2.3.4:22", "[host]", *HOSTILE])
def test_a_bad_host_is_refused_and_the_input_kept(qtbot: QtBot, machine: Path, host: str) -> None:
    dialog = make_dialog(qtbot, machine)
    fill_remote(qtbot, dialog, host=host, user="root", port="2222")
    assert_refused(dialog, "host")
    assert dialog.uri() == "" and dialog.preview_edit.text() == ""
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.host_edit.text() == host and dialog.user_edit.text() == "root" and dialog.port_edit.text() == "2222"


@pytest.mark.parametrize("user", ["a b", "-l", *HOSTILE])
@pytest.mark.parametrize("transport", ["ssh", "system-ssh", "libssh"])
def test_a_bad_user_name_is_refused(qtbot: QtBot, machine: Path, user: str, transport: str) -> None:
    dialog = make_dialog(qtbot, machine)
    fill_remote(qtbot, dialog, transport, host="vmhost", user=user)
    assert_refused(dialog, "user name", user)
    assert dialog.uri() == ""


@pytest.mark.parametrize("port", ["abc", "0", "70000", "-1", "２２"])
def test_a_bad_port_is_refused(qtbot: QtBot, machine: Path, port: str) -> None:
    dialog = make_dialog(qtbot, machine)
    fill_remote(qtbot, dialog, host="vmhost", port=port)
    assert_refused(dialog, "port", "1 to 65535")


def test_fixing_the_host_enables_connect(qtbot: QtBot, machine: Path) -> None:
    dialog = make_dialog(qtbot, machine)
    fill_remote(qtbot, dialog, host="bad host")
    assert not dialog.connect_button.isEnabled()
    dialog.host_edit.clear()
    qtbot.keyClicks(dialog.host_edit, "goodhost")
    assert_accepted(dialog, "qemu+ssh://goodhost/system")


def test_the_key_file_goes_in_the_uri_with_home_expanded(qtbot: QtBot, machine: Path) -> None:
    dialog = make_dialog(qtbot, machine)
    fill_remote(qtbot, dialog, host="vmhost", keyfile="~/.ssh/id_vm")
    assert_accepted(dialog, f"qemu+ssh://vmhost/system?keyfile={Path.home()}/.ssh/id_vm")
    dialog.keyfile_edit.clear()
    qtbot.keyClicks(dialog.keyfile_edit, ".ssh/id_vm")
    assert_refused(dialog, "key file", "absolute path")


def test_going_back_to_local_forgets_a_bad_host(qtbot: QtBot, machine: Path) -> None:
    dialog = make_dialog(qtbot, machine)
    fill_remote(qtbot, dialog, host="bad host")
    pick(dialog, transport="local")
    assert_accepted(dialog, "qemu:///system")
    assert dialog.host_edit.text() == "bad host"


# -- TLS and TCP


def test_tls_names_the_missing_client_file(qtbot: QtBot, machine: Path, tmp_path: Path) -> None:
    files = TlsFiles(pki=lay_out(tmp_path / "pki", "CA/cacert.pem", "libvirt/private/clientkey.pem"),
                     user_pki=tmp_path / "user", privileged=True)
    dialog = make_dialog(qtbot, machine, tls_files=files)
    fill_remote(qtbot, dialog, "tls", host="vmhost")
    settle(qtbot)
    assert_refused(dialog, "client certificate", str(tmp_path / "pki/libvirt/clientcert.pem"), "missing")
    assert dialog.preview_edit.text() == "qemu+tls://vmhost/system"


def test_tls_for_a_user_names_both_places(qtbot: QtBot, machine: Path, tmp_path: Path) -> None:
    files = TlsFiles(pki=tmp_path / "pki", user_pki=tmp_path / "user", privileged=False)
    dialog = make_dialog(qtbot, machine, tls_files=files)
    type_custom(qtbot, dialog, "qemu://vmhost/system")  # a host and no transport: libvirt uses TLS
    settle(qtbot)
    assert_refused(dialog, str(tmp_path / "pki/CA/cacert.pem"), str(tmp_path / "user/cacert.pem"))


def test_a_tls_uri_with_its_own_pki_path(qtbot: QtBot, machine: Path, tmp_path: Path) -> None:
    mine = lay_out(tmp_path / "mine", "cacert.pem", "clientcert.pem", "clientkey.pem")
    dialog = make_dialog(qtbot, machine, tls_files=TlsFiles(pki=tmp_path / "none", privileged=True))
    type_custom(qtbot, dialog, f"qemu+tls://vmhost/system?pkipath={mine}")
    settle(qtbot)
    assert_accepted(dialog, f"qemu+tls://vmhost/system?pkipath={mine}")


def test_tcp_warns_that_it_is_unencrypted(qtbot: QtBot, machine: Path) -> None:
    dialog = make_dialog(qtbot, machine)
    fill_remote(qtbot, dialog, "tcp", host="vmhost")
    assert_accepted(dialog, "qemu+tcp://vmhost/system")
    assert dialog.notice_label.isVisible()
    assert "unencrypted" in dialog.notice_label.text() and "SASL" in dialog.notice_label.text()
    pick(dialog, transport="ssh")
    assert not dialog.notice_label.isVisible()


# -- name, autoconnect, the session daemon too


def test_name_and_autoconnect_go_in_the_request(qtbot: QtBot, machine: Path) -> None:
    dialog = make_dialog(qtbot, machine)
    fill_remote(qtbot, dialog, host="vmhost")
    assert dialog.name_edit.placeholderText() == "automatic: QEMU/KVM: vmhost"
    qtbot.keyClicks(dialog.name_edit, "Lab server")
    dialog.autoconnect_check.click()
    assert dialog.requests() == [ConnectionRequest("qemu+ssh://vmhost/system", name="Lab server", autoconnect=False)]


@pytest.mark.parametrize(("transport", "session"), [
    ("local", "qemu:///session"), ("ssh", "qemu+ssh://me@vmhost/session"),
    ("libssh", "qemu+libssh://me@vmhost/session"),
])
def test_the_session_daemon_too(qtbot: QtBot, machine: Path, transport: str, session: str) -> None:
    dialog = make_dialog(qtbot, machine)
    if transport != "local":
        fill_remote(qtbot, dialog, transport, host="vmhost", user="me")
    assert not dialog.session_preview_edit.isVisible()
    qtbot.keyClicks(dialog.name_edit, "Lab")
    dialog.session_check.click()
    assert dialog.session_preview_edit.isVisible() and dialog.session_preview_edit.text() == session
    requests = dialog.requests()
    assert [r.uri for r in requests] == [dialog.uri(), session]
    assert [r.name for r in requests] == ["Lab", "Lab (session)"]


def test_no_session_offer_where_no_session_daemon_is_reached(qtbot: QtBot, machine: Path, pki: TlsFiles) -> None:
    dialog = make_dialog(qtbot, machine, tls_files=pki)
    dialog.session_check.click()
    fill_remote(qtbot, dialog, "tls", host="vmhost")
    assert not dialog.session_check.isVisible()
    assert [r.uri for r in dialog.requests()] == ["qemu+tls://vmhost/system"]
    pick(dialog, "lxc", "local")
    assert not dialog.session_check.isVisible() and len(dialog.requests()) == 1


def test_a_session_already_in_the_list_is_not_asked_for_again(qtbot: QtBot, machine: Path) -> None:
    dialog = make_dialog(qtbot, machine, existing={"qemu:///session"})
    dialog.session_check.click()
    assert dialog.requests() == [ConnectionRequest("qemu:///system")]


# -- URIs that run a program


@pytest.mark.parametrize(("uri", "program", "system_ssh"), [
    ("qemu+ext:///system?command=/usr/local/bin/tunnel", "/usr/local/bin/tunnel", False),
    ("qemu+ssh://root@vmhost/system?netcat=/opt/bin/nc", "/opt/bin/nc", True),
    ("qemu+ssh://root@vmhost/system?command=/opt/bin/myssh", "/opt/bin/myssh", True),
    ("qemu+libssh://root@vmhost/system?netcat=/opt/bin/nc", "/opt/bin/nc", False),
])
def test_a_uri_that_runs_a_program_needs_trust(qtbot: QtBot, machine: Path, uri: str, program: str,
                                               system_ssh: bool) -> None:
    dialog = make_dialog(qtbot, machine)
    type_custom(qtbot, dialog, uri)
    assert dialog.uri() == uri and dialog.preview_edit.text() == uri
    assert dialog.program_label.isVisible() and program in dialog.program_label.text()
    assert dialog.trust_check.isVisible() and dialog.trust_check.text() == f"I trust this program: {program}"
    assert_refused(dialog, "I trust this program")
    dialog.trust_check.click()
    assert_accepted(dialog, uri)
    assert dialog.requests() == [ConnectionRequest(uri, system_ssh=system_ssh, confirmed_program=program)]


def test_trust_does_not_carry_over_to_another_program(qtbot: QtBot, machine: Path) -> None:
    dialog = make_dialog(qtbot, machine)
    type_custom(qtbot, dialog, "qemu+ext:///system?command=/usr/bin/a")
    dialog.trust_check.click()
    assert dialog.connect_button.isEnabled()
    qtbot.keyClicks(dialog.custom_uri_edit, "b")
    assert not dialog.trust_check.isChecked()
    assert dialog.trust_check.text() == "I trust this program: /usr/bin/ab"
    assert_refused(dialog, "I trust this program")
    dialog.trust_check.click()
    assert dialog.requests()[0].confirmed_program == "/usr/bin/ab"


def test_an_ext_uri_without_a_command_cannot_be_trusted(qtbot: QtBot, machine: Path) -> None:
    dialog = make_dialog(qtbot, machine)
    type_custom(qtbot, dialog, "qemu+ext:///system")
    assert not dialog.trust_check.isEnabled()
    assert_refused(dialog, "command=")


def test_no_program_no_warning(qtbot: QtBot, machine: Path) -> None:
    dialog = make_dialog(qtbot, machine)
    type_custom(qtbot, dialog, "qemu+ssh://root@vmhost/system?keyfile=/k")
    assert not dialog.program_label.isVisible() and not dialog.trust_check.isVisible()
    assert dialog.requests() == [ConnectionRequest("qemu+ssh://root@vmhost/system?keyfile=/k")]


# -- custom URIs


def test_a_custom_ssh_uri_gets_virtdesks_ssh_unless_the_system_ssh_is_chosen(qtbot: QtBot, machine: Path) -> None:
    dialog = make_dialog(qtbot, machine)
    type_custom(qtbot, dialog, "qemu+ssh://root@vmhost/system?proxy=socks")
    assert dialog.system_ssh_check.isVisible() and dialog.system_ssh_check.isEnabled()
    assert_refused(dialog, "virtdesk's SSH cannot open this URI")  # proxy= is not one virtdesk's SSH knows
    dialog.system_ssh_check.click()
    assert_accepted(dialog, "qemu+ssh://root@vmhost/system?proxy=socks")
    assert dialog.requests() == [ConnectionRequest("qemu+ssh://root@vmhost/system?proxy=socks", system_ssh=True)]


def test_a_custom_ssh_uri_that_runs_a_program_must_use_the_system_ssh(qtbot: QtBot, machine: Path) -> None:
    dialog = make_dialog(qtbot, machine)
    type_custom(qtbot, dialog, "qemu+ssh://vmhost/system?netcat=/opt/nc")
    assert dialog.system_ssh_check.isChecked() and not dialog.system_ssh_check.isEnabled()
    dialog.trust_check.click()
    assert dialog.requests()[0].system_ssh is True


def test_the_system_ssh_choice_is_only_for_ssh_uris(qtbot: QtBot, machine: Path) -> None:
    dialog = make_dialog(qtbot, machine)
    type_custom(qtbot, dialog, "qemu+tcp://vmhost/system")
    assert not dialog.system_ssh_check.isVisible()
    pick(dialog, "qemu-system")
    assert not dialog.system_ssh_check.isVisible()


@pytest.mark.parametrize("uri", [
    "qemu+ssh://-oProxyCommand=touch${IFS}%2Ftmp%2Fx/system", "qemu+ssh://a;b/system", "qemu+ssh://$(id)@h/system",
    "qemu+ssh://-oProxyCommand=x@h/system", "qemu+tls://h:99999/system",
])
def test_a_custom_uri_with_a_hostile_host_or_user_is_refused(qtbot: QtBot, machine: Path, uri: str) -> None:
    dialog = make_dialog(qtbot, machine)
    type_custom(qtbot, dialog, uri)
    assert_refused(dialog)
    assert dialog.uri() == ""
    dialog.system_ssh_check.setChecked(True)
    assert_refused(dialog)


@pytest.mark.parametrize("text", ["qemu+ssh://root@host/system?keyfile=/k", "test:///default", " qemu:///session "])
def test_custom_uri_accepted(qtbot: QtBot, machine: Path, text: str) -> None:
    dialog = make_dialog(qtbot, machine)
    type_custom(qtbot, dialog, text)
    assert_accepted(dialog, text.strip())
    assert not dialog.transport_combo.isVisible() and dialog.custom_uri_edit.isVisible()


def test_custom_uri_demo_alias_previews_the_demo_host(qtbot: QtBot, machine: Path) -> None:
    dialog = make_dialog(qtbot, machine)
    type_custom(qtbot, dialog, "demo")
    assert_accepted(dialog, demo.demo_uri())


@pytest.mark.parametrize("text", ["", "   ", "qemu", "/var/run/libvirt", "qemu:///sys tem", "1qemu:///system"])
def test_custom_uri_refused(qtbot: QtBot, machine: Path, text: str) -> None:
    dialog = make_dialog(qtbot, machine)
    type_custom(qtbot, dialog, text)
    assert_refused(dialog)
    assert dialog.uri() == "" and dialog.custom_uri_edit.text() == text


# -- Connect


def test_a_connection_in_the_list_is_refused(qtbot: QtBot, machine: Path) -> None:
    dialog = make_dialog(qtbot, machine, existing={"qemu:///system", "qemu+ssh://root@h/system"})
    assert dialog.preview_edit.text() == "qemu:///system"
    assert_refused(dialog, "qemu:///system is already in the list")
    qtbot.keyClick(dialog.hypervisor_combo, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    fill_remote(qtbot, dialog, host="h", user="root")
    assert_refused(dialog, "already in the list")
    dialog.user_edit.clear()
    qtbot.keyClicks(dialog.user_edit, "admin")
    assert_accepted(dialog, "qemu+ssh://admin@h/system")


def test_connect_button_accepts(qtbot: QtBot, machine: Path) -> None:
    dialog = make_dialog(qtbot, machine)
    fill_remote(qtbot, dialog, host="vmhost", user="me", hypervisor="qemu-session")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.requests() == [ConnectionRequest("qemu+ssh://me@vmhost/session")]


def test_enter_connects(qtbot: QtBot, machine: Path) -> None:
    dialog = make_dialog(qtbot, machine)
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog.hypervisor_combo, Qt.Key.Key_Return)
    assert dialog.uri() == "qemu:///system"


def test_enter_on_an_invalid_form_keeps_the_dialog_and_the_input(qtbot: QtBot, machine: Path) -> None:
    dialog = make_dialog(qtbot, machine)
    type_custom(qtbot, dialog, "not a uri")
    qtbot.keyClick(dialog.custom_uri_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.custom_uri_edit.text() == "not a uri"


def test_a_long_uri_is_shown_whole(qtbot: QtBot, machine: Path) -> None:
    dialog = make_dialog(qtbot, machine)
    fill_remote(qtbot, dialog, host="vm-01.lab.example.com", user="administrator",
                keyfile="/home/administrator/.ssh/id_ed25519")
    edit = dialog.preview_edit
    assert edit.fontMetrics().horizontalAdvance(edit.text()) > 500  # wider than the dialog was
    assert edit.fontMetrics().horizontalAdvance(edit.text()) < edit.contentsRect().width()


def test_the_manager_adds_what_the_dialog_requests(manager, tmp_path: Path, qtbot: QtBot) -> None:
    host = write_host(tmp_path, domain_xml("web-01"))
    dialog = manager.window.add_connection()
    pick(dialog, "test")
    qtbot.keyClicks(dialog.test_file_edit, host.removeprefix("test://"))
    qtbot.keyClicks(dialog.name_edit, "Lab")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: manager.connections.find(host) is not None)
    connection = manager.connections.find(host)
    assert connection.label == "Lab" and connection.request == ConnectionRequest(host, name="Lab")
    qtbot.waitUntil(lambda: connection.is_active, timeout=10000)

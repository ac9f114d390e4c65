"""A connection URI that makes libvirt run a program (`qemu+ext://...?command=`) runs nothing until the user confirms
the named program: not at start (early open), not by autoconnect, not by Connect until the warning is answered; and
a host whose SSH key changed offers "Remove Old Host Key…", which asks first, defaulting to Cancel."""

from __future__ import annotations

import base64
import socket
import subprocess
import time
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from virtdesk.gui.manager import connection_prompts
from virtdesk.model import early_open
from virtdesk.model.connection import ConnectionState
from virtdesk.model.connections import ConnectionList, saved_connections
from virtdesk.model.remote_hosts import RemoteHosts
from virtdesk.model.uri import ConnectionRequest
from virtdesk.remote.errors import HostKeyChanged
from virtdesk.remote.hostkeys import KnownHosts
from virtdesk.remote.known_hosts import entry_line, lookup_name


def marker_script(tmp_path: Path) -> tuple[Path, Path]:
    """A program that leaves a file when it runs (and then fails, like a broken tunnel)."""
    marker = tmp_path / "it-ran"
    script = tmp_path / "tunnel.sh"
    script.write_text(f"#!/bin/sh\ntouch '{marker}'\nexit 1\n")
    script.chmod(0o755)
    return script, marker


def test_early_open_runs_no_program(tmp_path: Path) -> None:
    script, marker = marker_script(tmp_path)
    uri = f"qemu+ext:///session?command={script}"
    early_open.start([uri])
    time.sleep(0.5)
    assert early_open.take(uri) is None
    assert not marker.exists()


def test_autoconnect_runs_no_unconfirmed_program(qtbot, tmp_path: Path) -> None:
    script, marker = marker_script(tmp_path)
    connections = ConnectionList()
    connection = connections.add(f"qemu+ext:///session?command={script}", autoconnect=True)
    connections.open_autoconnect()
    assert connection.state is ConnectionState.ERROR
    assert str(script) in connection.error and "Confirm it" in connection.error
    time.sleep(0.3)
    assert not marker.exists()
    connections.shutdown()


def test_connect_asks_before_running_the_program_and_remembers_the_answer(manager, qtbot, tmp_path: Path) -> None:
    script, marker = marker_script(tmp_path)
    connection = manager.connections.add(f"qemu+ext:///session?command={script}", autoconnect=True)
    box = connection_prompts.connect(manager.window, manager.connections, connection)
    assert isinstance(box, QMessageBox) and str(script) in box.text()
    assert box.defaultButton() is not box.go_button
    box.reject()
    assert not marker.exists() and connection.state is ConnectionState.DISCONNECTED

    box = connection_prompts.connect(manager.window, manager.connections, connection)
    box.go_button.click()
    qtbot.waitUntil(marker.exists, timeout=10000)
    qtbot.waitUntil(lambda: connection.state is ConnectionState.ERROR, timeout=10000)
    saved = saved_connections()
    assert saved == [ConnectionRequest(connection.uri, autoconnect=True, confirmed_program=str(script))]
    assert connection_prompts.connect(manager.window, manager.connections, connection) is None


def test_a_different_program_needs_confirming_again(qtbot, tmp_path: Path) -> None:
    script, marker = marker_script(tmp_path)
    connections = ConnectionList()
    connection = connections.add_request(ConnectionRequest(
        f"qemu+ext:///session?command={script}", confirmed_program=str(tmp_path / "other.sh")))
    assert connection.needs_program_confirmation
    connections.shutdown()


def host_key(tmp_path: Path, name: str) -> tuple[str, bytes]:
    path = tmp_path / name
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(path)], check=True)
    key_type, encoded = path.with_suffix(".pub").read_text().split()[:2]
    return key_type, base64.b64decode(encoded)


def test_a_changed_host_key_offers_removing_the_old_one_and_asks_first(manager, qtbot, tmp_path: Path) -> None:
    key_type, old_blob = host_key(tmp_path, "old")
    _key_type, new_blob = host_key(tmp_path, "new")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nothing listens there once the probe is closed
    own = tmp_path / "own_known_hosts"
    own.write_text(entry_line(lookup_name("127.0.0.1", port), key_type, old_blob))
    known = KnownHosts(own, [])
    manager.connections.remote = RemoteHosts(known_hosts=known, ssh_dir=tmp_path)
    connection = manager.connections.add(f"qemu+ssh://root@127.0.0.1:{port}/system", autoconnect=False)
    try:
        known.verify("127.0.0.1", port, key_type, new_blob, None)
    except HostKeyChanged as error:
        connection.failure = error
    assert connection_prompts.can_forget_host_key(connection)
    box = connection_prompts.forget_host_key(manager.window, manager.connections, connection)
    assert isinstance(box, QMessageBox) and "has changed" in box.text() and "SHA256:" in box.text()
    assert box.defaultButton() is not box.go_button
    box.reject()
    assert lookup_name("127.0.0.1", port) in own.read_text()
    box = connection_prompts.forget_host_key(manager.window, manager.connections, connection)
    box.go_button.click()
    qtbot.waitUntil(lambda: own.read_text() == "", timeout=5000)
    qtbot.waitUntil(lambda: connection.state is ConnectionState.ERROR and "refused" in connection.error,
                    timeout=10000)
    assert not connection_prompts.can_forget_host_key(connection)

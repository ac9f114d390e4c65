"""The local ends: private directories and sockets, and the owner checks of their clients."""

from __future__ import annotations

import os
import socket
import stat
import threading
from pathlib import Path

import pytest

from virtdesk.remote.local_endpoint import private_directory, tcp_listener, tcp_peer_uid, unix_listener, unix_peer_uid

pytestmark = pytest.mark.unit


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_private_directories_go_under_a_private_runtime_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    made = private_directory("tunnel-")
    assert made.parent == runtime / "virtdesk"
    assert _mode(made) == _mode(made.parent) == 0o700


def test_a_runtime_dir_others_can_enter_is_not_used(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir()
    runtime.chmod(0o755)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    made = private_directory("tunnel-")
    assert runtime not in made.parents
    assert _mode(made) == 0o700
    made.rmdir()


def test_a_unix_listener_socket_is_0600_and_serves_this_user(tmp_path: Path) -> None:
    served: list[socket.socket] = []
    arrived = threading.Event()
    listener, path = unix_listener(tmp_path, "libvirt.sock", lambda connection: (served.append(connection),
                                                                                 arrived.set()))
    try:
        assert _mode(path) == 0o600 and stat.S_ISSOCK(path.stat().st_mode)
        with socket.socket(socket.AF_UNIX) as client:
            client.connect(str(path))
            client.sendall(b"x")
            assert arrived.wait(10)
            assert unix_peer_uid(served[0]) == os.getuid()
            assert served[0].recv(1) == b"x"
    finally:
        listener.close()
        for connection in served:
            connection.close()


def test_the_owner_of_a_loopback_client_is_found_in_proc_net_tcp() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.create_connection(server.getsockname()) as _client:
            connection, _ = server.accept()
            with connection:
                assert tcp_peer_uid(connection) == os.getuid()
                assert tcp_peer_uid(connection, Path("/nonexistent")) is None


def test_a_tcp_listener_listens_on_127_0_0_1_only() -> None:
    listener, port = tcp_listener(lambda connection: connection.close(), "test")
    try:
        with socket.create_connection(("127.0.0.1", port)) as client:
            client.settimeout(5)
            assert client.recv(1) == b""
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.2", port), timeout=5).close()
    finally:
        listener.close()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=5).close()

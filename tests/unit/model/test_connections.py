"""The connection list: what a first run adds (decided by connecting to the daemon sockets), and names that tell
every connection apart."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from virtdesk import demo
from virtdesk.model.connection import ConnectionState
from virtdesk.model.connections import ConnectionList, FirstRunChoice, answering_uris, startup_uris

pytestmark = pytest.mark.unit


@pytest.fixture(autouse=True)
def first_run():
    """Nothing saved yet: the program is on its first run."""
    QSettings("virtdesk", "virtdesk").clear()
    yield
    QSettings("virtdesk", "virtdesk").clear()


@pytest.fixture
def listening(tmp_path: Path) -> Iterator[str]:
    """A socket a daemon listens on."""
    path = str(tmp_path / "live.sock")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(8)
    yield path
    server.close()


@pytest.fixture
def stale(tmp_path: Path) -> str:
    """The socket file a daemon left behind when it stopped: nothing listens on it."""
    path = str(tmp_path / "stale.sock")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.close()
    assert os.path.exists(path)
    return path


class FullQueue:
    """A daemon that listens but does not accept, its queue full: connecting to it waits until it accepts."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.server.bind(path)
        self.server.listen(0)
        self.queued: list[socket.socket] = []
        while True:
            client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            client.setblocking(False)
            try:
                client.connect(path)
            except BlockingIOError:
                client.close()
                break
            self.queued.append(client)

    def accept_one(self) -> None:
        self.server.accept()[0].close()

    def close(self) -> None:
        for client in self.queued:
            client.close()
        self.server.close()


@pytest.fixture
def full(tmp_path: Path) -> Iterator[FullQueue]:
    daemon = FullQueue(str(tmp_path / "busy.sock"))
    yield daemon
    daemon.close()


def saved_uris() -> list[str]:
    saved = ConnectionList()
    assert saved.load_saved()
    return [c.uri for c in saved.connections]


def test_the_uri_whose_daemon_listens_is_chosen(listening, stale, tmp_path):
    missing = str(tmp_path / "missing.sock")
    sockets = {"qemu:///system": (stale, missing), "qemu:///session": (missing, listening)}
    assert FirstRunChoice(sockets).uris() == ["qemu:///session"]


@pytest.mark.parametrize("kind", ["stale", "missing"])
def test_without_a_listening_daemon_the_first_run_gets_the_demo_host(stale, tmp_path, kind):
    path = stale if kind == "stale" else str(tmp_path / "missing.sock")
    choice = FirstRunChoice({"qemu:///system": (path,), "qemu:///session": (path,)})
    assert choice.uris() == [demo.DEMO_ALIAS]


def test_a_daemon_that_never_accepts_is_given_up_after_the_timeout(full):
    started = time.monotonic()
    assert answering_uris({"qemu:///system": (full.path, full.path), "qemu:///session": (full.path,)},
                          timeout=0.5) == []
    assert 0.4 < time.monotonic() - started < 1.5  # one timeout for every socket together


def test_a_busy_daemon_that_accepts_within_the_timeout_is_chosen(full):
    threading.Timer(0.3, full.accept_one).start()
    assert answering_uris({"qemu:///system": (full.path,)}, timeout=3) == ["qemu:///system"]


def test_the_choice_is_probed_once(listening):
    choice = FirstRunChoice({"qemu:///system": (listening,)})
    assert not choice.decided
    assert choice.uris() == ["qemu:///system"]
    os.unlink(listening)  # the daemon went away: the choice made stays
    assert choice.decided and choice.uris() == ["qemu:///system"]


def test_start_up_decides_the_first_run_and_adding_it_does_not_probe_again(qtbot, full):
    choice = FirstRunChoice({"qemu:///system": (full.path,)}, timeout=0.5)
    assert startup_uris([], choice) == [demo.demo_uri()]
    connections = ConnectionList()
    started = time.monotonic()
    connections.add_first_run(choice)
    assert time.monotonic() - started < 0.2
    assert [c.uri for c in connections.connections] == [demo.demo_uri()]
    assert saved_uris() == [demo.demo_uri()]
    connections.shutdown()


def test_a_first_run_not_decided_yet_is_probed_on_a_worker(qtbot, full):
    choice = FirstRunChoice({"qemu:///system": (full.path,)}, timeout=0.5)
    connections = ConnectionList()
    started = time.monotonic()
    connections.add_first_run(choice)
    assert time.monotonic() - started < 0.2  # the GUI thread does not wait for the probe
    assert connections.connections == []
    qtbot.waitUntil(lambda: bool(connections.connections), timeout=5000)
    demo_host = connections.find(demo.demo_uri())
    assert demo_host is not None and demo_host.label == "Demo host"
    qtbot.waitUntil(lambda: demo_host.state is ConnectionState.ACTIVE, timeout=10000)
    assert saved_uris() == [demo.demo_uri()]
    connections.shutdown()


def test_different_connections_never_share_a_label(tmp_path):
    connections = ConnectionList()
    uris = ["test:///default", f"test://{tmp_path}/a/host.xml", f"test://{tmp_path}/b/host.xml",
            f"test://{tmp_path}/b/other.xml", "qemu:///system", "qemu:///session",
            f"qemu+unix:///system?socket={tmp_path}/libvirt-sock", "qemu+ssh://root@vmhost/system",
            "qemu+ssh://admin@vmhost/system", "qemu+ssh://vmhost:2222/system", "qemu+ssh://other/system"]
    for uri in uris:
        connections.add(uri, save=False)
    labels = [c.label for c in connections.connections]
    assert len(set(labels)) == len(uris), labels
    assert labels[:2] == ["Test", "Test: host.xml"]
    assert labels[3] == "Test: other.xml"
    assert f"{tmp_path}/b/host.xml" in labels[2]
    connections.shutdown()

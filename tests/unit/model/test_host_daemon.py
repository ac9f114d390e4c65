"""Which daemon serves a connection and whether libvirt listens on TCP/TLS, from the texts a host gives (its
process names and /proc/net/tcp), from this machine's own /proc, and from a URI alone."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest

from virtdesk.model.host_daemon import (
    MONOLITHIC,
    REMOTE_PROBE,
    TCP_PORT,
    DaemonFacts,
    _peer_process,
    facts_from,
    libvirt_daemons,
    listening_ports,
    parse_remote_probe,
    read_local_facts,
    uri_facts,
)

pytestmark = pytest.mark.unit

PROC_NET_TCP = """  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 00000000:407D 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1 0 100 0 0 10 0
   1: 0100007F:0016 0100007F:A2C4 01 00000000:00000000 00:00000000 00000000     0        0 2 1 0 20 4 30 10 -1
   2: 00000000:4082 00000000:0000 06 00000000:00000000 00:00000000 00000000     0        0 3 1 0 100 0 0 10 0
"""
PROC_NET_TCP6 = """  sl  local_address                         remote_address                        st tx_queue
   0: 00000000000000000000000000000000:4082 00000000000000000000000000000000:0000 0A 00000000:00000000
"""


def test_only_listening_sockets_count_on_ipv4_and_ipv6() -> None:
    assert listening_ports(PROC_NET_TCP) == {16509}  # 0x4082 is TIME_WAIT there, 0x0016 established
    assert listening_ports(PROC_NET_TCP6) == {16514}
    assert listening_ports("garbage\n  0: nocolon 0 0A\n") == set()


def test_libvirt_daemons_are_named_once_in_a_fixed_order() -> None:
    assert libvirt_daemons(["bash\n", "virtstoraged\n", "virtqemud\n", "virtqemud\n", "sshd"]) == (
        "virtqemud", "virtstoraged")


@pytest.mark.parametrize(("uri", "processes", "serving", "modular"), [
    ("qemu:///system", ["libvirtd"], "libvirtd", False),
    ("qemu:///system", ["virtqemud", "virtnetworkd", "virtproxyd"], "virtqemud", True),
    ("lxc:///system", ["virtqemud", "virtlxcd"], "virtlxcd", True),
    ("qemu:///system", ["bash"], None, None),
])
def test_the_serving_daemon_is_the_hypervisors_own_else_the_monolithic_one(uri, processes, serving,
                                                                             modular) -> None:
    facts = facts_from(uri, processes, PROC_NET_TCP + PROC_NET_TCP6)
    assert (facts.serving, facts.modular) == (serving, modular)
    assert (facts.tcp, facts.tls) == (True, True)


def test_a_peer_found_on_the_socket_wins_unless_it_is_no_libvirt_daemon() -> None:
    assert facts_from("qemu:///system", ["virtqemud", "libvirtd"], "", serving=MONOLITHIC).serving == MONOLITHIC
    assert facts_from("qemu:///system", ["virtqemud"], "", serving="systemd").serving == "virtqemud"


def test_the_remote_probe_output_is_split_into_processes_and_sockets() -> None:
    assert "ps -e -o comm=" in REMOTE_PROBE and "/proc/net/tcp6" in REMOTE_PROBE
    output = "systemd\nlibvirtd\nsshd\n@@virtdesk@@\n" + PROC_NET_TCP6
    assert parse_remote_probe("qemu+ssh://h/system", output) == DaemonFacts("libvirtd", ("libvirtd",), False, True)


@pytest.mark.parametrize(("uri", "tcp", "tls"), [
    ("qemu+tcp://host/system", True, None), ("qemu+tls://host/system", None, True),
    ("qemu://host/system", None, True), ("qemu+ssh://host/system", None, None),
])
def test_a_uri_alone_tells_only_its_own_transport(uri, tcp, tls) -> None:
    facts = uri_facts(uri)
    assert (facts.serving, facts.running, facts.tcp, facts.tls) == (None, None, tcp, tls)


def test_the_process_on_a_sockets_other_end_is_named(tmp_path: Path) -> None:
    """A UNIX socket this process listens on stands in for a daemon's: its peer is this very process."""
    path = tmp_path / "libvirt-sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(1)
    accepting = threading.Thread(target=lambda: server.accept()[0].close(), daemon=True)
    accepting.start()
    try:
        assert _peer_process(path) == Path("/proc/self/comm").read_text().strip()
    finally:
        accepting.join(5)
        server.close()
    assert _peer_process(tmp_path / "missing-sock") is None


def test_a_listener_on_libvirts_tcp_port_on_this_machine_is_seen(tmp_path: Path) -> None:
    uri = f"qemu+unix:///session?socket={tmp_path / 'none'}"
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind(("127.0.0.1", TCP_PORT))
    except OSError:
        listener.close()
        pytest.fail(f"port {TCP_PORT} is taken on this machine: the test needs it free")
    listener.listen(1)
    try:
        assert read_local_facts(uri).tcp is True
    finally:
        listener.close()
    assert read_local_facts(uri).tcp is False

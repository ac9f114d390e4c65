"""libvirt and consoles through virtdesk's SSH to the rig's session daemon, over the rig's real sshd: listing, a TCG
guest defined, started and destroyed, the nc fallback, two URIs sharing one login, half-closes, hostile values that
run nothing, a guest's VNC port forwarded, and local ends that serve only their own user."""

from __future__ import annotations

import os
import shlex
import socket
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import libvirt
import pytest
from lxml import etree
from rig import guests, procs
from rig.session_daemon import SessionDaemon
from rig.sshd import Sshd

from virtdesk.remote.errors import LibvirtSocketMissing, UnsafeValue
from virtdesk.remote.forward import PortForward, open_stream
from virtdesk.remote.hostkeys import KnownHosts
from virtdesk.remote.pump import Bridge
from virtdesk.remote.registry import SessionRegistry
from virtdesk.remote.settings import SshSettings
from virtdesk.remote.tunnel import LibvirtTunnel, open_tunnel
from virtdesk.remote.uri import SshUri

pytestmark = pytest.mark.integration


@pytest.fixture
def settings(sshd: Sshd, tmp_path: Path) -> SshSettings:
    return SshSettings(ssh_dir=tmp_path / "ssh", agent_socket=None, known_hosts=KnownHosts(tmp_path / "own",
                                                                                           [sshd.known_hosts_path]))


@pytest.fixture
def registry() -> Iterator[SessionRegistry]:
    sessions = SessionRegistry()
    yield sessions
    sessions.close_all()


def rig_uri(sshd: Sshd, query: str = "", path: str = "/session") -> str:
    return f"qemu+ssh://{sshd.key_user}@{sshd.host}:{sshd.port}{path}?keyfile={sshd.key_path}{query}"


@pytest.fixture
def tunnel(sshd: Sshd, session_daemon: SessionDaemon, settings: SshSettings,
           registry: SessionRegistry) -> Iterator[LibvirtTunnel]:
    opened = open_tunnel(rig_uri(sshd), settings, registry)
    yield opened
    opened.close()


def test_the_tunnel_keeps_the_users_uri_and_gives_libvirt_a_private_unix_one(
    sshd: Sshd, tunnel: LibvirtTunnel
) -> None:
    assert tunnel.display_uri == rig_uri(sshd)
    assert tunnel.local_uri == f"qemu+unix:///session?socket={tunnel.socket_path}"
    assert tunnel.command == "virt-ssh-helper qemu:///session"
    assert oct(tunnel.socket_path.stat().st_mode & 0o777) == "0o600"
    assert oct(tunnel.socket_path.parent.stat().st_mode & 0o777) == "0o700"


def test_a_guest_is_listed_defined_started_and_destroyed_through_the_tunnel(
    tunnel: LibvirtTunnel, session_conn: libvirt.virConnect
) -> None:
    conn = libvirt.open(tunnel.local_uri)
    try:
        name = guests.unique_name("tunnel")
        domain = conn.defineXML(guests.tcg_guest_xml(name))
        assert name in [d.name() for d in conn.listAllDomains()]
        domain.create()
        assert session_conn.lookupByName(name).isActive()
        domain.destroy()
        assert not session_conn.lookupByName(name).isActive()
        guests.remove(domain)
        assert name not in [d.name() for d in session_conn.listAllDomains()]
    finally:
        conn.close()


def names(conn: libvirt.virConnect) -> set[str]:
    return {domain.name() for domain in conn.listAllDomains()}


def test_without_the_helper_nc_carries_libvirt(sshd: Sshd, session_conn: libvirt.virConnect, settings: SshSettings,
                                               registry: SessionRegistry, tcg_guest: libvirt.virDomain) -> None:
    tunnel = open_tunnel(rig_uri(sshd, "&proxy=netcat"), settings, registry)
    try:
        assert tunnel.command.startswith("nc -N -U ") and tunnel.command.endswith("/libvirt/libvirt-sock")
        conn = libvirt.open(tunnel.local_uri)
        assert tcg_guest.name() in names(conn) == names(session_conn)
        conn.close()
    finally:
        tunnel.close()


def test_a_missing_daemon_socket_is_reported_as_such(sshd: Sshd, settings: SshSettings,
                                                     registry: SessionRegistry) -> None:
    with pytest.raises(LibvirtSocketMissing, match="/nonexistent/libvirt-sock"):
        open_tunnel(rig_uri(sshd, "&proxy=netcat&socket=/nonexistent/libvirt-sock"), settings, registry)
    assert registry.sessions() == []


def test_two_uris_to_one_host_share_one_login(sshd: Sshd, session_conn: libvirt.virConnect, settings: SshSettings,
                                               registry: SessionRegistry) -> None:
    before = sshd.connection_pids()
    first = open_tunnel(rig_uri(sshd), settings, registry)
    second = open_tunnel(rig_uri(sshd, "&proxy=netcat"), settings, registry)
    try:
        assert first.session is second.session
        assert registry.sessions() == [first.session]
        assert len(sshd.connection_pids() - before) == 1
        connections = [libvirt.open(first.local_uri), libvirt.open(second.local_uri)]
        assert [names(c) for c in connections] == [names(session_conn)] * 2
        for conn in connections:
            conn.close()
    finally:
        first.close()
        assert first.session.alive
        second.close()
    assert not first.session.alive
    assert registry.sessions() == []


def test_a_half_close_goes_through_and_the_rest_still_arrives(sshd: Sshd, settings: SshSettings,
                                                              registry: SessionRegistry) -> None:
    session = registry.acquire_for(SshUri.parse(rig_uri(sshd)), settings)
    ours, theirs = socket.socketpair()
    bridge = Bridge(theirs, session.open_exec("cat; echo done"), "test").start()
    ours.sendall(b"hello ")
    ours.shutdown(socket.SHUT_WR)
    ours.settimeout(30)
    received = b""
    while chunk := ours.recv(100):
        received += chunk
    assert received == b"hello done\n"
    bridge.join(30)
    ours.close()
    session.release()


TOKEN = uuid.uuid4().hex
MARK = f"pwned-{TOKEN}"  # relative: a command that ran would make it in the remote shell's directory, the home
HOSTILE = ["$(touch${IFS}MARK)", ";touch MARK", "`touch MARK`", "' ; touch MARK ; '", "|touch MARK", "&&touch MARK",
           '" ; touch MARK ; "']


def no_marker(session_daemon: SessionDaemon) -> bool:
    return not any((directory / MARK).exists() for directory in (session_daemon.home, Path("/"), Path("/tmp")))


def _talk(path: Path, data: bytes = b"") -> bytes:
    """Connects to a tunnel's socket, sends data and reads until the other end closes."""
    with socket.socket(socket.AF_UNIX) as client:
        client.connect(str(path))
        client.sendall(data)
        client.settimeout(30)
        received = b""
        while chunk := client.recv(4096):
            received += chunk
        return received


@pytest.mark.parametrize("hostile", HOSTILE)
def test_a_hostile_path_reaches_the_helper_as_one_word_and_runs_nothing(
    sshd: Sshd, session_daemon: SessionDaemon, settings: SshSettings, registry: SessionRegistry, hostile: str
) -> None:
    path = "/session" + hostile.replace("MARK", MARK)
    tunnel = open_tunnel(rig_uri(sshd, path=path), settings, registry)
    try:
        assert shlex.split(tunnel.command) == ["virt-ssh-helper", f"qemu://{path}"]
        _talk(tunnel.socket_path)
        procs.wait_until(lambda: tunnel.clients == 0, "the helper to end", timeout=30)
        assert "virt-ssh-helper" in tunnel.last_stderr or "URI" in tunnel.last_stderr, tunnel.last_stderr
    finally:
        tunnel.close()
    assert no_marker(session_daemon)


@pytest.mark.parametrize("hostile", HOSTILE)
def test_a_hostile_socket_path_reaches_nc_as_one_word_and_runs_nothing(
    sshd: Sshd, session_daemon: SessionDaemon, settings: SshSettings, registry: SessionRegistry, hostile: str
) -> None:
    path = f"/tmp/vd-{TOKEN[:8]}{hostile.replace('MARK', MARK)}"
    with socket.socket(socket.AF_UNIX) as daemon:
        daemon.bind(path)
        os.chmod(path, 0o777)
        daemon.listen(1)
        try:
            tunnel = open_tunnel(rig_uri(sshd, f"&proxy=netcat&socket={quote(path, safe='')}"), settings, registry)
            try:
                assert shlex.split(tunnel.command) == ["nc", "-N", "-U", path]
                with socket.socket(socket.AF_UNIX) as client:
                    client.connect(str(tunnel.socket_path))
                    client.sendall(b"ping")
                    daemon.settimeout(30)
                    reached, _ = daemon.accept()
                    with reached:
                        reached.settimeout(30)
                        assert reached.recv(4) == b"ping"
            finally:
                tunnel.close()
        finally:
            os.unlink(path)
    assert no_marker(session_daemon)


@pytest.mark.parametrize("authority", ["-oProxyCommand=touch${IFS}MARK@h", "a;b@h", "$(id)@h", "u@-oProxyCommand=x",
                                       "u@a;touch${IFS}MARK", "u@$(touch${IFS}MARK)"])
def test_hostile_users_and_hosts_are_refused_before_anything_connects(
    settings: SshSettings, registry: SessionRegistry, session_daemon: SessionDaemon, authority: str
) -> None:
    with pytest.raises(UnsafeValue):
        open_tunnel(f"qemu+ssh://{authority.replace('MARK', MARK)}/session", settings, registry)
    assert registry.sessions() == []
    assert no_marker(session_daemon)


def stranger_reads(sshd: Sshd, family: str, address: object) -> str:
    """What another local user (the rig's password user) reads from address before the other end closes."""
    script = (f"import socket; s = socket.socket(socket.{family}); s.connect({address!r}); s.settimeout(20); "
              "print(repr(s.recv(10)))")
    stranger = subprocess.run(["/usr/bin/python3", "-c", script], user=sshd.password_user, cwd="/",
                              capture_output=True, text=True, timeout=60)
    assert stranger.returncode == 0, stranger.stderr
    return stranger.stdout.strip()


def test_another_user_is_refused_even_when_the_socket_is_opened_to_them(sshd: Sshd, tunnel: LibvirtTunnel) -> None:
    tunnel.socket_path.parent.chmod(0o755)
    tunnel.socket_path.chmod(0o666)
    assert stranger_reads(sshd, "AF_UNIX", str(tunnel.socket_path)) == "b''"
    assert tunnel.clients == 0
    with socket.socket(socket.AF_UNIX) as own:
        own.connect(str(tunnel.socket_path))
        procs.wait_until(lambda: tunnel.clients == 1, "the tunnel to serve its own user", timeout=30)


def test_a_forward_serves_only_this_user(sshd: Sshd, settings: SshSettings, registry: SessionRegistry) -> None:
    session = registry.acquire_for(SshUri.parse(rig_uri(sshd)), settings)
    forward = PortForward(session, sshd.port)
    try:
        assert stranger_reads(sshd, "AF_INET", forward.address) == "b''"
        with socket.create_connection(forward.address, timeout=30) as own:
            assert own.recv(8) == b"SSH-2.0-"
    finally:
        forward.close()
        session.release()


def test_a_guests_vnc_port_is_reached_through_a_forward_and_a_stream(
    sshd: Sshd, settings: SshSettings, registry: SessionRegistry, tcg_guest: libvirt.virDomain
) -> None:
    port = int(etree.fromstring(tcg_guest.XMLDesc()).find("devices/graphics[@type='vnc']").get("port"))
    session = registry.acquire_for(SshUri.parse(rig_uri(sshd)), settings)
    forward = PortForward(session, port)
    try:
        assert forward.address[0] == "127.0.0.1" and forward.local_port != port
        for _ in range(2):
            with socket.create_connection(forward.address, timeout=30) as viewer:
                viewer.settimeout(30)
                assert viewer.recv(12) == b"RFB 003.008\n"
        with open_stream(session, port) as embedded:
            embedded.settimeout(30)
            assert embedded.recv(12) == b"RFB 003.008\n"
    finally:
        forward.close()
        session.release()
    assert registry.sessions() == []
    with pytest.raises(OSError):
        socket.create_connection(forward.address, timeout=5).close()

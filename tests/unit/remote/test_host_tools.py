"""What carries libvirt on a host: the probe script (run here by /bin/sh against stand-in tools), the choice of
command, and hostile values that reach the remote shell only as quoted words (no command in them ever runs)."""

from __future__ import annotations

import shlex
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from virtdesk.remote.errors import HelperMissing, LibvirtNotInstalled, LibvirtSocketMissing, UnsafeValue
from virtdesk.remote.host_tools import HostTools, probe_script, tunnel_command
from virtdesk.remote.uri import SshUri

pytestmark = pytest.mark.unit

RECORDER = '#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done > "$RECORD"\n'
NC = '#!/bin/sh\ncase "$1" in -h) echo "-N Shutdown the network socket after EOF on stdin"; ' \
     'echo "-U Use UNIX domain socket";; *) for a in "$@"; do printf "%s\\n" "$a"; done > "$RECORD";; esac\n'


class Host:
    """A stand-in host: /bin/sh with a PATH of recording tools, and a runtime dir that may hold daemon sockets."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.bin = root / "bin"
        self.bin.mkdir()
        (self.bin / "sh").symlink_to("/bin/sh")
        self.runtime = root / "run"
        (self.runtime / "libvirt").mkdir(parents=True)
        self.record = root / "argv"
        self.marker = root / "pwned"
        self._sockets: list[socket.socket] = []

    def tool(self, name: str, script: str = RECORDER) -> None:
        path = self.bin / name
        path.write_text(script)
        path.chmod(0o755)

    def daemon_socket(self, name: str) -> None:
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(self.runtime / "libvirt" / name))
        self._sockets.append(server)

    def sh(self, command: str) -> str:
        env = {"PATH": str(self.bin), "HOME": str(self.root), "XDG_RUNTIME_DIR": str(self.runtime),
               "RECORD": str(self.record)}
        return subprocess.run(["/bin/sh", "-c", command], env=env, capture_output=True, text=True,
                              timeout=30).stdout

    def argv(self) -> list[str]:
        return self.record.read_text().splitlines()

    def close(self) -> None:
        for server in self._sockets:
            server.close()


@pytest.fixture
def host(tmp_path: Path) -> Iterator[Host]:
    stand_in = Host(tmp_path)
    yield stand_in
    stand_in.close()


SESSION = SshUri(driver="qemu", host="h", path="/session")


def test_the_probe_finds_the_tools_nc_features_and_sockets_of_the_host(host: Host) -> None:
    host.tool("virt-ssh-helper")
    host.tool("nc", NC)
    host.daemon_socket("libvirt-sock")
    found = HostTools.parse(host.sh(probe_script(SESSION)))
    assert {"virt-ssh-helper", "nc"} <= found.tools
    assert "socat" not in found.tools or Path("/usr/bin/socat").exists()
    assert found.nc_unix and found.nc_eof
    assert found.sockets == (f"{host.runtime}/libvirt/libvirt-sock",)


def test_the_helper_is_preferred_and_gets_the_remote_uri(host: Host) -> None:
    found = HostTools(frozenset({"virt-ssh-helper", "nc"}), True, True, ("/run/libvirt/libvirt-sock",))
    assert tunnel_command(SshUri(driver="qemu", host="h"), found, "h") == "virt-ssh-helper qemu:///system"


def test_without_the_helper_nc_reaches_the_daemon_socket_with_eof_passed_on(host: Host) -> None:
    host.tool("nc", NC)
    host.daemon_socket("virtqemud-sock")
    host.daemon_socket("libvirt-sock")
    found = HostTools.parse(host.sh(probe_script(SESSION)))
    command = tunnel_command(SESSION, found, "h")
    assert command == f"nc -N -U {host.runtime}/libvirt/virtqemud-sock"
    host.sh(command)
    assert host.argv() == ["-N", "-U", f"{host.runtime}/libvirt/virtqemud-sock"]


def test_socat_is_the_last_resort() -> None:
    found = HostTools(frozenset({"socat", "libvirtd"}), False, False, ("/run/libvirt/libvirt-sock",))
    assert tunnel_command(SshUri(driver="qemu", host="h"), found, "h") == \
        "socat - UNIX-CONNECT:/run/libvirt/libvirt-sock"
    odd = HostTools(frozenset({"socat"}), False, False, ("/run/a,b",))
    with pytest.raises(UnsafeValue):
        tunnel_command(SshUri(driver="qemu", host="h"), odd, "h")


def test_the_uris_proxy_choice_is_honoured() -> None:
    both = HostTools(frozenset({"virt-ssh-helper", "nc"}), True, False, ("/run/libvirt/libvirt-sock",))
    netcat = SshUri(driver="qemu", host="h", proxy="netcat")
    assert tunnel_command(netcat, both, "h") == "nc -U /run/libvirt/libvirt-sock"
    helper_only = HostTools(frozenset({"nc", "libvirtd"}), True, False, ("/run/libvirt/libvirt-sock",))
    with pytest.raises(HelperMissing):
        tunnel_command(SshUri(driver="qemu", host="h", proxy="native"), helper_only, "h")


def test_each_missing_part_has_its_own_error() -> None:
    system = SshUri(driver="qemu", host="h")
    with pytest.raises(LibvirtNotInstalled, match="not installed on h"):
        tunnel_command(system, HostTools(frozenset({"nc"}), True, True, ()), "h")
    with pytest.raises(HelperMissing, match="virt-ssh-helper"):
        tunnel_command(system, HostTools(frozenset({"libvirtd", "nc"}), False, False, ("/run/libvirt/x",)), "h")
    with pytest.raises(LibvirtSocketMissing, match="/run/libvirt/virtqemud-sock"):
        tunnel_command(system, HostTools(frozenset({"virtqemud", "nc"}), True, True, ()), "h")


HOSTILE_PATHS = ["/session$(touch MARK)", "/session;touch MARK", "/session`touch MARK`", "/x' ; touch MARK; '",
                 "/session${IFS}-oProxyCommand=touch${IFS}MARK", '/s" && touch MARK && "', "/s|touch MARK"]


@pytest.mark.parametrize("path", HOSTILE_PATHS)
def test_a_hostile_path_reaches_the_helper_as_one_word_and_runs_nothing(host: Host, path: str) -> None:
    host.tool("virt-ssh-helper")
    uri = SshUri(driver="qemu", host="h", path=path.replace("MARK", str(host.marker)))
    found = HostTools.parse(host.sh(probe_script(uri)))
    command = tunnel_command(uri, found, "h")
    host.sh(command)
    assert host.argv() == [uri.remote_uri]
    assert shlex.split(command) == ["virt-ssh-helper", uri.remote_uri]
    assert not host.marker.exists()


@pytest.mark.parametrize("path", HOSTILE_PATHS)
def test_a_hostile_socket_reaches_nc_and_the_probe_as_one_word_and_runs_nothing(host: Host, path: str) -> None:
    host.tool("nc", NC)
    uri = SshUri(driver="qemu", host="h", socket=path.replace("MARK", str(host.marker)))
    host.sh(probe_script(uri))
    command = tunnel_command(uri, HostTools(frozenset({"nc"}), True, True, (uri.socket,)), "h")
    host.sh(command)
    assert host.argv() == ["-N", "-U", uri.socket]
    assert not host.marker.exists()

"""Destinations from a URI's parts and ~/.ssh/config (a file written here), with OpenSSH's precedence."""

from __future__ import annotations

import getpass
from pathlib import Path

import pytest

from virtdesk.remote.destination import Resolver
from virtdesk.remote.errors import SshConfigError, UnsafeValue

pytestmark = pytest.mark.unit


def resolver(tmp_path: Path, config: str = "", agent: str | None = "/run/agent.sock") -> Resolver:
    ssh_dir = tmp_path / "ssh"
    ssh_dir.mkdir(exist_ok=True)
    if config:
        (ssh_dir / "config").write_text(config)
    return Resolver(ssh_dir, agent)


def test_without_a_config_the_defaults_of_openssh_apply(tmp_path: Path) -> None:
    found = resolver(tmp_path).resolve("host.example")
    assert found.key == (getpass.getuser(), "host.example", 22)
    assert found.identity_files == tuple(tmp_path / "ssh" / name for name in ("id_ed25519", "id_ecdsa", "id_rsa"))
    assert found.agent_socket == "/run/agent.sock"
    assert (found.jump, found.identities_only, found.host_key_alias) == (None, False, None)
    assert found.label == f"{getpass.getuser()}@host.example:22"


CONFIG = """
Host lab
    HostName 10.1.2.3
    User labadmin
    Port 2200
    IdentityFile /keys/lab_ed25519
    IdentitiesOnly yes
    IdentityAgent none
    HostKeyAlias lab-alias
    ConnectTimeout 4

Host *
    User everyone
"""


def test_the_config_fills_in_hostname_user_port_identity_and_agent(tmp_path: Path) -> None:
    found = resolver(tmp_path, CONFIG).resolve("lab")
    assert found.key == ("labadmin", "10.1.2.3", 2200)
    assert found.identity_files == (Path("/keys/lab_ed25519"),)
    assert found.identities_only and found.agent_socket is None
    assert (found.host_key_name, found.connect_timeout) == ("lab-alias", 4.0)
    assert resolver(tmp_path, CONFIG).resolve("other").user == "everyone"


def test_what_the_uri_says_wins_over_the_config(tmp_path: Path) -> None:
    found = resolver(tmp_path, CONFIG).resolve("lab", user="me", port=22, keyfile="/mine/key")
    assert found.key == ("me", "10.1.2.3", 22)
    assert found.identity_files == (Path("/mine/key"), Path("/keys/lab_ed25519"))


def test_proxyjump_chains_are_followed_hop_by_hop(tmp_path: Path) -> None:
    config = "Host inner\n    ProxyJump ops@bastion:2022,ssh://gate\nHost bastion\n    HostName 192.0.2.1\n"
    found = resolver(tmp_path, config).resolve("inner", user="me")
    assert found.key == ("me", "inner", 22)
    assert found.jump is not None and found.jump.key[1:] == ("gate", 22)
    assert found.jump.jump is not None and found.jump.jump.key == ("ops", "192.0.2.1", 2022)
    assert found.jump.jump.jump is None


def test_a_jump_loop_is_reported(tmp_path: Path) -> None:
    with pytest.raises(SshConfigError, match="loop"):
        resolver(tmp_path, "Host a\n    ProxyJump b\nHost b\n    ProxyJump a\n").resolve("a")


def test_a_proxycommand_is_refused_clearly(tmp_path: Path) -> None:
    with pytest.raises(SshConfigError, match="ProxyCommand"):
        resolver(tmp_path, "Host a\n    ProxyCommand nc %h %p\n").resolve("a")


@pytest.mark.parametrize("config", ["Host a\n    HostName -oProxyCommand=touch${IFS}/tmp/x\n",
                                    "Host a\n    User $(id)\n", "Host a\n    ProxyJump a;b\n"])
def test_hostile_values_from_the_config_are_refused(tmp_path: Path, config: str) -> None:
    with pytest.raises(UnsafeValue):
        resolver(tmp_path, config).resolve("a")


def test_a_bad_port_in_the_config_is_reported(tmp_path: Path) -> None:
    with pytest.raises(SshConfigError):
        resolver(tmp_path, "Host a\n    Port many\n").resolve("a")

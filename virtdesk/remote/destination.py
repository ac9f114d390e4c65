"""Where a login goes and what it may use, from the URI and ~/.ssh/config (HostName, User, Port, IdentityFile,
IdentitiesOnly, IdentityAgent, HostKeyAlias, ConnectTimeout, ProxyJump), the way OpenSSH combines them: what the URI
says wins, the config fills in the rest.

ProxyJump is followed (each jump host is a session of its own); ProxyCommand, which runs a program, is not.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import paramiko

from virtdesk.remote.errors import N_, SshConfigError
from virtdesk.remote.uri import check_host, check_port, check_user

DEFAULT_KEYS = ("id_ed25519", "id_ecdsa", "id_rsa")
MAX_JUMPS = 8


@dataclass(frozen=True)
class Destination:
    """One SSH host to log in to, and how."""

    user: str
    host: str
    port: int
    identity_files: tuple[Path, ...] = ()
    identities_only: bool = False
    agent_socket: str | None = None
    host_key_alias: str | None = None
    connect_timeout: float | None = None
    jump: Destination | None = None

    @property
    def key(self) -> tuple[str, str, int]:
        """What makes two logins the same session: (user, host, port)."""
        return self.user, self.host, self.port

    @property
    def label(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.user}@{host}:{self.port}"

    @property
    def host_key_name(self) -> str:
        return self.host_key_alias or self.host


def read_config(path: Path) -> paramiko.SSHConfig:
    if not path.exists():
        return paramiko.SSHConfig()
    try:
        return paramiko.SSHConfig.from_path(str(path))
    except (OSError, paramiko.ConfigParseError) as error:
        raise SshConfigError(N_("{path} cannot be read: {error}"), path=path, error=str(error)) from None


def _lookup(config: paramiko.SSHConfig, host: str, path: Path) -> paramiko.SSHConfigDict:
    try:
        return config.lookup(host)
    except Exception as error:  # noqa: BLE001 - paramiko raises many kinds here (Match exec, canonicalization)
        raise SshConfigError(N_("{path} cannot be applied to {host}: {error}"), path=path, host=host,
                             error=str(error)) from None


def _agent(option: str | None, agent_socket: str | None) -> str | None:
    if option is None or option == "SSH_AUTH_SOCK":
        return agent_socket
    if option.lower() == "none":
        return None
    if option.startswith("$"):
        return os.environ.get(option[1:])
    return os.path.expanduser(option)


def _jump_specs(value: str | None) -> list[tuple[str | None, str, int | None]]:
    """(user, host, port) of each hop of a ProxyJump value, first hop first."""
    if value is None or value.lower() == "none":
        return []
    hops = []
    for spec in value.split(","):
        parts = urlsplit(spec if spec.startswith("ssh://") else f"ssh://{spec}")
        try:
            port = parts.port
        except ValueError:
            raise SshConfigError(N_("ProxyJump {spec!r} has an invalid port"), spec=spec) from None
        if not parts.hostname:
            raise SshConfigError(N_("ProxyJump {spec!r} names no host"), spec=spec)
        hops.append((parts.username, parts.hostname, port))
    return hops


class Resolver:
    """Turns what a URI says into Destinations, reading ~/.ssh/config (in `ssh_dir`) once."""

    def __init__(self, ssh_dir: Path | None = None, agent_socket: str | None = None) -> None:
        self.ssh_dir = ssh_dir or Path.home() / ".ssh"
        self.agent_socket = agent_socket
        self._config_path = self.ssh_dir / "config"
        self._config = read_config(self._config_path)

    def resolve(self, host: str, user: str | None = None, port: int | None = None,
                keyfile: str | None = None) -> Destination:
        return self._resolve(host, user, port, keyfile, via=None, own_jumps=True, depth=0)

    def _resolve(self, host: str, user: str | None, port: int | None, keyfile: str | None,
                 via: Destination | None, own_jumps: bool, depth: int) -> Destination:
        if depth > MAX_JUMPS:
            raise SshConfigError(N_("ProxyJump for {host} goes through more than {count} hosts (a loop?)"), host=host,
                                 count=MAX_JUMPS)
        found = _lookup(self._config, check_host(host), self._config_path)
        proxy_command = found.get("proxycommand")
        if proxy_command and proxy_command.lower() != "none":
            raise SshConfigError(N_("{path} sets a ProxyCommand for {host}; virtdesk's SSH does not run programs. "
                                    "Use the system ssh transport for this host, or ProxyJump."),
                                 path=self._config_path, host=host)
        try:
            port = check_port(port or int(found.get("port", 22)))
            timeout = float(found["connecttimeout"]) if "connecttimeout" in found else None
        except ValueError as error:
            raise SshConfigError(N_("{path}: {error}"), path=self._config_path, error=str(error)) from None
        files = [Path(keyfile).expanduser()] if keyfile else []
        files += [Path(os.path.expanduser(name)) for name in found.get("identityfile", [])]
        if not files:
            files = [self.ssh_dir / name for name in DEFAULT_KEYS]
        if own_jumps:
            via = None
            for jump_user, jump_host, jump_port in _jump_specs(found.get("proxyjump")):
                via = self._resolve(jump_host, jump_user, jump_port, None, via, via is None, depth + 1)
        return Destination(
            user=check_user(user or found.get("user") or getpass.getuser()),
            host=check_host(found["hostname"]), port=port, identity_files=tuple(files),
            identities_only=found.get("identitiesonly", "no").lower() == "yes",
            agent_socket=_agent(found.get("identityagent"), self.agent_socket),
            host_key_alias=found.get("hostkeyalias"), connect_timeout=timeout, jump=via)

"""What a login may use and whom it may ask: the user's ~/.ssh, the trusted host keys, the SSH agent, the
question callbacks, and the timeouts."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from virtdesk.remote.destination import Resolver
from virtdesk.remote.hostkeys import HostKeyAsk, KnownHosts, default_user_files
from virtdesk.remote.prompts import Prompt


@dataclass(frozen=True)
class SshSettings:
    """`prompt` and `ask_host_key` are None for a non-interactive run (nobody to ask: unknown hosts, passwords and
    passphrases fail with a message). The keepalive declares a link dead after `keepalive_interval` ×
    `keepalive_count` seconds without an answer from the host."""

    prompt: Prompt | None = None
    ask_host_key: HostKeyAsk | None = None
    ssh_dir: Path = field(default_factory=lambda: Path.home() / ".ssh")
    known_hosts: KnownHosts | None = None
    agent_socket: str | None = field(default_factory=lambda: os.environ.get("SSH_AUTH_SOCK"))
    connect_timeout: float = 10.0
    auth_timeout: float = 30.0
    keepalive_interval: float = 5.0
    keepalive_count: int = 2

    def __post_init__(self) -> None:
        if self.known_hosts is None:
            object.__setattr__(self, "known_hosts", KnownHosts(user_files=default_user_files(self.ssh_dir)))

    @property
    def hosts(self) -> KnownHosts:
        return cast(KnownHosts, self.known_hosts)

    def resolver(self) -> Resolver:
        """Reads ~/.ssh/config (in ssh_dir) now."""
        return Resolver(self.ssh_dir, self.agent_socket)

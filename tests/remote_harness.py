"""URIs and host keys for the tests of connections over virtdesk's SSH to the rig's sshd."""

from __future__ import annotations

import base64
import subprocess
from pathlib import Path

from rig.sshd import Sshd

from virtdesk.model.remote_hosts import RemoteHosts
from virtdesk.remote.hostkeys import KnownHosts
from virtdesk.remote.known_hosts import entry_line, lookup_name


def rig_uri(sshd: Sshd, query: str = "") -> str:
    return f"qemu+ssh://{sshd.key_user}@{sshd.host}:{sshd.port}/session?keyfile={sshd.key_path}{query}"


def other_host_key(sshd: Sshd, tmp_path: Path) -> str:
    """A known_hosts line giving the rig's host another ed25519 key."""
    path = tmp_path / "other_key"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(path)], check=True)
    key_type, blob = path.with_suffix(".pub").read_text().split()[:2]
    return entry_line(lookup_name(sshd.host, sshd.port), key_type, base64.b64decode(blob))


def remote_hosts(sshd: Sshd, tmp_path: Path, trusted: bool = True, interactive: bool = True) -> RemoteHosts:
    """virtdesk's SSH hosts with their own files under tmp_path; the rig's host key known when trusted."""
    user_files = [sshd.known_hosts_path] if trusted else []
    return RemoteHosts(interactive=interactive, ssh_dir=tmp_path / "ssh",
                       known_hosts=KnownHosts(tmp_path / "own_known_hosts", user_files))

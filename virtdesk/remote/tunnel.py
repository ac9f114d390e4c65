"""The libvirt tunnel: a private local UNIX socket that libvirt opens as `qemu+unix:///system?socket=PATH`; each
client of it gets an exec channel, on the host's shared SSH session, running the command the host was found to have
(`virt-ssh-helper qemu:///system`, or nc/socat to the daemon's socket).

When the session dies the socket goes away and every client's connection ends: libvirt hears EOF at once instead
of waiting on a dead link.
"""

from __future__ import annotations

import logging
import shutil

from virtdesk.remote.host_tools import HostTools, probe_script, tunnel_command
from virtdesk.remote.local_endpoint import private_directory, unix_listener
from virtdesk.remote.registry import SessionRegistry
from virtdesk.remote.relay import Relay
from virtdesk.remote.session import Session
from virtdesk.remote.settings import SshSettings
from virtdesk.remote.uri import SshUri

logger = logging.getLogger("virtdesk.remote.tunnel")


def find_tunnel_command(session: Session, uri: SshUri) -> str:
    """Asks the host what it has, and picks the command that reaches uri.remote_uri there."""
    found = HostTools.parse(session.run(probe_script(uri)).stdout)
    return tunnel_command(uri, found, session.destination.host)


class LibvirtTunnel(Relay):
    """A local socket carrying libvirt RPC to `uri.remote_uri` on the host. Holds one reference to the session."""

    def __init__(self, session: Session, uri: SshUri, command: str) -> None:
        self.uri = uri
        self.command = command
        self.directory = private_directory("tunnel-")
        super().__init__(session, lambda: session.open_exec(command), f"libvirt {uri.authority}",
                         on_shut=lambda: shutil.rmtree(self.directory, ignore_errors=True))
        listener, self.socket_path = unix_listener(self.directory, "libvirt.sock", self.serve)
        self.listen(listener)
        logger.info("tunnel for %s on %s runs %s", uri, self.socket_path, command)

    @property
    def local_uri(self) -> str:
        """What libvirt opens: `qemu+unix:///system?socket=PATH`."""
        return self.uri.local_uri(str(self.socket_path))

    @property
    def display_uri(self) -> str:
        """What the user sees: `qemu+ssh://user@host:port/system`."""
        return str(self.uri)


def open_tunnel(uri: SshUri | str, settings: SshSettings, registry: SessionRegistry) -> LibvirtTunnel:
    """Logs in to the URI's host (or shares the session already open to it) and starts a tunnel for the URI.

    Blocking (connects, may ask questions through settings): call it on a worker thread.
    """
    uri = SshUri.parse(uri) if isinstance(uri, str) else uri
    session = registry.acquire_for(uri, settings)
    try:
        return LibvirtTunnel(session, uri, find_tunnel_command(session, uri))
    except BaseException:
        session.release()
        raise

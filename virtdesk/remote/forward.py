"""Console forwards: a guest's VNC/SPICE port on the host's loopback, reached by direct-tcpip channels on the
host's shared SSH session, either as a local port on 127.0.0.1 (for an external viewer; only this user's
processes are let in) or as one connected socket handed straight to an embedded viewer.

Both end when the session dies.
"""

from __future__ import annotations

import socket

from virtdesk.remote.local_endpoint import tcp_listener
from virtdesk.remote.pump import Bridge
from virtdesk.remote.relay import Relay
from virtdesk.remote.session import Session


class PortForward(Relay):
    """127.0.0.1:`local_port` here → `remote_host`:`remote_port` as the SSH host sees it."""

    def __init__(self, session: Session, remote_port: int, remote_host: str = "127.0.0.1") -> None:
        self.remote_host = remote_host
        self.remote_port = remote_port
        super().__init__(session, lambda: session.open_direct_tcpip(remote_host, remote_port),
                         f"forward {session.label} {remote_host}:{remote_port}")
        session.retain()
        try:
            listener, self.local_port = tcp_listener(self.serve, self.name)
        except BaseException:
            session.release()
            raise
        self.listen(listener)

    @property
    def address(self) -> tuple[str, int]:
        return "127.0.0.1", self.local_port


def open_stream(session: Session, remote_port: int, remote_host: str = "127.0.0.1") -> socket.socket:
    """A local socket connected to remote_host:remote_port on the host (closing it closes the channel)."""
    ours, theirs = socket.socketpair()
    try:
        channel = session.open_direct_tcpip(remote_host, remote_port)
    except BaseException:
        ours.close()
        theirs.close()
        raise
    Bridge(theirs, channel, f"stream {session.label} {remote_host}:{remote_port}").start()
    return ours

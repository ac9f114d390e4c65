"""The ways a connection over virtdesk's SSH can fail, each its own exception with a message a user can read.

No message ever contains a password, a passphrase or any other answer the user typed.
"""

from __future__ import annotations

from collections.abc import Sequence


class RemoteError(Exception):
    """Base of every failure of virtdesk's SSH layer."""


class UnsafeValue(RemoteError, ValueError):
    """A host, user, port or path that virtdesk will not use (it could be read as an option or a command)."""

    def __init__(self, what: str, value: str, reason: str) -> None:
        super().__init__(f"The {what} {value!r} cannot be used: {reason}.")
        self.what = what
        self.value = value


class UnsupportedUri(RemoteError, ValueError):
    """A connection URI that virtdesk's own SSH cannot carry."""


class SshConfigError(RemoteError):
    """~/.ssh/config cannot be read, or asks for something virtdesk's SSH does not do."""


class ConnectionRefused(RemoteError):
    def __init__(self, host: str, port: int) -> None:
        super().__init__(f"{host} refused the connection on port {port}: no SSH server listens there.")


class ConnectTimeout(RemoteError):
    def __init__(self, host: str, port: int, seconds: float, stage: str = "connect") -> None:
        what = "did not answer" if stage == "connect" else f"did not finish the {stage}"
        super().__init__(f"{host} (port {port}) {what} within {seconds:g} seconds.")


class HostNotFound(RemoteError):
    def __init__(self, host: str, detail: str) -> None:
        super().__init__(f"The host name {host} cannot be resolved: {detail}.")


class NetworkError(RemoteError):
    def __init__(self, host: str, port: int, detail: str) -> None:
        super().__init__(f"Cannot reach {host} on port {port}: {detail}.")


class SshProtocolError(RemoteError):
    def __init__(self, host: str, port: int, detail: str) -> None:
        super().__init__(f"The SSH handshake with {host} (port {port}) failed: {detail}.")


class AuthenticationFailed(RemoteError):
    def __init__(self, target: str, tried: Sequence[str], allowed: Sequence[str], notes: Sequence[str] = ()) -> None:
        text = f"Authentication as {target} failed. Tried: {', '.join(tried) or 'nothing'}."
        if allowed:
            text += f" The server accepts: {', '.join(allowed)}."
        for note in notes:
            text += f" {note}"
        super().__init__(text)
        self.tried = tuple(tried)


class AuthenticationCancelled(RemoteError):
    def __init__(self, target: str) -> None:
        super().__init__(f"Logging in as {target} was cancelled.")


class HostKeyError(RemoteError):
    """Base of the host-key refusals: the connection was closed before any login."""

    def __init__(self, text: str, host: str, port: int, key_type: str, fingerprint: str) -> None:
        super().__init__(text)
        self.host = host
        self.port = port
        self.key_type = key_type
        self.fingerprint = fingerprint


class HostKeyUnknown(HostKeyError):
    """No known key for the host and nobody to ask (a non-interactive run)."""

    def __init__(self, host: str, port: int, key_type: str, fingerprint: str) -> None:
        super().__init__(
            f"The host key of {host} (port {port}) is not known: {key_type} key {fingerprint}. "
            "Nobody was there to confirm it, so virtdesk did not connect.", host, port, key_type, fingerprint)


class HostKeyRejected(HostKeyError):
    """The user did not accept an unknown host's key."""

    def __init__(self, host: str, port: int, key_type: str, fingerprint: str) -> None:
        super().__init__(f"The host key of {host} (port {port}), {key_type} {fingerprint}, was not accepted.",
                         host, port, key_type, fingerprint)


class HostKeyChanged(HostKeyError):
    """The host offers a different key than the one on record: refused, always."""

    def __init__(self, host: str, port: int, key_type: str, fingerprint: str, old: Sequence[str]) -> None:
        super().__init__(
            f"WARNING: the host key of {host} (port {port}) has changed. It was {', '.join(old)}; the host now "
            f"offers {key_type} key {fingerprint}. Someone may be intercepting the connection. virtdesk refuses to "
            "connect; if the key was changed on purpose, remove the old key first.", host, port, key_type, fingerprint)
        self.old_fingerprints = tuple(old)


class HostKeyRevoked(HostKeyError):
    def __init__(self, host: str, port: int, key_type: str, fingerprint: str, where: str) -> None:
        super().__init__(f"The host key of {host} (port {port}), {key_type} {fingerprint}, is marked revoked in "
                         f"{where}. virtdesk refuses to connect.", host, port, key_type, fingerprint)


class LibvirtNotInstalled(RemoteError):
    def __init__(self, host: str) -> None:
        super().__init__(f"libvirt is not installed on {host}: neither virt-ssh-helper, a libvirt daemon nor a "
                         "libvirt socket was found there.")


class HelperMissing(RemoteError):
    def __init__(self, host: str) -> None:
        super().__init__(f"{host} has libvirt but no way to reach it over SSH: install virt-ssh-helper (libvirt "
                         "6.8 or later), netcat with UNIX-socket support (netcat-openbsd) or socat there.")


class LibvirtSocketMissing(RemoteError):
    def __init__(self, host: str, uri: str, looked_at: Sequence[str]) -> None:
        super().__init__(f"No libvirt daemon answers for {uri} on {host}: none of {', '.join(looked_at)} exists. "
                         "Is the daemon running?")


class SessionClosed(RemoteError):
    def __init__(self, target: str, reason: str) -> None:
        super().__init__(f"The SSH connection to {target} is closed: {reason}")


class ChannelOpenFailed(RemoteError):
    def __init__(self, target: str, what: str, detail: str) -> None:
        super().__init__(f"{target} did not open {what}: {detail}.")

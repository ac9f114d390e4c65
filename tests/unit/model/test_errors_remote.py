"""The reconnect loop retries an SSH failure only when it may pass by itself (the host, its name server, its SSH
server or its libvirt daemon may come back), never a refused host key or a failed or cancelled login."""

from __future__ import annotations

import pytest

from virtdesk.model.errors import AuthCancelled, may_succeed_later
from virtdesk.remote import errors
from virtdesk.remote.errors import RemoteError

pytestmark = pytest.mark.unit

RETRIED = [
    errors.ConnectionRefused("h", 22),
    errors.ConnectTimeout("h", 22, 10),
    errors.ConnectTimeout("h", 22, 10, stage="SSH handshake"),
    errors.HostNotFound("h", "Temporary failure in name resolution"),
    errors.NetworkError("h", 22, "Network is unreachable"),
    errors.SshProtocolError("h", 22, "Error reading SSH protocol banner"),
    errors.SessionClosed("me@h:22", "the host closed the connection"),
    errors.ChannelOpenFailed("me@h:22", "a command channel", "Connection refused"),
    errors.LibvirtSocketMissing("h", "qemu:///session", ["/run/user/1000/libvirt/libvirt-sock"]),
]
NEVER_RETRIED = [
    errors.HostKeyUnknown("h", 22, "ED25519", "SHA256:new"),
    errors.HostKeyRejected("h", 22, "ED25519", "SHA256:new"),
    errors.HostKeyChanged("h", 22, "ED25519", "SHA256:new", ["ED25519 SHA256:old (known_hosts:1)"]),
    errors.HostKeyRevoked("h", 22, "ED25519", "SHA256:new", "known_hosts:2"),
    errors.AuthenticationFailed("me@h:22", ["password"], ["publickey"]),
    errors.AuthenticationCancelled("me@h:22"),
    errors.UnsafeValue("host", "-oProxyCommand=x", "it starts with '-'"),
    errors.UnsupportedUri("qemu+ssh://h/system?command=x asks to run a program."),
    errors.SshConfigError("~/.ssh/config sets a ProxyCommand for h."),
    errors.LibvirtNotInstalled("h"),
    errors.HelperMissing("h"),
]


@pytest.mark.parametrize("exc", RETRIED, ids=lambda exc: type(exc).__name__)
def test_a_failure_that_may_pass_is_retried(exc: RemoteError) -> None:
    assert may_succeed_later(exc)


@pytest.mark.parametrize("exc", NEVER_RETRIED, ids=lambda exc: type(exc).__name__)
def test_a_failure_that_cannot_pass_by_itself_is_not_retried(exc: RemoteError) -> None:
    assert not may_succeed_later(exc)


def test_a_new_kind_of_ssh_failure_is_not_retried_unless_it_says_so() -> None:
    class Unforeseen(RemoteError):
        pass

    class Passing(RemoteError):
        transient = True

    assert not may_succeed_later(Unforeseen("it failed"))
    assert may_succeed_later(Passing("it failed, for now"))


def test_other_failures_keep_their_answers() -> None:
    assert may_succeed_later(OSError(113, "No route to host"))
    assert not may_succeed_later(AuthCancelled())

"""What carries libvirt's RPC on the host, found by asking the host (not by guessing): `virt-ssh-helper URI`
(libvirt 6.8+), else netcat with UNIX-socket support, else socat, connected to the daemon's socket.

Every value put into a remote command line (the URI, a socket path) is quoted with shlex.quote.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass

from virtdesk.remote.errors import N_, HelperMissing, LibvirtNotInstalled, LibvirtSocketMissing, Phrase, UnsafeValue
from virtdesk.remote.uri import SshUri, check_remote_path

TOOLS = ("virt-ssh-helper", "nc", "socat", "libvirtd", "virtqemud", "virtproxyd", "virsh")
DAEMONS = ("libvirtd", "virtqemud", "virtproxyd", "virsh")
_SOCAT_SPECIAL = set(":,!\"'\\ ")
_URI = Phrase(N_("URI"))
_SOCKET = Phrase(N_("socket"))


def socket_candidates(uri: SshUri) -> list[str]:
    """The daemon sockets that may serve the URI on the host, as shell words (`$XDG_RUNTIME_DIR` left to it)."""
    if uri.socket:
        return [shlex.quote(uri.socket)]
    base = '"${XDG_RUNTIME_DIR:-$HOME/.cache}"/libvirt' if uri.path == "/session" else "/run/libvirt"
    return [f"{base}/virt{uri.driver}d-sock", f"{base}/libvirt-sock"]


def probe_script(uri: SshUri) -> str:
    """A POSIX sh script that prints `tool NAME`, `nc-unix`, `nc-eof` and `socket PATH` lines; run as `sh -c`."""
    tools = " ".join(TOOLS)
    sockets = " ".join(socket_candidates(uri))
    script = (
        'PATH="$PATH:/usr/sbin:/sbin:/usr/local/sbin"; '
        f'for t in {tools}; do command -v "$t" >/dev/null 2>&1 && echo "tool $t"; done; '
        'h=$(nc -h 2>&1); case "$h" in *"UNIX domain"*|*"UNIX-domain"*|*unixsock*) echo nc-unix;; esac; '
        'case "$h" in *"after EOF on stdin"*) echo nc-eof;; esac; '
        f'for s in {sockets}; do [ -S "$s" ] && echo "socket $s"; done; true'
    )
    return f"sh -c {shlex.quote(script)}"


@dataclass(frozen=True)
class HostTools:
    """What the probe found on the host."""

    tools: frozenset[str]
    nc_unix: bool
    nc_eof: bool
    sockets: tuple[str, ...]

    @classmethod
    def parse(cls, output: str) -> HostTools:
        tools, sockets, flags = set(), [], set()
        for line in output.splitlines():
            word, _, rest = line.partition(" ")
            if word == "tool":
                tools.add(rest)
            elif word == "socket":
                sockets.append(rest)
            else:
                flags.add(word)
        return cls(frozenset(tools), "nc-unix" in flags, "nc-eof" in flags, tuple(sockets))


def tunnel_command(uri: SshUri, found: HostTools, host: str) -> str:
    """The command line that bridges stdin/stdout to the libvirt daemon serving uri.remote_uri on the host.

    The URI's `proxy=` is honoured (native: only virt-ssh-helper; netcat: only nc or socat), as is `socket=`
    (which only nc and socat can use).
    """
    if not found.tools & {"virt-ssh-helper", *DAEMONS} and not found.sockets:
        raise LibvirtNotInstalled(host)
    if "virt-ssh-helper" in found.tools and uri.proxy != "netcat" and not uri.socket:
        return f"virt-ssh-helper {shlex.quote(check_remote_path(_URI, uri.remote_uri))}"
    netcat = "nc" in found.tools and found.nc_unix
    socat = "socat" in found.tools
    if uri.proxy == "native" or not (netcat or socat):
        raise HelperMissing(host)
    if not found.sockets:
        raise LibvirtSocketMissing(host, uri.remote_uri, socket_candidates(uri))
    path = check_remote_path(_SOCKET, found.sockets[0])
    if netcat:
        return f"nc {'-N ' if found.nc_eof else ''}-U {shlex.quote(path)}"
    if set(path) & _SOCAT_SPECIAL:
        raise UnsafeValue(_SOCKET, path, Phrase(N_("socat cannot name a path with : , ! quotes or spaces")))
    return f"socat - {shlex.quote('UNIX-CONNECT:' + path)}"

"""`driver+ssh://user@host:port/path?...` URIs: what they name, checked, and how they map to libvirt's other URIs.

The user sees (and virtdesk saves) the `qemu+ssh://` URI; the host runs the tunnel for `remote_uri`
(`qemu:///system`); libvirt opens `local_uri(socket)` (`qemu+unix:///system?socket=...`).
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from virtdesk.remote.errors import N_, Phrase, UnsafeValue, UnsupportedUri

_DRIVER = re.compile(r"[a-z][a-z0-9]*\Z")
_HOST_LABEL = r"[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?"
_HOST_NAME = re.compile(rf"(?=.{{1,253}}\Z){_HOST_LABEL}(?:\.{_HOST_LABEL})*\.?\Z")
_USER = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.@\\-]{0,63}\Z")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Parameters libvirt's remote driver takes for itself; the others belong to the remote URI.
_TRANSPORT_PARAMETERS = {"name", "command", "socket", "auth", "netcat", "keyfile", "sshauth", "known_hosts",
                         "known_hosts_verify", "no_verify", "no_tty", "pkipath", "tls_priority", "mode", "proxy",
                         "tls"}
_RUNS_A_PROGRAM = ("command", "netcat")
PROXIES = ("auto", "netcat", "native")
_PATH, _SOCKET, _NAME = Phrase(N_("path")), Phrase(N_("socket")), Phrase(N_("name"))


def check_host(host: str) -> str:
    """host when it is a host name or an IP address; UnsafeValue otherwise."""
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    if not _HOST_NAME.match(host):
        reason = Phrase(N_("a host name has only letters, digits, dots, '-' and '_', and does not start with '-'"))
        raise UnsafeValue(Phrase(N_("host")), host, reason)
    return host


def check_user(user: str) -> str:
    if not _USER.match(user):
        reason = Phrase(N_("a user name has only letters, digits and . _ - @ \\, and does not start with '-'"))
        raise UnsafeValue(Phrase(N_("user name")), user, reason)
    return user


def check_port(port: int) -> int:
    if not 0 < port < 65536:
        raise UnsafeValue(Phrase(N_("port")), str(port), Phrase(N_("a port is a number from 1 to 65535")))
    return port


def check_remote_path(what: str, value: str) -> str:
    """A path or URI that goes to the host (always quoted there): no control characters."""
    if _CONTROL.search(value):
        raise UnsafeValue(what, value, Phrase(N_("it contains control characters")))
    return value


@dataclass(frozen=True)
class SshUri:
    """A libvirt URI over SSH, split into its parts; every part is checked when the object is made."""

    driver: str
    host: str
    path: str = "/system"
    user: str | None = None
    port: int | None = None
    keyfile: str | None = None
    socket: str | None = None
    proxy: str = "auto"
    name: str | None = None
    remote_parameters: tuple[tuple[str, str], ...] = ()
    ignored_parameters: tuple[tuple[str, str], ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        if not _DRIVER.match(self.driver):
            raise UnsafeValue(Phrase(N_("driver")), self.driver,
                              Phrase(N_("a driver name has only lower-case letters and digits")))
        check_host(self.host)
        if self.user is not None:
            check_user(self.user)
        if self.port is not None:
            check_port(self.port)
        if not self.path.startswith("/"):
            raise UnsafeValue(_PATH, self.path, Phrase(N_("the path of a libvirt URI starts with '/'")))
        for what, value in ((_PATH, self.path), (_SOCKET, self.socket), (_NAME, self.name)):
            if value is not None:
                check_remote_path(what, value)
        for key, value in self.remote_parameters:
            check_remote_path(Phrase(N_("parameter {key}"), key=key), value)
        if self.proxy not in PROXIES:
            raise UnsupportedUri(N_("proxy={proxy} is not one of {choices}."), proxy=self.proxy, choices=PROXIES)

    @classmethod
    def parse(cls, uri: str) -> SshUri:
        try:
            parts = urlsplit(uri)
            port = parts.port
        except ValueError as error:
            raise UnsupportedUri(N_("{uri!r} is not a valid URI: {error}."), uri=uri, error=str(error)) from None
        driver, _, transport = parts.scheme.partition("+")
        if transport != "ssh":
            raise UnsupportedUri(N_("{uri} does not go over SSH (its transport is {transport!r})."), uri=uri,
                                 transport=transport or "local")
        if not parts.hostname:
            raise UnsupportedUri(N_("{uri} names no host."), uri=uri)
        known: dict[str, str] = {}
        remote: list[tuple[str, str]] = []
        ignored: list[tuple[str, str]] = []
        for key, value in parse_qsl(parts.query, keep_blank_values=True):
            if key in _RUNS_A_PROGRAM:
                raise UnsupportedUri(N_("{uri} asks to run the program {program!r} ({key}=); virtdesk's SSH does "
                                        "not run programs named in a URI. Use the system ssh transport for it."),
                                     uri=uri, program=value, key=key)
            if key in ("keyfile", "socket", "proxy", "name"):
                known[key] = value
            elif key in _TRANSPORT_PARAMETERS:
                ignored.append((key, value))
            else:
                remote.append((key, value))
        return cls(driver=driver, host=parts.hostname, path=parts.path or "/",
                   user=unquote(parts.username) if parts.username else None, port=port,
                   keyfile=known.get("keyfile"), socket=known.get("socket"), proxy=known.get("proxy", "auto"),
                   name=known.get("name"), remote_parameters=tuple(remote), ignored_parameters=tuple(ignored))

    @classmethod
    def for_remote(cls, remote_uri: str, host: str, user: str | None = None, port: int | None = None,
                   keyfile: str | None = None) -> SshUri:
        """The SSH URI that reaches remote_uri (`qemu:///system`) on host: the inverse of parse + remote_uri."""
        parts = urlsplit(remote_uri)
        if "+" in parts.scheme or parts.netloc:
            raise UnsupportedUri(N_("{uri} is not a local libvirt URI of the host."), uri=remote_uri)
        return cls(driver=parts.scheme, host=host, path=parts.path or "/", user=user, port=port, keyfile=keyfile,
                   remote_parameters=tuple(parse_qsl(parts.query, keep_blank_values=True)))

    @property
    def authority(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        user = f"{quote(self.user, safe='')}@" if self.user else ""
        return f"{user}{host}" + (f":{self.port}" if self.port else "")

    def __str__(self) -> str:
        parameters = [("keyfile", self.keyfile), ("socket", self.socket), ("name", self.name)]
        query = [(key, value) for key, value in parameters if value is not None]
        if self.proxy != "auto":
            query.append(("proxy", self.proxy))
        return f"{self.driver}+ssh://{self.authority}{self.path}" + _query(
            [*query, *self.remote_parameters, *self.ignored_parameters])

    @property
    def remote_uri(self) -> str:
        """The URI the tunnel opens on the host: `qemu:///system`."""
        return self.name or f"{self.driver}://{self.path}" + _query(list(self.remote_parameters))

    def local_uri(self, socket_path: str) -> str:
        """The URI libvirt opens here, through the tunnel's socket: `qemu+unix:///system?socket=PATH`."""
        return f"{self.driver}+unix://{self.path}" + _query([*self.remote_parameters, ("socket", socket_path)])


def _query(parameters: list[tuple[str, str]]) -> str:
    if not parameters:
        return ""
    return "?" + "&".join(f"{quote(key, safe='')}={quote(value, safe='/~')}" for key, value in parameters)

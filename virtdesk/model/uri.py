"""libvirt connection URIs: building them from a form, and naming them for people."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import parse_qsl, quote, urlsplit

from PySide6.QtCore import QCoreApplication

from virtdesk import demo


@dataclass(frozen=True)
class Hypervisor:
    """A libvirt driver as the user picks it: `scheme` and `path` make its local URI (`qemu:///system`)."""

    key: str
    label: str
    scheme: str
    path: str
    takes_file: bool = False  # the test driver: the path may name a host XML file instead


@dataclass(frozen=True)
class ConnectionRequest:
    """A connection the user asked for (the Add Connection dialog, the command line, the saved list).

    `system_ssh`: a `+ssh` URI opened by libvirt's own ssh program instead of virtdesk's SSH session.
    `confirmed_program`: the program the URI makes libvirt run (see program_run_by), as the user confirmed it;
    a URI that runs a program other than the confirmed one is never opened without asking.
    """

    uri: str
    name: str = ""
    autoconnect: bool = True
    system_ssh: bool = False
    confirmed_program: str = ""


@dataclass(frozen=True)
class Transport:
    """How libvirt reaches the driver: `suffix` is the URI's `+ssh`, `+tls` ... ("" for this machine)."""

    key: str
    label: str
    suffix: str = ""
    default_port: int = 0
    takes_user: bool = False  # user@host, and a key file
    system_ssh: bool = False  # libvirt spawns the ssh program (else virtdesk's SSH carries a +ssh URI)
    reaches_session: bool = False  # a user's session daemon on the host can be reached through it

    @property
    def remote(self) -> bool:
        return bool(self.suffix)


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


def hypervisors() -> list[Hypervisor]:
    return [
        Hypervisor("qemu-system", _tr("QEMU/KVM"), "qemu", "/system"),
        Hypervisor("qemu-session", _tr("QEMU/KVM user session"), "qemu", "/session"),
        Hypervisor("xen", _tr("Xen"), "xen", "/system"),
        Hypervisor("lxc", _tr("Linux containers (LXC)"), "lxc", "/system"),
        Hypervisor("openvz", _tr("OpenVZ"), "openvz", "/system"),
        Hypervisor("bhyve", _tr("bhyve (FreeBSD)"), "bhyve", "/system"),
        Hypervisor("vbox", _tr("VirtualBox"), "vbox", "/session"),
        Hypervisor("ch", _tr("Cloud Hypervisor"), "ch", "/system"),
        Hypervisor("test", _tr("Test driver"), "test", "/default", takes_file=True),
    ]


def transports() -> list[Transport]:
    return [
        Transport("local", _tr("Local (this machine)"), reaches_session=True),
        Transport("ssh", _tr("SSH (virtdesk's own SSH)"), "ssh", 22, takes_user=True, reaches_session=True),
        Transport("system-ssh", _tr("SSH (the system ssh program)"), "ssh", 22, takes_user=True, system_ssh=True,
                  reaches_session=True),
        Transport("tls", _tr("TLS (certificates)"), "tls", 16514),
        Transport("tcp", _tr("TCP (unencrypted unless SASL)"), "tcp", 16509),
        Transport("libssh", _tr("SSH (libvirt's libssh)"), "libssh", 22, takes_user=True, reaches_session=True),
        Transport("libssh2", _tr("SSH (libvirt's libssh2)"), "libssh2", 22, takes_user=True, reaches_session=True),
    ]


def transport(key: str) -> Transport:
    return next(t for t in transports() if t.key == key)


def build_uri(hypervisor: Hypervisor, host: str = "", user: str = "", port: int | None = None,
              via: Transport | None = None, keyfile: str = "", path: str = "") -> str:
    """qemu:///system locally; qemu+ssh://user@host:port/system?keyfile=K remotely (over SSH when `via` is not
    given). `path` replaces the hypervisor's (a test-driver host file); user and keyfile count only for the
    transports that take them."""
    host = host.strip()
    if via is None:
        via = transport("ssh" if host else "local")
    path = quote(path or hypervisor.path, safe="/~._-+,=@")
    if not via.remote:
        return f"{hypervisor.scheme}://{path}"
    user = user.strip() if via.takes_user else ""
    authority = f"{quote(user, safe='')}@" if user else ""
    authority += f"[{host}]" if ":" in host else host
    if port:
        authority += f":{port}"
    # "+" escaped too: a query value reads it as a space (parse_qsl, as remote/uri.py reads the key file)
    query = f"?keyfile={quote(keyfile, safe='/~._-,=@')}" if keyfile and via.takes_user else ""
    return f"{hypervisor.scheme}+{via.suffix}://{authority}{path}{query}"


def session_uri(uri: str) -> str:
    """The same host's `/session` URI for a `/system` one (same transport, user, port and parameters)."""
    parts = urlsplit(uri)
    return f"{parts.scheme}://{parts.netloc}/session" + (f"?{parts.query}" if parts.query else "")


_KINDS = {"qemu": "QEMU/KVM", "xen": "Xen", "lxc": "LXC", "openvz": "OpenVZ", "test": "Test",
          "vbox": "VirtualBox", "bhyve": "bhyve", "ch": "Cloud Hypervisor", "vz": "Virtuozzo",
          "esx": "VMware ESX", "vpx": "VMware vCenter", "hyperv": "Hyper-V"}


def describe_uri(uri: str) -> str:
    """A short name for a connection, as the manager shows it: the driver, and the host, the test-driver file or
    the program that carries it."""
    if demo.is_demo_uri(uri):
        return QCoreApplication.translate("Connection", "Demo host")
    try:
        parts = urlsplit(uri)
        parameters = dict(parse_qsl(parts.query))
    except ValueError:
        return uri
    scheme, _, via = parts.scheme.partition("+")
    kind = _KINDS.get(scheme, scheme or uri)
    if parts.path == "/session":
        kind = QCoreApplication.translate("Connection", "{kind} user session").format(kind=kind)
    if scheme == "test" and parts.path.rstrip("/") not in ("", "/default"):
        return f"{kind}: {PurePosixPath(parts.path).name}"
    host = parts.hostname or ""
    if host and via != "unix":
        return f"{kind}: {host}"
    if via == "ext" and parameters.get("command"):
        return f"{kind}: {PurePosixPath(parameters['command']).name}"
    return kind


def is_local_uri(uri: str) -> bool:
    """Whether a connection's files are this machine's files (no host, or a local UNIX socket)."""
    parts = urlsplit(uri)
    via = parts.scheme.partition("+")[2]
    return via == "unix" or (not parts.hostname and not via)

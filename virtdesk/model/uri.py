"""libvirt connection URIs: building them from a form, and naming them for people."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from virtdesk import demo


@dataclass(frozen=True)
class Hypervisor:
    key: str
    label: str
    scheme: str
    path: str


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


def hypervisors() -> list[Hypervisor]:
    return [
        Hypervisor("qemu-system", _tr("QEMU/KVM"), "qemu", "/system"),
        Hypervisor("qemu-session", _tr("QEMU/KVM user session"), "qemu", "/session"),
        Hypervisor("xen", _tr("Xen"), "xen", "/system"),
        Hypervisor("lxc", _tr("Linux containers (LXC)"), "lxc", "/"),
        Hypervisor("openvz", _tr("OpenVZ"), "openvz", "/system"),
        Hypervisor("test", _tr("Test driver"), "test", "/default"),
    ]


def build_uri(hypervisor: Hypervisor, host: str = "", user: str = "", port: int | None = None) -> str:
    """qemu:///system locally; qemu+ssh://user@host:port/system remotely."""
    host = host.strip()
    if not host:
        return f"{hypervisor.scheme}://{hypervisor.path}"
    authority = f"{user.strip()}@" if user.strip() else ""
    authority += f"[{host}]" if ":" in host else host
    if port:
        authority += f":{port}"
    return f"{hypervisor.scheme}+ssh://{authority}{hypervisor.path}"


def describe_uri(uri: str) -> str:
    """A short name for a connection, as the manager shows it: the driver, and the host or the test-driver file."""
    if demo.is_demo_uri(uri):
        return QCoreApplication.translate("Connection", "Demo host")
    try:
        parts = urlsplit(uri)
    except ValueError:
        return uri
    scheme, _, transport = parts.scheme.partition("+")
    kind = {"qemu": "QEMU/KVM", "xen": "Xen", "lxc": "LXC", "openvz": "OpenVZ", "test": "Test",
            "vbox": "VirtualBox", "bhyve": "bhyve", "ch": "Cloud Hypervisor"}.get(scheme, scheme or uri)
    if parts.path == "/session":
        kind = QCoreApplication.translate("Connection", "{kind} user session").format(kind=kind)
    if scheme == "test" and parts.path.rstrip("/") not in ("", "/default"):
        return f"{kind}: {PurePosixPath(parts.path).name}"
    host = parts.hostname or ""
    if host and transport != "unix":
        return f"{kind}: {host}"
    return kind


def is_local_uri(uri: str) -> bool:
    """Whether a connection's files are this machine's files (no host, or a local UNIX socket)."""
    parts = urlsplit(uri)
    transport = parts.scheme.partition("+")[2]
    return transport == "unix" or (not parts.hostname and not transport)

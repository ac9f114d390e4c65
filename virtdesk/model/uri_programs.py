"""Which connection URIs make libvirt run a program (needs no Qt: start-up asks before Qt is loaded)."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

UNNAMED = "?"


def program_run_by(uri: str) -> str:
    """The program opening uri makes libvirt run ("" when none): the `command=` of the ext transport, or the
    `command=` (the local ssh program) or `netcat=` (run on the host) of an ssh-based one; UNNAMED for an ext URI
    that names none."""
    try:
        parts = urlsplit(uri)
        programs = dict(parse_qsl(parts.query, keep_blank_values=True))
    except ValueError:
        return ""
    transport = parts.scheme.partition("+")[2]
    if transport == "ext":
        return programs.get("command", "") or UNNAMED
    if transport in ("ssh", "libssh", "libssh2"):
        return programs.get("command", "") or programs.get("netcat", "")
    return ""

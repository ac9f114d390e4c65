"""OpenSSH known_hosts files read as OpenSSH reads them: plain, wildcard, negated and hashed (`|1|salt|hash`) host
patterns, `[host]:port` names for other ports than 22, `@revoked` and `@cert-authority` markers.

Pure parsing: no paramiko, nothing written here.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

REVOKED = "@revoked"
CERT_AUTHORITY = "@cert-authority"


def lookup_name(host: str, port: int) -> str:
    """The name a host goes by in known_hosts: `host` on port 22, `[host]:port` elsewhere."""
    return host if port == 22 else f"[{host}]:{port}"


def fingerprint(blob: bytes) -> str:
    """OpenSSH's SHA256 fingerprint of a public key blob: `SHA256:` and unpadded base64."""
    return "SHA256:" + base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")


def blob_key_type(blob: bytes) -> str:
    """The key type a public key blob names in its first field (`ssh-ed25519`)."""
    (length,) = struct.unpack(">I", blob[:4])
    return blob[4:4 + length].decode("ascii")


def display_type(key_type: str) -> str:
    """How OpenSSH names a key type for people: ED25519, ECDSA, RSA."""
    short = key_type.removeprefix("sk-").removeprefix("ssh-").split("-")[0].split("@")[0]
    return short.upper()


def _matches_hashed(pattern: str, name: str) -> bool:
    try:
        _, magic, salt, digest = pattern.split("|")
        expected = base64.b64decode(digest)
        actual = hmac.new(base64.b64decode(salt), name.encode(), hashlib.sha1).digest()
    except (ValueError, binascii.Error):
        return False
    return magic == "1" and hmac.compare_digest(expected, actual)


def _wildcard(pattern: str) -> re.Pattern[str]:
    return re.compile("".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern) + r"\Z",
                      re.IGNORECASE)


def patterns_match(patterns: Iterable[str], name: str) -> bool:
    """Whether name matches a host field: some pattern matches it and no negated (`!`) one does."""
    matched = False
    for pattern in patterns:
        if pattern.startswith("|"):
            matched = matched or _matches_hashed(pattern, name)
        elif pattern.startswith("!"):
            if _wildcard(pattern[1:]).match(name):
                return False
        elif _wildcard(pattern).match(name):
            matched = True
    return matched


@dataclass(frozen=True)
class KnownHostEntry:
    """One key line of a known_hosts file."""

    path: Path
    line_number: int
    marker: str
    patterns: tuple[str, ...]
    key_type: str
    blob: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.blob)

    @property
    def where(self) -> str:
        return f"{self.path} line {self.line_number}"

    def names(self, name: str) -> bool:
        return patterns_match(self.patterns, name)


def parse_line(line: str, path: Path, line_number: int) -> KnownHostEntry | None:
    """The entry on a line, or None for blank lines, comments and lines OpenSSH would skip as malformed."""
    fields = line.split()
    if not fields or fields[0].startswith("#"):
        return None
    marker = fields.pop(0) if fields[0].startswith("@") else ""
    if len(fields) < 3 or marker not in ("", REVOKED, CERT_AUTHORITY):
        return None
    hosts, key_type, encoded = fields[:3]
    try:
        blob = base64.b64decode(encoded, validate=True)
        if blob_key_type(blob) != key_type:
            return None
    except (binascii.Error, struct.error, UnicodeDecodeError):
        return None
    return KnownHostEntry(path, line_number, marker, tuple(hosts.split(",")), key_type, blob)


def read_entries(path: Path) -> list[KnownHostEntry]:
    """The entries of a known_hosts file; none if it does not exist or cannot be read."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    entries = (parse_line(line, path, number) for number, line in enumerate(text.splitlines(), 1))
    return [entry for entry in entries if entry is not None]


def entry_line(name: str, key_type: str, blob: bytes) -> str:
    """A known_hosts line for a key of the host `name` (a lookup_name)."""
    return f"{name} {key_type} {base64.b64encode(blob).decode()}\n"

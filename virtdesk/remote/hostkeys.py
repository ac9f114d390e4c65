"""Whether to trust the key a host offers: the user's known_hosts files (read, never written) plus virtdesk's own
file, where the keys the user accepted are kept.

An unknown host is asked about (or refused when nobody can be asked); a key that differs from the one on record is
always refused, and only `KnownHosts.forget` (a deliberate act of the user) clears the way. Nothing is ever
accepted silently.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from virtdesk.remote.errors import HostKeyChanged, HostKeyRejected, HostKeyRevoked, HostKeyUnknown
from virtdesk.remote.known_hosts import (
    REVOKED,
    KnownHostEntry,
    display_type,
    entry_line,
    fingerprint,
    lookup_name,
    parse_line,
    read_entries,
)


def default_own_file() -> Path:
    """virtdesk's known-hosts file: $XDG_DATA_HOME/virtdesk/known_hosts."""
    data = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data) / "virtdesk" / "known_hosts"


def default_user_files(ssh_dir: Path | None = None) -> tuple[Path, ...]:
    """The files OpenSSH reads by default: ~/.ssh/known_hosts, ~/.ssh/known_hosts2, /etc/ssh/ssh_known_hosts."""
    ssh_dir = ssh_dir or Path.home() / ".ssh"
    return ssh_dir / "known_hosts", ssh_dir / "known_hosts2", Path("/etc/ssh/ssh_known_hosts")


@dataclass(frozen=True)
class HostKeyQuestion:
    """What the user is asked about a host whose key is not known."""

    host: str
    port: int
    key_type: str
    fingerprint: str

    @property
    def type_label(self) -> str:
        return display_type(self.key_type)


HostKeyAsk = Callable[[HostKeyQuestion], bool]
"""Called on the connecting worker thread; True accepts (and remembers) the key, False refuses it."""


@dataclass(frozen=True)
class ForgetResult:
    """What `KnownHosts.forget` removed from virtdesk's file, and the keys of the host that only the user can remove
    (in ~/.ssh/known_hosts and the like, which virtdesk does not edit)."""

    removed: tuple[KnownHostEntry, ...]
    elsewhere: tuple[KnownHostEntry, ...]


class KnownHosts:
    """The host keys virtdesk trusts: `user_files` (read only) and `own_file` (where accepted keys are added)."""

    def __init__(self, own_file: Path | None = None, user_files: Sequence[Path] | None = None) -> None:
        self.own_file = own_file or default_own_file()
        self.user_files = tuple(default_user_files() if user_files is None else user_files)
        self._lock = threading.Lock()

    def entries(self, host: str, port: int) -> list[KnownHostEntry]:
        """Every line of every file that names the host."""
        name = lookup_name(host, port)
        return [entry for path in (*self.user_files, self.own_file) for entry in read_entries(path)
                if entry.names(name)]

    def key_types(self, host: str, port: int) -> list[str]:
        """The key types on record for the host (the connection asks the host for one of these first)."""
        return list(dict.fromkeys(entry.key_type for entry in self.entries(host, port) if not entry.marker))

    def verify(self, host: str, port: int, key_type: str, blob: bytes, ask: HostKeyAsk | None) -> None:
        """Returns when the key may be trusted; raises a HostKeyError otherwise.

        A known key passes; a revoked or changed one is refused; an unknown one is put to `ask` (None: nobody to
        ask, refused) and remembered in virtdesk's file when accepted.
        """
        entries = self.entries(host, port)
        offered = fingerprint(blob)
        label = display_type(key_type)
        for entry in entries:
            if entry.marker == REVOKED and entry.blob == blob:
                raise HostKeyRevoked(host, port, label, offered, entry.where)
        keys = [entry for entry in entries if not entry.marker]
        if any(entry.blob == blob for entry in keys):
            return
        old = [f"{display_type(e.key_type)} {e.fingerprint} ({e.where})" for e in keys if e.key_type == key_type]
        if old:
            raise HostKeyChanged(host, port, label, offered, old)
        if ask is None:
            raise HostKeyUnknown(host, port, label, offered)
        if not ask(HostKeyQuestion(host, port, key_type, offered)):
            raise HostKeyRejected(host, port, label, offered)
        self.remember(host, port, key_type, blob)

    def remember(self, host: str, port: int, key_type: str, blob: bytes) -> None:
        """Adds the key to virtdesk's file (made 0600 in a 0700 directory)."""
        with self._lock:
            self.own_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            descriptor = os.open(self.own_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            with os.fdopen(descriptor, "a", encoding="utf-8") as file:
                file.write(entry_line(lookup_name(host, port), key_type, blob))

    def forget(self, host: str, port: int) -> ForgetResult:
        """Removes the host's keys from virtdesk's file (revocations stay) and names those it cannot remove."""
        name = lookup_name(host, port)
        with self._lock:
            try:
                lines = self.own_file.read_text(encoding="utf-8").splitlines(keepends=True)
            except FileNotFoundError:
                lines = []
            removed, kept = [], []
            for number, line in enumerate(lines, 1):
                entry = parse_line(line, self.own_file, number)
                if entry is not None and not entry.marker and entry.names(name):
                    removed.append(entry)
                else:
                    kept.append(line)
            if removed:
                self._rewrite_own_file(kept)
        elsewhere = [entry for path in self.user_files for entry in read_entries(path)
                     if not entry.marker and entry.names(name)]
        return ForgetResult(tuple(removed), tuple(elsewhere))

    def _rewrite_own_file(self, lines: list[str]) -> None:
        descriptor, temporary = tempfile.mkstemp(dir=self.own_file.parent, prefix=".known_hosts.")
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as file:
                file.writelines(lines)
            os.replace(temporary, self.own_file)
        except BaseException:
            os.unlink(temporary)
            raise

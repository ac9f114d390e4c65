"""Unprivileged accounts the rig creates for its daemons and SSH logins (homes under the rig directory)."""

from __future__ import annotations

import os
import pwd
import subprocess
from dataclasses import dataclass
from pathlib import Path

from rig.errors import Unavailable
from rig.paths import HOME_DIR, rig_dir


@dataclass(frozen=True)
class Account:
    """A rig user: name, ids and home directory."""

    name: str
    uid: int
    gid: int
    home: Path

    def own(self, path: Path) -> Path:
        """Hands ``path`` (a file or a whole tree) over to this user; returns it."""
        os.chown(path, self.uid, self.gid)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                for name in dirs + files:
                    os.chown(os.path.join(root, name), self.uid, self.gid, follow_symlinks=False)
        return path


def _run(*argv: str, stdin: str | None = None) -> None:
    result = subprocess.run(argv, input=stdin, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise Unavailable(f"{' '.join(argv)} failed: {result.stderr.strip()}")


def ensure_account(name: str, password: str | None = None) -> Account:
    """Creates (or reuses) the rig user ``name`` with its home under the rig directory.

    Without ``password`` the account can log in by key only (its password field is ``*``, which sshd does not
    treat as locked); with one, that password is set.
    """
    if os.geteuid() != 0:
        raise Unavailable(f"creating the test user {name} needs root")
    home = HOME_DIR / name
    try:
        entry = pwd.getpwnam(name)
    except KeyError:
        _run("useradd", "--system", "--user-group", "--no-create-home", "--home-dir", str(home),
             "--shell", "/bin/sh", name)
        entry = pwd.getpwnam(name)
    if Path(entry.pw_dir) != home:
        raise Unavailable(f"user {name} exists with home {entry.pw_dir}, not the rig's {home}")
    if password is None:
        _run("usermod", "-p", "*", name)
    else:
        _run("chpasswd", stdin=f"{name}:{password}\n")
    account = Account(name, entry.pw_uid, entry.pw_gid, rig_dir(home))
    os.chown(home, account.uid, account.gid)
    return account

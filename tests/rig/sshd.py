"""A real OpenSSH server on 127.0.0.1: key login for the session daemon's user, password login for another."""

from __future__ import annotations

import contextlib
import secrets
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

from rig import apt, procs
from rig.paths import LOG_DIR, SSHD_DIR, rig_dir
from rig.users import Account, ensure_account

PASSWORD_USER = "virtdesk-pw"
PACKAGES = ("openssh-server", "openssh-client", "netcat-openbsd")
PRIVSEP_DIR = Path("/run/sshd")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _keygen(path: Path) -> None:
    if not path.exists():
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "virtdesk-rig", "-f", str(path)],
                       check=True)


class Sshd:
    """sshd with its own config and host key under the rig dir; stopped by PID."""

    host = "127.0.0.1"

    def __init__(self, key_account: Account, password_account: Account, password: str) -> None:
        self.key_user = key_account.name
        self.password_user = password_account.name
        self.password = password
        self.port = free_port()
        self.dir = rig_dir(SSHD_DIR)
        self.host_key_path = self.dir / "ssh_host_ed25519_key"
        self.key_path = self.dir / "client_key"
        self.known_hosts_path = self.dir / "known_hosts"
        self.config_path = self.dir / "sshd_config"
        _keygen(self.host_key_path)
        _keygen(self.key_path)
        keys_dir = rig_dir(self.dir / "authorized_keys")
        (keys_dir / self.key_user).write_text(self.key_path.with_suffix(".pub").read_text())
        host_key = self.host_key_path.with_suffix(".pub").read_text().split()
        self.known_hosts_path.write_text(f"[{self.host}]:{self.port} {host_key[0]} {host_key[1]}\n")
        self.host_key_fingerprint = subprocess.run(
            ["ssh-keygen", "-l", "-E", "sha256", "-f", str(self.host_key_path)],
            capture_output=True, text=True, check=True,
        ).stdout.split()[1]
        self.config_path.write_text(self._config(key_account))
        self._service: procs.Service | None = None
        self._made_privsep_dir = False

    def _config(self, key_account: Account) -> str:
        return f"""ListenAddress {self.host}
Port {self.port}
HostKey {self.host_key_path}
PidFile none
UsePAM no
StrictModes no
AuthorizedKeysFile {self.dir}/authorized_keys/%u
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
AllowUsers {self.key_user} {self.password_user}
AllowTcpForwarding yes
Subsystem sftp internal-sftp
X11Forwarding no
PrintMotd no
LogLevel VERBOSE
SetEnv XDG_RUNTIME_DIR={key_account.home}/run
Match User {self.password_user}
    PasswordAuthentication yes
"""

    @property
    def pid(self) -> int:
        if self._service is None:
            raise RuntimeError("sshd is not running")
        return self._service.pid

    @property
    def log_path(self) -> Path:
        return LOG_DIR / "sshd.log"

    def start(self) -> None:
        self._made_privsep_dir = self._made_privsep_dir or not PRIVSEP_DIR.exists()
        rig_dir(PRIVSEP_DIR)
        subprocess.run(["/usr/sbin/sshd", "-t", "-f", str(self.config_path)], check=True)
        self._service = procs.start("sshd", ["/usr/sbin/sshd", "-D", "-e", "-f", str(self.config_path)],
                                    env={"PATH": "/usr/sbin:/usr/bin:/sbin:/bin"})
        try:
            procs.wait_until(self._accepts, "sshd to listen", self._service)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Stops the server; removes the privilege separation directory if the rig made it."""
        if self._service is not None:
            self._service.stop()
        if self._made_privsep_dir:
            with contextlib.suppress(FileNotFoundError):
                PRIVSEP_DIR.rmdir()
            self._made_privsep_dir = False

    def connection_pids(self) -> set[int]:
        """The sshd processes serving logins: the listener's children (each with the user's own sshd below it).
        Killing the listener alone leaves them, and their sessions, alive."""
        found = set()
        for entry in Path("/proc").iterdir():
            with contextlib.suppress(OSError, IndexError, ValueError):
                state, parent = (entry / "stat").read_text().rpartition(")")[2].split()[:2]
                if state != "Z" and int(parent) == self.pid:
                    found.add(int(entry.name))
        return found

    @contextlib.contextmanager
    def authorized(self, public_key: str) -> Iterator[None]:
        """Lets the key user log in with one more public key (an OpenSSH .pub line) while the block runs."""
        keys = self.dir / "authorized_keys" / self.key_user
        before = keys.read_text()
        keys.write_text(before.rstrip("\n") + "\n" + public_key.strip() + "\n")
        try:
            yield
        finally:
            keys.write_text(before)

    def _accepts(self) -> bool:
        return self._service is not None and f"listening on {self.host} port {self.port}." in self._service.output()


def create(key_account: Account) -> Sshd:
    """Installs what is missing and prepares the server (not started); ``key_account`` logs in by key."""
    apt.ensure(*PACKAGES)
    return Sshd(key_account, ensure_account(PASSWORD_USER, password=(password := secrets.token_urlsafe(12))),
                password)

"""The cloud-init NoCloud seed of a VM made from a cloud image: its answers (host name, a user with a password
and/or SSH public keys) checked as the user types, written as user-data ("#cloud-config") and meta-data, packed
into an ISO labelled "cidata" and uploaded into a pool of the host.

The password goes into the seed only as a SHA-512-crypt hash; it is never logged, shown or put in an error.
The YAML is written here with every string double-quoted (no YAML library needed).
"""

from __future__ import annotations

import base64
import re
import tempfile
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import libvirt
import paramiko
from PySide6.QtCore import QCoreApplication

from virtdesk.model.iso_image import build_iso
from virtdesk.model.iso_upload import upload_into_new_volume, upload_job
from virtdesk.model.jobs import Job, JobContext
from virtdesk.model.sha512_crypt import sha512_crypt

if TYPE_CHECKING:
    from virtdesk.model.connection import Connection

SEED_LABEL = "cidata"
MAX_HOSTNAME, MAX_LABEL, MAX_USER = 253, 63, 32
MIN_RSA_BITS = 1024  # OpenSSH refuses shorter RSA keys
_LABEL = re.compile(r"[A-Za-z0-9-]+")
_USER = re.compile(r"[a-z_][a-z0-9_-]*")
_SK_ED25519, _SK_ECDSA = "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com"
# key type: the number of fields of its public key blob, the type itself first
KEY_TYPES = {"ssh-ed25519": 2, "ecdsa-sha2-nistp256": 3, "ecdsa-sha2-nistp384": 3, "ecdsa-sha2-nistp521": 3,
             "ssh-rsa": 3, _SK_ED25519: 3, _SK_ECDSA: 4}


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


@dataclass
class CloudInit:
    """The answers a seed holds. instance_uuid makes the instance id (the VM's UUID is a good one): cloud-init
    runs its first-boot steps again whenever the instance id changes."""

    hostname: str
    user: str
    password: str | None = field(repr=False)
    ssh_keys: list[str]
    instance_uuid: str = field(default_factory=lambda: str(uuid.uuid4()))

    @property
    def instance_id(self) -> str:
        return f"{self.hostname}-{self.instance_uuid}"


# -- checks (each: a message for the user, or None when the text is fine) -----------------------------------------
def validate_hostname(text: str) -> str | None:
    """A host name (web01) or a fully qualified one (web01.example.com), as RFC 1123 allows."""
    if not text:
        return _tr("Give the VM a host name.")
    if len(text) > MAX_HOSTNAME:
        return _tr("A host name has at most 253 characters.")
    labels = text.split(".")
    if any(not label for label in labels):
        return _tr("A host name cannot begin or end with “.” or have two in a row.")
    if any(not _LABEL.fullmatch(label) for label in labels):
        return _tr("A host name may contain only the letters a–z, digits and “-”, with “.” between its parts.")
    if any(len(label) > MAX_LABEL for label in labels):
        return _tr("Each part of a host name has at most 63 characters.")
    if any(label.startswith("-") or label.endswith("-") for label in labels):
        return _tr("A part of a host name cannot begin or end with “-”.")
    return None


def validate_user(text: str) -> str | None:
    """The name of the user cloud-init creates (as useradd accepts it on every distribution)."""
    if not text:
        return _tr("Give the user a name.")
    if len(text) > MAX_USER:
        return _tr("A user name has at most 32 characters.")
    if not _USER.fullmatch(text):
        return _tr("A user name begins with a lower-case letter or “_” and holds only lower-case letters, digits, "
                   "“_” and “-”.")
    if text == "root":
        return _tr("“root” exists on every system: give the name of a new user.")
    return None


def validate_ssh_key(text: str) -> str | None:
    """One SSH public key as in an authorized_keys file or a .pub file: type, base64 data, optional comment."""
    line = text.strip()
    if not line:
        return _tr("Paste an SSH public key (the contents of a .pub file).")
    if "PRIVATE KEY" in line:
        return _tr("This is a private key: paste the public key (the .pub file) instead, and keep the private "
                   "key secret.")
    if "\n" in line or "\r" in line:
        return _tr("Give one key per line.")
    kind, *after = line.split(maxsplit=2)
    if kind not in KEY_TYPES:
        return _tr("“{type}” is not a type of SSH public key this can use (ssh-ed25519, ecdsa-sha2-nistp256, "
                   "ssh-rsa, sk-ssh-ed25519@openssh.com, …).").format(type=kind[:40])
    if not after:
        return _tr("The key has no data after its type.")
    data = after[0]
    try:
        blob = base64.b64decode(data, validate=True)
    except ValueError:  # binascii.Error, or characters outside ASCII
        return _tr("The key's data is not valid base64.")
    try:
        fields = _wire_strings(blob)
    except ValueError:
        fields = []
    if len(fields) != KEY_TYPES[kind] or fields[0] != kind.encode():
        return _tr("The key's data is not of the type {type}.").format(type=kind)
    try:
        key = _public_key(kind, fields)
    except (paramiko.SSHException, ValueError, TypeError):
        return _tr("The key's data is not a valid key of the type {type}.").format(type=kind)
    if kind == "ssh-rsa" and key.get_bits() < MIN_RSA_BITS:
        return _tr("This RSA key has {bits} bits: OpenSSH refuses RSA keys shorter than 1024 bits.").format(
            bits=key.get_bits())
    return None


def _wire_strings(blob: bytes) -> list[bytes]:
    """The length-prefixed strings (RFC 4251) that make up a public key blob; ValueError unless they fill it."""
    strings = []
    offset = 0
    while offset < len(blob):
        if offset + 4 > len(blob):
            raise ValueError("truncated length")
        length = int.from_bytes(blob[offset:offset + 4], "big")
        offset += 4
        if offset + length > len(blob):
            raise ValueError("truncated string")
        strings.append(blob[offset:offset + length])
        offset += length
    return strings


def _blob(*strings: bytes) -> bytes:
    return b"".join(len(s).to_bytes(4, "big") + s for s in strings)


def _public_key(kind: str, fields: list[bytes]) -> paramiko.PKey:
    """The key, parsed by paramiko's key classes. A security key (sk-*) must name its application; the key inside
    it is parsed as the plain key of its kind."""
    if kind in (_SK_ED25519, _SK_ECDSA):
        if not fields[-1]:
            raise ValueError("a security key names no application")
        kind = "ssh-ed25519" if kind == _SK_ED25519 else "ecdsa-sha2-nistp256"
        fields = [kind.encode(), *fields[1:-1]]
    if kind == "ssh-ed25519" and len(fields[1]) != 32:
        raise ValueError("an Ed25519 key has 32 bytes")
    return paramiko.PKey.from_type_string(kind, _blob(*fields))


# -- the seed ------------------------------------------------------------------------------------------------------
def _quoted(text: str) -> str:
    """text as a YAML double-quoted scalar: quotes, backslashes and every character YAML does not print as it is
    (controls, line breaks, the byte-order mark, surrogates) escaped."""
    out = []
    for char in text:
        code = ord(char)
        if char in '"\\':
            out.append("\\" + char)
        elif 0x20 <= code <= 0x7E or (0xA0 <= code <= 0xFFFD and code not in (0x2028, 0x2029, 0xFEFF)
                                      and not 0xD800 <= code <= 0xDFFF) or code >= 0x10000:
            out.append(char)
        elif code <= 0xFF:
            out.append(f"\\x{code:02x}")
        else:
            out.append(f"\\u{code:04x}")
    return '"' + "".join(out) + '"'


def user_data(config: CloudInit) -> str:
    """The "#cloud-config" user-data: the host name (and, when it has dots, the FQDN) and one new user with the
    password hash and/or the SSH keys. The user may use sudo: without a password when it has none."""
    short_name = config.hostname.split(".")[0]
    lines = ["#cloud-config", f"hostname: {_quoted(short_name)}"]
    if short_name != config.hostname:
        lines.append(f"fqdn: {_quoted(config.hostname)}")
    sudo = "ALL=(ALL) ALL" if config.password else "ALL=(ALL) NOPASSWD:ALL"
    lines += ["users:", f"  - name: {_quoted(config.user)}", f"    sudo: {_quoted(sudo)}"]
    if config.password:
        lines += [f"    passwd: {_quoted(sha512_crypt(config.password))}", "    lock_passwd: false"]
    if config.ssh_keys:
        lines.append("    ssh_authorized_keys:")
        lines += [f"      - {_quoted(key.strip())}" for key in config.ssh_keys]
    return "\n".join(lines) + "\n"


def meta_data(config: CloudInit) -> str:
    return f"instance-id: {_quoted(config.instance_id)}\nlocal-hostname: {_quoted(config.hostname)}\n"


def seed_iso(config: CloudInit) -> bytes:
    """The NoCloud seed: an ISO labelled "cidata" holding user-data and meta-data."""
    return build_iso({"user-data": user_data(config).encode(), "meta-data": meta_data(config).encode()}, SEED_LABEL)


def upload_seed(connection: Connection, pool: str, volume: str, data: bytes) -> Job:
    """Writes the seed ISO data into a new raw volume of the pool, as a Job whose result is the number of bytes
    sent; the volume is removed again if the upload fails or is cancelled."""
    title = _tr("Writing the cloud-init seed {volume} into {pool}").format(volume=volume, pool=pool)
    return upload_job(connection, title, pool, volume, _upload_data, data)


def _upload_data(conn: libvirt.virConnect, context: JobContext, pool: str, volume: str, data: bytes) -> int:
    with tempfile.NamedTemporaryFile(prefix="virtdesk-seed-", suffix=".iso") as file:
        file.write(data)
        file.flush()
        return upload_into_new_volume(conn, context, pool, volume, file.name)

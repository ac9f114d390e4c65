"""known_hosts files read as OpenSSH reads them, checked against files written here and hashed by ssh-keygen."""

from __future__ import annotations

import base64
import subprocess
from pathlib import Path

import pytest

from virtdesk.remote.known_hosts import (
    CERT_AUTHORITY,
    REVOKED,
    display_type,
    entry_line,
    fingerprint,
    lookup_name,
    patterns_match,
    read_entries,
)

pytestmark = pytest.mark.unit


def _line(names: str, key: tuple[str, bytes], marker: str = "") -> str:
    return (f"{marker} " if marker else "") + f"{names} {key[0]} {base64.b64encode(key[1]).decode()}\n"


def test_ports_other_than_22_go_by_bracketed_names() -> None:
    assert lookup_name("host.example", 22) == "host.example"
    assert lookup_name("host.example", 2222) == "[host.example]:2222"
    assert lookup_name("::1", 2222) == "[::1]:2222"


def test_fingerprints_and_types_are_those_ssh_keygen_shows(tmp_path: Path, new_key) -> None:
    for kind, label in (("ed25519", "ED25519"), ("ecdsa", "ECDSA"), ("rsa", "RSA")):
        key = new_key(kind)
        file = tmp_path / f"{kind}_hosts"
        file.write_text(_line("h", key))
        shown = subprocess.run(["ssh-keygen", "-l", "-E", "sha256", "-f", str(file)], capture_output=True,
                               text=True, check=True).stdout.split()
        assert fingerprint(key[1]) == shown[1]
        assert display_type(key[0]) == label == shown[-1].strip("()")


def test_plain_bracketed_and_listed_names_are_found(tmp_path: Path, new_key) -> None:
    a, b, c = new_key(), new_key(), new_key()
    file = tmp_path / "known_hosts"
    file.write_text("# a comment\n\n" + _line("alpha,10.0.0.1", a) + _line("[beta]:2222", b) + _line("beta", c)
                    + "garbage line\nhost ssh-ed25519 !!notbase64!!\n")
    entries = read_entries(file)
    assert [entry.line_number for entry in entries] == [3, 4, 5]
    assert [e.blob for e in entries if e.names("10.0.0.1")] == [a[1]]
    assert [e.blob for e in entries if e.names(lookup_name("beta", 2222))] == [b[1]]
    assert [e.blob for e in entries if e.names(lookup_name("beta", 22))] == [c[1]]
    assert [e for e in entries if e.names(lookup_name("alpha", 2222))] == []
    assert entries[0].where == f"{file} line 3"


def test_entries_hashed_by_ssh_keygen_are_found_by_name_and_port(tmp_path: Path, new_key) -> None:
    a, b = new_key(), new_key()
    file = tmp_path / "known_hosts"
    file.write_text(_line("alpha", a) + _line("[beta]:2222", b))
    subprocess.run(["ssh-keygen", "-H", "-f", str(file)], check=True, capture_output=True)
    assert "alpha" not in file.read_text() and "beta" not in file.read_text()
    entries = read_entries(file)
    assert all(entry.patterns[0].startswith("|1|") for entry in entries)
    assert [e.blob for e in entries if e.names("alpha")] == [a[1]]
    assert [e.blob for e in entries if e.names("[beta]:2222")] == [b[1]]
    assert [e for e in entries if e.names("beta") or e.names("[alpha]:2222")] == []


def test_wildcards_and_negations_follow_openssh() -> None:
    patterns = ("*.lab.example", "!secret.lab.example", "[10.0.0.?]:2222")
    assert patterns_match(patterns, "vm1.lab.example")
    assert patterns_match(patterns, "VM1.LAB.example")
    assert not patterns_match(patterns, "secret.lab.example")
    assert patterns_match(patterns, "[10.0.0.7]:2222")
    assert not patterns_match(patterns, "[10.0.0.17]:2222")
    assert not patterns_match(patterns, "lab.example")
    assert not patterns_match(("!*",), "anything")


def test_markers_are_kept(tmp_path: Path, new_key) -> None:
    a, b = new_key(), new_key()
    file = tmp_path / "known_hosts"
    file.write_text(_line("*", a, REVOKED) + _line("*.example", b, CERT_AUTHORITY) + _line("h", b, "@unknown"))
    assert [(e.marker, e.blob) for e in read_entries(file)] == [(REVOKED, a[1]), (CERT_AUTHORITY, b[1])]


def test_a_missing_file_has_no_entries(tmp_path: Path) -> None:
    assert read_entries(tmp_path / "nothing") == []


def test_a_written_line_reads_back(tmp_path: Path, new_key) -> None:
    key = new_key("ecdsa")
    file = tmp_path / "known_hosts"
    file.write_text(entry_line("[h]:2222", *key))
    (entry,) = read_entries(file)
    assert (entry.patterns, entry.key_type, entry.blob) == (("[h]:2222",), key[0], key[1])

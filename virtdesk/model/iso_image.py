"""Small ISO 9660 images written in Python, such as the cloud-init NoCloud seed (volume "cidata" holding user-data
and meta-data), and the identifying strings read back from any ISO's primary volume descriptor.

An image holds its files in the root directory three ways at once: plain ISO 9660 names (8.3 upper case, for any
reader), Rock Ridge (SUSP SP/ER/RR/NM/PX: the exact names and POSIX modes, which Linux's isofs uses) and a Joliet
tree (UCS-2 names, which Windows uses). The output depends only on the input: every timestamp is fixed unless
given.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Literal

from virtdesk.osinfo import IsoHeader

SECTOR = 2048
PVD_OFFSET = 16 * SECTOR  # where an image's primary volume descriptor begins (after the system area)
DEFAULT_TIME = datetime(2000, 1, 1, tzinfo=UTC)
_FIRST_FREE_SECTOR = 23  # after the descriptors (16-18) and the four path tables (19-22)
_DIRECTORY, _FILE = 0o040555, 0o100444  # POSIX modes of the read-only tree
_RR_PX, _RR_NM = 0x01, 0x08  # RRIP 1.09 "RR" flags: which Rock Ridge entries follow
_RRIP_ID = b"RRIP_1991A"
_RRIP_DESCRIPTION = b"THE ROCK RIDGE INTERCHANGE PROTOCOL PROVIDES SUPPORT FOR POSIX FILE SYSTEM SEMANTICS"
_RRIP_SOURCE = b"PLEASE CONTACT DISC PUBLISHER FOR SPECIFICATION SOURCE."
_JOLIET_LEVEL_3 = b"%/E"
_D_CHARACTERS = re.compile(r"[^A-Z0-9_]")
_JOLIET_FORBIDDEN = set("*/:;?\\")
_MAX_NAME = 64  # the longest Joliet name


def _both16(value: int) -> bytes:
    return value.to_bytes(2, "little") + value.to_bytes(2, "big")


def _both32(value: int) -> bytes:
    return value.to_bytes(4, "little") + value.to_bytes(4, "big")


def _sectors(size: int) -> int:
    return -(-size // SECTOR)


def _record_time(when: datetime) -> bytes:
    """The 7-byte time of a directory record (ECMA-119 9.1.5), in UTC."""
    when = when.astimezone(UTC)
    return bytes([when.year - 1900, when.month, when.day, when.hour, when.minute, when.second, 0])


def _volume_time(when: datetime | None) -> bytes:
    """The 17-byte time of a volume descriptor (ECMA-119 8.4.26.1); None: "not specified"."""
    if when is None:
        return b"0" * 16 + b"\0"
    when = when.astimezone(UTC)
    return when.strftime("%Y%m%d%H%M%S").encode() + f"{when.microsecond // 10000:02d}".encode() + b"\0"


def _susp(signature: bytes, body: bytes) -> bytes:
    """One System Use Sharing Protocol entry: signature, length, version 1, body."""
    return signature + bytes([len(body) + 4, 1]) + body


def _px(mode: int, links: int) -> bytes:
    return _susp(b"PX", _both32(mode) + _both32(links) + _both32(0) + _both32(0))


def _rock_ridge(name: str | None, mode: int, links: int) -> bytes:
    """The Rock Ridge entries of a record: its POSIX mode and, for a file, its real name."""
    if name is None:
        return _susp(b"RR", bytes([_RR_PX])) + _px(mode, links)
    return (_susp(b"RR", bytes([_RR_PX | _RR_NM])) + _susp(b"NM", b"\0" + name.encode())
            + _px(mode, links))


def _root_self_rock_ridge() -> bytes:
    """The root's "." record announces SUSP (SP, first) and the Rock Ridge extension (ER)."""
    sp = _susp(b"SP", b"\xbe\xef\0")
    er = _susp(b"ER", bytes([len(_RRIP_ID), len(_RRIP_DESCRIPTION), len(_RRIP_SOURCE), 1])
               + _RRIP_ID + _RRIP_DESCRIPTION + _RRIP_SOURCE)
    return sp + er + _rock_ridge(None, _DIRECTORY, 2)


def _directory_record(identifier: bytes, extent: int, size: int, directory: bool, when: bytes,
                      system_use: bytes = b"") -> bytes:
    """ECMA-119 9.1; the record's length is kept even."""
    head = (_both32(extent) + _both32(size) + when + bytes([0x02 if directory else 0, 0, 0]) + _both16(1)
            + bytes([len(identifier)]) + identifier)
    record = head + (b"\0" if len(identifier) % 2 == 0 else b"") + system_use
    record += b"\0" * (len(record) % 2)
    if len(record) + 2 > 255:
        raise ValueError(f"directory record for {identifier!r} is too long")
    return bytes([len(record) + 2, 0]) + record


@dataclass(frozen=True)
class _Entry:
    name: str
    data: bytes
    iso_name: bytes
    joliet_name: bytes
    extent: int = 0


def _check_name(name: str) -> None:
    if not name or name in (".", "..") or len(name) > _MAX_NAME or "\0" in name or "/" in name:
        raise ValueError(f"{name!r} cannot name a file of the image")
    if any(ord(c) > 0xFFFF or c in _JOLIET_FORBIDDEN or ord(c) < 0x20 for c in name):
        raise ValueError(f"{name!r} has a character Joliet names cannot hold")


def _iso_names(names: list[str]) -> dict[str, bytes]:
    """Distinct ISO 9660 level 1 identifiers (NAME8.EXT;1) for the names."""
    taken: set[bytes] = set()
    result = {}
    for name in names:
        stem, dot, extension = name.upper().rpartition(".")
        if not dot:
            stem, extension = extension, ""
        stem = _D_CHARACTERS.sub("_", stem)[:8] or "_"
        extension = _D_CHARACTERS.sub("_", extension)[:3]
        number = 0
        candidate = stem
        while (identifier := f"{candidate}.{extension};1".encode()) in taken:
            number += 1
            suffix = str(number)
            candidate = stem[: 8 - len(suffix)] + suffix
        taken.add(identifier)
        result[name] = identifier
    return result


def _iso_order(identifier: bytes) -> tuple[bytes, bytes]:
    """ECMA-119 9.3: by name, then extension, each padded with spaces."""
    stem, _dot, extension = identifier.partition(b";")[0].partition(b".")
    return stem.ljust(8), extension.ljust(3)


def _directory(records: list[bytes]) -> bytes:
    """Directory records packed into sectors; no record crosses a sector's end."""
    extent = b""
    for record in records:
        if len(extent) % SECTOR + len(record) > SECTOR:
            extent += b"\0" * (SECTOR - len(extent) % SECTOR)
        extent += record
    return extent + b"\0" * (-len(extent) % SECTOR)


def _root_directory(entries: list[_Entry], location: int, size: int, when: bytes, joliet: bool) -> bytes:
    rock_ridge = not joliet
    records = [
        _directory_record(b"\0", location, size, True, when, _root_self_rock_ridge() if rock_ridge else b""),
        _directory_record(b"\1", location, size, True, when, _rock_ridge(None, _DIRECTORY, 2) if rock_ridge else b""),
    ]
    ordered = sorted(entries, key=lambda e: e.joliet_name if joliet else _iso_order(e.iso_name))
    for entry in ordered:
        records.append(_directory_record(entry.joliet_name if joliet else entry.iso_name, entry.extent,
                                         len(entry.data), False, when,
                                         _rock_ridge(entry.name, _FILE, 1) if rock_ridge else b""))
    return _directory(records)


def _path_table(root: int, byteorder: Literal["little", "big"]) -> bytes:
    """ECMA-119 9.4: one record, the root (its own parent, number 1)."""
    table = bytes([1, 0]) + root.to_bytes(4, byteorder) + (1).to_bytes(2, byteorder) + b"\0\0"
    return table + b"\0" * (SECTOR - len(table))


def _text(value: str, size: int, joliet: bool) -> bytes:
    """A string field of size bytes, padded with spaces (a Joliet field: UCS-2 ones, then a zero byte where
    the size is odd)."""
    encoding = "utf-16-be" if joliet else "ascii"
    encoded = value.encode(encoding)
    if len(encoded) > size:
        raise ValueError(f"{value!r} is longer than the field of {size} bytes")
    filler = " ".encode(encoding)
    return (encoded + filler * ((size - len(encoded)) // len(filler))).ljust(size, b"\0")


def _volume_descriptor(kind: int, volume_id: str, total: int, path_table: tuple[int, int], root: bytes,
                       created: datetime, joliet: bool) -> bytes:
    """A primary (kind 1, ECMA-119 8.4) or Joliet supplementary (kind 2) volume descriptor."""
    return b"".join([
        bytes([kind]), b"CD001", b"\1\0",
        _text("", 32, joliet), _text(volume_id, 32, joliet), b"\0" * 8, _both32(total),
        _JOLIET_LEVEL_3.ljust(32, b"\0") if joliet else b"\0" * 32,
        _both16(1), _both16(1), _both16(SECTOR), _both32(10),
        path_table[0].to_bytes(4, "little"), b"\0" * 4, path_table[1].to_bytes(4, "big"), b"\0" * 4,
        root,
        _text("", 128, joliet), _text("", 128, joliet), _text("", 128, joliet), _text("VIRTDESK", 128, joliet),
        _text("", 37, joliet), _text("", 37, joliet), _text("", 37, joliet),
        _volume_time(created), _volume_time(created), _volume_time(None), _volume_time(None),
        b"\1\0", b"\0" * 512, b"\0" * 653,
    ])


def build_iso(files: dict[str, bytes], volume_id: str, *, timestamp: datetime | None = None) -> bytes:
    """An ISO 9660 image labelled volume_id (at most 32 ASCII characters; 16 in its Joliet tree) holding files
    (name: contents) in its root directory; every time in it is timestamp (default: DEFAULT_TIME)."""
    for name in files:
        _check_name(name)
    if not volume_id or len(volume_id) > 32 or not volume_id.isascii() or not volume_id.isprintable():
        raise ValueError(f"{volume_id!r} cannot label an ISO 9660 volume")
    when = timestamp or DEFAULT_TIME
    record_time = _record_time(when)
    names = sorted(files)
    iso_names = _iso_names(names)
    entries = [_Entry(name, files[name], iso_names[name], name.encode("utf-16-be")) for name in names]

    iso_root_size = len(_root_directory(entries, 0, 0, record_time, joliet=False))
    joliet_root_size = len(_root_directory(entries, 0, 0, record_time, joliet=True))
    iso_root = _FIRST_FREE_SECTOR
    joliet_root = iso_root + iso_root_size // SECTOR
    next_free = joliet_root + joliet_root_size // SECTOR
    placed = []
    for entry in entries:
        placed.append(replace(entry, extent=next_free))
        next_free += _sectors(len(entry.data))
    total = next_free

    def root_record(location: int, size: int) -> bytes:
        return _directory_record(b"\0", location, size, True, record_time)

    descriptors = [
        _volume_descriptor(1, volume_id, total, (19, 20), root_record(iso_root, iso_root_size), when, False),
        _volume_descriptor(2, volume_id[:16], total, (21, 22), root_record(joliet_root, joliet_root_size), when,
                           True),
        b"\xffCD001\1".ljust(SECTOR, b"\0"),
    ]
    parts = [b"\0" * PVD_OFFSET, *descriptors,
             _path_table(iso_root, "little"), _path_table(iso_root, "big"),
             _path_table(joliet_root, "little"), _path_table(joliet_root, "big"),
             _root_directory(placed, iso_root, iso_root_size, record_time, joliet=False),
             _root_directory(placed, joliet_root, joliet_root_size, record_time, joliet=True)]
    parts += [entry.data + b"\0" * (-len(entry.data) % SECTOR) for entry in placed]
    image = b"".join(parts)
    assert len(image) == total * SECTOR
    return image


def parse_primary_descriptor(descriptor: bytes, arch: str | None = None) -> IsoHeader | None:
    """The identifying strings of an ISO 9660 primary volume descriptor (the SECTOR bytes at PVD_OFFSET of an
    image), as osinfo matches them; None when the bytes are not one."""
    if len(descriptor) < SECTOR or descriptor[:7] != b"\1CD001\1":
        return None

    def text(start: int, end: int) -> str | None:
        return descriptor[start:end].decode("ascii", "replace").strip(" \0") or None

    return IsoHeader(volume_id=text(40, 72) or "", system_id=text(8, 40), publisher=text(318, 446),
                     application=text(574, 702), arch=arch)


def read_iso_header(source: bytes | str | os.PathLike[str]) -> IsoHeader:
    """The identifying strings of an ISO image, from its bytes or the path of its file. ValueError when it is not
    an ISO 9660 image."""
    if isinstance(source, bytes):
        descriptor = source[PVD_OFFSET:PVD_OFFSET + SECTOR]
    else:
        with open(source, "rb") as file:
            file.seek(PVD_OFFSET)
            descriptor = file.read(SECTOR)
    header = parse_primary_descriptor(descriptor)
    if header is None:
        raise ValueError("not an ISO 9660 image: no primary volume descriptor")
    return header


def read_iso_volume_id(source: bytes | str | os.PathLike[str]) -> str:
    """The volume id (label) of an ISO image, from its bytes or the path of its file."""
    return read_iso_header(source).volume_id

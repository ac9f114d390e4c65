"""The sockets this process listens on, read from /proc/self/fd against /proc/net/{tcp,tcp6,unix}: to check
what a session or a console forward opened, and that it is gone again."""

from __future__ import annotations

import os
import socket
from pathlib import Path

LISTENING_TCP = "0A"
ACCEPTING_UNIX = 0x00010000  # __SO_ACCEPTCON in /proc/net/unix


def _socket_inodes() -> set[int]:
    found = set()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            found.add(int(target[8:-1]))
    return found


def _tcp_address(hex_address: str) -> str:
    address, port = hex_address.split(":")
    raw = bytes.fromhex(address)
    if len(raw) == 4:
        host = socket.inet_ntop(socket.AF_INET, raw[::-1])
    else:  # four little-endian 32-bit words
        host = socket.inet_ntop(socket.AF_INET6, b"".join(raw[i:i + 4][::-1] for i in range(0, 16, 4)))
    return f"{host}:{int(port, 16)}"


def listening() -> dict[int, tuple[str, str]]:
    """This process's listening sockets: inode -> ("tcp", "HOST:PORT") or ("unix", path, "@name" if abstract)."""
    mine = _socket_inodes()
    found: dict[int, tuple[str, str]] = {}
    for table in ("tcp", "tcp6"):
        for line in Path(f"/proc/net/{table}").read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == LISTENING_TCP and int(fields[9]) in mine:
                found[int(fields[9])] = ("tcp", _tcp_address(fields[1]))
    for line in Path("/proc/net/unix").read_text().splitlines()[1:]:
        fields = line.split()
        if int(fields[3], 16) & ACCEPTING_UNIX and int(fields[6]) in mine:
            found[int(fields[6])] = ("unix", fields[7] if len(fields) > 7 else "@")
    return found

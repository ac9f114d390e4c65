"""How the VNC client reads without doing I/O: each step of the protocol is a generator that yields how many bytes
it needs next and is sent exactly that many (``data = yield 12``); steps nest with ``yield from``. Whoever owns the
bytes (RfbClient.receive) sends them in as they arrive, so a message may come in any number of pieces."""

from __future__ import annotations

import struct
from collections.abc import Generator
from typing import Any, TypeVar

T = TypeVar("T")
Reads = Generator[int, bytearray, T]

U8 = struct.Struct(">B")
U16 = struct.Struct(">H")
U32 = struct.Struct(">I")


def read(layout: struct.Struct) -> Reads[tuple[Any, ...]]:
    return layout.unpack((yield layout.size))


def read_number(layout: struct.Struct) -> Reads[int]:
    return layout.unpack((yield layout.size))[0]

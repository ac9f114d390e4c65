"""A fake external viewer (remote-viewer, virt-viewer) that records how it was started and what it read."""

from __future__ import annotations

import stat
from pathlib import Path

FAKE_VIEWER = """#!/bin/sh
for argument in "$@"; do /bin/echo "$argument"; done > "{record}.argv"
/bin/cat > "{record}.stdin"
/bin/echo "{program}: could not connect to the display" >&2
exit {status}
"""


def fake(directory: Path, program: str, status: int = 0) -> Path:
    """A fake viewer named program in directory; returns the path its records start with."""
    directory.mkdir(exist_ok=True)
    record = directory.parent / f"{program}-record"
    path = directory / program
    path.write_text(FAKE_VIEWER.format(record=record, program=program, status=status))
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return record

"""What the issue-15 benchmarks print: figures with their targets, and the machine they were measured on."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Figure:
    name: str
    value: str
    target: str = "—"


def machine() -> str:
    import libvirt
    import PySide6

    major, rest = divmod(libvirt.getVersion(), 1_000_000)
    return (f"{os.cpu_count()} cores, Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
            f"libvirt {major}.{rest // 1000}.{rest % 1000}")


def print_table(figures: list[Figure]) -> None:
    width = max(len(f.name) for f in figures)
    value_width = max(len(f.value) for f in figures)
    print(f"machine: {machine()}")
    print(f"{'figure':{width}}  {'value':{value_width}}  target")
    for figure in figures:
        print(f"{figure.name:{width}}  {figure.value:{value_width}}  {figure.target}")


def child_result(script: str, *arguments: str, timeout: float) -> dict[str, Any]:
    """Runs `script` (a benchmark's child, in a fresh process) and returns the JSON line it printed."""
    result = subprocess.run([sys.executable, script, *arguments], capture_output=True, text=True,
                            cwd=Path(script).resolve().parent.parent, timeout=timeout)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(f"unexpected child output: {result.stdout!r} {result.stderr[-2000:]}")
    return json.loads(lines[0])

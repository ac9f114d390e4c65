"""Compiles resources/translations/*.ts into .qm files next to them (only those out of date)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import PySide6

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def lrelease() -> str:
    bundled = Path(PySide6.__file__).parent / "lrelease"
    if bundled.exists():
        return str(bundled)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        sys.exit("lrelease not found: install PySide6-Essentials")
    return found


def main() -> None:
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)


if __name__ == "__main__":
    main()

"""virtdesk's build backend: setuptools' own, with a build_py that puts resources/, ui/ and docs/guide/ (with the
pictures from docs/screenshots/ its pages show) into the package.

The project keeps resources/ (icons, the demo host, translations), ui/ (Designer forms) and docs/guide/ (the user
guide) at the top level. A wheel carries them as virtdesk/_data/resources, virtdesk/_data/ui and
virtdesk/_data/docs/guide, where virtdesk/resources.py looks first, with the translations compiled to .qm by
scripts/build_translations.py (PySide6's lrelease, a build requirement). An editable install copies nothing:
the package there is the checkout, which has the folders.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools.build_meta import *  # noqa: F403 (the PEP 517 hooks, unchanged)
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
DATA_FOLDERS = ("resources", "ui", "docs/guide")
SOURCE_ONLY = shutil.ignore_patterns("*.ts", "__pycache__")
PICTURE = re.compile(r"""<img\b[^>]*?\bsrc=["']([^"']+)["']""", re.IGNORECASE)


def guide_pictures() -> set[Path]:
    """The files of the pictures the guide's pages show (in docs/screenshots/), relative to the top level."""
    pictures = set()
    for page in (ROOT / "docs" / "guide").rglob("*.html"):
        for source in PICTURE.findall(page.read_text(encoding="utf-8")):
            pictures.add((page.parent / source).resolve().relative_to(ROOT))
    return pictures


class BuildPy(build_py):
    def run(self) -> None:
        super().run()
        subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True)
        if self.editable_mode:
            return
        target = Path(self.build_lib) / "virtdesk" / "_data"
        for folder in DATA_FOLDERS:
            shutil.copytree(ROOT / folder, target / folder, ignore=SOURCE_ONLY, dirs_exist_ok=True)
        for picture in guide_pictures():
            (target / picture).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(ROOT / picture, target / picture)
        missing = sorted(ts.stem for ts in (ROOT / "resources" / "translations").glob("*.ts")
                         if not (target / "resources" / "translations" / f"{ts.stem}.qm").is_file())
        if missing:
            raise RuntimeError(f"translations not compiled: {', '.join(missing)}")

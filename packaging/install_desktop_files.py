"""Installs virtdesk's desktop integration under a prefix: the desktop entry, the AppStream metainfo and the icon
in the hicolor theme, scalable and as PNGs rendered from the SVG with Qt's QSvgRenderer (PySide6 is there wherever
virtdesk is; the icon has no text, so no QGuiApplication is needed). The Debian rules, the RPM spec and the Flatpak
manifest all call it.

Usage: python3 packaging/install_desktop_files.py PREFIX   (e.g. debian/virtdesk/usr, %{buildroot}%{_prefix}, /app)
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "io.github.virtdesk"
PACKAGING = Path(__file__).resolve().parent
SVG = PACKAGING.parent / "resources" / "icons" / "virtdesk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_png(renderer: QSvgRenderer, size: int, target: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise OSError(f"cannot write {target}")


def install(prefix: Path) -> list[Path]:
    """Copies and renders everything into prefix/share; returns the files written."""
    share = prefix / "share"
    written = [
        share / "applications" / f"{APP_ID}.desktop",
        share / "metainfo" / f"{APP_ID}.metainfo.xml",
        share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    ]
    for source, target in zip((PACKAGING / written[0].name, PACKAGING / written[1].name, SVG), written, strict=True):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        target.chmod(0o644)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise ValueError(f"cannot render {SVG}")
    for size in PNG_SIZES:
        png = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        render_png(renderer, size, png)
        png.chmod(0o644)
        written.append(png)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prefix", type=Path)
    args = parser.parse_args()
    for path in install(args.prefix):
        print(path)


if __name__ == "__main__":
    main()

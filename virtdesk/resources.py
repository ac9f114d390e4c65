"""Where virtdesk's data files are: resources/ (icons, the demo host, translations), ui/ (Designer forms) and
docs/guide/ (the user guide).

A checkout keeps them as the top-level folders beside the package. A wheel carries the same folders inside
the package, as virtdesk/_data/resources, virtdesk/_data/ui and virtdesk/_data/docs/guide (build_hooks.py puts
them there and compiles the translations). Both are found from the package's own location through
importlib.resources, so neither a checkout, an editable install nor an installed copy ever depends on the working
directory.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

PACKAGED_DATA = "_data"
APP_ID = "io.github.virtdesk"  # AppStream id = desktop file and icon name


@cache
def data_root() -> Path:
    """The folder holding resources/ and ui/: inside the installed package, else the checkout's top level."""
    package = files("virtdesk")
    if not isinstance(package, Path):
        raise RuntimeError(f"virtdesk must be installed as files on disk, not in {package}")
    packaged = package / PACKAGED_DATA
    return packaged if packaged.is_dir() else package.parent


def resource_path(*parts: str) -> Path:
    """A file or folder under resources/, e.g. resource_path("demo", "host.xml")."""
    return data_root().joinpath("resources", *parts)


def ui_path(name: str) -> Path:
    """The Designer form ui/NAME.ui."""
    return data_root() / "ui" / f"{name}.ui"


def translations_dir() -> Path:
    """The compiled translations, virtdesk_LANGUAGE.qm."""
    return resource_path("translations")


def guide_dir() -> Path:
    """The user guide's HTML pages (docs/guide/ in a checkout), opened from index.html."""
    return data_root().joinpath("docs", "guide")


def demo_dir() -> Path:
    """The demo host: host.xml and the domains it includes."""
    return resource_path("demo")


def icon_path(name: str) -> Path:
    """A bundled icon, resources/icons/NAME.svg."""
    return resource_path("icons", f"{name}.svg")

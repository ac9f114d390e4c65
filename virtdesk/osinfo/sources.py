"""Where the osinfo database lives and which of its files count.

Roots are read in order of rising precedence: the system db, the local admin's /etc/osinfo, the user's
$XDG_CONFIG_HOME/osinfo, then every directory in $VIRTDESK_OSINFO_PATH. As in libosinfo, a file in a later root
replaces the file with the same relative path in an earlier one (e.g. `os/debian.org/debian-11.xml`); other
files add to the db, and an OS or device id defined again in a later file replaces the earlier definition.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("virtdesk.osinfo")

SYSTEM_DIR = Path("/usr/share/osinfo")
LOCAL_DIR = Path("/etc/osinfo")
PATH_ENV_VAR = "VIRTDESK_OSINFO_PATH"

# Top-level folders of the db that hold no OS or device entries.
_FOREIGN_DIRS = frozenset({"install-script", "datamap", "schema", "platform"})
_DEVICE_DIR = "device"


def user_dir(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    config_home = env.get("XDG_CONFIG_HOME") or str(Path(env.get("HOME") or Path.home()) / ".config")
    return Path(config_home) / "osinfo"


def default_paths(environ: Mapping[str, str] | None = None) -> list[Path]:
    """The db roots in rising precedence: system, local, user, then $VIRTDESK_OSINFO_PATH entries."""
    env = os.environ if environ is None else environ
    extra = [Path(part) for part in env.get(PATH_ENV_VAR, "").split(os.pathsep) if part]
    return [SYSTEM_DIR, LOCAL_DIR, user_dir(env), *extra]


@dataclass(frozen=True, slots=True)
class DbFiles:
    """The XML files that make up the db, each list in rising precedence."""

    os_files: tuple[Path, ...]
    device_files: tuple[Path, ...]


def collect_files(roots: Iterable[Path]) -> DbFiles:
    chosen: dict[tuple[str, ...], Path] = {}
    for root in roots:
        if not root.is_dir():
            if root.exists():
                log.warning("osinfo: %s is not a directory; ignored", root)
            continue
        for relative, path in _xml_files(root):
            # Re-inserting moves an overridden file to the end, so that it also wins id conflicts.
            chosen.pop(relative, None)
            chosen[relative] = path
    os_files = tuple(path for relative, path in chosen.items() if relative[0] != _DEVICE_DIR)
    device_files = tuple(path for relative, path in chosen.items() if relative[0] == _DEVICE_DIR)
    return DbFiles(os_files=os_files, device_files=device_files)


def _xml_files(root: Path) -> Iterable[tuple[tuple[str, ...], Path]]:
    def warn(error: OSError) -> None:
        log.warning("osinfo: cannot read %s: %s", error.filename, error.strerror)

    for dirpath, dirnames, filenames in os.walk(root, onerror=warn):
        here = Path(dirpath)
        relative_dir = here.relative_to(root).parts
        if not relative_dir:
            dirnames[:] = [name for name in dirnames if name not in _FOREIGN_DIRS]
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith(".xml"):
                yield (*relative_dir, name), here / name

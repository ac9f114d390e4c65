"""The versions Help → About shows: virtdesk's own, this machine's libvirt library, Qt, PySide6 and Python, and the
libvirt of the daemon serving a connection. Each is read on a worker (virtdesk's own comes from its installed
metadata on the disk, the daemon's over the connection)."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata

import libvirt
import PySide6
from PySide6.QtCore import qVersion

from virtdesk.model.connection import Connection
from virtdesk.model.host_overview import format_version
from virtdesk.model.worker import Task, file_executor, submit


@dataclass(frozen=True)
class ProgramVersions:
    virtdesk: str
    libvirt: str  # the library virtdesk runs with
    qt: str
    pyside: str
    python: str


def program_version() -> str:
    """virtdesk's version as installed (a checkout: as its egg-info says); "" when nothing says."""
    try:
        return metadata.version("virtdesk")
    except metadata.PackageNotFoundError:
        return ""


def _read_program_versions() -> ProgramVersions:
    return ProgramVersions(virtdesk=program_version(), libvirt=format_version(libvirt.getVersion()),
                           qt=qVersion(), pyside=PySide6.__version__, python=platform.python_version())


def program_versions() -> Task:
    """This machine's ProgramVersions."""
    return submit(file_executor(), _read_program_versions, description="versions")


def daemon_version(connection: Connection) -> Task:
    """The version ("9.0.0") of the libvirt that serves the connection."""
    answer = Task(f"libvirt version of {connection.uri}")
    connection.call(libvirt.virConnect.getLibVersion, quiet=True).then(
        lambda number: answer._deliver(True, format_version(number)), lambda exc: answer._deliver(False, exc),
        owner=connection)
    return answer

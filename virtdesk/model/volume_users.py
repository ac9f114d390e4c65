"""Which VMs use which volume: the disk sources (with their backing chains) of every VM of a connection, from the
XML the connection keeps of each VM, parsed on a worker and read again when VMs change."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lxml import etree

from virtdesk.model.vm_usage import VmUsage

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from virtdesk.model.connection import Connection
    from virtdesk.model.storage import Volume


@dataclass
class VolumeUsers:
    """Disk source -> the names of the VMs using it (sorted)."""

    by_path: dict[str, list[str]] = field(default_factory=dict)
    by_pool_volume: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # <source pool= volume=>

    def of(self, pool: str, volume: Volume) -> list[str]:
        names = set(self.by_path.get(volume.path, ())) | set(self.by_pool_volume.get((pool, volume.name), ()))
        return sorted(names)


def disk_sources(xml: str) -> tuple[set[str], set[tuple[str, str]]]:
    """The paths (files, block devices) and the (pool, volume) pairs a domain XML's disks name, backing
    stores included."""
    paths: set[str] = set()
    volumes: set[tuple[str, str]] = set()
    root = etree.fromstring(xml.encode())
    for source in root.iterfind("devices/disk//source"):
        path = source.get("file") or source.get("dev")
        if path:
            paths.add(path)
        if source.get("pool") and source.get("volume"):
            volumes.add((source.get("pool"), source.get("volume")))
    return paths, volumes


def map_users(domains: list[tuple[str, str]]) -> VolumeUsers:
    """Worker side: from (VM name, XML) pairs."""
    by_path: dict[str, set[str]] = {}
    by_pool_volume: dict[tuple[str, str], set[str]] = {}
    for name, xml in domains:
        if not xml:
            continue
        try:
            paths, volumes = disk_sources(xml)
        except etree.XMLSyntaxError:
            continue
        for path in paths:
            by_path.setdefault(path, set()).add(name)
        for key in volumes:
            by_pool_volume.setdefault(key, set()).add(name)
    return VolumeUsers({k: sorted(v) for k, v in by_path.items()},
                       {k: sorted(v) for k, v in by_pool_volume.items()})


class VolumeUsage(VmUsage[VolumeUsers]):
    """A connection's VolumeUsers, kept current (GUI thread)."""

    def __init__(self, connection: Connection, parent: QObject | None = None) -> None:
        super().__init__(connection, map_users, VolumeUsers(), parent)

"""``<domainsnapshot>``: a snapshot's description, state, disks and the domain it saved."""

from __future__ import annotations

from .domain import Domain
from .element import XMLElement
from .properties import INT, Child, ChildList, Enum, XMLProperty

SNAPSHOT_STATES = ("running", "blocked", "paused", "shutdown", "shutoff", "crashed", "pmsuspended", "disk-snapshot")


class SnapshotDisk(XMLElement):
    TAG = "disk"
    name = XMLProperty("./@name")
    snapshot = XMLProperty("./@snapshot", Enum("no", "internal", "external", "manual"))
    type = XMLProperty("./@type", Enum("file", "block", "network"))
    driver_type = XMLProperty("./driver/@type")
    source_file = XMLProperty("./source/@file")


class DomainSnapshot(XMLElement):
    TAG = "domainsnapshot"
    name = XMLProperty("./name")
    description = XMLProperty("./description")
    state = XMLProperty("./state", Enum(*SNAPSHOT_STATES))
    creation_time = XMLProperty("./creationTime", INT)
    parent_name = XMLProperty("./parent/name")
    memory_snapshot = XMLProperty("./memory/@snapshot", Enum("no", "internal", "external"))
    memory_file = XMLProperty("./memory/@file")
    disks = ChildList(SnapshotDisk, "./disks/disk")
    domain = Child(Domain, "./domain")

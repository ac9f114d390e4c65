"""A libvirt domain as the application sees it: cached XML, state and summary, updated in place."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from lxml import etree
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from virtdesk.model.stats import DomainStats

if TYPE_CHECKING:
    from virtdesk.model.connection import Connection


class DomainState(IntEnum):
    NOSTATE = 0
    RUNNING = 1
    BLOCKED = 2
    PAUSED = 3
    SHUTDOWN = 4
    SHUTOFF = 5
    CRASHED = 6
    PMSUSPENDED = 7

    @property
    def label(self) -> str:
        return QCoreApplication.translate("DomainState", _STATE_TEXT[self])

    @property
    def is_active(self) -> bool:
        return self not in (DomainState.SHUTOFF, DomainState.CRASHED, DomainState.NOSTATE)


_STATE_TEXT = {
    DomainState.NOSTATE: QT_TRANSLATE_NOOP("DomainState", "No state"),
    DomainState.RUNNING: QT_TRANSLATE_NOOP("DomainState", "Running"),
    DomainState.BLOCKED: QT_TRANSLATE_NOOP("DomainState", "Blocked"),
    DomainState.PAUSED: QT_TRANSLATE_NOOP("DomainState", "Paused"),
    DomainState.SHUTDOWN: QT_TRANSLATE_NOOP("DomainState", "Shutting down"),
    DomainState.SHUTOFF: QT_TRANSLATE_NOOP("DomainState", "Shut off"),
    DomainState.CRASHED: QT_TRANSLATE_NOOP("DomainState", "Crashed"),
    DomainState.PMSUSPENDED: QT_TRANSLATE_NOOP("DomainState", "Suspended"),
}


class Domain:
    """One VM of a connection. Plain object: the connection announces its changes (domain_changed)."""

    __slots__ = ("connection", "uuid", "name", "id", "state", "reason", "title", "description", "xml",
                 "memory_kib", "max_memory_kib", "vcpus", "persistent", "autostart", "managed_save", "stats",
                 "agent_channel", "acpi", "suspend_disabled")

    def __init__(self, connection: Connection, uuid: str, name: str) -> None:
        self.connection = connection
        self.uuid = uuid
        self.name = name
        self.id = -1
        self.state = DomainState.NOSTATE
        self.reason = 0
        self.title = ""
        self.description = ""
        self.xml = ""
        self.memory_kib = 0
        self.max_memory_kib = 0
        self.vcpus = 0
        self.persistent = True
        self.autostart = False
        self.managed_save = False
        self.stats = DomainStats()
        self.agent_channel = False  # a guest-agent channel is configured
        self.acpi = False  # the machine has ACPI (power button, sleep states)
        self.suspend_disabled: frozenset[str] = frozenset()  # "mem", "disk": sleep states its <pm> turns off

    def __repr__(self) -> str:
        return f"<Domain {self.name} {self.state.name}>"

    @property
    def is_active(self) -> bool:
        return self.state.is_active

    @property
    def saved(self) -> bool:
        """Shut off with a managed save image: starting it restores the saved memory and state."""
        return self.managed_save and not self.is_active

    @property
    def state_label(self) -> str:
        return QCoreApplication.translate("DomainState", "Saved") if self.saved else self.state.label

    def apply(self, info: DomainInfo) -> bool:
        """Takes the fetched facts; returns whether anything visible changed."""
        before = self._visible()
        self.name = info.name
        self.id = info.id
        self.state = DomainState(info.state)
        self.reason = info.reason
        self.persistent = info.persistent
        self.autostart = info.autostart
        self.managed_save = info.managed_save
        self.apply_xml(info)
        return before != self._visible()

    def apply_xml(self, info: DomainInfo) -> bool:
        """Takes the fetched XML and what was read from it (none: keeps its own); returns whether it changed."""
        if info.xml is None or info.xml == self.xml:
            return False
        self.xml = info.xml
        self.title, self.description = info.title, info.description
        self.memory_kib, self.max_memory_kib, self.vcpus = info.memory_kib, info.max_memory_kib, info.vcpus
        self.agent_channel, self.acpi, self.suspend_disabled = info.agent_channel, info.acpi, info.suspend_disabled
        return True

    def _visible(self) -> tuple:
        return (self.name, self.id, self.state, self.reason, self.persistent, self.autostart,
                self.managed_save, self.xml)


AGENT_CHANNEL = "org.qemu.guest_agent.0"
_UNIT_KIB = {"b": 1 / 1024, "bytes": 1 / 1024, "k": 1, "kib": 1, "kb": 1000 / 1024, "m": 1024, "mib": 1024,
             "mb": 1000**2 / 1024, "g": 1024**2, "gib": 1024**2, "gb": 1000**3 / 1024, "t": 1024**3,
             "tib": 1024**3, "tb": 1000**4 / 1024}


def _kib(element: etree._Element | None) -> int:
    if element is None or not element.text:
        return 0
    unit = (element.get("unit") or "KiB").lower()
    return int(int(element.text) * _UNIT_KIB.get(unit, 1))


class DomainInfo:
    """What a worker fetched about one domain (XML already read there), handed to Domain.apply on the GUI thread."""

    __slots__ = ("uuid", "name", "id", "state", "reason", "persistent", "autostart", "managed_save", "xml",
                 "title", "description", "memory_kib", "max_memory_kib", "vcpus", "agent_channel", "acpi",
                 "suspend_disabled")

    def __init__(self, uuid: str, name: str, id: int, state: int, reason: int, persistent: bool,
                 autostart: bool, managed_save: bool, xml: str | None) -> None:
        self.uuid = uuid
        self.name = name
        self.id = id
        self.state = state
        self.reason = reason
        self.persistent = persistent
        self.autostart = autostart
        self.managed_save = managed_save
        self.xml = xml
        self.title = self.description = ""
        self.memory_kib = self.max_memory_kib = self.vcpus = 0
        self.agent_channel = self.acpi = False
        self.suspend_disabled: frozenset[str] = frozenset()
        if xml:
            self._read_xml(xml)

    def _read_xml(self, xml: str) -> None:
        root = etree.fromstring(xml.encode())
        self.title = root.findtext("title") or ""
        self.description = root.findtext("description") or ""
        self.max_memory_kib = _kib(root.find("memory"))
        current = root.find("currentMemory")
        self.memory_kib = _kib(current) if current is not None else self.max_memory_kib
        vcpu = root.find("vcpu")
        if vcpu is not None and vcpu.text:
            self.vcpus = int(vcpu.get("current") or vcpu.text)
        self.agent_channel = root.find(f"devices/channel/target[@name='{AGENT_CHANNEL}']") is not None
        self.acpi = root.find("features/acpi") is not None
        self.suspend_disabled = frozenset(
            element.tag.removeprefix("suspend-to-") for element in root.iterfind("pm/*")
            if element.get("enabled") == "no")

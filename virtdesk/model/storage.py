"""Storage pools and volumes: cached XML, state and sizes (the connection's catalogue holds them)."""

from __future__ import annotations

from dataclasses import dataclass

import libvirt


@dataclass(eq=False)
class Volume:
    key: str
    name: str
    path: str
    capacity: int
    allocation: int
    xml: str


@dataclass(eq=False)
class StoragePool:
    uuid: str
    name: str
    state: int
    persistent: bool
    autostart: bool
    capacity: int
    allocation: int
    available: int
    xml: str

    @property
    def active(self) -> bool:
        return self.state == libvirt.VIR_STORAGE_POOL_RUNNING

    def update_from(self, other: StoragePool) -> None:
        self.name, self.state, self.persistent, self.autostart = (other.name, other.state, other.persistent,
                                                                  other.autostart)
        self.capacity, self.allocation, self.available = other.capacity, other.allocation, other.available
        self.xml = other.xml

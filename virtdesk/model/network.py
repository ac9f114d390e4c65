"""A virtual network of a connection: cached XML and state."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(eq=False)
class Network:
    uuid: str
    name: str
    active: bool
    persistent: bool
    autostart: bool
    xml: str

    def update_from(self, other: Network) -> None:
        self.name, self.active, self.persistent = other.name, other.active, other.persistent
        self.autostart, self.xml = other.autostart, other.xml

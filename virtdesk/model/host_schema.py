"""Who judges a connection's XML: the host, always (defines pass its VALIDATE flag, see domain_config); this
machine's copy of libvirt's schemas answers first, without a round trip, only where it is the host's own.

A host running another libvirt accepts other documents (newer elements, dropped ones), so there the local check
is skipped, and on a remote host whose version is not known yet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import libvirt
from PySide6.QtCore import QObject, Qt, Signal

from virtdesk.model.uri import is_local_uri
from virtdesk.xmlconf.schema import validate

if TYPE_CHECKING:
    from virtdesk import xmlconf
    from virtdesk.model.connection import Connection

LOCAL_SCHEMA_VERSION = libvirt.getVersion()  # the local schemas are the installed libvirt's


class SchemaRefused(Exception):
    """The local schema did not accept a document; `errors` are its complaints."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors


class HostSchema(QObject):
    """One per connection: the host's libvirt version (`getLibVersion`, read on a worker once per opening) and
    whether the local schemas speak for it. `changed` fires when that may have changed."""

    changed = Signal()

    @classmethod
    def of(cls, connection: Connection) -> HostSchema:
        found = connection.findChild(cls, options=Qt.FindChildOption.FindDirectChildrenOnly)
        return found if found is not None else cls(connection)

    def __init__(self, connection: Connection) -> None:
        super().__init__(connection)
        self.connection = connection
        self.version: int | None = None
        self._opening = 0  # counts closings: an answer from an earlier opening is dropped
        self._asked = False
        connection.state_changed.connect(self._state_changed)
        self._state_changed()

    @property
    def local_schema_applies(self) -> bool:
        if self.version is None:
            return is_local_uri(self.connection.uri)
        return self.version == LOCAL_SCHEMA_VERSION

    def check(self, document: xmlconf.XMLElement) -> list[str] | None:
        """The local schema's complaints (see xmlconf.schema.validate); None when it does not speak for the
        host, which then judges alone."""
        return validate(document) if self.local_schema_applies else None

    def _state_changed(self) -> None:
        if not self.connection.is_active:
            self._opening += 1
            self._asked = False
            if self.version is not None:
                self.version = None
                self.changed.emit()
        elif not self._asked:
            self._asked = True
            opening = self._opening
            self.connection.call(libvirt.virConnect.getLibVersion, quiet=True).then(
                lambda version: self._read(opening, version), owner=self)

    def _read(self, opening: int, version: int) -> None:
        if opening == self._opening:
            self.version = version
            self.changed.emit()

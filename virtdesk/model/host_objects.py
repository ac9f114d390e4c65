"""What the Host Details window asks of a host's secrets, interfaces and network filters beyond listing them:
a secret's value (read only when the user asks, never logged), and whether a failed read means that the host's
driver has no such objects at all."""

from __future__ import annotations

from typing import TYPE_CHECKING

import libvirt
from PySide6.QtCore import QCoreApplication

from virtdesk.model.worker import Task

if TYPE_CHECKING:
    from virtdesk.model.connection import Connection


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


def is_unsupported(error: BaseException) -> bool:
    """Whether a read failed because the host's driver does not have that kind of object (libvirt's test driver
    has no secrets nor network filters), rather than because something went wrong."""
    return isinstance(error, libvirt.libvirtError) and error.get_error_code() == libvirt.VIR_ERR_NO_SUPPORT


def _secret_value(conn: libvirt.virConnect, uuid: str) -> bytes:
    return conn.secretLookupByUUIDString(uuid).value(0)


def read_secret_value(connection: Connection, uuid: str) -> Task:
    """The secret's value (bytes); libvirt refuses it for a private secret. The value reaches only the caller: the
    log hears of a failure, never of the value."""
    return connection.call(_secret_value, uuid, quiet=True,
                           description=_tr("Reading the value of the secret {uuid}").format(uuid=uuid))

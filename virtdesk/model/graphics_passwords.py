"""The passwords of a VM's graphics devices (VNC, SPICE). Configurations are read without them (libvirt omits
`passwd` unless asked with VIR_DOMAIN_XML_SECURE), so no window, diff or log ever holds one. A password is read
only when the user asks to see or edit it, and every define carries the saved passwords over into the edited XML,
so saving an edit never drops one.

A graphics device of the edited XML takes the password of the saved device of the same type (the first VNC the
first VNC's, ...); one whose type changed takes that of the saved device at its position, if no other took it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import libvirt
from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.model.worker import Task

if TYPE_CHECKING:
    from virtdesk.model.domain import Domain

SECURE_INACTIVE = libvirt.VIR_DOMAIN_XML_INACTIVE | libvirt.VIR_DOMAIN_XML_SECURE


def _graphics(xml: str) -> list[xmlconf.Graphics]:
    config = xmlconf.load(xml)
    assert isinstance(config, xmlconf.Domain)
    return list(config.devices.graphics)


def _saved_counterparts(edited: list[xmlconf.Graphics], saved: list[xmlconf.Graphics]) -> dict[int, int]:
    """{edited index: saved index} of the devices that are the same display."""
    def keys(devices: list[xmlconf.Graphics]) -> list[tuple[str | None, int]]:
        return [(g.type, sum(1 for h in devices[:i] if h.type == g.type)) for i, g in enumerate(devices)]

    saved_at = {key: index for index, key in enumerate(keys(saved))}
    pairs = {i: saved_at[key] for i, key in enumerate(keys(edited)) if key in saved_at}
    taken = set(pairs.values())
    for i in range(min(len(edited), len(saved))):
        if i not in pairs and i not in taken:
            pairs[i] = i
    return pairs


def with_passwords(edited_xml: str, saved_xml: str, changes: Mapping[int, str | None]) -> str:
    """edited_xml with the passwords of saved_xml (read with VIR_DOMAIN_XML_SECURE) on the devices that have none,
    and `changes` ({graphics index: new password, None: no password}) made. An explicit passwd stays."""
    config = xmlconf.load(edited_xml)
    assert isinstance(config, xmlconf.Domain)
    edited = list(config.devices.graphics)
    saved = _graphics(saved_xml)
    touched = False
    for index, counterpart in _saved_counterparts(edited, saved).items():
        if index not in changes and edited[index].passwd is None and saved[counterpart].passwd is not None:
            edited[index].passwd = saved[counterpart].passwd
            touched = True
    for index, password in changes.items():
        if index < len(edited):
            edited[index].passwd = password
            touched = True
    return config.to_xml() if touched else edited_xml


def keep_passwords(dom: libvirt.virDomain, xml: str, changes: Mapping[int, str | None]) -> str:
    """Worker side, right before a define of xml: with_passwords against the saved configuration."""
    if "<graphics" not in xml:
        return xml
    return with_passwords(xml, dom.XMLDesc(SECURE_INACTIVE), changes)


def protected(dom: libvirt.virDomain, inactive_xml: str) -> frozenset[int] | None:
    """Worker side: the indexes of the graphics devices that have a password in the saved configuration. A
    read-only connection may not read passwords (libvirt refuses VIR_DOMAIN_XML_SECURE there): None, not known
    then, and a display that asks for one is given one from the keyring or the user."""
    if "<graphics" not in inactive_xml:
        return frozenset()
    try:
        secure = dom.XMLDesc(SECURE_INACTIVE)
    except libvirt.libvirtError as exc:
        if exc.get_error_code() != libvirt.VIR_ERR_OPERATION_DENIED:
            raise
        return None
    return frozenset(i for i, g in enumerate(_graphics(secure)) if g.passwd is not None)


def read_password(conn: libvirt.virConnect, uuid: str, index: int) -> str | None:
    graphics = _graphics(conn.lookupByUUIDString(uuid).XMLDesc(SECURE_INACTIVE))
    return graphics[index].passwd if index < len(graphics) else None


def password(domain: Domain, index: int) -> Task:
    """The saved password of the VM's graphics device `index` (a str, or None), for the user who asked to see it."""
    description = QCoreApplication.translate("", "Reading the display password of {name}").format(name=domain.name)
    return domain.connection.call(read_password, domain.uuid, index, description=description)

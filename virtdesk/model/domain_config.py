"""A VM's configuration as an editor sees it: persistent and live XML, applying edits, noticing others' edits.

Applying defines the edited persistent XML (so nothing the editor does not know is lost) and then runs the live
changes (hotplug, memory, vCPUs, media) on a running VM. An edit made elsewhere since the editor loaded is a
conflict: it is reported, never overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import libvirt
from PySide6.QtCore import QCoreApplication, QObject, Signal

from virtdesk import xmlconf
from virtdesk.model import graphics_passwords
from virtdesk.model.domain import Domain
from virtdesk.model.errors import describe
from virtdesk.model.lanes import Lane
from virtdesk.model.worker import Task


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class LiveChange:
    """A change to make on the running VM as well; `run` gets the virDomain on a worker. Built by the model
    (model/domain_live.py), from what a page asks for."""

    description: str
    run: Callable[[libvirt.virDomain], Any] | None  # None: nothing to do on the running VM
    only_when_running: bool = True


@dataclass(frozen=True)
class PasswordChange(LiveChange):
    """A graphics device's new password (None: no password), saved with the configuration; `run` sets it on the
    running VM where it can be. Neither is in the repr."""

    run: Callable[[libvirt.virDomain], Any] | None = field(default=None, repr=False)
    index: int = 0
    password: str | None = field(default=None, repr=False)


@dataclass
class ApplyResult:
    """What an apply did: persistent config saved; live changes that worked and those that did not."""

    live_done: list[str] = field(default_factory=list)
    live_failed: dict[str, str] = field(default_factory=dict)


class ConflictError(Exception):
    """The persistent config changed elsewhere since the editor loaded it."""

    def __init__(self) -> None:
        super().__init__(_tr("The configuration was changed elsewhere (for example with virsh) after this window "
                             "read it. Nothing was saved; reload to see the new configuration, then make your "
                             "change again."))


@dataclass
class _Fetched:
    inactive: str
    live: str | None
    active: bool
    protected: frozenset[int] | None  # the graphics devices that have a password (None: may not be read)
    parsed: tuple[xmlconf.Domain, xmlconf.Domain | None] | None = None  # read on the worker when asked for
    text: str = ""  # with parsed: the persistent config written out again, as the XML tab shows it


class DomainConfig(QObject):
    """Loads and saves one domain's XML. `persistent` is the saved config, `live` the running one (or None)."""

    loaded = Signal()
    changed_elsewhere = Signal()

    def __init__(self, domain: Domain, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.domain = domain
        self.persistent: xmlconf.Domain | None = None
        self.live: xmlconf.Domain | None = None
        self.persistent_text = ""  # persistent.to_xml(), written on the worker that read it
        self.active = False
        # indexes of the graphics devices with a password; None where the connection may not read passwords
        self.protected_graphics: frozenset[int] | None = frozenset()
        self._base = ""
        self._live_base = ""
        self._requested = 0  # reloads are numbered: only the newest one's answer counts
        self._applying = 0  # reads that finish while an apply runs are stale
        domain.connection.domain_refreshed.connect(self._refreshed)

    @property
    def connection(self):  # noqa: ANN201 - the model's Connection
        return self.domain.connection

    def reload(self) -> Task:
        self._requested += 1
        number = self._requested
        task = self.connection.call(_fetch, self.domain.uuid, True,
                                    description=_tr("Reading the configuration of {name}").format(
                                        name=self.domain.name))
        task.then(lambda fetched: self._loaded(number, fetched), owner=self)
        return task

    def _loaded(self, number: int, fetched: _Fetched) -> None:
        if number != self._requested or self._applying:
            return  # a newer read is coming (one always follows an apply)
        self._base = fetched.inactive
        self._live_base = fetched.live or ""
        assert fetched.parsed is not None
        self.persistent, self.live = fetched.parsed
        self.persistent_text = fetched.text
        self.active = fetched.active
        self.protected_graphics = fetched.protected
        self.loaded.emit()

    def _refreshed(self, domain: Domain) -> None:
        if domain is self.domain and self.persistent is not None:
            number = self._requested
            self.connection.call(_fetch, self.domain.uuid, quiet=True).then(
                lambda fetched: self._compare(number, fetched), owner=self)

    def _compare(self, number: int, fetched: _Fetched) -> None:
        if number != self._requested or self._applying:
            return
        if fetched.inactive != self._base or (fetched.live or "") != self._live_base \
                or fetched.active != self.active or fetched.protected != self.protected_graphics:
            self.changed_elsewhere.emit()

    def edit(self) -> xmlconf.Domain:
        """A working copy of the persistent config to change."""
        if self.persistent is None:
            raise RuntimeError("configuration not loaded")
        return self.persistent.copy()

    def apply(self, edited: xmlconf.Domain, live_changes: list[LiveChange]) -> Task:
        """Saves edited as the persistent config (unless unchanged) and runs the live changes on a running VM.
        edited is the caller's to give away: the worker reads it (serialises and compares it) while the apply
        runs."""
        passwords = {c.index: c.password for c in live_changes if isinstance(c, PasswordChange)}
        task = self.connection.call(_apply, self.domain.uuid, self._base, edited,
                                    None if passwords else self.persistent, passwords,
                                    [c for c in live_changes
                                     if c.run is not None and (self.active or not c.only_when_running)],
                                    description=_tr("Saving the configuration of {name}").format(
                                        name=self.domain.name), lane=Lane.EDIT)
        self._applying += 1

        def finished(saved: bool) -> None:
            self._applying -= 1
            if saved:
                self.reload()

        task.then(lambda _result: finished(True), lambda _error: finished(False), owner=self)
        return task


def _fetch(conn: libvirt.virConnect, uuid: str, parse: bool = False) -> _Fetched:
    """The configurations without passwords (graphics_passwords): only which devices have one; with parse, also
    read into xmlconf here and the persistent one written out again (a VM of thousands of devices or a description
    of megabytes takes a tenth of a second and more)."""
    dom = conn.lookupByUUIDString(uuid)
    active = bool(dom.isActive())
    inactive = dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE)
    live = dom.XMLDesc(0) if active else None
    parsed = (xmlconf.load(inactive), xmlconf.load(live) if live else None) if parse else None
    return _Fetched(inactive, live, active, graphics_passwords.protected(dom, inactive), parsed,
                    parsed[0].to_xml() if parsed else "")


def _apply(conn: libvirt.virConnect, uuid: str, base: str, edited: xmlconf.Domain, loaded: xmlconf.Domain | None,
           passwords: dict[int, str | None], live_changes: list[LiveChange]) -> ApplyResult:
    """Defines edited unless it is the config the editor loaded (None: defined anyway), then runs the live changes.
    Serialising and comparing a VM of megabytes takes tens of milliseconds: done here, on the worker."""
    dom = conn.lookupByUUIDString(uuid)
    if loaded is None or edited.canonical() != loaded.canonical():
        xml = edited.to_xml()
        current = dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE)
        if current != base:
            raise ConflictError
        xml = graphics_passwords.keep_passwords(dom, xml, passwords)
        conn.defineXMLFlags(xml, libvirt.VIR_DOMAIN_DEFINE_VALIDATE)  # the host judges by its own schema
    result = ApplyResult()
    for change in live_changes:
        try:
            change.run(dom)
        except libvirt.libvirtError as exc:
            result.live_failed[change.description] = describe(exc)
        else:
            result.live_done.append(change.description)
    return result

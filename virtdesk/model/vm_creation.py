"""Creating a new VM as one Job: the name is checked on the host, the volumes are created, the domain defined and
started, and the configuration kept after the install's first boot defined over it. When any step fails (or the
user cancels) everything the job made is removed again, newest first, and the error says what happened.

Also the host facts the New VM wizard reads: memory and CPUs, and the header of an install ISO.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import libvirt
from PySide6.QtCore import QCoreApplication, QObject

from virtdesk import xmlconf
from virtdesk.model import iso_image
from virtdesk.model.cloud_seed import seed_iso
from virtdesk.model.connection import Connection
from virtdesk.model.domain import Domain
from virtdesk.model.host_files import HostFiles
from virtdesk.model.jobs import Job, JobContext
from virtdesk.model.lanes import Lane
from virtdesk.model.vm_creation_files import fetch_into_pool, write_into_pool
from virtdesk.model.vm_creation_plan import BootFetch, DiskSource, SeedUpload, VmPlan
from virtdesk.model.worker import Task
from virtdesk.osinfo import IsoHeader

ISO_HEADER_BYTES = 17 * 2048  # ISO 9660's 16 system-area sectors, then the primary volume descriptor
UNDEFINE_FLAGS = (libvirt.VIR_DOMAIN_UNDEFINE_NVRAM | libvirt.VIR_DOMAIN_UNDEFINE_MANAGED_SAVE
                  | libvirt.VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA)


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


class NameTaken(Exception):
    """Another VM took the name after the wizard checked it."""


@dataclass(frozen=True)
class HostLimits:
    memory_mib: int
    cpus: int


@dataclass(frozen=True)
class CreatedVm:
    uuid: str
    name: str
    started: bool


# -- creating -------------------------------------------------------------------------------------------------
def create_vm(connection: Connection, plan: VmPlan) -> Job:
    """Runs the plan as a Job whose result is a CreatedVm; on failure or cancel nothing of it is left."""
    volumes = [(pool, volume.to_xml(), volume.name or "") for pool, volume in plan.volumes]
    final = plan.final_xml.to_xml() if plan.final_xml is not None else None
    job = connection.start_job(_tr("Creating the VM {name}").format(name=plan.name), _create, plan.name,
                               plan.install_xml.to_xml(), final, volumes, plan.start, list(plan.fetches),
                               list(plan.seeds))
    job.ended.connect(lambda: connection.refresh_domain(job.result.uuid) if job.result else None)
    return job


def _create(conn: libvirt.virConnect, context: JobContext, name: str, install_xml: str, final_xml: str | None,
            volumes: list[tuple[str, str, str]], start: bool, fetches: list[BootFetch],
            seeds: list[SeedUpload]) -> CreatedVm:
    made: list[libvirt.virStorageVol] = []
    domain: libvirt.virDomain | None = None
    try:
        context.phase(_tr("Checking the name"))
        _check_name_free(conn, name)
        if fetches:
            install_xml = _with_boot_files(install_xml, {
                fetch.role: fetch_into_pool(conn, context, fetch.url, fetch.pool, fetch.volume, made).path()
                for fetch in fetches})
        for index, (pool_name, volume_xml, volume_name) in enumerate(volumes):
            context.check_cancelled()
            context.phase(_tr("Creating the disk image {name}").format(name=volume_name))
            context.progress(index, len(volumes) + 2, force=True)
            pool = conn.storagePoolLookupByName(pool_name)
            made.append(pool.createXML(volume_xml, 0))
            context.step(_tr("Created the disk image {path}").format(path=made[-1].path()))
        for seed in seeds:
            context.check_cancelled()
            made.append(write_into_pool(conn, context, seed.pool, seed.volume, seed_iso(seed.seed)))
        context.check_cancelled()
        context.phase(_tr("Defining the VM"))
        domain = conn.defineXMLFlags(install_xml, libvirt.VIR_DOMAIN_DEFINE_VALIDATE)
        context.step(_tr("Defined the VM {name}").format(name=name))
        if start:
            context.check_cancelled()
            _start(conn, domain, final_xml, context)
        context.progress(1, 1, force=True)
        return CreatedVm(domain.UUIDString(), name, start)
    except BaseException:
        _remove(domain, made)
        raise


def _with_boot_files(xml: str, paths: dict[str, str]) -> str:
    """The domain XML booting the kernel and initrd where they were fetched to."""
    dom = xmlconf.load(xml)
    assert isinstance(dom, xmlconf.Domain)
    for role, path in paths.items():
        setattr(dom.os, role, path)
    return dom.to_xml()


def _check_name_free(conn: libvirt.virConnect, name: str) -> None:
    try:
        conn.lookupByName(name)
    except libvirt.libvirtError as exc:
        if exc.get_error_code() == libvirt.VIR_ERR_NO_DOMAIN:
            return
        raise
    raise NameTaken(_tr("A VM named “{name}” exists on the host now; choose another name.").format(name=name))


def _start(conn: libvirt.virConnect, domain: libvirt.virDomain, final_xml: str | None,
           context: JobContext | None) -> None:
    if context is not None:
        context.phase(_tr("Starting the VM"))
    domain.create()
    if context is not None:
        context.step(_tr("Started the VM"))
    if final_xml is not None:
        # the running VM keeps its install media; the saved configuration boots the installed system
        final = xmlconf.load(final_xml)
        assert isinstance(final, xmlconf.Domain)
        final.uuid = domain.UUIDString()
        conn.defineXML(final.to_xml())


def _remove(domain: libvirt.virDomain | None, volumes: list[libvirt.virStorageVol]) -> None:
    """Takes back what a failed creation made (worker side), each step even when an earlier one fails."""
    if domain is not None:
        with contextlib.suppress(libvirt.libvirtError):
            if domain.isActive():
                domain.destroy()
        try:
            domain.undefineFlags(UNDEFINE_FLAGS)
        except libvirt.libvirtError:
            with contextlib.suppress(libvirt.libvirtError):
                domain.undefine()
    for volume in reversed(volumes):
        with contextlib.suppress(libvirt.libvirtError):
            volume.delete(0)


def when_listed(connection: Connection, uuid: str, then: Callable[[Domain], None]) -> None:
    """Calls then(domain) once the connection lists the VM with that UUID (at once when it does already)."""
    domain = next((d for d in connection.domains.values() if d.uuid == uuid), None)
    if domain is not None:
        then(domain)
        return

    def added(domains: list[Domain]) -> None:
        found = next((d for d in domains if d.uuid == uuid), None)
        if found is not None:
            connection.domains_added.disconnect(added)
            then(found)

    connection.domains_added.connect(added)
    connection.refresh_domain(uuid)


def begin_installation(connection: Connection, domain: Domain, final_xml: str | None) -> Task:
    """Starts a VM the wizard defined without starting ("Customize configuration before install")."""
    def run(conn: libvirt.virConnect) -> None:
        _start(conn, conn.lookupByUUIDString(domain.uuid), final_xml, None)

    task = connection.call(run, description=_tr("Starting the installation of {name}").format(name=domain.name),
                           lane=Lane.EDIT)
    task.then(lambda _r: connection.refresh_domain(domain.uuid), owner=connection)
    return task


# -- host facts -----------------------------------------------------------------------------------------------
def _read_limits(conn: libvirt.virConnect) -> HostLimits:
    info = conn.getInfo()
    return HostLimits(memory_mib=int(info[1]), cpus=int(info[2]))


def host_limits(connection: Connection) -> Task:
    """The host's memory and CPU count (a HostLimits)."""
    return connection.call(_read_limits, quiet=True)


def _header(source: bytes | str, arch: str | None) -> IsoHeader | None:
    try:
        header = iso_image.read_iso_header(source)
    except (ValueError, OSError):
        return None
    return dataclasses.replace(header, arch=arch)


def _download_start(conn: libvirt.virConnect, source: DiskSource) -> bytes:
    """The first sectors of a volume, up to and with the ISO's primary volume descriptor (worker side)."""
    if source.volume and source.pool:
        volume = conn.storagePoolLookupByName(source.pool).storageVolLookupByName(source.volume)
    else:
        volume = conn.storageVolLookupByPath(source.path)
    stream = conn.newStream(0)
    try:
        volume.download(stream, 0, ISO_HEADER_BYTES, 0)
        data = b""
        while len(data) < ISO_HEADER_BYTES:
            chunk = stream.recv(ISO_HEADER_BYTES - len(data))
            if not isinstance(chunk, bytes) or not chunk:
                break
            data += chunk
        stream.finish()
        return data
    except BaseException:
        with contextlib.suppress(libvirt.libvirtError):
            stream.abort()
        raise


def read_iso_header(connection: Connection, source: DiskSource, arch: str | None = None) -> Task:
    """The header of the ISO at source (an IsoHeader, or None when it is not an ISO 9660 image). A path is read
    where the host's files can be reached (this machine's, or the host's over virtdesk's SSH); a volume, or a path
    that cannot be read so (files the daemon may read but the user may not, hosts whose files cannot be browsed),
    through a libvirt stream."""
    def by_libvirt() -> Task:
        return _mapped(connection.call(_download_start, source, quiet=True), lambda data: _header(data, arch),
                       connection)

    if not source.path or source.volume or not HostFiles.available(connection):
        return by_libvirt()
    answer = Task(f"read the header of {source.path}")

    def relay(task: Task) -> None:
        task.then(lambda header: answer._deliver(True, header), lambda exc: answer._deliver(False, exc),
                  owner=connection)

    HostFiles(connection).read(source.path, iso_image.PVD_OFFSET, iso_image.SECTOR).then(
        lambda descriptor: answer._deliver(True, iso_image.parse_primary_descriptor(descriptor, arch)),
        lambda _exc: relay(by_libvirt()), owner=connection)
    return answer


def path_exists(connection: Connection, path: str) -> Task:
    """Whether path exists on the connection's host (True/False): a file of the host where its files can be reached
    (this machine's, or over virtdesk's SSH), or else a volume of one of its pools (files the daemon may read but
    the user may not, and the volumes of hosts whose files cannot be browsed)."""
    answer = Task(f"check {path}")

    def lookup(conn: libvirt.virConnect) -> bool:
        try:
            conn.storageVolLookupByPath(path)
        except libvirt.libvirtError:
            return False
        return True

    def ask_libvirt(_exc: object = None) -> None:
        connection.call(lookup, quiet=True).then(lambda found: answer._deliver(True, found),
                                                 lambda exc: answer._deliver(False, exc), owner=connection)

    if HostFiles.available(connection):
        HostFiles(connection).stat(path).then(lambda _entry: answer._deliver(True, True), ask_libvirt,
                                              owner=connection)
    else:
        ask_libvirt()
    return answer


def _mapped(task: Task, convert: Callable[[Any], Any], owner: QObject) -> Task:
    """A task with convert(result) of task; a failure stays one."""
    answer = Task(task.description)
    task.then(lambda result: answer._deliver(True, convert(result)), lambda exc: answer._deliver(False, exc),
              owner=owner)
    return answer

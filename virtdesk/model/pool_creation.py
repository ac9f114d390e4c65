"""New storage pools: the pool types a host supports (its storage pool capabilities), what each type asks for and
the checks of what the user types, the new pool's XML (built with xmlconf), source discovery, and the creation
itself (define, build, start, autostart), every libvirt call on a worker."""

from __future__ import annotations

import enum
import ipaddress
import posixpath
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import libvirt
from lxml import etree
from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.model.catalogue import Secret, read_pools
from virtdesk.model.errors import describe
from virtdesk.model.lanes import Lane
from virtdesk.model.storage import StoragePool
from virtdesk.model.worker import Task
from virtdesk.xmlconf.properties import Child, XMLProperty

if TYPE_CHECKING:
    from virtdesk.model.connection import Connection

# The types the wizard has a form for, in the order it offers them (libvirt dropped sheepdog in 8.8).
POOL_TYPES = ("dir", "fs", "netfs", "logical", "disk", "iscsi", "iscsi-direct", "scsi", "mpath", "rbd", "gluster",
              "zfs", "vstorage")

# Only used when the host does not report its capabilities: the source formats libvirt's pool schema knows.
SCHEMA_FORMATS = {
    "fs": ("auto", "ext2", "ext3", "ext4", "ufs", "iso9660", "udf", "gfs", "gfs2", "vfat", "hfs+", "xfs", "ocfs2",
           "vmfs"),
    "netfs": ("auto", "nfs", "glusterfs", "cifs"),
    "disk": ("unknown", "dos", "dvh", "gpt", "mac", "bsd", "pc98", "sun", "lvm2"),
}
DEFAULT_FORMATS = {"fs": "auto", "netfs": "auto", "disk": "unknown"}
DISCOVERABLE = ("netfs", "logical", "iscsi")
DEFAULT_DIRECTORY = "/var/lib/libvirt/images"
FIXED_TARGETS = {"disk": "/dev", "iscsi": "/dev/disk/by-path", "scsi": "/dev/disk/by-path", "mpath": "/dev/mapper"}
IQN = re.compile(r"iqn\.[0-9]{4}-(0[1-9]|1[0-2])\.[a-zA-Z0-9.\-]+(:[^\x00-\x1f\x7f]+)?")
DNS_NAME = re.compile(r"[a-zA-Z0-9.\-]+")
WWN = re.compile(r"(0x)?[0-9a-fA-F]{16}")
SCSI_HOST = re.compile(r"(scsi_)?host[0-9]+")
SIMPLE_NAME = re.compile(r"[^\s/\x00-\x1f\x7f]+")
CONTROL = re.compile(r"[\x00-\x1f\x7f\ufffe\uffff]")  # no XML document can hold these (nor a path a line break)


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


class Field(enum.Enum):
    """An input of the wizard's source page; the value names its widgets there."""

    HOST = "host"
    PORT = "port"
    FORMAT = "format"
    SOURCE_DIR = "source_dir"
    DEVICES = "devices"
    SOURCE_NAME = "source_name"
    TARGET_IQN = "target_iqn"
    INITIATOR_IQN = "initiator_iqn"
    ADAPTER_TYPE = "adapter_type"
    ADAPTER_NAME = "adapter_name"
    ADAPTER_PARENT = "adapter_parent"
    WWNN = "wwnn"
    WWPN = "wwpn"
    MONITORS = "monitors"
    AUTH_USERNAME = "auth_username"
    AUTH_SECRET = "auth_secret"
    TARGET_PATH = "target_path"


_TYPE_FIELDS: dict[str, tuple[Field, ...]] = {
    "dir": (Field.TARGET_PATH,),
    "fs": (Field.DEVICES, Field.FORMAT, Field.TARGET_PATH),
    "netfs": (Field.HOST, Field.FORMAT, Field.SOURCE_DIR, Field.TARGET_PATH),
    "logical": (Field.SOURCE_NAME, Field.DEVICES, Field.TARGET_PATH),
    "disk": (Field.DEVICES, Field.FORMAT, Field.TARGET_PATH),
    "iscsi": (Field.HOST, Field.PORT, Field.TARGET_IQN, Field.INITIATOR_IQN, Field.TARGET_PATH),
    "iscsi-direct": (Field.HOST, Field.PORT, Field.TARGET_IQN, Field.INITIATOR_IQN),
    "scsi": (Field.ADAPTER_TYPE, Field.TARGET_PATH),
    "mpath": (Field.TARGET_PATH,),
    "rbd": (Field.MONITORS, Field.SOURCE_NAME, Field.AUTH_USERNAME, Field.AUTH_SECRET),
    "gluster": (Field.HOST, Field.SOURCE_NAME, Field.SOURCE_DIR),
    "zfs": (Field.SOURCE_NAME, Field.DEVICES),
    "vstorage": (Field.SOURCE_NAME, Field.TARGET_PATH),
}


@dataclass
class PoolSpec:
    """What the user asked for; only the fields of its type (see `fields`) count."""

    name: str
    type: str = "dir"
    target_path: str = ""
    host: str = ""
    port: int | None = None
    source_format: str = ""
    source_dir: str = ""
    devices: list[str] = field(default_factory=list)
    source_name: str = ""
    target_iqn: str = ""
    initiator_iqn: str = ""
    adapter_type: str = "scsi_host"
    adapter_name: str = ""
    adapter_parent: str = ""
    wwnn: str = ""
    wwpn: str = ""
    monitors: str = ""  # "host[:port]" items separated by commas or spaces
    auth_username: str = ""
    auth_secret: str = ""  # the secret's UUID


def fields(spec: PoolSpec) -> tuple[Field, ...]:
    """The inputs the spec's type uses, as chosen so far (a vHBA asks for other things than a SCSI host)."""
    used = _TYPE_FIELDS.get(spec.type, ())
    if Field.ADAPTER_TYPE in used:
        adapter = (Field.ADAPTER_PARENT, Field.WWNN, Field.WWPN) if spec.adapter_type == "fc_host" \
            else (Field.ADAPTER_NAME,)
        index = used.index(Field.ADAPTER_TYPE) + 1
        used = used[:index] + adapter + used[index:]
    return used


def split_list(text: str) -> list[str]:
    return [item for item in re.split(r"[\s,]+", text.strip()) if item]


# -- checks: each gives the reason the input cannot be used, or "" -----------------------------------------------
def check_name(name: str, existing: Iterable[str]) -> str:
    if not name.strip():
        return _tr("Give the pool a name.")
    if "/" in name or "\n" in name:
        return _tr("A pool name cannot contain '/' or a line break.")
    if CONTROL.search(name):
        return _tr("A pool name cannot contain control characters (such as a tab).")
    if name != name.strip():
        return _tr("A pool name cannot begin or end with a space.")
    if name in set(existing):
        return _tr("This host already has a pool named {name}.").format(name=name)
    return ""


def _absolute(path: str) -> str:
    if not path.startswith("/"):
        return _tr("The path must be absolute (start with /).")
    if len(path) < 2:
        return _tr("The path must name something below /.")
    if CONTROL.search(path):
        return _tr("A path cannot contain control characters (such as a line break).")
    return ""


def _check_target(spec: PoolSpec) -> str:
    if not spec.target_path:
        return "" if spec.type == "logical" else _tr("Enter the directory where the pool's volumes appear.")
    return _absolute(spec.target_path)


def _check_host(spec: PoolSpec) -> str:
    host = spec.host.strip()
    if not host:
        return _tr("Enter the host's name or address.")
    return "" if _is_host(host) else _tr("{host} is not a host name or an IP address.").format(host=host)


def _is_host(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
        return True
    except ValueError:
        return bool(DNS_NAME.fullmatch(text)) and not text.startswith(("-", "."))


def _check_source_dir(spec: PoolSpec) -> str:
    path = spec.source_dir.strip()
    if spec.type == "gluster":
        return _absolute(path) if path else ""
    if spec.source_format in ("cifs", "glusterfs"):
        if not path:
            return _tr("Enter the name of the share.") if spec.source_format == "cifs" \
                else _tr("Enter the name of the Gluster volume.")
        if spec.source_format == "cifs" and path.startswith("/"):
            return _tr("A CIFS share is named without a leading /.")
        return ""
    if not path:
        return _tr("Enter the exported directory, such as /srv/exports/images.")
    return _absolute(path)


def _check_devices(spec: PoolSpec) -> str:
    devices = spec.devices
    if not devices:
        return _tr("Enter the device, such as /dev/sdb.") if spec.type in ("fs", "disk") else ""
    if spec.type in ("fs", "disk") and len(devices) > 1:
        return _tr("This pool type takes one device.")
    bad = [d for d in devices if _absolute(d)]
    return _tr("A device is named by its absolute path, such as /dev/sdb: {device} is not.").format(
        device=bad[0]) if bad else ""


_NAME_WANTED: dict[str, Callable[[], str]] = {
    "logical": lambda: _tr("Enter the volume group's name."),
    "rbd": lambda: _tr("Enter the Ceph pool's name."),
    "gluster": lambda: _tr("Enter the Gluster volume's name."),
    "zfs": lambda: _tr("Enter the ZFS pool's name."),
    "vstorage": lambda: _tr("Enter the cluster's name."),
}


def _check_source_name(spec: PoolSpec) -> str:
    name = spec.source_name.strip()
    if not name:
        return _NAME_WANTED[spec.type]()
    return "" if SIMPLE_NAME.fullmatch(name) else _tr("A name cannot contain spaces or '/'.")


def _check_iqn(value: str, wanted: str) -> str:
    """wanted: what to say while the IQN is missing ("" where it may be)."""
    if not value:
        return wanted
    return "" if IQN.fullmatch(value) else _tr(
        "{value} is not an IQN (iqn.YEAR-MONTH.reversed.domain, then optionally :name).").format(value=value)


def _check_adapter_name(spec: PoolSpec) -> str:
    if not spec.adapter_name:
        return _tr("Enter the SCSI host, such as host0.")
    return "" if SCSI_HOST.fullmatch(spec.adapter_name) else _tr(
        "{name} is not a SCSI host name (host0, scsi_host1, …).").format(name=spec.adapter_name)


def _check_parent(spec: PoolSpec) -> str:
    if not spec.adapter_parent or SCSI_HOST.fullmatch(spec.adapter_parent):
        return ""
    return _tr("{name} is not a SCSI host name (host0, scsi_host1, …).").format(name=spec.adapter_parent)


def _check_wwn(value: str) -> str:
    if not value:
        return _tr("Enter the world wide name: 16 hexadecimal digits.")
    return "" if WWN.fullmatch(value) else _tr("{value} is not 16 hexadecimal digits.").format(value=value)


def monitors(text: str) -> list[tuple[str, int | None]]:
    """The Ceph monitors of "host[:port]" items ("[v6 address]:port" for IPv6); ValueError names a wrong one."""
    found = []
    for item in split_list(text):
        match = re.fullmatch(r"\[([0-9a-fA-F:.]+)\](?::(\d+))?|([^:\[\]]+)(?::(\d+))?", item)
        host = match and (match.group(1) or match.group(3))
        port_text = match and (match.group(2) or match.group(4))
        port = int(port_text) if port_text else None
        if not host or not _is_host(host) or (port is not None and not 0 < port < 65536):
            raise ValueError(item)
        found.append((host, port))
    return found


def _check_monitors(spec: PoolSpec) -> str:
    try:
        found = monitors(spec.monitors)
    except ValueError as wrong:
        return _tr("{item} is not host, host:port or [IPv6 address]:port.").format(item=wrong.args[0])
    return "" if found else _tr("Enter at least one monitor, such as mon1.example.com:6789.")


def _check_secret(spec: PoolSpec) -> str:
    if spec.auth_username and not spec.auth_secret:
        return _tr("Choose the secret holding the key of {user}.").format(user=spec.auth_username)
    if spec.auth_secret and not spec.auth_username:
        return _tr("Enter the Ceph user the secret belongs to.")
    return ""


def _check_username(spec: PoolSpec) -> str:
    return "" if not spec.auth_username or SIMPLE_NAME.fullmatch(spec.auth_username) else _tr(
        "A user name cannot contain spaces or '/'.")


_CHECKS: dict[Field, Callable[[PoolSpec], str]] = {
    Field.TARGET_PATH: _check_target,
    Field.HOST: _check_host,
    Field.SOURCE_DIR: _check_source_dir,
    Field.DEVICES: _check_devices,
    Field.SOURCE_NAME: _check_source_name,
    Field.TARGET_IQN: lambda spec: _check_iqn(spec.target_iqn, _tr(
        "Enter the target's IQN, such as iqn.2024-01.com.example:storage.")),
    Field.INITIATOR_IQN: lambda spec: _check_iqn(spec.initiator_iqn, _tr(
        "Enter the IQN QEMU logs in with, such as iqn.2024-01.com.example:client.")
        if spec.type == "iscsi-direct" else ""),
    Field.ADAPTER_NAME: _check_adapter_name,
    Field.ADAPTER_PARENT: _check_parent,
    Field.WWNN: lambda spec: _check_wwn(spec.wwnn),
    Field.WWPN: lambda spec: _check_wwn(spec.wwpn),
    Field.MONITORS: _check_monitors,
    Field.AUTH_USERNAME: _check_username,
    Field.AUTH_SECRET: _check_secret,
}


def problems(spec: PoolSpec) -> dict[Field, str]:
    """Each used input that cannot be used, with the reason."""
    found = {}
    for used in fields(spec):
        check = _CHECKS.get(used)
        message = check(spec) if check is not None else ""
        if message:
            found[used] = message
    return found


def default_target(spec: PoolSpec, pools: Iterable[StoragePool]) -> str:
    """Where the pool's volumes appear unless the user says otherwise: a directory named after the pool beside the
    host's default directory pool, the device directory of a device type, /dev/VG for a volume group."""
    if spec.type in FIXED_TARGETS:
        return FIXED_TARGETS[spec.type]
    if spec.type == "logical":
        return f"/dev/{spec.source_name.strip()}" if spec.source_name.strip() else ""
    base = DEFAULT_DIRECTORY
    for pool in pools:
        if pool.name == "default":
            document = xmlconf.load(pool.xml)
            if isinstance(document, xmlconf.StoragePool) and document.type == "dir" and document.target_path:
                base = document.target_path
    return posixpath.join(posixpath.dirname(base.rstrip("/")) or "/", spec.name.strip())


# -- the XML -----------------------------------------------------------------------------------------------------
class _Adapter(xmlconf.XMLElement):
    """``<adapter>`` of a SCSI pool with a vHBA's attributes, which xmlconf's PoolSource leaves out."""

    TAG = "adapter"
    type = XMLProperty("./@type")
    name = XMLProperty("./@name")
    parent = XMLProperty("./@parent")
    wwnn = XMLProperty("./@wwnn")
    wwpn = XMLProperty("./@wwpn")


class _Source(xmlconf.PoolSource):
    adapter = Child(_Adapter, "./adapter")


def pool_xml(spec: PoolSpec) -> xmlconf.StoragePool:
    """The new pool's XML (raises XMLConfError where the spec lacks what the type needs)."""
    used = fields(spec)
    devices = spec.devices if Field.DEVICES in used else []
    hosts = [(spec.host.strip(), spec.port)] if Field.HOST in used else []
    if Field.MONITORS in used:
        hosts = monitors(spec.monitors)
    source_dir = spec.source_dir.strip() if Field.SOURCE_DIR in used else ""
    if spec.type == "gluster" and not source_dir:
        source_dir = "/"
    target = spec.target_path if Field.TARGET_PATH in used else ""
    if spec.type == "logical" and not target:
        target = f"/dev/{spec.source_name.strip()}"
    pool = xmlconf.build_pool(
        spec.name, spec.type, target or None,
        source_host=hosts[0][0] if hosts else None,
        source_dir=source_dir or None,
        source_device=(devices[0] if devices else None) or (spec.target_iqn if Field.TARGET_IQN in used else None),
        source_name=(spec.source_name.strip() or None) if Field.SOURCE_NAME in used else None,
        source_format=(spec.source_format or None) if Field.FORMAT in used else None)
    if spec.type == "vstorage":  # build_pool gives it no target, but libvirt mounts the cluster there
        pool.target_path = target
    if pool.source.node is None:
        return pool
    source = _Source(pool.source.node)
    if hosts:
        source.hosts[0].port = hosts[0][1]
        for host, port in hosts[1:]:
            source.hosts.add(name=host, port=port)
    for device in devices[1:]:
        source.devices.add(path=device)
    if Field.INITIATOR_IQN in used and spec.initiator_iqn:
        source.initiator_iqn = spec.initiator_iqn
    if Field.ADAPTER_TYPE in used:
        adapter = _Adapter.new(type=spec.adapter_type)
        if spec.adapter_type == "fc_host":
            adapter.parent = spec.adapter_parent or None
            adapter.wwnn, adapter.wwpn = spec.wwnn, spec.wwpn
        else:
            adapter.name = spec.adapter_name
        source.adapter = adapter
    if Field.AUTH_USERNAME in used and spec.auth_username:
        source.auth_type = "ceph"
        source.auth_username = spec.auth_username
        source.auth_secret_uuid = spec.auth_secret
    return pool


def pool_text(pool: xmlconf.StoragePool) -> str:
    """The XML indented for reading."""
    node = etree.fromstring(pool.to_xml())
    etree.indent(node, "  ")
    return etree.tostring(node, encoding="unicode")


# -- building ----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class BuildOffer:
    """What building a new pool of this spec does, in the words of the checkbox that asks for it."""

    text: str
    default: bool  # ticked at first: only where building just makes a directory
    flags: int
    unavailable: str = ""  # why it cannot be done as the spec stands


def build_offer(spec: PoolSpec) -> BuildOffer | None:
    """None for types whose storage libvirt cannot build (it is there already, on a server or a SAN)."""
    path, devices, name = spec.target_path, ", ".join(spec.devices), spec.source_name.strip()
    if spec.type in ("dir", "netfs", "vstorage"):
        return BuildOffer(_tr("Build the pool's storage (creates the directory {path})").format(path=path), True, 0)
    if spec.type == "fs":
        flags = libvirt.VIR_STORAGE_POOL_BUILD_NO_OVERWRITE
        if spec.source_format in ("", "auto"):
            return BuildOffer(_tr("Build the pool's storage (creates the directory {path} and formats {device} if it "
                                  "holds no file system)").format(path=path, device=devices), False, flags)
        return BuildOffer(_tr("Build the pool's storage (creates the directory {path} and formats {device} as "
                              "{format} if it holds no file system)").format(
            path=path, device=devices, format=spec.source_format), False, flags)
    if spec.type == "disk":
        return BuildOffer(_tr("Build the pool's storage (formats {device}: writes a new partition table on it; "
                              "everything on it is lost)").format(device=devices), False, 0)
    if spec.type == "logical":
        return BuildOffer(_tr("Build the pool's storage (formats {devices} as LVM physical volumes of a new volume "
                              "group {name}; everything on them is lost)").format(devices=devices or "…", name=name),
                          False, 0, "" if devices else _tr("Name the devices to build a volume group on."))
    if spec.type == "zfs":
        return BuildOffer(_tr("Build the pool's storage (formats {devices} as a new ZFS pool {name}; everything on "
                              "them is lost)").format(devices=devices or "…", name=name), False, 0,
                          "" if devices else _tr("Name the devices to build a ZFS pool on."))
    return None


# -- what the host supports --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TypeSupport:
    supported: bool
    formats: tuple[str, ...] = ()
    default_format: str = ""


@dataclass
class HostPoolTypes:
    """The pool types of a host. When the host does not report them (`reported` False, `reason` libvirt's words),
    every type libvirt knows is offered and the host judges when the pool is defined."""

    types: dict[str, TypeSupport]
    reported: bool = True
    reason: str = ""

    def support(self, pool_type: str) -> TypeSupport:
        return self.types.get(pool_type, TypeSupport(False))


def parse_pool_capabilities(xml: str) -> dict[str, TypeSupport]:
    found = {}
    for pool in etree.fromstring(xml.encode()).iterfind("pool"):
        options = pool.find("poolOptions")
        formats: tuple[str, ...] = ()
        default = ""
        if options is not None:
            formats = tuple(v.text or "" for v in options.iterfind("enum[@name='sourceFormatType']/value"))
            default = str(options.xpath("string(defaultFormat/@type)"))
        found[pool.get("type", "")] = TypeSupport(pool.get("supported") == "yes", formats, default)
    return found


def read_pool_types(conn: libvirt.virConnect) -> HostPoolTypes:
    """Worker side."""
    try:
        return HostPoolTypes(parse_pool_capabilities(conn.getStoragePoolCapabilities(0)))
    except libvirt.libvirtError as exc:
        types = {t: TypeSupport(True, SCHEMA_FORMATS.get(t, ()), DEFAULT_FORMATS.get(t, "")) for t in POOL_TYPES}
        return HostPoolTypes(types, reported=False, reason=describe(exc))


def pool_types(connection: Connection) -> Task:
    return connection.call(read_pool_types, description=_tr("Reading the pool types of {host}").format(
        host=connection.label), quiet=True)


def ceph_secrets(secrets: Iterable[Secret]) -> list[Secret]:
    return [s for s in secrets if s.usage_type == libvirt.VIR_SECRET_USAGE_TYPE_CEPH]


# -- discovery ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FoundSource:
    """A source findStoragePoolSources reported, as the values it fills in."""

    label: str
    source_dir: str = ""
    source_name: str = ""
    devices: tuple[str, ...] = ()
    target_iqn: str = ""
    source_format: str = ""


def can_discover(pool_type: str) -> bool:
    return pool_type in DISCOVERABLE


def discovery_needs_host(pool_type: str) -> bool:
    return pool_type in ("netfs", "iscsi")


def _discovery_request(spec: PoolSpec) -> str | None:
    if not discovery_needs_host(spec.type):
        return None
    source = xmlconf.PoolSource.new()
    source.hosts.add(name=spec.host.strip(), port=spec.port)
    if spec.type == "netfs":
        source.format_type = spec.source_format if spec.source_format in ("nfs", "cifs", "glusterfs") else "nfs"
    return source.to_xml()


def parse_sources(pool_type: str, xml: str) -> list[FoundSource]:
    found = []
    for node in etree.fromstring(xml.encode()).iterfind("source"):
        source = xmlconf.PoolSource(node)
        host = source.hosts[0].name if len(source.hosts) else ""
        devices = tuple(d.path for d in source.devices if d.path)
        if pool_type == "logical":
            label = _tr("{name} on {devices}").format(name=source.name, devices=", ".join(devices)) if devices \
                else source.name or ""
            found.append(FoundSource(label, source_name=source.name or "", devices=devices))
        elif pool_type == "iscsi":
            found.append(FoundSource(_tr("{target} on {host}").format(target=devices[0] if devices else "",
                                                                       host=host), target_iqn=devices[0] if devices
                                     else ""))
        else:
            found.append(FoundSource(f"{host}:{source.dir_path or ''}", source_dir=source.dir_path or "",
                                     source_format=source.format_type or ""))
    return found


def find_sources(connection: Connection, spec: PoolSpec) -> Task:
    """The sources the host finds for the spec's type (and host), as FoundSource objects."""
    request = _discovery_request(spec)
    pool_type = spec.type

    def run(conn: libvirt.virConnect) -> list[FoundSource]:
        return parse_sources(pool_type, conn.findStoragePoolSources(pool_type, request, 0))

    where = spec.host.strip() or connection.label
    return connection.call(run, description=_tr("Looking for {type} sources on {host}").format(
        type=pool_type, host=where), quiet=True, lane=Lane.EDIT)


# -- creating ----------------------------------------------------------------------------------------------------
class Step(enum.Enum):
    DEFINE = "define"
    BUILD = "build"
    START = "start"
    AUTOSTART = "autostart"


class PoolCreationFailed(Exception):
    """A step of creating the pool failed; the steps before it stay done (`defined`: the pool exists now)."""

    def __init__(self, name: str, step: Step, cause: BaseException) -> None:
        super().__init__(name, step, cause)
        self.name, self.step, self.cause = name, step, cause

    @property
    def defined(self) -> bool:
        return self.step is not Step.DEFINE

    def __str__(self) -> str:
        return describe(self.cause)


def create_pool(connection: Connection, spec: PoolSpec, *, build: bool, autostart: bool) -> Task:
    """Defines the pool (the host validating its XML), builds it when asked, starts it and turns autostart on
    when asked; fails with PoolCreationFailed. The catalogue has the pool before the task's callbacks run."""
    xml = pool_xml(spec).to_xml()
    name = spec.name
    offer = build_offer(spec) if build else None

    def run(conn: libvirt.virConnect) -> list[StoragePool]:
        step = Step.DEFINE
        try:
            pool = conn.storagePoolDefineXML(xml, libvirt.VIR_STORAGE_POOL_DEFINE_VALIDATE)
            if offer is not None:
                step = Step.BUILD
                pool.build(offer.flags)
            step = Step.START
            pool.create(0)
            if autostart:
                step = Step.AUTOSTART
                pool.setAutostart(1)
        except libvirt.libvirtError as exc:
            raise PoolCreationFailed(name, step, exc) from exc
        return read_pools(conn)

    task = connection.call(run, description=_tr("Creating the pool {name}").format(name=name), lane=Lane.EDIT)
    catalogue = connection.catalogue
    task.then(catalogue.apply_pools, lambda _e: catalogue.pool_event(name), owner=catalogue)
    return task

"""A connection's host objects besides its VMs: networks, storage pools, their volumes, node devices, secrets,
host interfaces, network filters and the hypervisor's domain capabilities — one live copy each, read on workers
and kept current.

Networks and pools are read with the connection; everything else on first use (`need(kind)`, `volumes(pool)`),
so a connection lists its VMs before any volume is read. libvirt's lifecycle events keep what was read
current (an event reads again only the object it names: a pool's volumes only if they were read); interfaces and
network filters have no events and are read again when asked (`refresh(kind)`). Each kind announces its
changes with its own signal. Everything is forgotten when the connection's session ends.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import libvirt
from PySide6.QtCore import QObject, Signal

from virtdesk.model.network import Network
from virtdesk.model.node import read_domain_capabilities, read_node_device, read_node_devices
from virtdesk.model.storage import StoragePool, Volume
from virtdesk.model.worker import Task

if TYPE_CHECKING:
    from virtdesk.model.connection import Connection

CapsKey = tuple[str | None, str | None, str | None, str | None]


@dataclass(eq=False)
class Secret:
    uuid: str
    usage_type: int
    usage_id: str
    xml: str


@dataclass(eq=False)
class HostInterface:
    name: str
    mac: str
    active: bool
    xml: str


@dataclass(eq=False)
class NetworkFilter:
    uuid: str
    name: str
    xml: str


class Kind(enum.Enum):
    """The host objects read on first use."""

    NODE_DEVICES = "node devices"
    SECRETS = "secrets"
    INTERFACES = "interfaces"
    NWFILTERS = "network filters"


class HostCatalogue(QObject):
    """The host objects of one connection (GUI thread)."""

    networks_changed = Signal()
    pools_changed = Signal()
    volumes_changed = Signal(str)  # the pool's name
    changed = Signal(object)  # a Kind whose objects were (re)read

    def __init__(self, connection: Connection) -> None:
        super().__init__(connection)
        self._connection = connection
        self.networks: dict[str, Network] = {}
        self.pools: dict[str, StoragePool] = {}
        self._volumes: dict[str, list[Volume]] = {}
        self._volume_reads: dict[str, Task] = {}
        self._volume_follow_ups: dict[str, Task] = {}
        self._objects: dict[Kind, list[Any]] = {}
        self._reads: dict[Kind, Task] = {}
        self._capabilities: dict[CapsKey, Task] = {}

    # -- reading
    def volumes(self, pool: str) -> list[Volume] | None:
        """The pool's volumes, or None while they are being read (volumes_changed follows)."""
        if pool in self._volumes:
            return self._volumes[pool]
        self._need_volumes(pool)
        return None

    def _need_volumes(self, pool: str) -> Task:
        """A read of the pool's volumes: the one running, else a new one."""
        running = self._volume_reads.get(pool)
        if running is not None and not running.done:
            return running
        return self.read_volumes(pool)

    def read_volumes(self, pool: str) -> Task:
        """Reads the pool's volumes again: the task's list is read after this call (a read that is running may
        have listed them before a change that just ended, so another follows it). One read per pool at a time;
        the requests made while one runs share the read that follows it."""
        running = self._volume_reads.get(pool)
        if running is not None and not running.done:
            follow_up = self._volume_follow_ups.get(pool)
            if follow_up is None:
                follow_up = self._volume_follow_ups[pool] = Task(running.description)
            return follow_up
        task = self._connection.call(read_volumes, pool, quiet=True)
        self._volume_reads[pool] = task
        task.then(lambda found: self._volumes_read(pool, found), lambda _error: self._read_follow_up(pool),
                  owner=self)
        return task

    def _read_follow_up(self, pool: str) -> None:
        follow_up = self._volume_follow_ups.pop(pool, None)
        if follow_up is not None:
            self.read_volumes(pool).then(lambda found: follow_up._deliver(True, found),
                                         lambda error: follow_up._deliver(False, error), owner=self)

    def objects(self, kind: Kind) -> list[Any] | None:
        """What is known of that kind, or None before the first read (need() starts it)."""
        return self._objects.get(kind)

    def need(self, kind: Kind) -> Task:
        """The objects of kind: a finished task when already read, else the read (one at a time)."""
        running = self._reads.get(kind)
        if running is not None and (not running.done or running.error is None):
            return running
        return self.refresh(kind)

    def refresh(self, kind: Kind) -> Task:
        running = self._reads.get(kind)
        if running is not None and not running.done:
            return running
        task = self._connection.call(READERS[kind], quiet=True)
        self._reads[kind] = task
        task.then(lambda found: self._objects_read(kind, found), owner=self)
        return task

    def domain_capabilities(self, emulator: str | None, arch: str | None, machine: str | None,
                            virt_type: str | None) -> Task:
        """What the hypervisor offers a VM of that emulator, arch, machine and type (the task's result may be
        None: the host cannot tell); read once per session."""
        key = (emulator, arch, machine, virt_type)
        task = self._capabilities.get(key)
        if task is None or task.error is not None:
            task = self._capabilities[key] = self._connection.call(read_domain_capabilities, *key, quiet=True)
        return task

    def ready(self, kinds: tuple[Kind, ...] = (), *, volumes: bool = False) -> Task:
        """A task that finishes once those kinds (and with volumes, the volumes of every active pool) were read
        or failed to be; what could not be read stays unknown (objects() is None)."""
        pending = [self.need(kind) for kind in kinds]
        if volumes:
            pending += [self._need_volumes(p.name) for p in self.pools.values() if p.active and p.name not in
                        self._volumes]
        gathered = Task("host catalogue")

        def one_done(_outcome: object = None) -> None:
            if not gathered.done and all(task.done for task in pending):
                gathered._deliver(True, self)

        for task in pending:
            task.then(one_done, one_done, owner=self)
        one_done()
        return gathered

    def find_volume(self, path: str) -> Volume | None:
        """The volume (of the pools read so far) whose path is path."""
        return next((v for volumes in self._volumes.values() for v in volumes if v.path == path), None)

    # -- keeping current (the connection calls these on libvirt's events and when its session ends)
    def apply_networks(self, networks: list[Network]) -> None:
        self.networks = _merge(self.networks, networks, lambda n: n.uuid)
        self.networks_changed.emit()

    def apply_pools(self, pools: list[StoragePool]) -> None:
        self.pools = _merge(self.pools, pools, lambda p: p.uuid)
        names = {pool.name for pool in self.pools.values() if pool.active}
        for gone in [name for name in self._volumes if name not in names]:
            del self._volumes[gone]
            self.volumes_changed.emit(gone)
        self.pools_changed.emit()

    def pool_event(self, pool: str) -> None:
        """A pool started, stopped, was defined, removed or refreshed: that pool is read again (the others are
        kept), then its volumes, where they were read before and the pool is still active (apply_pools drops the
        others)."""
        def pool_read(found: StoragePool | None) -> None:
            self.apply_pools(_with_read(self.pools.values(), pool, found))
            if pool in self._volumes:
                self.read_volumes(pool)

        self._connection.call(read_pool, pool, quiet=True).then(pool_read, owner=self)

    def network_event(self, network: str) -> None:
        """A network started, stopped, was defined or removed (or its autostart changed): that network is read
        again, the others are kept."""
        self._connection.call(read_network, network, quiet=True).then(
            lambda found: self.apply_networks(_with_read(self.networks.values(), network, found)), owner=self)

    def kind_event(self, kind: Kind, key: str) -> None:
        """A node device (by name) or a secret (by UUID) came, changed or went: where that kind was read before,
        that one is read again (after a read of them all that is running), the others are kept."""
        if kind not in self._objects:
            return
        read_one, key_of = ONE_READERS[kind]

        def one_read(found: Any | None) -> None:
            if kind in self._objects:
                self._objects_read(kind, sorted(_with_read(self._objects[kind], key, found, key_of), key=key_of))

        def read() -> None:
            self._connection.call(read_one, key, quiet=True).then(one_read, owner=self)

        running = self._reads.get(kind)
        if running is not None and not running.done:
            running.then(lambda _found: read(), lambda _error: read(), owner=self)
        else:
            read()

    def clear(self) -> None:
        self.networks, self.pools = {}, {}
        self._volumes.clear()
        self._volume_reads.clear()
        for pool in list(self._volume_follow_ups):
            self._read_follow_up(pool)  # a read with no session fails: its waiters hear so
        self._objects.clear()
        self._reads.clear()
        self._capabilities.clear()
        self.networks_changed.emit()
        self.pools_changed.emit()

    def _volumes_read(self, pool: str, found: list[Volume]) -> None:
        self._volumes[pool] = found
        self.volumes_changed.emit(pool)
        self._read_follow_up(pool)

    def _objects_read(self, kind: Kind, found: list[Any]) -> None:
        self._objects[kind] = found
        self.changed.emit(kind)


def _with_read(current: Iterable[Any], key: str, found: Any | None,
               key_of: Callable[[Any], str] = lambda item: item.name) -> list[Any]:
    """The objects of current with the one whose key (name) is key replaced by found in its place (added at the
    end when new, left out when None)."""
    objects = [found if key_of(item) == key else item for item in current]
    if all(item is not found for item in objects):
        objects.append(found)
    return [item for item in objects if item is not None]


def _merge(current: dict[str, Any], fetched: list[Any], key: Callable[[Any], str]) -> dict[str, Any]:
    """Updates existing objects in place (same identity) and adds/drops the rest."""
    merged = {}
    for item in fetched:
        existing = current.get(key(item))
        if existing is not None:
            existing.update_from(item)
            item = existing
        merged[key(item)] = item
    return merged


# -- worker side --------------------------------------------------------------------------------------------
def _each(objects: list[Any], describe: Callable[[Any], Any]) -> list[Any]:
    """describe(obj) for each object still there (one removed while listing is left out)."""
    found = []
    for obj in objects:
        try:
            found.append(describe(obj))
        except libvirt.libvirtError:
            continue
    return found


def _network(net: libvirt.virNetwork) -> Network:
    persistent = bool(net.isPersistent())
    return Network(net.UUIDString(), net.name(), bool(net.isActive()), persistent,
                   bool(net.autostart()) if persistent else False, net.XMLDesc(0))


def _pool(pool: libvirt.virStoragePool) -> StoragePool:
    state, capacity, allocation, available = pool.info()
    persistent = bool(pool.isPersistent())
    return StoragePool(pool.UUIDString(), pool.name(), state, persistent,
                       bool(pool.autostart()) if persistent else False, capacity, allocation, available,
                       pool.XMLDesc(0))


def _volume(vol: libvirt.virStorageVol) -> Volume:
    _kind, capacity, allocation = vol.info()
    return Volume(vol.key(), vol.name(), vol.path(), capacity, allocation, vol.XMLDesc(0))


def read_networks(conn: libvirt.virConnect) -> list[Network]:
    return _each(conn.listAllNetworks(0), _network)


def _read_one(lookup: Callable[[], Any], describe: Callable[[Any], Any], missing: int) -> Any | None:
    """describe(lookup()): one object read again after an event about it; None when it no longer exists (the
    lookup fails with libvirt's error `missing`)."""
    try:
        return describe(lookup())
    except libvirt.libvirtError as exc:
        if exc.get_error_code() == missing:
            return None
        raise


def read_network(conn: libvirt.virConnect, name: str) -> Network | None:
    """The named network; None when it no longer exists."""
    return _read_one(lambda: conn.networkLookupByName(name), _network, libvirt.VIR_ERR_NO_NETWORK)


def read_pools(conn: libvirt.virConnect) -> list[StoragePool]:
    """The pools with their sizes, not their volumes."""
    return _each(conn.listAllStoragePools(0), _pool)


def read_pool(conn: libvirt.virConnect, name: str) -> StoragePool | None:
    """The named pool with its sizes; None when it no longer exists."""
    return _read_one(lambda: conn.storagePoolLookupByName(name), _pool, libvirt.VIR_ERR_NO_STORAGE_POOL)


def read_volumes(conn: libvirt.virConnect, pool_name: str) -> list[Volume]:
    volumes = _each(conn.storagePoolLookupByName(pool_name).listAllVolumes(0), _volume)
    return sorted(volumes, key=lambda v: v.name)


def _secret(secret: libvirt.virSecret) -> Secret:
    return Secret(secret.UUIDString(), secret.usageType(), secret.usageID() or "", secret.XMLDesc(0))


def read_secrets(conn: libvirt.virConnect) -> list[Secret]:
    return _each(conn.listAllSecrets(0), _secret)


def read_secret(conn: libvirt.virConnect, uuid: str) -> Secret | None:
    """The secret of that UUID; None when it no longer exists."""
    return _read_one(lambda: conn.secretLookupByUUIDString(uuid), _secret, libvirt.VIR_ERR_NO_SECRET)


def read_interfaces(conn: libvirt.virConnect) -> list[HostInterface]:
    interfaces = _each(conn.listAllInterfaces(0), lambda interface: HostInterface(
        interface.name(), interface.MACString() or "", bool(interface.isActive()), interface.XMLDesc(0)))
    return sorted(interfaces, key=lambda i: i.name)


def read_nwfilters(conn: libvirt.virConnect) -> list[NetworkFilter]:
    filters = _each(conn.listAllNWFilters(0), lambda nwfilter: NetworkFilter(
        nwfilter.UUIDString(), nwfilter.name(), nwfilter.XMLDesc(0)))
    return sorted(filters, key=lambda f: f.name)


READERS: dict[Kind, Callable[[libvirt.virConnect], list[Any]]] = {
    Kind.NODE_DEVICES: read_node_devices,
    Kind.SECRETS: read_secrets,
    Kind.INTERFACES: read_interfaces,
    Kind.NWFILTERS: read_nwfilters,
}

# The kinds with events: how one object of the kind is read again, and the key the event names it by.
ONE_READERS: dict[Kind, tuple[Callable[[libvirt.virConnect, str], Any | None], Callable[[Any], str]]] = {
    Kind.NODE_DEVICES: (read_node_device, lambda device: device.name or ""),
    Kind.SECRETS: (read_secret, lambda secret: secret.uuid),
}

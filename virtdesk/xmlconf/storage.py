"""``<pool>`` and ``<volume>``: storage pools of every type and their volumes (sizes in bytes)."""

from __future__ import annotations

from .element import XMLElement
from .properties import FLAG, INT, Child, ChildList, Enum, SizeProperty, XMLProperty

POOL_TYPES = (
    "dir",
    "fs",
    "netfs",
    "logical",
    "disk",
    "iscsi",
    "iscsi-direct",
    "scsi",
    "mpath",
    "rbd",
    "sheepdog",
    "gluster",
    "zfs",
    "vstorage",
)


class PoolSourceHost(XMLElement):
    TAG = "host"
    name = XMLProperty("./@name")
    port = XMLProperty("./@port", INT)


class PoolSourceDevice(XMLElement):
    TAG = "device"
    path = XMLProperty("./@path")


class PoolSource(XMLElement):
    """Where a pool's storage comes from: hosts, devices, a directory, an adapter, a name, a format."""

    TAG = "source"
    hosts = ChildList(PoolSourceHost, "./host")
    devices = ChildList(PoolSourceDevice, "./device")
    dir_path = XMLProperty("./dir/@path")
    adapter_type = XMLProperty("./adapter/@type", Enum("scsi_host", "fc_host"))
    adapter_name = XMLProperty("./adapter/@name")
    name = XMLProperty("./name")
    format_type = XMLProperty("./format/@type")
    initiator_iqn = XMLProperty("./initiator/iqn/@name")
    auth_type = XMLProperty("./auth/@type", Enum("chap", "ceph"))
    auth_username = XMLProperty("./auth/@username")
    auth_secret_usage = XMLProperty("./auth/secret/@usage")
    auth_secret_uuid = XMLProperty("./auth/secret/@uuid")


class StoragePool(XMLElement):
    TAG = "pool"
    type = XMLProperty("./@type", Enum(*POOL_TYPES))
    name = XMLProperty("./name")
    uuid = XMLProperty("./uuid")
    capacity = SizeProperty("./capacity", unit="bytes")
    allocation = SizeProperty("./allocation", unit="bytes")
    available = SizeProperty("./available", unit="bytes")
    source = Child(PoolSource, "./source")
    target_path = XMLProperty("./target/path")
    target_permissions_mode = XMLProperty("./target/permissions/mode")
    target_permissions_owner = XMLProperty("./target/permissions/owner", INT)
    target_permissions_group = XMLProperty("./target/permissions/group", INT)


class StorageVolume(XMLElement):
    TAG = "volume"
    type = XMLProperty("./@type", Enum("file", "block", "dir", "network", "netdir", "ploop"))
    name = XMLProperty("./name")
    key = XMLProperty("./key")
    capacity = SizeProperty("./capacity", unit="bytes")
    allocation = SizeProperty("./allocation", unit="bytes")
    physical = SizeProperty("./physical", unit="bytes")
    target_path = XMLProperty("./target/path")
    target_format = XMLProperty("./target/format/@type")
    target_permissions_mode = XMLProperty("./target/permissions/mode")
    target_permissions_owner = XMLProperty("./target/permissions/owner", INT)
    target_permissions_group = XMLProperty("./target/permissions/group", INT)
    target_compat = XMLProperty("./target/compat")
    target_nocow = XMLProperty("./target/nocow", FLAG)
    backing_store_path = XMLProperty("./backingStore/path")
    backing_store_format = XMLProperty("./backingStore/format/@type")

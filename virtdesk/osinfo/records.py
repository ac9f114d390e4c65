"""Plain value records read from osinfo-db: resources, devices, firmware, install media, trees and images."""

from __future__ import annotations

import math
from dataclasses import dataclass

MIB = 1024 * 1024
GIB = 1024 * MIB

RESOURCE_KINDS = ("minimum", "recommended", "maximum", "network-install")
ALL_ARCHES = "all"


@dataclass(frozen=True, slots=True)
class ResourceSpec:
    """One `<resources arch=...>` block of one kind (minimum, recommended, ...), exactly as the db says.

    None stands for a value the db leaves out; `inherit` asks for those to be filled from ancestors.
    """

    arch: str
    inherit: bool = False
    n_cpus: int | None = None
    cpu_hz: int | None = None
    ram_bytes: int | None = None
    storage_bytes: int | None = None

    def filled_from(self, other: ResourceSpec) -> ResourceSpec:
        """This spec with its missing values taken from `other`."""
        return ResourceSpec(
            arch=self.arch,
            inherit=self.inherit,
            n_cpus=self.n_cpus if self.n_cpus is not None else other.n_cpus,
            cpu_hz=self.cpu_hz if self.cpu_hz is not None else other.cpu_hz,
            ram_bytes=self.ram_bytes if self.ram_bytes is not None else other.ram_bytes,
            storage_bytes=self.storage_bytes if self.storage_bytes is not None else other.storage_bytes,
        )


@dataclass(frozen=True, slots=True)
class Resources:
    """Resources for one architecture in the units a VM wizard uses; None where the db says nothing."""

    ram_mib: int | None = None
    vcpus: int | None = None
    storage_gib: float | None = None
    cpu_mhz: int | None = None

    @classmethod
    def from_spec(cls, spec: ResourceSpec) -> Resources:
        return cls(
            ram_mib=None if spec.ram_bytes is None else math.ceil(spec.ram_bytes / MIB),
            vcpus=spec.n_cpus,
            storage_gib=None if spec.storage_bytes is None else spec.storage_bytes / GIB,
            cpu_mhz=None if spec.cpu_hz is None else spec.cpu_hz // 1_000_000,
        )

    @property
    def is_empty(self) -> bool:
        return self.ram_mib is None and self.vcpus is None and self.storage_gib is None and self.cpu_mhz is None


@dataclass(frozen=True, slots=True)
class DeviceLink:
    """An OS's statement about one device: supported (the default) or explicitly not."""

    device_id: str
    supported: bool = True


@dataclass(frozen=True, slots=True)
class Device:
    """A device from the db's device/ files, e.g. virtio1.0-net (pcisig.com 1af4:1041)."""

    id: str
    name: str | None = None
    device_class: str | None = None
    bus_type: str | None = None
    vendor: str | None = None
    vendor_id: str | None = None
    product: str | None = None
    product_id: str | None = None


@dataclass(frozen=True, slots=True)
class Firmware:
    """`<firmware arch=... type=efi|bios supported=...>` with its `<feature name=... supported=...>` children."""

    arch: str
    type: str
    supported: bool = True
    features: tuple[tuple[str, bool], ...] = ()

    def feature(self, name: str) -> bool | None:
        for feature_name, supported in self.features:
            if feature_name == name:
                return supported
        return None


@dataclass(frozen=True, slots=True)
class Variant:
    id: str
    name: str | None = None


@dataclass(frozen=True, slots=True)
class Media:
    """Install or live media; the *_id fields are regular expressions as written in the db."""

    arch: str
    url: str | None = None
    volume_id: str | None = None
    system_id: str | None = None
    publisher_id: str | None = None
    application_id: str | None = None
    volume_size: int | None = None
    live: bool = False
    installer: bool = True
    installer_script: bool = True
    installer_reboots: int | None = None
    kernel: str | None = None
    initrd: str | None = None
    variants: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Tree:
    """A network install tree; treeinfo_* are regular expressions matched against a tree's .treeinfo."""

    arch: str
    url: str | None = None
    kernel: str | None = None
    initrd: str | None = None
    treeinfo_family: str | None = None
    treeinfo_version: str | None = None
    treeinfo_variant: str | None = None
    treeinfo_arch: str | None = None
    variants: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Image:
    """A ready-made disk image (cloud image)."""

    arch: str
    url: str | None = None
    format: str | None = None
    cloud_init: bool = False
    variants: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OsDetails:
    """Everything one `<os>` element says itself, before inheritance."""

    resources: tuple[tuple[str, tuple[ResourceSpec, ...]], ...] = ()
    device_links: tuple[DeviceLink, ...] = ()
    firmwares: tuple[Firmware, ...] = ()
    media: tuple[Media, ...] = ()
    trees: tuple[Tree, ...] = ()
    images: tuple[Image, ...] = ()
    variants: tuple[Variant, ...] = ()
    kernel_url_argument: str | None = None
    cloud_image_username: str | None = None

    def resource_specs(self, kind: str) -> tuple[ResourceSpec, ...]:
        for spec_kind, specs in self.resources:
            if spec_kind == kind:
                return specs
        return ()

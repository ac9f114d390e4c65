"""One operating system of the catalogue, with the values it inherits resolved as libosinfo resolves them.

Inheritance follows `derives-from` and `clones` (the OS first, then its ancestors depth-first, nearest first):
- resources: a block marked `inherit="true"` takes each value it lacks from the nearest ancestor block of the
  same architecture and kind; other blocks stand as written;
- devices: the union over the lineage, where the nearest statement about a device wins, so an OS can
  withdraw (`supported="false"`) or restore a device its ancestors state;
- firmware: the nearest statement per (architecture, type) wins.
Media, trees, images and variants belong to the OS itself. Details are read from the OS's file on first use.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from functools import cached_property
from pathlib import Path
from typing import Protocol

from virtdesk.osinfo.parse import OsHeader
from virtdesk.osinfo.records import (
    ALL_ARCHES,
    Device,
    Firmware,
    Image,
    Media,
    OsDetails,
    Resources,
    ResourceSpec,
    Tree,
    Variant,
)

DEFAULT_ARCH = "x86_64"
# Like virt-manager, an OS without an end-of-life date counts as EOL five years after its release; unlike it,
# only once the db knows a successor, so the newest release of a line stays current while the db ages.
ASSUMED_LIFETIME = timedelta(days=5 * 365)

VIRTIO_NET_DEVICES = frozenset({"virtio-net", "virtio1.0-net"})
VIRTIO_BLOCK_DEVICES = frozenset({"virtio-block", "virtio1.0-block"})
VIRTIO1_PREFIX = "virtio1.0-"


class EntrySource(Protocol):
    """What an entry needs from its catalogue."""

    def entry_by_id(self, os_id: str) -> OsEntry | None: ...

    def details_of(self, entry: OsEntry) -> OsDetails: ...

    def device(self, device_id: str) -> Device | None: ...

    def has_successor(self, os_id: str) -> bool: ...


@dataclass(frozen=True, eq=False)
class OsEntry(OsHeader):
    """An OS: its header values as fields, everything else read lazily through the catalogue."""

    source: Path | None = field(repr=False)
    _catalogue: EntrySource = field(repr=False)

    @classmethod
    def from_header(cls, header: OsHeader, source: Path | None, catalogue: EntrySource) -> OsEntry:
        values = {item.name: getattr(header, item.name) for item in fields(OsHeader)}
        return cls(**values, source=source, _catalogue=catalogue)

    @property
    def short_id(self) -> str:
        """The main short id (the db lists it first); the full id for an entry that has none."""
        return self.short_ids[0] if self.short_ids else self.id

    def is_eol(self, today: date | None = None) -> bool:
        """Past its end of life on `today`.

        Without an EOL date: five years after release if a successor of the same distro is known; never for a
        rolling release.
        """
        today = today or date.today()
        if self.eol_date is not None:
            return today > self.eol_date
        if self.release_status == "rolling" or self.release_date is None:
            return False
        return self._catalogue.has_successor(self.id) and today > self.release_date + ASSUMED_LIFETIME

    # --- relations ------------------------------------------------------------------------------------------
    @property
    def derives_from(self) -> tuple[OsEntry, ...]:
        return self._resolve(self.derives_from_ids)

    @property
    def clones(self) -> tuple[OsEntry, ...]:
        return self._resolve(self.clones_ids)

    @property
    def upgrades(self) -> tuple[OsEntry, ...]:
        return self._resolve(self.upgrades_ids)

    def _resolve(self, ids: tuple[str, ...]) -> tuple[OsEntry, ...]:
        return tuple(entry for os_id in ids if (entry := self._catalogue.entry_by_id(os_id)) is not None)

    def lineage(self) -> Iterator[OsEntry]:
        """This OS, then everything it derives from or clones, depth-first, each once."""
        seen: set[str] = set()
        stack: list[OsEntry] = [self]
        while stack:
            entry = stack.pop()
            if entry.id in seen:
                continue
            seen.add(entry.id)
            yield entry
            stack.extend(reversed(entry.derives_from + entry.clones))

    # --- own details ----------------------------------------------------------------------------------------
    @cached_property
    def details(self) -> OsDetails:
        """What this OS's own XML says, uninherited."""
        return self._catalogue.details_of(self)

    @property
    def media(self) -> tuple[Media, ...]:
        return self.details.media

    @property
    def trees(self) -> tuple[Tree, ...]:
        return self.details.trees

    @property
    def images(self) -> tuple[Image, ...]:
        return self.details.images

    @property
    def variants(self) -> tuple[Variant, ...]:
        return self.details.variants

    # --- resources ------------------------------------------------------------------------------------------
    def resource_specs(self, kind: str) -> tuple[ResourceSpec, ...]:
        """The blocks of `kind` (minimum, recommended, maximum, network-install) with inheritance applied."""
        own = self.details.resource_specs(kind)
        if not any(spec.inherit for spec in own):
            return own
        ancestors = [spec for entry in self.lineage() if entry is not self
                     for spec in entry.details.resource_specs(kind)]
        resolved = []
        for spec in own:
            if spec.inherit:
                for ancestor_spec in ancestors:
                    if ancestor_spec.arch == spec.arch:
                        spec = spec.filled_from(ancestor_spec)
            resolved.append(spec)
        return tuple(resolved)

    def resources(self, kind: str, arch: str = DEFAULT_ARCH) -> Resources:
        """Values for `arch`, each falling back to the architecture-independent ('all') block."""
        specs = self.resource_specs(kind)
        merged = ResourceSpec(arch=arch)
        for wanted in (arch, ALL_ARCHES):
            for spec in specs:
                if spec.arch == wanted:
                    merged = merged.filled_from(spec)
        return Resources.from_spec(merged)

    def minimum(self, arch: str = DEFAULT_ARCH) -> Resources:
        return self.resources("minimum", arch)

    def recommended(self, arch: str = DEFAULT_ARCH) -> Resources:
        return self.resources("recommended", arch)

    def maximum(self, arch: str = DEFAULT_ARCH) -> Resources:
        return self.resources("maximum", arch)

    # --- devices --------------------------------------------------------------------------------------------
    @cached_property
    def devices(self) -> tuple[Device, ...]:
        """Supported devices, inherited; a device id missing from the device db keeps only its id."""
        verdicts: dict[str, bool] = {}
        for entry in self.lineage():
            for link in entry.details.device_links:
                verdicts.setdefault(link.device_id, link.supported)
        return tuple(
            self._catalogue.device(device_id) or Device(id=device_id)
            for device_id, supported in verdicts.items()
            if supported
        )

    @cached_property
    def device_names(self) -> frozenset[str]:
        return frozenset(device.name for device in self.devices if device.name)

    def supports_device(self, name: str) -> bool:
        return name in self.device_names

    @property
    def supports_virtio_net(self) -> bool:
        return not VIRTIO_NET_DEVICES.isdisjoint(self.device_names)

    @property
    def supports_virtio_blk(self) -> bool:
        return not VIRTIO_BLOCK_DEVICES.isdisjoint(self.device_names)

    @property
    def supports_virtio1(self) -> bool:
        """Knows modern (virtio 1.0) devices, so a q35 machine with modern virtio suits it."""
        return any(name.startswith(VIRTIO1_PREFIX) for name in self.device_names)

    # --- firmware -------------------------------------------------------------------------------------------
    @cached_property
    def firmwares(self) -> tuple[Firmware, ...]:
        """The nearest statement per (arch, type), including the ones saying 'not supported'."""
        nearest: dict[tuple[str, str], Firmware] = {}
        for entry in self.lineage():
            for firmware in entry.details.firmwares:
                nearest.setdefault((firmware.arch, firmware.type), firmware)
        return tuple(nearest.values())

    def firmware(self, type_: str, arch: str = DEFAULT_ARCH) -> Firmware | None:
        """The statement about firmware `type_` for `arch`, else the architecture-independent one."""
        for wanted in (arch, ALL_ARCHES):
            for firmware in self.firmwares:
                if firmware.type == type_ and firmware.arch == wanted:
                    return firmware
        return None

    def supports_efi(self, arch: str = DEFAULT_ARCH) -> bool:
        firmware = self.firmware("efi", arch)
        return firmware is not None and firmware.supported

    def supports_bios(self, arch: str = DEFAULT_ARCH) -> bool:
        """BIOS is assumed unless the db says otherwise."""
        firmware = self.firmware("bios", arch)
        return firmware is None or firmware.supported

    def supports_secure_boot(self, arch: str = DEFAULT_ARCH) -> bool | None:
        """What the db says about the EFI `secure-boot` feature; None where it says nothing."""
        firmware = self.firmware("efi", arch)
        if firmware is None:
            return None
        return firmware.feature("secure-boot") if firmware.supported else False

    @property
    def kernel_url_argument(self) -> str | None:
        return next((arg for e in self.lineage() if (arg := e.details.kernel_url_argument)), None)

    @property
    def cloud_image_username(self) -> str | None:
        return next((user for e in self.lineage() if (user := e.details.cloud_image_username)), None)

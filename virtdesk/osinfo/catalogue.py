"""The OS catalogue: every OS of the osinfo db, loaded lazily and safe to share between threads.

The first call that needs entries reads every OS file once for its header (names, versions, dates, relations);
an entry's resources, devices, firmware and media are read from its own file when first asked for; the device
db, the search index and the media index are each built on first use.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from virtdesk.osinfo.entry import OsEntry
from virtdesk.osinfo.identify import IsoHeader, MediaMatch, match_media
from virtdesk.osinfo.parse import OsHeader, os_elements, parse_details, parse_devices, parse_header, read_root
from virtdesk.osinfo.records import Device, Media, OsDetails
from virtdesk.osinfo.search import SearchIndex
from virtdesk.osinfo.sources import DbFiles, collect_files, default_paths

GENERIC_SHORT_ID = "generic"
_GENERIC = OsHeader(
    id="http://virtdesk.github.io/osinfo/generic",
    short_ids=(GENERIC_SHORT_ID,),
    name="Generic or unknown OS",
    vendor=None,
    family=None,
    distro=None,
    version=None,
    codename=None,
    release_date=None,
    eol_date=None,
    release_status="released",
    derives_from_ids=(),
    clones_ids=(),
    upgrades_ids=(),
)
_ROOT_TAG = "libosinfo"

log = logging.getLogger("virtdesk.osinfo")


@dataclass(frozen=True, slots=True)
class _Index:
    files: DbFiles
    by_id: dict[str, OsEntry]
    by_short_id: dict[str, OsEntry]
    superseded: frozenset[str]


class Catalogue:
    """OS entries from the osinfo db roots `paths` (rising precedence); None means `default_paths()`."""

    def __init__(self, paths: Iterable[Path | str] | None = None) -> None:
        self.roots: tuple[Path, ...] = tuple(Path(p) for p in (default_paths() if paths is None else paths))
        self._lock = threading.RLock()
        self._index: _Index | None = None
        self._devices: dict[str, Device] | None = None
        self._search: SearchIndex | None = None
        self._media: tuple[tuple[OsEntry, Media], ...] | None = None

    # --- public --------------------------------------------------------------------------------------------
    def all(self) -> list[OsEntry]:
        return list(self._loaded().by_id.values())

    def get(self, key: str) -> OsEntry | None:
        """The entry with short-id `key` (any of its aliases) or full id `key`."""
        index = self._loaded()
        return index.by_short_id.get(key) or index.by_id.get(key)

    def search(self, text: str, limit: int = 50, today: date | None = None) -> list[OsEntry]:
        with self._lock:
            if self._search is None:
                self._search = SearchIndex(self.all())
        return self._search.search(text, limit=limit, today=today)

    def match_media(self, iso: IsoHeader) -> list[MediaMatch]:
        """Each OS whose install media fit the ISO header, with its best-fitting medium, best first."""
        if not iso.volume_id.strip():
            return []
        return match_media(self._media_index(), iso)

    def identify_media(
        self,
        volume_id: str,
        system_id: str | None = None,
        publisher: str | None = None,
        application: str | None = None,
        arch: str | None = None,
    ) -> list[OsEntry]:
        """The OSes an ISO with this header may install, best first."""
        iso = IsoHeader(volume_id, system_id=system_id, publisher=publisher, application=application, arch=arch)
        return [match.os for match in self.match_media(iso)]

    def device(self, device_id: str) -> Device | None:
        with self._lock:
            if self._devices is None:
                self._devices = self._load_devices()
        return self._devices.get(device_id)

    # --- used by OsEntry -----------------------------------------------------------------------------------
    def entry_by_id(self, os_id: str) -> OsEntry | None:
        return self._loaded().by_id.get(os_id)

    def has_successor(self, os_id: str) -> bool:
        """Whether another OS of the same distro upgrades or derives from `os_id`."""
        return os_id in self._loaded().superseded

    def details_of(self, entry: OsEntry) -> OsDetails:
        if entry.source is None:
            return OsDetails()
        root = read_root(entry.source)
        if root is not None:
            for os_id, os_el in os_elements(root, entry.source):
                if os_id == entry.id:
                    return parse_details(os_id, os_el)
        log.warning("osinfo: %s no longer defines %s", entry.source, entry.id)
        return OsDetails()

    # --- loading -------------------------------------------------------------------------------------------
    def _loaded(self) -> _Index:
        index = self._index
        if index is None:
            with self._lock:
                if self._index is None:
                    self._index = self._load_index()
                index = self._index
        return index

    def _load_index(self) -> _Index:
        files = collect_files(self.roots)
        by_id: dict[str, OsEntry] = {}
        for path in files.os_files:
            root = read_root(path)
            if root is None:
                continue
            if root.tag != _ROOT_TAG:
                log.warning("osinfo: skipping %s: root element is <%s>, not <%s>", path, root.tag, _ROOT_TAG)
                continue
            for os_id, os_el in os_elements(root, path):
                by_id.pop(os_id, None)
                by_id[os_id] = OsEntry.from_header(parse_header(os_id, os_el), path, self)
        by_short_id = {short_id: entry for entry in by_id.values() for short_id in entry.short_ids}
        if GENERIC_SHORT_ID not in by_short_id:
            generic = OsEntry.from_header(_GENERIC, None, self)
            by_id[generic.id] = by_short_id[GENERIC_SHORT_ID] = generic
        superseded = frozenset(
            target
            for entry in by_id.values()
            if entry.distro is not None
            for target in entry.upgrades_ids + entry.derives_from_ids
            if (parent := by_id.get(target)) is not None and parent.distro == entry.distro
        )
        return _Index(files=files, by_id=by_id, by_short_id=by_short_id, superseded=superseded)

    def _load_devices(self) -> dict[str, Device]:
        devices: dict[str, Device] = {}
        for path in self._loaded().files.device_files:
            root = read_root(path)
            if root is None:
                continue
            for device in parse_devices(root):
                known = devices.get(device.id)
                devices[device.id] = device if known is None else _merged(known, device)
        return devices

    def _media_index(self) -> tuple[tuple[OsEntry, Media], ...]:
        with self._lock:
            if self._media is None:
                self._media = tuple(
                    (entry, media) for entry in self.all() for media in entry.media if media.volume_id
                )
            return self._media


def _merged(known: Device, later: Device) -> Device:
    """A device described over several files (as in the db's `*.d/` folders): later values win."""
    changes = {
        field.name: value
        for field in dataclasses.fields(later)
        if (value := getattr(later, field.name)) is not None
    }
    return dataclasses.replace(known, **changes)


@cache
def default_catalogue() -> Catalogue:
    """The catalogue over the default db roots, shared by the whole program."""
    return Catalogue()

"""Recognising an install ISO from its ISO 9660 header (volume id, system id, publisher, application).

The db gives each medium regular expressions; a medium matches when it has a volume-id pattern that matches
and every other pattern it has matches the value the caller knows (a value the caller does not know is not held
against it). Matches rank by: the medium's architecture is the one asked for, more fields matched, longer (more
specific) patterns, newer release.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from virtdesk.osinfo.entry import OsEntry
from virtdesk.osinfo.records import ALL_ARCHES, Media

log = logging.getLogger("virtdesk.osinfo")


@dataclass(frozen=True, slots=True)
class IsoHeader:
    """The identifying strings of an ISO image's primary volume descriptor."""

    volume_id: str
    system_id: str | None = None
    publisher: str | None = None
    application: str | None = None
    arch: str | None = None


@dataclass(frozen=True, slots=True)
class MediaMatch:
    os: OsEntry
    media: Media
    rank: tuple[bool, int, int, int]


@cache
def _compiled(pattern: str) -> re.Pattern[str] | None:
    try:
        return re.compile(pattern)
    except re.error as error:
        log.warning("osinfo: media pattern %r is not a valid regular expression (%s); ignored", pattern, error)
        return None


def _rank(media: Media, iso: IsoHeader) -> tuple[bool, int, int] | None:
    if media.volume_id is None:
        return None
    checks = (
        (media.volume_id, iso.volume_id),
        (media.system_id, iso.system_id),
        (media.publisher_id, iso.publisher),
        (media.application_id, iso.application),
    )
    matched = specificity = 0
    for pattern, value in checks:
        if pattern is None or value is None:
            continue
        compiled = _compiled(pattern)
        if compiled is None or compiled.search(value) is None:
            return None
        matched += 1
        specificity += len(pattern)
    arch_fits = iso.arch is not None and media.arch in (iso.arch, ALL_ARCHES)
    return arch_fits, matched, specificity


def match_media(candidates: Iterable[tuple[OsEntry, Media]], iso: IsoHeader) -> list[MediaMatch]:
    """The best-matching medium of each OS that matches, best OS first."""
    iso = IsoHeader(
        volume_id=iso.volume_id.strip(),
        system_id=iso.system_id.strip() if iso.system_id else None,
        publisher=iso.publisher.strip() if iso.publisher else None,
        application=iso.application.strip() if iso.application else None,
        arch=iso.arch,
    )
    best: dict[str, MediaMatch] = {}
    for entry, media in candidates:
        rank = _rank(media, iso)
        if rank is None:
            continue
        full_rank = (*rank, entry.release_date.toordinal() if entry.release_date else 0)
        current = best.get(entry.id)
        if current is None or full_rank > current.rank:
            best[entry.id] = MediaMatch(os=entry, media=media, rank=full_rank)
    return sorted(best.values(), key=lambda match: match.rank, reverse=True)

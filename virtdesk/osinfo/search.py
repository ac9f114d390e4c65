"""Ranking catalogue entries for what the user types, fast enough to run on every keystroke.

Each query token must match an entry. Tiers, best first: the query is a short-id (spaces ignored, so
"ubuntu 22.04" finds ubuntu22.04); the name or a short-id starts with the query ("debian 1", "win"); every
token starts a word of the name, short-id, version, vendor, distro or codename ("ubu 22"); every token occurs
anywhere in them. Within a tier: not-EOL before EOL, then newest release first, then by name.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from virtdesk.osinfo.entry import OsEntry

_WORD_BREAK = re.compile(r"[\s,;:()\[\]/]+")

_TIER_EXACT = 0
_TIER_STARTS = 1
_TIER_WORDS = 2
_TIER_SUBSTRING = 3


@dataclass(frozen=True, slots=True)
class _Row:
    entry: OsEntry
    name: str
    short_ids: frozenset[str]
    words: tuple[str, ...]
    text: str
    recency: int


def _row(entry: OsEntry) -> _Row:
    short_ids = tuple(short_id.lower() for short_id in entry.short_ids)
    fields = [entry.name, entry.version, entry.vendor, entry.distro, entry.codename]
    words = [word for value in fields if value for word in _WORD_BREAK.split(value.lower()) if word]
    words.extend(short_ids)
    return _Row(
        entry=entry,
        name=" ".join(entry.name.lower().split()),
        short_ids=frozenset(short_ids),
        words=tuple(dict.fromkeys(words)),
        text=" ".join(words),
        recency=entry.release_date.toordinal() if entry.release_date else 0,
    )


class SearchIndex:
    """Lower-cased words of every entry, prepared once."""

    def __init__(self, entries: Iterable[OsEntry]) -> None:
        self._rows = tuple(_row(entry) for entry in entries)

    def search(self, text: str, limit: int = 50, today: date | None = None) -> list[OsEntry]:
        tokens = text.lower().split()
        today = today or date.today()
        ranked = ((tier, row) for row in self._rows if (tier := _tier(row, tokens)) is not None)
        best = heapq.nsmallest(
            limit,
            ranked,
            key=lambda item: (item[0], item[1].entry.is_eol(today), -item[1].recency, item[1].entry.name),
        )
        return [row.entry for _, row in best]


def _tier(row: _Row, tokens: list[str]) -> int | None:
    if not tokens:
        return _TIER_SUBSTRING
    joined = "".join(tokens)
    if joined in row.short_ids:
        return _TIER_EXACT
    if row.name.startswith(" ".join(tokens)) or any(short_id.startswith(joined) for short_id in row.short_ids):
        return _TIER_STARTS
    if all(any(word.startswith(token) for word in row.words) for token in tokens):
        return _TIER_WORDS
    if all(token in row.text for token in tokens):
        return _TIER_SUBSTRING
    return None

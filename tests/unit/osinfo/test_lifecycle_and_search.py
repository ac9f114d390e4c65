"""End-of-life rules and search ranking, on a db written for the test."""

from __future__ import annotations

from datetime import date

import pytest
from unit.osinfo.dbtree import DbTree

from virtdesk.osinfo import Catalogue, OsEntry

pytestmark = pytest.mark.unit

TODAY = date(2026, 6, 1)


@pytest.fixture
def catalogue(db_tree: DbTree) -> Catalogue:
    def release(day: str) -> str:
        return f"<release-date>{day}</release-date>"

    db_tree.write_os("example.org/gnu.xml",
                     db_tree.os("gnu1", "GNU Thing 1", "<distro>gnu</distro><version>1</version>",
                                release("2010-01-01")),
                     db_tree.os("gnu2", "GNU Thing 2", "<distro>gnu</distro><version>2</version>",
                                release("2015-01-01"), '<upgrades id="http://example.org/gnu1"/>'),
                     db_tree.os("gnu3", "GNU Thing 3", "<distro>gnu</distro><version>3</version>",
                                release("2019-01-01"), '<derives-from id="http://example.org/gnu2"/>'),
                     db_tree.os("gnu10", "GNU Thing 10", "<distro>gnu</distro><version>10</version>",
                                release("2025-01-01"), "<eol-date>2026-01-01</eol-date>"),
                     db_tree.os("rolling", "Rolling GNU", "<distro>gnu</distro>", release("2001-01-01"),
                                "<release-status>rolling</release-status>"),
                     db_tree.os("other", "Other Vendor OS", "<vendor>GNU Friends</vendor>", release("2024-01-01")),
                     db_tree.os("derived1", "Derived 1", "<distro>elsewhere</distro>", release("2012-01-01"),
                                '<derives-from id="http://example.org/gnu3"/>'))
    return Catalogue([db_tree.root])


def _entry(catalogue: Catalogue, short_id: str) -> OsEntry:
    entry = catalogue.get(short_id)
    assert entry is not None
    return entry


def test_explicit_eol_date(catalogue: Catalogue) -> None:
    gnu10 = _entry(catalogue, "gnu10")
    assert not gnu10.is_eol(date(2026, 1, 1))
    assert gnu10.is_eol(date(2026, 1, 2))


def test_five_year_rule_applies_once_a_successor_exists(catalogue: Catalogue) -> None:
    assert _entry(catalogue, "gnu1").is_eol(TODAY)  # gnu2 upgrades it
    assert _entry(catalogue, "gnu2").is_eol(TODAY)  # gnu3 derives from it
    assert not _entry(catalogue, "gnu2").is_eol(date(2019, 12, 31))
    # gnu3 is derived from, but by another distro only: still the newest of its line.
    assert not _entry(catalogue, "gnu3").is_eol(TODAY)


def test_rolling_release_never_ends(catalogue: Catalogue) -> None:
    assert not _entry(catalogue, "rolling").is_eol(date(2100, 1, 1))


def _search(catalogue: Catalogue, text: str, limit: int = 50) -> list[str]:
    return [entry.short_id for entry in catalogue.search(text, limit=limit, today=TODAY)]


def test_exact_short_id_before_newer_matches(catalogue: Catalogue) -> None:
    assert _search(catalogue, "gnu1")[0] == "gnu1"
    assert _search(catalogue, "gnu 1")[0] == "gnu1"


def test_starts_before_word_prefix_before_substring(catalogue: Catalogue) -> None:
    # "GNU Thing ..." start with "gnu"; "Rolling GNU" and "Other Vendor OS" (vendor GNU Friends) only have a word
    # starting with it.
    results = _search(catalogue, "gnu")
    assert set(results[:4]) == {"gnu1", "gnu2", "gnu3", "gnu10"}
    assert set(results[4:]) == {"rolling", "other"}
    assert _search(catalogue, "hing") == ["gnu3", "gnu10", "gnu2", "gnu1"]  # substring of "thing" only


def test_not_eol_first_then_newest(catalogue: Catalogue) -> None:
    assert _search(catalogue, "gnu thing") == ["gnu3", "gnu10", "gnu2", "gnu1"]


def test_every_token_must_match(catalogue: Catalogue) -> None:
    assert _search(catalogue, "thing 10") == ["gnu10"]
    assert _search(catalogue, "thing zebra") == []


def test_case_and_spacing_do_not_matter(catalogue: Catalogue) -> None:
    assert _search(catalogue, "  GNU   thing  ") == _search(catalogue, "gnu thing")


def test_limit_and_empty_query(catalogue: Catalogue) -> None:
    assert len(_search(catalogue, "gnu", limit=2)) == 2
    everything = _search(catalogue, "", limit=100)
    assert len(everything) == len(catalogue.all())
    assert everything[0] == "other"  # newest not-EOL entry


def test_untranslated_name_and_vendor_are_used(db_tree: DbTree) -> None:
    db_tree.write_os("x/t.xml", '<os id="http://example.org/t1"><short-id>t1</short-id>'
                     '<name xml:lang="ja">日本語の名前</name><name>English name</name>'
                     '<vendor xml:lang="de">Hersteller</vendor><vendor>Vendor</vendor></os>')
    catalogue = Catalogue([db_tree.root])
    entry = _entry(catalogue, "t1")
    assert (entry.name, entry.vendor) == ("English name", "Vendor")
    assert catalogue.search("日本語") == []

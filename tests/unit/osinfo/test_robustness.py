"""Broken input in the db is skipped with a logged warning and never stops the catalogue."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from unit.osinfo.dbtree import DbTree

from virtdesk.osinfo import Catalogue

pytestmark = pytest.mark.unit


@pytest.fixture
def caplog_osinfo(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.WARNING, logger="virtdesk.osinfo")
    return caplog


def test_malformed_file_is_skipped_with_a_warning(db_tree: DbTree, override_tree: DbTree,
                                                  caplog_osinfo: pytest.LogCaptureFixture) -> None:
    db_tree.write_os("x/good.xml", db_tree.os("good1", "Good"))
    broken = override_tree.write("os/x/broken.xml", "<libosinfo><os id='http://example.org/b'><short-id>b")
    catalogue = Catalogue([db_tree.root, override_tree.root])
    assert catalogue.get("good1") is not None
    assert catalogue.get("b") is None
    assert any(str(broken) in record.getMessage() and record.levelno == logging.WARNING
               for record in caplog_osinfo.records)


def test_unreadable_file_is_skipped_with_a_warning(db_tree: DbTree, override_tree: DbTree,
                                                   caplog_osinfo: pytest.LogCaptureFixture) -> None:
    db_tree.write_os("x/good.xml", db_tree.os("good1", "Good"))
    dangling = override_tree.root / "os" / "x" / "dangling.xml"
    dangling.parent.mkdir(parents=True)
    dangling.symlink_to(override_tree.root / "nowhere.xml")
    catalogue = Catalogue([db_tree.root, override_tree.root])
    assert [entry.short_id for entry in catalogue.all() if entry.short_id != "generic"] == ["good1"]
    assert str(dangling) in caplog_osinfo.text


def test_override_that_breaks_a_system_file_drops_only_that_file(
    db_tree: DbTree, override_tree: DbTree, caplog_osinfo: pytest.LogCaptureFixture
) -> None:
    db_tree.write_os("x/a.xml", db_tree.os("a1", "A"))
    db_tree.write_os("x/b.xml", db_tree.os("b1", "B"))
    override_tree.write("os/x/a.xml", "not xml at all")
    catalogue = Catalogue([db_tree.root, override_tree.root])
    assert catalogue.get("a1") is None
    assert catalogue.get("b1") is not None
    assert "skipping" in caplog_osinfo.text


def test_wrong_root_element_and_missing_id_are_skipped(db_tree: DbTree,
                                                       caplog_osinfo: pytest.LogCaptureFixture) -> None:
    db_tree.write("os/x/html.xml", "<html><os id='http://example.org/h'><short-id>h</short-id></os></html>")
    db_tree.write_os("x/noid.xml", "<os><short-id>noid</short-id><name>No id</name></os>",
                     db_tree.os("ok1", "OK"))
    catalogue = Catalogue([db_tree.root])
    assert catalogue.get("h") is None
    assert catalogue.get("noid") is None
    assert catalogue.get("ok1") is not None
    assert "not <libosinfo>" in caplog_osinfo.text
    assert "without id" in caplog_osinfo.text


def test_bad_values_are_dropped_and_the_rest_kept(db_tree: DbTree,
                                                  caplog_osinfo: pytest.LogCaptureFixture) -> None:
    db_tree.write_os("x/bad.xml", db_tree.os(
        "bad1", "Bad values",
        "<release-date>last tuesday</release-date><eol-date>2030-01-01</eol-date>",
        '<resources arch="all"><minimum><ram>lots</ram><n-cpus>2</n-cpus></minimum></resources>',
        '<media arch="x86_64"><iso><volume-id>BAD[</volume-id></iso></media>',
        '<media arch="x86_64"><iso><volume-id>^GOOD_</volume-id></iso></media>',
    ))
    catalogue = Catalogue([db_tree.root])
    bad = catalogue.get("bad1")
    assert bad is not None
    assert bad.release_date is None
    assert bad.eol_date is not None and bad.eol_date.year == 2030
    assert bad.minimum().ram_mib is None
    assert bad.minimum().vcpus == 2
    assert catalogue.identify_media("BAD[") == []
    assert catalogue.identify_media("GOOD_DISC") == [bad]
    for fragment in ("last tuesday", "'lots'", "BAD["):
        assert fragment in caplog_osinfo.text


def test_file_removed_after_loading_gives_empty_details(db_tree: DbTree,
                                                        caplog_osinfo: pytest.LogCaptureFixture) -> None:
    path: Path = db_tree.write_os("x/a.xml", db_tree.os(
        "a1", "A", '<media arch="x86_64"><iso><volume-id>A</volume-id></iso></media>'))
    catalogue = Catalogue([db_tree.root])
    entry = catalogue.get("a1")
    assert entry is not None
    path.unlink()
    assert entry.media == ()
    assert entry.minimum().is_empty
    assert str(path) in caplog_osinfo.text

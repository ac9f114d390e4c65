"""Recognising an ISO from its volume id and the other header fields, on a db written for the test."""

from __future__ import annotations

from datetime import date

import pytest
from unit.osinfo.dbtree import DbTree

from virtdesk.osinfo import Catalogue, IsoHeader, OsEntry

pytestmark = pytest.mark.unit


def _media(arch: str, volume: str, system: str | None = None, publisher: str | None = None,
           extra: str = "") -> str:
    fields = f"<volume-id>{volume}</volume-id>"
    if system:
        fields += f"<system-id>{system}</system-id>"
    if publisher:
        fields += f"<publisher-id>{publisher}</publisher-id>"
    return f'<media arch="{arch}"{extra}><url>https://example.org/{arch}.iso</url><iso>{fields}</iso></media>'


@pytest.fixture
def catalogue(db_tree: DbTree) -> Catalogue:
    db_tree.write_os("example.org/distro.xml",
                     db_tree.os("distro5", "Distro 5", "<release-date>2020-01-01</release-date>",
                                _media("x86_64", r"^DISTRO-5(\.\d+)?-x86_64", system="LINUX"),
                                _media("aarch64", r"^DISTRO-5(\.\d+)?-aarch64", system="LINUX"),
                                _media("i686", r"^DISTRO-5", extra=' live="true"')),
                     db_tree.os("distro5unknown", "Distro 5 (unknown point release)",
                                "<release-date>2021-01-01</release-date>", _media("x86_64", r"^DISTRO-5")),
                     db_tree.os("distro6", "Distro 6", "<release-date>2023-01-01</release-date>",
                                _media("x86_64", r"^DISTRO-6-x86_64")),
                     db_tree.os("winlike", "Windows-like", _media("x86_64", "^CCCOMA_X64", publisher="MICROSOFT")),
                     db_tree.os("nomedia", "No media"))
    return Catalogue([db_tree.root])


def _ids(found: list[OsEntry]) -> list[str]:
    return [entry.short_id for entry in found]


def test_volume_id_regex_identifies_the_os(catalogue: Catalogue) -> None:
    assert _ids(catalogue.identify_media("DISTRO-6-x86_64"))[0] == "distro6"
    assert _ids(catalogue.identify_media("DISTRO-5.2-x86_64"))[0] == "distro5"


def test_more_specific_pattern_ranks_first(catalogue: Catalogue) -> None:
    # distro5unknown is newer, but distro5's pattern says more.
    assert _ids(catalogue.identify_media("DISTRO-5-x86_64")) == ["distro5", "distro5unknown"]


def test_trailing_padding_is_ignored(catalogue: Catalogue) -> None:
    assert _ids(catalogue.identify_media("DISTRO-6-x86_64                 "))[0] == "distro6"


def test_known_field_that_does_not_match_rejects_the_media(catalogue: Catalogue) -> None:
    assert _ids(catalogue.identify_media("CCCOMA_X64FRE_EN-US")) == ["winlike"]
    assert _ids(catalogue.identify_media("CCCOMA_X64FRE_EN-US", publisher="MICROSOFT CORPORATION")) == ["winlike"]
    assert catalogue.identify_media("CCCOMA_X64FRE_EN-US", publisher="SOMEONE ELSE") == []
    assert _ids(catalogue.identify_media("DISTRO-6-x86_64", system_id="LINUX")) == ["distro6"]


def test_requested_arch_ranks_its_media_first(catalogue: Catalogue) -> None:
    matches = catalogue.match_media(IsoHeader("DISTRO-5-aarch64", arch="aarch64"))
    assert [(m.os.short_id, m.media.arch) for m in matches][0] == ("distro5", "aarch64")
    i686 = catalogue.match_media(IsoHeader("DISTRO-5-i686", arch="i686"))
    assert (i686[0].os.short_id, i686[0].media.arch, i686[0].media.live) == ("distro5", "i686", True)
    assert i686[0].media.url == "https://example.org/i686.iso"


def test_release_date_breaks_ties(db_tree: DbTree) -> None:
    db_tree.write_os("x/twins.xml",
                     db_tree.os("old1", "Old", "<release-date>2001-01-01</release-date>", _media("x86_64", "TWIN")),
                     db_tree.os("new1", "New", "<release-date>2021-01-01</release-date>", _media("x86_64", "TWIN")))
    catalogue = Catalogue([db_tree.root])
    assert _ids(catalogue.identify_media("TWIN")) == ["new1", "old1"]
    assert catalogue.get("new1").release_date == date(2021, 1, 1)


def test_nothing_matches_unknown_discs(catalogue: Catalogue) -> None:
    assert catalogue.identify_media("HOME_VIDEOS") == []

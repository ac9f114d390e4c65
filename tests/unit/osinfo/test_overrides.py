"""Which db roots are read and which of them wins."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from unit.osinfo.dbtree import DbTree

from virtdesk.osinfo import PATH_ENV_VAR, Catalogue, default_paths
from virtdesk.osinfo.sources import LOCAL_DIR, SYSTEM_DIR

pytestmark = pytest.mark.unit

GIB = 1024**3


def test_default_paths_rise_from_system_to_user_to_env(tmp_path: Path) -> None:
    environ = {"XDG_CONFIG_HOME": str(tmp_path / "cfg"), PATH_ENV_VAR: f"/a{os.pathsep}/b", "HOME": "/home/x"}
    assert default_paths(environ) == [SYSTEM_DIR, LOCAL_DIR, tmp_path / "cfg" / "osinfo", Path("/a"), Path("/b")]


def test_user_dir_defaults_to_home_config() -> None:
    assert default_paths({"HOME": "/home/x"})[2] == Path("/home/x/.config/osinfo")


def test_default_catalogue_reads_the_env_override(
    override_tree: DbTree, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    override_tree.write_os("example.org/mine.xml", override_tree.os("myos1", "My OS 1"))
    monkeypatch.setenv(PATH_ENV_VAR, str(override_tree.root))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "empty-config"))
    catalogue = Catalogue()
    assert catalogue.roots[-1] == override_tree.root
    assert catalogue.get("myos1") is not None
    assert catalogue.get("win11") is not None  # the system db is still there


def test_same_relative_path_replaces_the_whole_file(db_tree: DbTree, override_tree: DbTree) -> None:
    db_tree.write_os("example.org/a.xml",
                     db_tree.os("a1", "A old"),
                     db_tree.os("gone1", "Only in the system file"))
    override_tree.write_os("example.org/a.xml", override_tree.os("a1", "A new"))
    catalogue = Catalogue([db_tree.root, override_tree.root])
    a1 = catalogue.get("a1")
    assert a1 is not None and a1.name == "A new"
    assert catalogue.get("gone1") is None


def test_later_definition_of_an_id_wins(db_tree: DbTree, override_tree: DbTree) -> None:
    ram_1g = f'<resources arch="all"><minimum><ram>{GIB}</ram></minimum></resources>'
    db_tree.write_os("example.org/a.xml", db_tree.os("a1", "A old", ram_1g))
    override_tree.write_os("local/patched-a.xml",
                           override_tree.os("a1", "A patched",
                                            f'<resources arch="all"><minimum><ram>{2 * GIB}</ram></minimum>'
                                            "</resources>"))
    forward = Catalogue([db_tree.root, override_tree.root]).get("a1")
    backward = Catalogue([override_tree.root, db_tree.root]).get("a1")
    assert forward is not None and backward is not None
    assert (forward.name, forward.minimum().ram_mib) == ("A patched", 2048)
    assert (backward.name, backward.minimum().ram_mib) == ("A old", 1024)


def test_overriding_file_also_wins_id_conflicts_with_other_files(db_tree: DbTree, override_tree: DbTree) -> None:
    db_tree.write_os("x/a.xml", db_tree.os("a1", "A from a.xml"))
    db_tree.write_os("x/b.xml", db_tree.os("a1", "A from b.xml"))
    override_tree.write_os("x/a.xml", override_tree.os("a1", "A from the override"))
    a1 = Catalogue([db_tree.root, override_tree.root]).get("a1")
    assert a1 is not None and a1.name == "A from the override"


def test_latest_definition_also_takes_back_its_short_id(db_tree: DbTree, override_tree: DbTree) -> None:
    db_tree.write_os("x/a.xml", db_tree.os("latest", "A", os_id="http://example.org/a"))
    db_tree.write_os("x/b.xml", db_tree.os("latest", "B", os_id="http://example.org/b"))
    override_tree.write_os("y/a-again.xml", override_tree.os("latest", "A again", os_id="http://example.org/a"))
    catalogue = Catalogue([db_tree.root, override_tree.root])
    latest = catalogue.get("latest")
    assert latest is not None and latest.name == "A again"
    assert [entry.name for entry in catalogue.all()][:2] == ["B", "A again"]


def test_override_adds_an_os_deriving_from_the_system_db(override_tree: DbTree) -> None:
    """A user can add Debian 12 to an osinfo-db that predates it, inheriting from Debian 11."""
    override_tree.write_os("debian.org/debian-12.xml", override_tree.os(
        "debian12", "Debian 12",
        "<vendor>Debian Project</vendor><family>linux</family><distro>debian</distro><version>12</version>",
        "<release-date>2023-06-10</release-date>",
        '<derives-from id="http://debian.org/debian/11"/><upgrades id="http://debian.org/debian/11"/>',
        '<resources arch="all" inherit="true"/>',
        '<media arch="x86_64"><iso><volume-id>Debian 12\\.\\d+\\.\\d+ amd64 n</volume-id></iso></media>',
        os_id="http://debian.org/debian/12",
    ))
    catalogue = Catalogue([SYSTEM_DIR, override_tree.root])
    debian12 = catalogue.get("debian12")
    assert debian12 is not None
    assert debian12.minimum().ram_mib == 1024
    assert debian12.supports_virtio_net and debian12.supports_virtio1
    assert catalogue.identify_media("Debian 12.1.0 amd64 n")[0] is debian12
    assert catalogue.search("debian 1")[0] is debian12
    assert catalogue.get("debian11").is_eol()  # now it has a known successor


def test_root_that_is_missing_or_a_file_is_ignored(db_tree: DbTree, tmp_path: Path,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    db_tree.write_os("x/a.xml", db_tree.os("a1", "A"))
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("")
    catalogue = Catalogue([tmp_path / "missing", not_a_dir, db_tree.root])
    assert catalogue.get("a1") is not None
    assert "not a directory" in caplog.text


def test_install_scripts_and_foreign_folders_are_not_read(db_tree: DbTree) -> None:
    db_tree.write_os("x/a.xml", db_tree.os("a1", "A"))
    db_tree.write("install-script/x/broken.xml", "<libosinfo><os id='http://example.org/bogus'>")
    db_tree.write("platform/x/p.xml", "<libosinfo><os id='http://example.org/p'><short-id>p</short-id></os>"
                                       "</libosinfo>")
    catalogue = Catalogue([db_tree.root])
    assert catalogue.get("p") is None
    assert catalogue.get("a1") is not None

"""Fixtures for the osinfo tests: small osinfo-db trees written into tmp dirs, and the real system db."""

from __future__ import annotations

from pathlib import Path

import pytest
from unit.osinfo.dbtree import DbTree

from virtdesk.osinfo import Catalogue
from virtdesk.osinfo.sources import SYSTEM_DIR


@pytest.fixture
def db_tree(tmp_path: Path) -> DbTree:
    return DbTree(tmp_path / "db")


@pytest.fixture
def override_tree(tmp_path: Path) -> DbTree:
    return DbTree(tmp_path / "override")


@pytest.fixture(scope="session")
def system_catalogue() -> Catalogue:
    """The distribution's osinfo-db only (no user or env overrides), shared by the read-only tests."""
    if not (SYSTEM_DIR / "os").is_dir():
        pytest.fail(f"{SYSTEM_DIR} is missing: install the osinfo-db package (scripts/setup does)")
    return Catalogue([SYSTEM_DIR])

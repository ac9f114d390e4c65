"""Fixtures for the osinfo tests: small osinfo-db trees written into tmp dirs, and the real system db."""

from __future__ import annotations

from pathlib import Path

import pytest

from virtdesk.osinfo import Catalogue
from virtdesk.osinfo.sources import SYSTEM_DIR


class DbTree:
    """An osinfo db root under a tmp dir; each write_* call adds one file as the real db lays them out."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def write(self, relative: str, text: str) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def write_os(self, relative: str, *os_elements: str) -> Path:
        body = "\n".join(os_elements)
        return self.write(f"os/{relative}", f'<?xml version="1.0"?>\n<libosinfo version="0.0.1">\n{body}\n</libosinfo>\n')

    def write_device(self, relative: str, device_id: str, name: str, device_class: str = "net") -> Path:
        return self.write(
            f"device/{relative}",
            f'<libosinfo version="0.0.1"><device id="{device_id}"><name>{name}</name>'
            f"<class>{device_class}</class></device></libosinfo>",
        )


def os_xml(os_id: str, short_id: str, name: str, *children: str) -> str:
    return f'<os id="{os_id}"><short-id>{short_id}</short-id><name>{name}</name>{"".join(children)}</os>'


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

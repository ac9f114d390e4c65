"""virtdesk's modules import one another in one direction only: no module reaches, through the imports made at
run time (at the top or inside functions; TYPE_CHECKING imports aside), back to itself."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit
PACKAGE = Path(__file__).resolve().parents[2] / "virtdesk"


def _module_names(package: Path) -> dict[str, Path]:
    names = {}
    for path in package.rglob("*.py"):
        parts = path.relative_to(package.parent).with_suffix("").parts
        names[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return names


def _runtime_imports(source: str, modules: set[str]) -> set[str]:
    tree = ast.parse(source)
    typing_only = {id(node) for block in ast.walk(tree)
                   if isinstance(block, ast.If) and getattr(block.test, "id", "") == "TYPE_CHECKING"
                   for node in ast.walk(block)}
    found = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "virtdesk":
            for alias in node.names:
                name = f"{node.module}.{alias.name}"
                found.add(name if name in modules else node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.split(".")[0] == "virtdesk")
    return found & modules


def import_cycles(modules: dict[str, str]) -> list[list[str]]:
    """The cycles (as module paths) in the import graph of {module name: source}."""
    graph = {name: _runtime_imports(source, set(modules)) for name, source in modules.items()}
    cycles, done = [], set()

    def visit(name: str, path: list[str]) -> None:
        if name in path:
            cycles.append([*path[path.index(name):], name])
            return
        if name in done:
            return
        for imported in sorted(graph[name]):
            visit(imported, [*path, name])
        done.add(name)

    for name in sorted(graph):
        visit(name, [])
    return cycles


def test_virtdesk_has_no_import_cycle():
    sources = {name: path.read_text(encoding="utf-8") for name, path in _module_names(PACKAGE).items()}
    assert import_cycles(sources) == []


def test_a_cycle_through_a_function_level_import_is_found():
    sources = {
        "virtdesk.model.a": "from virtdesk.model import b\n",
        "virtdesk.model.b": "def f():\n    from virtdesk.model.a import thing\n",
        "virtdesk.model.c": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from virtdesk.model import a\n",
    }
    assert import_cycles(sources) == [["virtdesk.model.a", "virtdesk.model.b", "virtdesk.model.a"]]

"""The layers keep to their imports (docs: ARCHITECTURE.md): only the model talks to libvirt and SSH, so no module
of gui/ imports libvirt or paramiko; xmlconf/ and osinfo/ need neither libvirt nor Qt; remote/ (SSH) needs neither and
knows nothing of the layers above it; the model needs no widgets; the console's protocol modules (console/rfb*.py)
need neither Qt nor libvirt nor the model.
Every import counts: at the top, inside functions and classes, under `if TYPE_CHECKING`, and by importlib.
And the gui builds no LiveChange itself: the model makes them (model/domain_live.py), with the libvirt call."""

from __future__ import annotations

import ast
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2] / "virtdesk"
LIBVIRT = ("libvirt", "libvirtmod", "libvirt_qemu", "libvirt_lxc", "libvirtmod_qemu", "libvirtmod_lxc")
QT = ("PySide6", "shiboken6")
UPPER = ("virtdesk.model", "virtdesk.remote", "virtdesk.console", "virtdesk.gui", "virtdesk.app")
FORBIDDEN = {
    "gui": (*LIBVIRT, "paramiko"),
    "xmlconf": (*LIBVIRT, "paramiko", *QT, *UPPER),
    "osinfo": (*LIBVIRT, "paramiko", *QT, *UPPER),
    "model": ("PySide6.QtWidgets", "virtdesk.gui"),
    "remote": (*LIBVIRT, *QT, "virtdesk.model", "virtdesk.gui", "virtdesk.app"),
    "console": ("virtdesk.gui", "virtdesk.app"),
}
# console/ will hold Qt widgets too; its protocol modules (the VNC client) need neither Qt nor libvirt.
FORBIDDEN_IN_FILES = {"console/rfb*.py": (*LIBVIRT, "paramiko", *QT, "virtdesk.model", "virtdesk.gui", "virtdesk.app")}


def imported(source: str) -> list[tuple[int, str]]:
    """(line, module) of every absolute import in the source, wherever it stands."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found += [(node.lineno, node.module)] + [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) \
                and isinstance(node.args[0].value, str):
            function = node.func
            name = function.id if isinstance(function, ast.Name) else \
                function.attr if isinstance(function, ast.Attribute) else ""
            if name in ("__import__", "import_module"):
                found.append((node.lineno, node.args[0].value))
    return found


def forbidden_imports(source: str, forbidden: tuple[str, ...]) -> list[str]:
    return sorted({f"line {line}: {module}" for line, module in imported(source)
                   if any(module == f or module.startswith(f + ".") for f in forbidden)})


def live_changes_built(source: str) -> list[str]:
    """Where the source builds a LiveChange (or a PasswordChange) itself."""
    built = ("LiveChange", "PasswordChange")
    return [f"line {node.lineno}" for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Call)
            and (getattr(node.func, "id", None) or getattr(node.func, "attr", None)) in built]


def found_in_tree(directory: Path, check: Callable[[str], list[str]]) -> dict[str, list[str]]:
    """{file: what check finds in it} for the Python files under directory."""
    found = {}
    for path in sorted(directory.rglob("*.py")):
        bad = check(path.read_text(encoding="utf-8"))
        if bad:
            found[str(path.relative_to(directory))] = bad
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    assert (ROOT / layer).is_dir()
    assert found_in_tree(ROOT / layer, partial(forbidden_imports, forbidden=FORBIDDEN[layer])) == {}


@pytest.mark.parametrize("pattern", sorted(FORBIDDEN_IN_FILES))
def test_protocol_modules_import_only_what_they_may(pattern: str) -> None:
    paths = sorted(ROOT.glob(pattern))
    assert paths
    found = {str(path.relative_to(ROOT)): forbidden_imports(path.read_text(encoding="utf-8"),
                                                            FORBIDDEN_IN_FILES[pattern]) for path in paths}
    assert {name: bad for name, bad in found.items() if bad} == {}


def test_the_gui_builds_no_live_change_itself() -> None:
    assert found_in_tree(ROOT / "gui", live_changes_built) == {}


def test_the_check_finds_a_live_change_built_in_the_gui() -> None:
    assert live_changes_built("change = LiveChange('Pin', lambda dom: dom.pinEmulator(m, 1))") == ["line 1"]
    assert live_changes_built("x = [\n  domain_config.PasswordChange('p', None)]") == ["line 2"]
    assert live_changes_built("changes: list[LiveChange] = [domain_live.set_vcpus('v', 2)]") == []


CAUGHT = {
    "import libvirt": "line 1: libvirt",
    "import os, paramiko.client": "line 1: paramiko.client",
    "import libvirt as lv": "line 1: libvirt",
    "from libvirt import virDomain": "line 1: libvirt",
    "import libvirt_qemu": "line 1: libvirt_qemu",
    "def f():\n    import libvirt\n": "line 2: libvirt",
    "class C:\n    def m(self):\n        from paramiko import SSHClient\n": "line 3: paramiko",
    "try:\n    import libvirt\nexcept ImportError:\n    libvirt = None\n": "line 2: libvirt",
    "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import libvirt\n": "line 3: libvirt",
    "import importlib\nmod = importlib.import_module('libvirt')\n": "line 2: libvirt",
    "mod = __import__('paramiko')": "line 1: paramiko",
    "f = lambda: __import__('libvirt').open('test:///default')": "line 1: libvirt",
}
PASSED = ("import libvirtish", "from virtdesk.model import node", "text = 'import libvirt'", "# import libvirt",
          "from .libvirt import names", "from . import paramiko", "import paramikos")


@pytest.mark.parametrize("source", sorted(CAUGHT))
def test_the_check_finds_every_kind_of_import(source: str) -> None:
    assert CAUGHT[source] in forbidden_imports(source, FORBIDDEN["gui"])


@pytest.mark.parametrize("source", PASSED)
def test_the_check_passes_what_is_no_import_of_them(source: str) -> None:
    assert forbidden_imports(source, FORBIDDEN["gui"]) == []


def test_the_check_finds_a_forbidden_import_deep_in_a_tree(tmp_path: Path) -> None:
    package = tmp_path / "details" / "pages"
    package.mkdir(parents=True)
    (package / "clean.py").write_text("from virtdesk.model import domain_live\n", encoding="utf-8")
    (package / "sneaky.py").write_text("def work(conn):\n    from PySide6.QtCore import QObject\n"
                                       "    import libvirt\n    return libvirt.VIR_DOMAIN_AFFECT_LIVE\n",
                                       encoding="utf-8")
    assert found_in_tree(tmp_path, partial(forbidden_imports, forbidden=FORBIDDEN["gui"])) == {
        "details/pages/sneaky.py": ["line 3: libvirt"]}
    assert found_in_tree(tmp_path, partial(forbidden_imports, forbidden=FORBIDDEN["xmlconf"])) == {
        "details/pages/clean.py": ["line 1: virtdesk.model", "line 1: virtdesk.model.domain_live"],
        "details/pages/sneaky.py": ["line 2: PySide6.QtCore", "line 2: PySide6.QtCore.QObject", "line 3: libvirt"]}

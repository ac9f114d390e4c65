"""The real program started as a user would: `virtdesk --connect ... --screenshot FILE`."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from testhosts import RUNNING, domain_xml, write_host

from virtdesk.app import Application
from virtdesk.gui.details import pages as details_pages
from virtdesk.gui.details.pages.performance import PerformancePage
from virtdesk.startup import parse_args

pytestmark = pytest.mark.gui


def run(*args: str, tmp_path) -> subprocess.CompletedProcess:
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "virtdesk", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_screenshot_of_the_demo_host(tmp_path):
    out = tmp_path / "manager.png"
    result = run("--connect", "demo", "--screenshot", str(out), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() >= 600 and image.height() >= 400


def test_screenshot_of_a_details_window(tmp_path):
    uri = write_host(tmp_path, domain_xml("cli-vm", RUNNING, title="From the command line"))
    out = tmp_path / "details.png"
    result = run("--connect", uri, "--show-domain-editor", "cli-vm", "--screenshot", str(out), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert not QImage(str(out)).isNull()


def test_unreachable_host_exits_non_zero_with_the_reason(tmp_path):
    out = tmp_path / "x.png"
    result = run("--connect", f"test://{tmp_path}/missing.xml", "--screenshot", str(out), tmp_path=tmp_path)
    assert result.returncode == 1
    assert "missing.xml" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_vm_name_is_an_error(tmp_path):
    uri = write_host(tmp_path, domain_xml("present"))
    result = run("--connect", uri, "--show-domain-editor", "absent", "--screenshot", str(tmp_path / "x.png"),
                 tmp_path=tmp_path)
    assert result.returncode == 1
    assert "No VM named absent" in result.stderr


def test_console_window_is_rendered(tmp_path):
    out = tmp_path / "console.png"
    result = run("--connect", "demo", "--show-domain-console", "db-primary", "--screenshot", str(out),
                 tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert not image.isNull() and image.width() >= 600
    assert "--show-domain-console" in run("--help", tmp_path=tmp_path).stdout


def test_new_vm_wizard_is_rendered(tmp_path):
    out = tmp_path / "creator.png"
    result = run("--connect", "demo", "--show-domain-creator", "--screenshot", str(out), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert not image.isNull() and image.width() >= 600
    assert "--show-domain-creator" in run("--help", tmp_path=tmp_path).stdout


def test_performance_page_of_a_vm(tmp_path):
    uri = write_host(tmp_path, domain_xml("busy-vm", RUNNING))
    out = tmp_path / "performance.png"
    result = run("--connect", uri, "--show-domain-performance", "busy-vm", "--screenshot", str(out),
                 tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert not QImage(str(out)).isNull()


def test_version_is_the_installed_one(tmp_path):
    result = run("--version", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    pyproject = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())
    assert result.stdout == f"virtdesk {pyproject['project']['version']}\n"


def test_an_error_in_the_screenshot_step_ends_the_run(tmp_path):
    """An exception raised there once stopped the checks for loaded windows: the program ran on without a window
    until killed (the Debian package lacked pyte, imported by the first check)."""
    broken = "import sys; from virtdesk import app; app.Application.windows = lambda self: 1 / 0; " \
             "from virtdesk.startup import main; sys.exit(main())"
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", broken, "--connect", "demo", "--screenshot",
                             str(tmp_path / "x.png")], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 1
    assert "ZeroDivisionError" in result.stderr


def test_start_up_loads_no_console_window_code(tmp_path):
    """The console windows and their terminal emulator (pyte) load when a console is first opened."""
    probe = "import sys; from virtdesk.startup import main; code = main(); " \
            "print(sorted({'pyte', 'virtdesk.gui.console_window'} & set(sys.modules))); sys.exit(code)"
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", probe, "--connect", "demo", "--screenshot",
                             str(tmp_path / "x.png")], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"


def test_a_details_window_is_loading_until_its_page_is_shown(qtbot, tmp_path, monkeypatch):
    """--screenshot saves once nothing is loading: a details window is loading until its page list is filled and
    the page asked for is built and shown (it used to count as loaded once its config was read, so a screenshot
    caught an empty window while the pages' modules were still being imported)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    held: list[tuple] = []  # the page imports, held until the config has been read
    load_in_turns = details_pages.load_in_turns
    monkeypatch.setattr(details_pages, "load_in_turns", lambda *args: held.append(args))
    uri = write_host(tmp_path, domain_xml("busy-vm", RUNNING))
    application = Application(parse_args(["--connect", uri, "--show-domain-performance", "busy-vm"]))
    application.start()
    qtbot.addWidget(application.window)
    try:
        qtbot.waitUntil(lambda: bool(application.registry.details), timeout=20000)
        window = next(iter(application.registry.details.values()))
        qtbot.waitUntil(lambda: window.config.persistent is not None, timeout=20000)
        assert held and application.loading()
        load_in_turns(*held.pop())
        qtbot.waitUntil(lambda: not application.loading(), timeout=20000)
        slot = window.current_slot()
        assert slot is not None and slot.built and slot.cls is PerformancePage
        assert window.stack.currentWidget() is slot.tabs
    finally:
        application.registry.close_all()
        application.shutdown()

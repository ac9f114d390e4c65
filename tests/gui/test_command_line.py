"""The real program started as a user would: `virtdesk --connect ... --screenshot FILE`."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage
from testhosts import RUNNING, domain_xml, write_host

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

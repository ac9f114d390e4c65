"""Help → About: the versions of virtdesk, the libvirt library, the selected connection's daemon, Qt, PySide6 and
Python, read by the model (the daemon's over the connection), for a connection selected or none."""

from __future__ import annotations

import platform

import libvirt
import PySide6
import pytest
from PySide6.QtCore import qVersion
from testhosts import domain_xml, write_host

from virtdesk.gui.about_dialog import AboutDialog
from virtdesk.model.host_overview import format_version
from virtdesk.model.versions import program_version

pytestmark = pytest.mark.gui


def opened_about(qtbot, manager) -> AboutDialog:
    manager.window.about_action.trigger()
    dialog = manager.window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    return dialog


def test_about_shows_every_version_with_the_selected_connections_daemon(qtbot, manager, tmp_path):
    connection = manager.connect(write_host(tmp_path, domain_xml("about-vm")))
    qtbot.waitUntil(lambda: connection.find_domain("about-vm") is not None, timeout=5000)
    manager.window.select_domains([connection.find_domain("about-vm")])
    assert manager.window.selected_connection() is connection
    dialog = opened_about(qtbot, manager)
    texts = {name: label.text() for name, label in dialog.labels.items()}
    library = format_version(libvirt.getVersion())
    assert texts == {
        "virtdesk": program_version() or "unknown (not installed)", "library": library,
        "daemon": f"{connection.label}: {library} (the test driver, inside virtdesk)",
        "qt": qVersion(), "pyside": PySide6.__version__, "python": platform.python_version()}
    assert texts["virtdesk"] == "0.1.0"  # the checkout's egg-info
    qtbot.wait(50)  # the layout takes in the texts read
    dialog.grab().save(str(tmp_path / "about.png"))
    dialog.reject()
    assert not dialog.isVisible()


def test_about_without_a_selected_connection_says_so(qtbot, manager):
    dialog = opened_about(qtbot, manager)
    assert dialog.labels["daemon"].text() == "No connection is selected."
    assert dialog.labels["python"].text() == platform.python_version()

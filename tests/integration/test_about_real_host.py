"""Help → About on the rig's real session daemon: the daemon's libvirt version, read over the connection, and which
daemon serves it."""

from __future__ import annotations

import pytest

from virtdesk.gui.about_dialog import AboutDialog
from virtdesk.model.host_overview import format_version

pytestmark = pytest.mark.integration


def test_about_names_the_daemon_and_its_version(qtbot, session_conn, virtdesk_connection):
    dialog = AboutDialog(virtdesk_connection)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading and "(" in dialog.labels["daemon"].text(), timeout=20000)
    version = format_version(session_conn.getLibVersion())
    assert dialog.labels["daemon"].text() == f"{virtdesk_connection.label}: {version} (libvirtd)"

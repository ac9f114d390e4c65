"""Opening a details window (of a VM, or of a host) on a test host, for the details tests."""

from __future__ import annotations

import libvirt

from virtdesk import xmlconf
from virtdesk.gui.details.window import DetailsWindow
from virtdesk.gui.host_details.window import HostDetailsWindow
from virtdesk.model.connection import Connection, ConnectionState
from virtdesk.model.preferences import Preferences


def open_connection(qtbot, uri: str, **options) -> Connection:
    connection = Connection(uri, **options)
    connection.open()
    qtbot.waitUntil(lambda: connection.state is not ConnectionState.CONNECTING, timeout=20000)
    assert connection.state is ConnectionState.ACTIVE, connection.error
    qtbot.waitUntil(lambda: connection.loaded, timeout=20000)
    return connection


def open_details(qtbot, connection: Connection, name: str, sampler=None) -> DetailsWindow:
    domain = connection.find_domain(name)
    assert domain is not None, name
    window = DetailsWindow(domain, Preferences(), sampler)
    qtbot.addWidget(window)
    window.resize(960, 640)
    window.show()
    qtbot.waitUntil(lambda: bool(window.slots), timeout=10000)
    return window


def judged(qtbot, window: DetailsWindow, task, timeout: int = 10000):
    """Waits until the local schema judged what apply_current sent (on a worker): the task failed or ended, or the
    XML edit's diff dialog is open; returns the task."""
    assert task is not None
    qtbot.waitUntil(lambda: task.done or (window.diff_dialog is not None and window.diff_dialog.isVisible()),
                    timeout=timeout)
    return task


def reloaded(qtbot, window: DetailsWindow, task) -> None:
    """Waits until an apply task finished and the window rebuilt its pages from the new config."""
    assert task is not None
    with qtbot.waitSignal(window.config.loaded, timeout=10000):
        pass


def saved_passwords(qtbot, connection, name: str) -> list[str | None]:
    """The graphics passwords of the saved config, read as only the model does (VIR_DOMAIN_XML_SECURE)."""
    task = connection.call(lambda conn: conn.lookupByName(name).XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE
                                                                        | libvirt.VIR_DOMAIN_XML_SECURE))
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    return [g.passwd for g in xmlconf.load(task.result).devices.graphics]


def open_host_details(qtbot, connection: Connection, tab: str = "", interval_ms: int = 1000,
                      timeout: int = 30000) -> HostDetailsWindow:
    """The connection's Host Details window, shown (on the page attribute tab names) once it read what it
    shows."""
    window = HostDetailsWindow(connection, interval_ms)
    qtbot.addWidget(window)
    window.show()
    if tab:
        window.tabs.setCurrentWidget(getattr(window, tab))
    qtbot.waitUntil(lambda: not window.loading, timeout=timeout)
    return window

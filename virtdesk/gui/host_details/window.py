"""The Host Details window of one connection: an Overview tab (what the host is, its live CPU and memory use) and
a Storage tab (pools and their volumes). While the connection is not active it says so instead of showing what
was read before."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent, QHideEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from virtdesk.gui.host_details.devices_page import DevicesPage
from virtdesk.gui.host_details.host_objects_page import HostObjectsPage
from virtdesk.gui.host_details.networks_page import NetworksPage
from virtdesk.gui.host_details.overview_page import OverviewPage
from virtdesk.gui.host_details.storage_page import StoragePage
from virtdesk.gui.shortcuts import add_close_shortcut
from virtdesk.gui.tones import Tone, banner_style
from virtdesk.model.catalogue import Kind
from virtdesk.model.connection import Connection, ConnectionState


class HostDetailsWindow(QMainWindow):
    def __init__(self, connection: Connection, interval_ms: int = 2000) -> None:
        super().__init__()
        self.connection = connection
        self.removed = False
        self.setObjectName("host-details-window")
        self.resize(980, 680)
        self.banner = QLabel()
        self.banner.setObjectName("host-details-banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(banner_style(Tone.WARNING, 12))
        self.overview = OverviewPage(connection, interval_ms)
        self.storage = StoragePage(connection)
        self.networks = NetworksPage(connection)
        self.devices = DevicesPage(connection)
        self.interfaces = HostObjectsPage(connection, Kind.INTERFACES)
        self.secrets = HostObjectsPage(connection, Kind.SECRETS)
        self.nwfilters = HostObjectsPage(connection, Kind.NWFILTERS)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("host-details-tabs")
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.storage, self.tr("Storage"))
        self.tabs.addTab(self.networks, self.tr("Virtual Networks"))
        self.tabs.addTab(self.devices, self.tr("Host Devices"))
        self.tabs.addTab(self.interfaces, self.tr("Interfaces"))
        self.tabs.addTab(self.secrets, self.tr("Secrets"))
        self.tabs.addTab(self.nwfilters, self.tr("Network Filters"))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addStretch(0)
        self.setCentralWidget(central)
        add_close_shortcut(self)
        connection.state_changed.connect(self._state_changed)
        self._was_active = False
        self._state_changed()

    def _state_changed(self) -> None:
        connection = self.connection
        self.setWindowTitle(self.tr("{host} — Host Details").format(host=connection.label))
        active = connection.is_active and not self.removed
        if active and not self._was_active:
            self.overview.reload()
            if self.isVisible():
                self.overview.start_sampling()
        elif not active and self._was_active:
            self.overview.stop_sampling()
            self.overview.clear()
        self._was_active = active
        self.tabs.setVisible(active)
        self.banner.setVisible(not active or not connection.responding)
        if active and not connection.responding:
            self.banner.setText(self.tr("{host} is not answering: what the tabs show may be out of date, and "
                                        "actions wait for it.").format(host=connection.label))
        if self.removed:
            self.banner.setText(self.tr("The connection to {host} was removed: there is nothing to show. Close this "
                                        "window.").format(host=connection.label))
        elif connection.state is ConnectionState.CONNECTING:
            self.banner.setText(self.tr("Connecting to {host}…").format(host=connection.label))
        elif not active:
            why = connection.error if connection.state is ConnectionState.ERROR else ""
            text = self.tr("Not connected to {host}: {why}").format(host=connection.label, why=why) if why else \
                self.tr("Not connected to {host}.").format(host=connection.label)
            self.banner.setText(text + " " + self.tr("The host's details show again once it is connected."))

    def connection_removed(self) -> None:
        """The connection left the list (it will not come back)."""
        if self.removed:
            return
        self.removed = True
        self.connection.state_changed.disconnect(self._state_changed)
        self._state_changed()

    @property
    def loading(self) -> bool:
        """Whether what the window shows is still being read (for --screenshot)."""
        if not self.connection.is_active or self.removed:
            return False
        return self.overview.loading or self.storage.loading or self.devices.loading or self.interfaces.loading \
            or self.secrets.loading or self.nwfilters.loading or self.networks.loading

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._was_active:
            self.overview.start_sampling()

    def hideEvent(self, event: QHideEvent) -> None:
        self.overview.stop_sampling()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.overview.stop_sampling()
        super().closeEvent(event)

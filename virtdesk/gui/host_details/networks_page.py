"""The Host Details Virtual Networks tab: the host's networks with their kind, bridge, subnets, DHCP ranges and the
VMs using each; actions that add, start, stop, autostart and delete them; the selected network's DHCP leases and its
saved definition as XML to edit. Its layout is ui/host_details_networks.ui."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from virtdesk import xmlconf
from virtdesk.gui.accessible import name_after
from virtdesk.gui.details.xml_editor import XmlEditor
from virtdesk.gui.forms import load_form
from virtdesk.gui.host_details.action_outcome import ActionOutcome
from virtdesk.gui.host_details.add_network_wizard import AddNetworkWizard
from virtdesk.gui.host_details.lease_table_model import LeaseColumn, LeaseTableModel
from virtdesk.gui.host_details.network_list_model import NETWORK_ROLE, NetworkColumn, NetworkListModel
from virtdesk.gui.tones import Tone, tone_style
from virtdesk.model import network_actions
from virtdesk.model.connection import Connection
from virtdesk.model.errors import describe
from virtdesk.model.network import Network
from virtdesk.model.network_actions import Lease
from virtdesk.model.network_users import NetworkUsage
from virtdesk.model.worker import Task


class NetworksPage(QWidget):
    LEASES_INTERVAL_MS = 30_000  # leases change rarely; the button reads them at once

    def __init__(self, connection: Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connection = connection
        self.catalogue = connection.catalogue
        self._wanted = ""  # a network to select once the list has it (one just created)
        self._shown = ""  # the network whose leases and definition the tabs show
        self._leases_read: Task | None = None
        self._leases_of: tuple[str, bool] | None = None  # (name, active) of the network the leases were asked for
        self._definition_read: Task | None = None
        self._definition_of: tuple[str, str] | None = None  # (name, catalogue XML) the editor's text was read for
        form = load_form("host_details_networks", self)
        self.network_list = form.child(QTreeView, "network_list")
        name_after(self.network_list, form.child(QLabel, "networks_title"))
        self.outcome = ActionOutcome(form.child(QLabel, "outcome_label"), self)
        self.outcome.changed.connect(self._update_actions)
        self.add_button = form.child(QPushButton, "add_button")
        self.start_button = form.child(QPushButton, "start_button")
        self.stop_button = form.child(QPushButton, "stop_button")
        self.delete_button = form.child(QPushButton, "delete_button")
        self.autostart_check = form.child(QCheckBox, "autostart_check")
        self.details_tabs = form.child(QTabWidget, "details_tabs")
        self.lease_table = form.child(QTableView, "lease_table")
        leases_tab = self.details_tabs.indexOf(form.child(QWidget, "leases_tab"))
        name_after(self.lease_table, self.details_tabs.tabText(leases_tab))
        self.leases_note = form.child(QLabel, "leases_note")
        self.leases_refresh_button = form.child(QPushButton, "leases_refresh_button")
        self.xml_note = form.child(QLabel, "xml_note")
        self.xml_apply_button = form.child(QPushButton, "xml_apply_button")
        self.xml_revert_button = form.child(QPushButton, "xml_revert_button")
        splitter = form.child(QSplitter, "splitter")
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([300, 300])

        self.networks = NetworkListModel(self.catalogue, self)
        self.network_list.setModel(self.networks)
        header = self.network_list.header()
        header.setStretchLastSection(True)
        for column, width in ((NetworkColumn.NAME, 130), (NetworkColumn.STATE, 65), (NetworkColumn.AUTOSTART, 70),
                              (NetworkColumn.KIND, 150), (NetworkColumn.BRIDGE, 110), (NetworkColumn.IPV4, 125),
                              (NetworkColumn.IPV4_DHCP, 200), (NetworkColumn.IPV6, 170),
                              (NetworkColumn.IPV6_DHCP, 200)):
            header.resizeSection(column, width)
        self.network_list.selectionModel().selectionChanged.connect(self._network_selected)
        self.networks.modelReset.connect(self._networks_reset)
        self.networks.dataChanged.connect(self._networks_updated)
        self.usage = NetworkUsage(connection, self)
        self.usage.changed.connect(self._users_changed)

        self.leases = LeaseTableModel(self)
        self.lease_table.setModel(self.leases)
        self.lease_table.verticalHeader().hide()
        self.lease_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        lease_header = self.lease_table.horizontalHeader()
        for column, width in ((LeaseColumn.MAC, 150), (LeaseColumn.IP, 170), (LeaseColumn.HOSTNAME, 150),
                              (LeaseColumn.CLIENT_ID, 180)):
            lease_header.resizeSection(column, width)
        lease_header.setStretchLastSection(True)
        self._leases_timer = QTimer(self)
        self._leases_timer.setInterval(self.LEASES_INTERVAL_MS)
        self._leases_timer.timeout.connect(self.refresh_leases)
        self.leases_refresh_button.clicked.connect(self.refresh_leases)

        self.xml = XmlEditor()
        holder = form.child(QWidget, "xml_holder")
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.xml)
        self.xml.edit.textChanged.connect(self._update_xml_buttons)
        self.xml_apply_button.clicked.connect(self.apply_xml)
        self.xml_revert_button.clicked.connect(self._revert_xml)

        self.add_button.clicked.connect(self.add_network)
        self.start_button.clicked.connect(lambda: self._act(network_actions.start_network, self.tr("Started {name}."),
                                                            self.tr("Could not start {name}: {error}")))
        self.stop_button.clicked.connect(lambda: self._act(network_actions.stop_network, self.tr("Stopped {name}."),
                                                           self.tr("Could not stop {name}: {error}")))
        self.delete_button.clicked.connect(self.delete_network)
        self.autostart_check.clicked.connect(self._autostart_clicked)
        connection.state_changed.connect(self._update_actions)
        self._networks_reset()

    # -- the list
    def selected_network(self) -> Network | None:
        rows = self.network_list.selectionModel().selectedRows()
        return rows[0].data(NETWORK_ROLE) if rows else None

    def select_network(self, name: str) -> bool:
        row = self.networks.network_row(name)
        if row < 0:
            return False
        self.network_list.setCurrentIndex(self.networks.index(row, 0))
        return True

    def _networks_reset(self) -> None:
        """The list was rebuilt: select the network just created, else the one that was selected, else the
        first."""
        if self._wanted and self.select_network(self._wanted):
            self._wanted = ""
        elif not (self._shown and self.select_network(self._shown)) and self.networks.networks:
            self.select_network(self.networks.networks[0].name)
        if self.selected_network() is None:  # else the selection's change showed it
            self._show_selected()

    def _networks_updated(self, *_args: object) -> None:
        self._update_actions()
        network = self.selected_network()
        if network is None:
            return
        if (network.name, network.xml) != self._definition_of and not self.xml.is_edited():
            self._read_definition(network)
        if (network.name, network.active) != self._leases_of:
            self._show_leases(network)

    def _network_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        network = self.selected_network()
        self._update_actions()
        if network is None:
            self._shown = ""
            self._definition_of = self._leases_of = None
            self.leases.set_leases([])
            self.xml.load("")
            self.xml_note.setText(self.tr("No network is selected.") if self.networks.networks
                                  else self.tr("This host has no virtual networks."))
            self.leases_note.setText(self.xml_note.text())
            self._update_xml_buttons()
            return
        if network.name == self._shown:  # the same network again, once the list was rebuilt: edits stay
            self._networks_updated()
            return
        self._shown = network.name
        self.xml.load("")  # another network: its own definition replaces what was typed for the one before
        self._read_definition(network)
        self._show_leases(network)

    def _users_changed(self) -> None:
        self.networks.set_users(self.usage.users)
        self._update_actions()

    def _update_actions(self) -> None:
        network = self.selected_network()
        connected = self.connection.is_active
        self.add_button.setEnabled(connected)
        busy = network is not None and self.outcome.busy(network.name)
        usable = network is not None and not busy and connected
        self.start_button.setEnabled(usable and not network.active)
        self.stop_button.setEnabled(usable and network.active)
        self.delete_button.setEnabled(usable and self.usage.read)
        self.autostart_check.setEnabled(usable and network.persistent)
        self.autostart_check.setChecked(network is not None and network.autostart)
        self._update_xml_buttons()

    # -- actions
    def _act(self, action: Callable[[Connection, str], Task], done: str, failed: str) -> Task | None:
        network = self.selected_network()
        if network is None:
            return None
        return self.outcome.run(network.name, action(self.connection, network.name), done, failed)

    def _autostart_clicked(self, checked: bool) -> Task | None:
        network = self.selected_network()
        if network is None:
            return None
        return self.outcome.run_autostart(
            network.name, network_actions.set_network_autostart(self.connection, network.name, checked), checked)

    def delete_network(self) -> QMessageBox | None:
        """Asks first, naming the network and the VMs using it (Cancel is the default), then deletes it."""
        network = self.selected_network()
        if network is None:
            return None
        name = network.name
        users = self.usage.of(name)
        text = self.tr("Delete the network {name}? It is stopped first, and its definition is removed.").format(
            name=name)
        if users:
            text += "\n\n" + self.tr("These VMs use it and lose their network connection: {vms}. Their "
                                     "configurations still name {name}.").format(vms=", ".join(users), name=name)
        else:
            text += "\n\n" + self.tr("No VM uses it.")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete Network"), text,
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("confirm-delete-network")
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.finished.connect(lambda _r: box.clickedButton() is delete and self.outcome.run(
            name, network_actions.delete_network(self.connection, name), self.tr("Deleted {name}."),
            self.tr("Could not delete {name}: {error}")))
        box.open()
        return box

    def add_network(self) -> AddNetworkWizard:
        wizard = AddNetworkWizard(self.connection, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.created.connect(self._created)
        wizard.open()
        return wizard

    def _created(self, name: str) -> None:
        self.outcome.show(self.tr("Created {name}.").format(name=name))
        if not self.select_network(name):
            self._wanted = name

    # -- DHCP leases
    def _show_leases(self, network: Network) -> None:
        """Reads the leases of a network that has them, else says why there are none."""
        self._leases_of = (network.name, network.active)
        self.leases.set_leases([])
        facts = self.networks.facts_of(network)
        served = network.active and facts.kind is not None and facts.kind.has_addresses
        self.leases_refresh_button.setEnabled(served and self.connection.is_active)
        if not network.active:
            self._leases_note(self.tr("The network is not active: start it to see its DHCP leases."))
        elif not served:
            self._leases_note(self.tr("libvirt runs no DHCP server on this network: its guests get their addresses "
                                      "from the network they are bridged to."))
        else:
            self.refresh_leases()

    def refresh_leases(self) -> Task | None:
        network = self.selected_network()
        if network is None or not self.leases_refresh_button.isEnabled():
            return None
        name = network.name
        task = self._leases_read = network_actions.read_leases(self.connection, name)
        if not self.leases.leases:
            self._leases_note(self.tr("Reading the DHCP leases…"))
        task.then(lambda leases: self._leases_arrived(task, name, leases),
                  lambda exc: self._leases_failed(task, name, exc), owner=self)
        return task

    def _current_lease_read(self, task: Task, name: str) -> bool:
        network = self.selected_network()
        return task is self._leases_read and network is not None and network.name == name

    def _leases_arrived(self, task: Task, name: str, leases: list[Lease] | None) -> None:
        if not self._current_lease_read(task, name):
            return
        if leases is None:
            self.leases.set_leases([])
            self._leases_note(self.tr("DHCP leases: not reported by this host"))
            return
        self.leases.set_leases(leases)
        self._leases_note(self.tr("%n lease(s)", "", len(leases)) if leases else self.tr("No DHCP leases."))

    def _leases_failed(self, task: Task, name: str, exc: BaseException) -> None:
        if self._current_lease_read(task, name):
            self.leases.set_leases([])
            self._leases_note(self.tr("Could not read the DHCP leases: {error}").format(error=describe(exc)),
                              error=True)

    def _leases_note(self, text: str, error: bool = False) -> None:
        self.leases_note.setStyleSheet(tone_style(Tone.ERROR) if error else "")
        self.leases_note.setText(text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._leases_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._leases_timer.stop()
        super().hideEvent(event)

    # -- the XML of the saved definition
    def _read_definition(self, network: Network) -> None:
        source = (network.name, network.xml)
        self._definition_of = source
        task = self._definition_read = network_actions.read_definition(self.connection, network.name)
        task.then(lambda xml: self._definition_arrived(task, source, xml),
                  lambda exc: self._definition_failed(task, exc), owner=self)

    def _definition_arrived(self, task: Task, source: tuple[str, str], xml: str) -> None:
        network = self.selected_network()
        if task is not self._definition_read or network is None or network.name != source[0]:
            return
        if self.xml.is_edited():
            return  # typed while it was read: the user's text stays
        self.xml.load(xml)
        self._update_xml_buttons()

    def _show_xml_note(self, network: Network) -> None:
        if not network.persistent:
            self.xml_note.setText(self.tr("This network is transient: it has no saved definition to change."))
        elif network.active:
            self.xml_note.setText(self.tr("The saved definition; the running network takes a change once it is "
                                          "started again."))
        else:
            self.xml_note.setText(self.tr("The saved definition."))

    def _definition_failed(self, task: Task, exc: BaseException) -> None:
        if task is self._definition_read:
            self.xml.show_message(self.tr("Could not read the definition: {error}").format(error=describe(exc)))

    def _update_xml_buttons(self) -> None:
        network = self.selected_network()
        if network is not None:
            self._show_xml_note(network)
        editable = network is not None and network.persistent and self.connection.is_active
        edited = self.xml.is_edited()
        self.xml.edit.setReadOnly(not editable)
        self.xml_apply_button.setEnabled(editable and edited and not self.outcome.busy(network.name))
        self.xml_revert_button.setEnabled(edited)

    def _revert_xml(self) -> None:
        network = self.selected_network()
        if network is not None:
            self.xml.load("")
            self._read_definition(network)

    def edited_definition(self, network: Network) -> xmlconf.Network:
        """The edited text as the network's new definition; XMLConfError says why it cannot be."""
        document = xmlconf.load(self.xml.text())
        if not isinstance(document, xmlconf.Network):
            raise xmlconf.XMLConfError(self.tr("The XML must be a <network> document."))
        if document.name != network.name:
            raise xmlconf.XMLConfError(self.tr("The network's name cannot be changed here: keep "
                                               "<name>{name}</name>.").format(name=network.name))
        if document.uuid is None:
            document.uuid = network.uuid
        elif document.uuid.lower() != network.uuid.lower():
            raise xmlconf.XMLConfError(self.tr("The network's UUID cannot be changed here: keep "
                                               "<uuid>{uuid}</uuid>.").format(uuid=network.uuid))
        return document

    def apply_xml(self) -> Task | None:
        """Saves the edited definition; on any error the text stays as typed, with the reason under it."""
        network = self.selected_network()
        if network is None:
            return None
        try:
            document = self.edited_definition(network)
        except xmlconf.XMLConfError as exc:
            self.xml.show_message(str(exc))
            return None
        self.xml.show_message("")
        task = self.outcome.run(network.name, network_actions.define_network(self.connection, document),
                                self.tr("Saved the definition of {name}."), self.tr("Not saved: {error}"))
        task.then(lambda _name: self.xml.load(self.xml.text()),  # the saved text, until the catalogue's comes
                  lambda exc: self.xml.show_message(self.tr("Not saved: {error}").format(error=describe(exc))),
                  owner=self)
        return task

    @property
    def loading(self) -> bool:
        """Whether the VMs using the networks, or the selected network's definition or leases, are still being
        read."""
        reads = (self._definition_read, self._leases_read)
        return not self.usage.read or any(task is not None and not task.done for task in reads)

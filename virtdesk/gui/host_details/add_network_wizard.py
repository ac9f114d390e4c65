"""The Add Network wizard: the network's name and mode (NAT, routed, isolated, open, a host bridge, Open vSwitch,
macvtap, an SR-IOV VF pool), its IPv4 and IPv6 subnets with DHCP ranges and static hosts, its DNS, and a summary
with the XML it defines. Every field is checked as it is typed, with the reason beside it; Finish defines and starts
the network. libvirt's refusal is shown as it says it and the wizard stays open with everything typed; a network
that does not start is removed again unless the user keeps it. The pages' layouts are ui/add_network_*.ui."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
    QWizard,
    QWizardPage,
)

from virtdesk import xmlconf
from virtdesk.gui.details.xml_editor import XmlHighlighter
from virtdesk.gui.forms import load_form
from virtdesk.model.catalogue import HostInterface, Kind
from virtdesk.model.connection import Connection
from virtdesk.model.errors import describe
from virtdesk.model.network_actions import NetworkKind, undefine_network
from virtdesk.model.network_creation import (
    AddressPlan,
    HostDevices,
    HostNetworks,
    NetworkPlan,
    PortgroupPlan,
    StartFailed,
    StaticHost,
    build_network,
    create_network,
    problems,
    suggest_name,
    suggest_range,
    suggest_subnet,
)
from virtdesk.xmlconf.schema import validate

CHECKED = "yes"


class RowsEditor(QObject):
    """A table of text rows with its Add and Remove buttons; one column may be a check box (its text: "yes" or
    "")."""

    changed = Signal()

    def __init__(self, table: QTableWidget, add: QPushButton, remove: QPushButton, check_column: int = -1) -> None:
        super().__init__(table)
        self.table = table
        self.check_column = check_column
        header = table.horizontalHeader()
        for column in range(table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents if column == check_column
                                        else QHeaderView.ResizeMode.Stretch)
        table.itemChanged.connect(lambda _item: self.changed.emit())
        add.clicked.connect(lambda: self.add_row())
        remove.clicked.connect(self.remove_selected)

    def rows(self) -> list[list[str]]:
        table = self.table
        return [[self._text(table.item(row, column), column) for column in range(table.columnCount())]
                for row in range(table.rowCount())]

    def _text(self, item: QTableWidgetItem | None, column: int) -> str:
        if item is None:
            return ""
        if column == self.check_column:
            return CHECKED if item.checkState() == Qt.CheckState.Checked else ""
        return item.text()

    def add_row(self, values: Sequence[str] = ()) -> int:
        table = self.table
        row = table.rowCount()
        table.blockSignals(True)
        table.insertRow(row)
        for column in range(table.columnCount()):
            value = values[column] if column < len(values) else ""
            item = QTableWidgetItem()
            if column == self.check_column:
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                              | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Checked if value == CHECKED else Qt.CheckState.Unchecked)
            else:
                item.setText(value)
            table.setItem(row, column, item)
        table.blockSignals(False)
        self.changed.emit()
        return row

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.blockSignals(False)
        for values in rows:
            self.add_row(values)
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        self.changed.emit()


class NetworkPage(QWizardPage):
    """One page of the wizard: it writes its fields into the plan, shows the reasons of the field keys it has an
    error label for, and is complete when none of them has a reason."""

    def __init__(self, wizard: AddNetworkWizard, form_name: str) -> None:
        super().__init__()
        self.owner = wizard
        self.form = load_form(form_name, self)
        self.error_labels: dict[str, QLabel] = {}

    def error_label(self, key: str, name: str) -> QLabel:
        label = self.form.child(QLabel, name)
        label.hide()
        self.error_labels[key] = label
        return label

    def write(self, plan: NetworkPlan) -> None:
        raise NotImplementedError

    def show_problems(self, found: dict[str, str]) -> None:
        for key, label in self.error_labels.items():
            label.setText(found.get(key, ""))
            label.setVisible(key in found)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not any(key in self.owner.problems for key in self.error_labels)

    def line(self, name: str) -> QLineEdit:
        edit = self.form.child(QLineEdit, name)
        edit.textChanged.connect(self.owner.revalidate)
        return edit

    def rows(self, prefix: str, check_column: int = -1) -> RowsEditor:
        editor = RowsEditor(self.form.child(QTableWidget, f"{prefix}_table"),
                            self.form.child(QPushButton, f"{prefix}_add_button"),
                            self.form.child(QPushButton, f"{prefix}_remove_button"), check_column)
        editor.changed.connect(self.owner.revalidate)
        return editor


class KindPage(NetworkPage):
    def __init__(self, wizard: AddNetworkWizard) -> None:
        super().__init__(wizard, "add_network_kind")
        self.setTitle(self.tr("Name and mode"))
        self.setSubTitle(self.tr("What the network is called and how its guests reach the outside."))
        form = self.form
        self.fields = form.child(QFormLayout, "fields")
        self.name_edit = self.line("name_edit")
        self.kind_combo = form.child(QComboBox, "kind_combo")
        for kind in NetworkKind:
            self.kind_combo.addItem(kind.label, kind.value)
        self.kind_hint = form.child(QLabel, "kind_hint")
        self.bridge_label = form.child(QLabel, "bridge_label")
        self.bridge_combo = form.child(QComboBox, "bridge_combo")
        self.device_label = form.child(QLabel, "device_label")
        self.device_combo = form.child(QComboBox, "device_combo")
        self.interfaces_note = form.child(QLabel, "interfaces_note")
        self.vlan_edit = self.line("vlan_edit")
        self.portgroups = self.rows("portgroups", check_column=2)
        self.mtu_spin = form.child(QSpinBox, "mtu_spin")
        for combo in (self.bridge_combo, self.device_combo):
            combo.currentTextChanged.connect(self.owner.revalidate)
        self.mtu_spin.valueChanged.connect(self.owner.revalidate)
        for key, name in (("name", "name_error"), ("bridge", "bridge_error"), ("device", "device_error"),
                          ("vlan_tags", "vlan_error"), ("portgroups", "portgroups_error")):
            self.error_label(key, name)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)

    @property
    def kind(self) -> NetworkKind:
        return NetworkKind(self.kind_combo.currentData())

    def set_kind(self, kind: NetworkKind) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))

    @property
    def uses_bridge(self) -> bool:
        return self.kind.has_addresses or self.kind.uses_host_bridge

    @property
    def uses_device(self) -> bool:
        kind = self.kind
        return kind in (NetworkKind.NAT, NetworkKind.ROUTED, NetworkKind.HOSTDEV) or kind.uses_device

    def _kind_changed(self) -> None:
        kind = self.kind
        self.kind_hint.setText(self._hint(kind))
        own_bridge = kind.has_addresses
        forwards = kind in (NetworkKind.NAT, NetworkKind.ROUTED)
        device = self.uses_device
        devices = self.owner.devices
        self._offer(self.bridge_combo, devices.bridges if kind.uses_host_bridge else [], own_bridge)
        self._offer(self.device_combo, devices.devices, forwards)
        self.bridge_label.setText(self.tr("&Bridge (optional):") if own_bridge else self.tr("Host &bridge:"))
        self.bridge_combo.lineEdit().setPlaceholderText(self.tr("chosen by libvirt (virbr0, virbr1, …)")
                                                        if own_bridge else "")
        self.device_label.setText(self.tr("Forward &through (optional):") if forwards else
                                  self.tr("&PF device:") if kind is NetworkKind.HOSTDEV else self.tr("Host &device:"))
        self.device_combo.lineEdit().setPlaceholderText(self.tr("any host device") if forwards else "")
        for widget, shown in ((self.bridge_combo, self.uses_bridge), (self.device_combo, device),
                              (self.vlan_edit, kind is NetworkKind.OVS),
                              (self.form.child(QWidget, "portgroups_box"), kind is NetworkKind.OVS),
                              (self.mtu_spin, own_bridge)):
            self.fields.setRowVisible(widget, shown)
        self.fields.setRowVisible(self.interfaces_note, kind.uses_host_bridge or device)
        self.owner.revalidate()

    @staticmethod
    def _offer(combo: QComboBox, names: list[str], blank: bool) -> None:
        """The host's interfaces to choose from (the first chosen, unless the field may stay empty)."""
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(names)
        combo.setCurrentIndex(-1 if blank or not names else 0)
        if blank or not names:
            combo.setEditText("")
        combo.blockSignals(False)

    def _hint(self, kind: NetworkKind) -> str:
        return {
            NetworkKind.NAT: self.tr("Guests share the host's connection: libvirt makes a bridge with its own subnet, "
                                     "DHCP and DNS, and translates their addresses to the host's."),
            NetworkKind.ROUTED: self.tr("Guests get a subnet of their own that the host routes, without address "
                                        "translation: the rest of your network needs a route to it."),
            NetworkKind.ISOLATED: self.tr("Guests reach each other and the host only."),
            NetworkKind.OPEN: self.tr("Like routed, but libvirt adds no firewall rules: the host's own firewall "
                                      "decides."),
            NetworkKind.BRIDGE: self.tr("Guests join an existing bridge of the host, as if plugged into its LAN; "
                                        "their addresses come from that LAN."),
            NetworkKind.OVS: self.tr("Guests join an Open vSwitch bridge of the host, optionally on VLANs or in port "
                                     "groups."),
            NetworkKind.MACVTAP_BRIDGE: self.tr("Guests attach directly to a host device (macvtap) and reach each "
                                                "other; the host itself cannot reach them through it."),
            NetworkKind.VEPA: self.tr("Guests attach directly to a host device (macvtap); all their traffic goes "
                                      "through the external switch, which must reflect it (VEPA)."),
            NetworkKind.PRIVATE: self.tr("Guests attach directly to a host device (macvtap) and cannot reach each "
                                         "other."),
            NetworkKind.PASSTHROUGH: self.tr("Each guest takes a host device of its own (macvtap passthrough)."),
            NetworkKind.HOSTDEV: self.tr("Each guest gets a virtual function (VF) of the SR-IOV physical function "
                                         "named here, assigned to it directly."),
        }[kind]

    def show_interfaces(self, note: str) -> None:
        self.interfaces_note.setText(note)
        self._kind_changed()

    def write(self, plan: NetworkPlan) -> None:
        plan.name = self.name_edit.text()
        plan.kind = self.kind
        plan.bridge = self.bridge_combo.currentText() if self.uses_bridge else ""
        plan.device = self.device_combo.currentText() if self.uses_device else ""
        plan.vlan_tags = self.vlan_edit.text()
        plan.portgroups = [PortgroupPlan(name, vlan, default == CHECKED) for name, vlan, default in
                           self.portgroups.rows()]
        mtu = self.mtu_spin.value()
        plan.mtu = None if mtu == self.mtu_spin.minimum() else mtu


class AddressPage(NetworkPage):
    """The subnet of one IP version (the page is made twice: IPv4 and IPv6)."""

    def __init__(self, wizard: AddNetworkWizard, version: int) -> None:
        super().__init__(wizard, "add_network_addresses")
        self.version = version
        self.setTitle(self.tr("IPv{version} addresses").format(version=version))
        self.setSubTitle(self.tr("The subnet the host serves on this network: DHCP ranges hand out addresses, static "
                                 "hosts always get the same one."))
        form = self.form
        self.enable_check = form.child(QCheckBox, "enable_check")
        self.enable_check.setText(self.tr("&Give the network an IPv{version} subnet").format(version=version))
        self.subnet_edit = self.line("subnet_edit")
        self.subnet_edit.setPlaceholderText("192.168.100.1/24" if version == 4 else "fd00:100::1/64")
        self.ranges = self.rows("ranges")
        self.hosts = self.rows("hosts")
        hosts_hint = form.child(QLabel, "hosts_hint")
        if version == 6:
            self.hosts.table.setHorizontalHeaderItem(0, QTableWidgetItem(self.tr("DUID (optional)")))
            hosts_hint.setText(self.tr("IPv6 guests are known by their host name or DHCP unique id (DUID), not by "
                                       "their MAC address."))
        else:
            hosts_hint.hide()
        self._subnet_shown = ""
        key = f"ipv{version}"
        for field, name in (("subnet", "subnet_error"), ("ranges", "ranges_error"), ("hosts", "hosts_error")):
            self.error_label(f"{key}.{field}", name)
        self.enable_check.toggled.connect(self._enabled)
        self.subnet_edit.textChanged.connect(self._subnet_changed)
        self._enabled(self.enable_check.isChecked())

    def _enabled(self, enabled: bool) -> None:
        if enabled and not self.subnet_edit.text():
            self.subnet_edit.setText(suggest_subnet(self.owner.host, self.version))
        for widget in (self.subnet_edit, self.ranges.table, self.hosts.table,
                       *self.findChildren(QPushButton)):
            widget.setEnabled(enabled)
        self.owner.revalidate()

    def _subnet_changed(self, text: str) -> None:
        """Moves the suggested DHCP range along with the subnet, while it is the suggestion."""
        before = suggest_range(self._subnet_shown, self.version)
        self._subnet_shown = text
        rows = [tuple(row) for row in self.ranges.rows()]
        if not rows or (before is not None and rows == [before]):
            suggested = suggest_range(text, self.version)
            self.ranges.set_rows([suggested] if suggested else [])

    def write(self, plan: NetworkPlan) -> None:
        family = AddressPlan(self.version, self.enable_check.isChecked(), self.subnet_edit.text())
        family.ranges = [(start, end) for start, end in self.ranges.rows() if start.strip() or end.strip()]
        family.hosts = [StaticHost(*row) for row in self.hosts.rows() if any(cell.strip() for cell in row)]
        setattr(plan, family.key, family)


class DnsPage(NetworkPage):
    def __init__(self, wizard: AddNetworkWizard) -> None:
        super().__init__(wizard, "add_network_dns")
        self.setTitle(self.tr("DNS"))
        self.setSubTitle(self.tr("The names the network's DNS server answers for its guests, and where it asks "
                                 "for the rest."))
        self.domain_edit = self.line("domain_edit")
        self.dns = self.rows("dns")
        self.forwarders_edit = self.line("forwarders_edit")
        for key, name in (("domain", "domain_error"), ("dns_hosts", "dns_error"), ("forwarders", "forwarders_error")):
            self.error_label(key, name)

    def write(self, plan: NetworkPlan) -> None:
        plan.domain = self.domain_edit.text()
        plan.dns_hosts = [(name, ip) for name, ip in self.dns.rows() if name.strip() or ip.strip()]
        plan.forwarders = self.forwarders_edit.text()


class SummaryPage(NetworkPage):
    def __init__(self, wizard: AddNetworkWizard) -> None:
        super().__init__(wizard, "add_network_summary")
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr("Finish defines the network and starts it."))
        form = self.form
        self.summary_label = form.child(QLabel, "summary_label")
        self.xml_view = form.child(QPlainTextEdit, "xml_view")
        self.xml_view.setObjectName("network-xml")
        self.xml_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.highlighter = XmlHighlighter(self.xml_view.document())
        self.schema_label = form.child(QLabel, "schema_label")
        self.autostart_check = form.child(QCheckBox, "autostart_check")
        self.error_label_widget = form.child(QLabel, "error_label")
        self.error_label_widget.hide()
        self.network: xmlconf.Network | None = None
        self.schema_errors: list[str] | None = None

    def write(self, plan: NetworkPlan) -> None:
        """The summary adds nothing to the plan."""

    def initializePage(self) -> None:
        plan = self.owner.plan()
        self.show_error("")
        if self.owner.problems:
            self.network, self.schema_errors = None, None
            self.xml_view.setPlainText("")
            self.summary_label.setText(self.tr("Go back: a page still has a field to correct."))
            return
        self.network = build_network(plan)
        self.xml_view.setPlainText(self.network.to_xml())
        self.schema_errors = validate(self.network)
        self.summary_label.setText(self.tr("The network {name} ({kind}) on {host}:").format(
            name=plan.name.strip(), kind=plan.kind.label, host=self.owner.connection.label))
        if self.schema_errors is None:
            self.schema_label.setText(self.tr("libvirt's schemas are not installed here: the host checks the XML on "
                                              "Finish."))
        elif self.schema_errors:
            self.schema_label.setText(self.tr("libvirt's schema does not accept this network:\n{errors}").format(
                errors="\n".join(self.schema_errors[:5])))
        else:
            self.schema_label.setText(self.tr("libvirt's schema accepts this network."))
        self.completeChanged.emit()

    def show_error(self, text: str) -> None:
        self.error_label_widget.setText(text)
        self.error_label_widget.setVisible(bool(text))

    def isComplete(self) -> bool:
        return self.network is not None and not self.schema_errors and not self.owner.busy


class AddNetworkWizard(QWizard):
    """Creates a network on the connection's host; `created` gives its name once it is defined (and started, or
    kept stopped at the user's word)."""

    created = Signal(str)
    KIND, IPV4, IPV6, DNS, SUMMARY = range(5)

    def __init__(self, connection: Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connection = connection
        self.catalogue = connection.catalogue
        self.setObjectName("add-network")
        self.setWindowTitle(self.tr("Add Network — {host}").format(host=connection.label))
        self.resize(720, 600)
        self.busy = False
        self.problems: dict[str, str] = {}
        self.devices = HostDevices()
        self._interface_names: list[str] = []
        self.host = HostNetworks.of(self.catalogue.networks.values())
        self.start_question: QMessageBox | None = None
        self._ready = False
        self.kind_page = KindPage(self)
        self.ipv4_page = AddressPage(self, 4)
        self.ipv6_page = AddressPage(self, 6)
        self.dns_page = DnsPage(self)
        self.summary_page = SummaryPage(self)
        self.pages: list[NetworkPage] = [self.kind_page, self.ipv4_page, self.ipv6_page, self.dns_page,
                                         self.summary_page]
        for number, page in enumerate(self.pages):
            self.setPage(number, page)
        self.kind_page.name_edit.setText(suggest_name(self.host))
        self.ipv4_page.enable_check.setChecked(True)
        self._ready = True
        self.kind_page.show_interfaces(self.tr("Reading the host's interfaces…"))
        self.catalogue.networks_changed.connect(self._host_changed)
        self.catalogue.need(Kind.INTERFACES).then(self._interfaces_read, self._interfaces_failed, owner=self)

    # -- the host
    def _host_changed(self) -> None:
        self.host = HostNetworks.of(self.catalogue.networks.values(), self._interface_names)
        self.revalidate()

    def _interfaces_read(self, interfaces: list[HostInterface]) -> None:
        self.devices = HostDevices.of(interfaces)
        self._interface_names = [i.name for i in interfaces]
        self.kind_page.show_interfaces(self.tr("Choose one of the host's interfaces, or type a name.")
                                       if interfaces else self.tr("The host lists no interfaces: type the name."))
        self._host_changed()

    def _interfaces_failed(self, exc: BaseException) -> None:
        self.kind_page.show_interfaces(self.tr("The host does not list its interfaces ({error}): type the "
                                               "name.").format(error=describe(exc)))

    # -- the plan
    def plan(self) -> NetworkPlan:
        plan = NetworkPlan()
        for page in self.pages:
            page.write(plan)
        return plan

    def revalidate(self) -> None:
        """Checks every field again (cheap: a few addresses and names) and shows each page's reasons."""
        if not self._ready:
            return
        self.problems = problems(self.plan(), self.host)
        for page in self.pages:
            page.show_problems(self.problems)

    def nextId(self) -> int:
        current = self.currentId()
        if current == self.KIND:
            return self.IPV4 if self.kind_page.kind.has_addresses else self.SUMMARY
        return current + 1 if self.KIND < current < self.SUMMARY else -1

    # -- finishing
    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.summary_page.completeChanged.emit()
        for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            self.button(button).setEnabled(not busy)

    def accept(self) -> None:
        """Finish: defines, (autostarts) and starts the network; the wizard closes once it is made."""
        network = self.summary_page.network
        if self.busy or network is None or self.problems:
            return
        self.summary_page.show_error("")
        self._set_busy(True)
        create_network(self.connection, network, self.summary_page.autostart_check.isChecked()).then(
            self._made, self._failed, owner=self)

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    def _made(self, name: str) -> None:
        self._set_busy(False)
        self.created.emit(name)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, StartFailed):
            self._ask_keep(exc)
            return
        self._set_busy(False)
        self.summary_page.show_error(self.tr("Not created: {error}").format(error=describe(exc)))

    def _ask_keep(self, failure: StartFailed) -> None:
        """The network is defined but did not start: removed again unless the user keeps it (the default)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The Network Did Not Start"),
                          self.tr("The network {name} is defined, but it did not start:\n\n{error}\n\nRemove it "
                                  "again, or keep it defined (stopped) to start it later?").format(
                              name=failure.name, error=describe(failure.error)),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("network-start-failed")
        remove = box.addButton(self.tr("Remove It"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep It Defined"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(remove)
        box.setEscapeButton(remove)
        answered = [False]  # a list: the handler of the wizard's end must not hold the wizard
        connection = self.connection

        def gone() -> None:
            if not answered[0]:  # the window went away with the question open: the default, remove it
                undefine_network(connection, failure.name)

        def answer(_result: int) -> None:
            answered[0] = True
            self._keep_answered(failure, box.clickedButton() is keep)

        self.destroyed.connect(gone)
        box.finished.connect(answer)
        self.start_question = box
        box.open()

    def _keep_answered(self, failure: StartFailed, keep: bool) -> None:
        self.start_question = None
        if keep:
            self._made(failure.name)
            return
        reason = self.tr("Not created: the network did not start: {error}").format(error=describe(failure.error))

        def removed(_result: object) -> None:
            self._set_busy(False)
            self.summary_page.show_error(reason)

        def not_removed(exc: BaseException) -> None:
            self._set_busy(False)
            self.summary_page.show_error(reason + "\n" + self.tr("It could not be removed either: {error}").format(
                error=describe(exc)))

        undefine_network(self.connection, failure.name).then(removed, not_removed, owner=self)

"""NIC pages: source (virtual network, bridge, Open vSwitch bridge, macvtap, user mode), model, MAC address,
link state (live on a running VM), bandwidth limits, and the guest's IP addresses for this NIC."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from virtdesk import xmlconf
from virtdesk.gui.accessible import name_after, name_after_row
from virtdesk.gui.details.page import DevicePage, PageContext
from virtdesk.gui.details.pages import register
from virtdesk.gui.details.widgets.device_choices import NIC_MODELS
from virtdesk.gui.details.widgets.field_editors import CheckValue, ChoiceCombo, ReadOnlyValue
from virtdesk.gui.details.widgets.form_snapshot import FormSnapshot
from virtdesk.model import domain_live
from virtdesk.model.domain_config import LiveChange
from virtdesk.model.guest_agent import GuestAddress, fetch_addresses
from virtdesk.model.hardware import mac_problem, random_mac

OVS = "ovs"  # a bridge NIC with an Open vSwitch virtual port
SOURCE_KINDS = ("network", "bridge", OVS, "direct", "user")
DIRECT_MODES = ("bridge", "vepa", "private", "passthrough")


@register
class NicPage(DevicePage):
    list_name = "interfaces"
    icon_name = "network-wired"

    def __init__(self, context: PageContext, index: int) -> None:
        super().__init__(context, index)
        self._mac = ""
        self._live_nic: xmlconf.Interface | None = None
        self._loaded_kind = ""
        form = self.form_page(self)
        self.kind = ChoiceCombo([("network", self.tr("Virtual network")), ("bridge", self.tr("Bridge device")),
                                 (OVS, self.tr("Open vSwitch bridge")), ("direct", self.tr("Host device (macvtap)")),
                                 ("user", self.tr("Usermode networking"))])
        self.kind.setObjectName("source-kind")
        form.addRow(self.tr("Network source:"), self.kind)
        self.network = ChoiceCombo([])
        self.network.setObjectName("network")
        self.bridge = QLineEdit()
        self.bridge.setObjectName("bridge")
        self.bridge.setPlaceholderText(self.tr("Name of the host bridge, e.g. br0"))
        self.direct_dev = QLineEdit()
        self.direct_dev.setObjectName("direct-dev")
        self.direct_dev.setPlaceholderText(self.tr("Host interface, e.g. eth0"))
        self.direct_mode = ChoiceCombo([(m, m) for m in DIRECT_MODES])
        self.direct_mode.setObjectName("direct-mode")
        for edit in (self.bridge, self.direct_dev):
            name_after(edit, edit.placeholderText())
        self.no_source = ReadOnlyValue()
        mode_label = QLabel(self.tr("Mode:"))
        self._source_widgets: dict[str, tuple[QWidget, ...]] = {
            "network": (self.network,), "bridge": (self.bridge,), OVS: (self.bridge,),
            "direct": (self.direct_dev, mode_label, self.direct_mode)}
        self.source_row = QWidget()
        row = QHBoxLayout(self.source_row)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.network, self.bridge, self.direct_dev, mode_label, self.direct_mode, self.no_source):
            row.addWidget(widget, 0 if widget is mode_label else 1)
        form.addRow(self.tr("Source:"), self.source_row)
        self.model = ChoiceCombo([(m, m) for m in NIC_MODELS], self.tr("Hypervisor default"))
        self.model.setObjectName("model")
        form.addRow(self.tr("Device model:"), self.model)
        self.mac = QLineEdit()
        self.mac.setObjectName("mac")
        self.generate_button = QPushButton(self.tr("Generate"))
        self.generate_button.setObjectName("generate-mac")
        self.generate_button.clicked.connect(self.generate_mac)
        mac_row = QHBoxLayout()
        mac_row.addWidget(self.mac, 1)
        mac_row.addWidget(self.generate_button)
        form.addRow(self.tr("MAC address:"), mac_row)
        name_after_row(form, mac_row, self.mac)
        self.link_up = CheckValue(self.tr("Link is up (the guest sees a cable plugged in)"))
        self.link_up.setObjectName("link-up")
        form.addRow(self.tr("Link state:"), self.link_up)
        self.inbound = self._rate_spin("inbound")
        self.outbound = self._rate_spin("outbound")
        form.addRow(self.tr("Inbound average:"), self.inbound)
        form.addRow(self.tr("Outbound average:"), self.outbound)
        self.addresses = ReadOnlyValue()
        self.addresses.setObjectName("ip-addresses")
        form.addRow(self.tr("IP addresses:"), self.addresses)
        self.watch(self.kind, self.network, self.bridge, self.direct_dev, self.direct_mode, self.model, self.mac,
                   self.link_up, self.inbound, self.outbound)
        self.kind.currentIndexChanged.connect(self._show_source)
        self.snapshot = FormSnapshot(self._values)

    def _rate_spin(self, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(0, 2**31 - 1)
        spin.setSuffix(self.tr(" KiB/s"))
        spin.setSpecialValueText(self.tr("Unlimited"))
        return spin

    @classmethod
    def list_label(cls, device: xmlconf.Device | None, index: int) -> str:
        mac = ((device.mac_address if device is not None else None) or "").lower()
        return QCoreApplication.translate("NicPage", "NIC {mac}").format(mac=mac[-9:]) if mac else \
            QCoreApplication.translate("NicPage", "NIC")

    # -- loading
    def load(self, config: xmlconf.Domain, live: xmlconf.Domain | None) -> None:
        nic = self.device(config)
        assert isinstance(nic, xmlconf.Interface)
        self._mac = (nic.mac_address or "").lower()
        kind = OVS if nic.type == "bridge" and nic.virtualport_type == "openvswitch" else (nic.type or "")
        self._loaded_kind = kind
        self.kind.set_value(kind)
        networks = sorted(n.name for n in self.context.domain.connection.networks.values())
        self.network.set_choices([(n, n) for n in networks])
        self.network.set_value(nic.source_network if nic.type == "network" else (networks[0] if networks else None))
        self.bridge.setText(nic.source_bridge or "")
        direct = nic.type == "direct"
        self.direct_dev.setText((nic.source_dev or "") if direct else "")
        self.direct_mode.set_value((nic.source_mode or "vepa") if direct else "bridge")
        self.no_source.setText(self.tr("No source to choose.") if kind == "user" else self.tr(
            "Edit the source of this kind of NIC in the XML tab."))
        self._show_source()
        self.model.set_value(nic.model_type)
        self.mac.setText(self._mac)
        self.link_up.set_optional_value(nic.link_state != "down")
        self.inbound.setValue(nic.bandwidth_inbound_average or 0)
        self.outbound.setValue(nic.bandwidth_outbound_average or 0)
        self._live_nic = None
        if live is not None:
            found = next((n for n in live.devices.interfaces if (n.mac_address or "").lower() == self._mac), None)
            self._live_nic = found.copy() if found is not None else None
        self.addresses.setText(self.tr("—") if live is None else self.tr("Asking the guest…"))
        self.snapshot.take()
        if live is not None:
            domain = self.context.domain
            fetch_addresses(domain).then(self._show_addresses, owner=self)

    def _show_source(self) -> None:
        shown = self._source_widgets.get(self.kind.value() or "", (self.no_source,))
        for widget in self._source_widgets["direct"] + (self.network, self.bridge, self.no_source):
            widget.setVisible(widget in shown)

    def _show_addresses(self, found: list[GuestAddress]) -> None:
        mine = [f"{a.address} ({a.source})" for a in found if a.mac == self._mac]
        self.addresses.setText("\n".join(mine) or self.tr("Unknown"))

    def _other_macs(self) -> list[str]:
        """The MAC addresses of the VM's other NICs."""
        config = self.context.config.persistent
        if config is None:
            return []
        mine = self.device(config)
        return [n.mac_address.lower() for n in config.devices.interfaces if n != mine and n.mac_address]

    def generate_mac(self) -> None:
        self.mac.setText(random_mac(self._other_macs()))
        self.set_dirty()

    # -- writing
    def _values(self) -> dict[str, Any]:
        kind = self.kind.value()
        source: tuple[str | None, ...] = (kind,)
        if kind == "network":
            source += (self.network.value(),)
        elif kind in ("bridge", OVS):
            source += (self.bridge.text().strip(),)
        elif kind == "direct":
            source += (self.direct_dev.text().strip(), self.direct_mode.value())
        return {"source": source, "model": self.model.value(), "mac": self.mac.text().strip().lower(),
                "link_up": self.link_up.optional_value(), "inbound": self.inbound.value(),
                "outbound": self.outbound.value()}

    def validate(self) -> str:
        changed = self.snapshot.changed()
        if "mac" in changed:
            problem = mac_problem(changed["mac"], self._other_macs())
            if problem:
                return problem
        source = changed.get("source")
        if source is not None and len(source) > 1 and not source[1]:
            return self.tr("Choose the network source of this NIC.")
        return ""

    def write(self, config: xmlconf.Domain) -> list[LiveChange]:
        nic = self.device(config)
        assert isinstance(nic, xmlconf.Interface)
        changed = self.snapshot.changed()
        if "source" in changed:
            self._write_source(nic, changed["source"])
        if "model" in changed:
            nic.model_type = changed["model"]
        if "mac" in changed:
            nic.mac_address = changed["mac"]
        live_changed = {k: changed.pop(k) for k in ("link_up", "inbound", "outbound") if k in changed}
        self._write_live_settings(nic, live_changed)
        self.needs_restart = bool(changed)
        if not live_changed or self._live_nic is None:
            return []
        live = self._live_nic.copy()
        self._write_live_settings(live, live_changed)
        return [domain_live.change_interface(
            self.tr("Change the link state and bandwidth of {nic}").format(nic=self.label()), live)]

    @staticmethod
    def _write_live_settings(nic: xmlconf.Interface, changed: dict[str, Any]) -> None:
        """What libvirt changes on a running NIC: link state and bandwidth."""
        if "link_up" in changed:
            nic.link_state = "up" if changed["link_up"] else "down"
        if "inbound" in changed:
            nic.bandwidth_inbound_average = changed["inbound"] or None
        if "outbound" in changed:
            nic.bandwidth_outbound_average = changed["outbound"] or None

    def _write_source(self, nic: xmlconf.Interface, source: tuple[str | None, ...]) -> None:
        kind, *names = source
        if kind not in SOURCE_KINDS:
            return  # a kind this page does not edit (shown as it is)
        network_kept = kind == "network" and self._loaded_kind == "network"
        nic.source_network = nic.source_bridge = nic.source_dev = nic.source_mode = None
        if not network_kept:
            nic.source_portgroup = None
        if kind == OVS:
            nic.virtualport_type = "openvswitch"
        elif self._loaded_kind == OVS:
            nic.virtualport_type = nic.virtualport_interfaceid = nic.virtualport_profileid = None
        nic.type = "bridge" if kind == OVS else kind
        if kind == "network":
            nic.source_network = names[0]
        elif kind in ("bridge", OVS):
            nic.source_bridge = names[0]
        elif kind == "direct":
            nic.source_dev, nic.source_mode = names

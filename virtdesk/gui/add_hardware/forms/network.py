"""Network: a NIC on a virtual network, a host bridge, macvtap over a host device, or user-mode networking."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit

from virtdesk import xmlconf
from virtdesk.gui.add_hardware.form import DeviceForm, FormContext, InputError, register
from virtdesk.model import hardware

MODELS = ("virtio", "e1000e", "e1000", "rtl8139")


@register
class NetworkForm(DeviceForm):
    order = 10
    icon_name = "network-wired"

    def __init__(self, context: FormContext) -> None:
        super().__init__(context)
        self.type_combo = self.combo(self.tr("Connect to:"), [
            (self.tr("Virtual network"), "network"), (self.tr("Host bridge"), "bridge"),
            (self.tr("Host device (macvtap)"), "direct"), (self.tr("User-mode networking (no setup)"), "user")])
        self.source_combo = QComboBox()
        self.source_combo.setEditable(True)
        self.form.addRow(self.tr("Source:"), self.source_combo)
        self.mode_combo = self.combo(self.tr("macvtap mode:"), [(m, m) for m in ("bridge", "vepa", "private",
                                                                                  "passthrough")])
        default_model = "virtio" if context.virtio else "e1000e" if context.q35 else "e1000"
        self.model_combo = self.combo(self.tr("Device model:"), [(m, m) for m in MODELS], default_model)
        self.mac_edit = QLineEdit(hardware.random_mac(hardware.mac_addresses(context.config)))
        self.form.addRow(self.tr("MAC address:"), self.mac_edit)
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self._type_changed()

    def title(self) -> str:
        return self.tr("Network")

    def _type_changed(self) -> None:
        kind = self.type_combo.currentData()
        self.source_combo.clear()
        if kind == "network":
            self.source_combo.addItems(self.context.choices.networks)
            self.source_combo.setCurrentIndex(max(self.source_combo.findText("default"), 0))
        elif kind == "bridge":
            self.source_combo.addItems(["br0", "virbr0"])
        elif kind == "direct":
            self.source_combo.addItems(self.context.choices.net_devices)
        self.source_combo.setEnabled(kind != "user")
        self.mode_combo.setEnabled(kind == "direct")

    def validate(self) -> str:
        if self.type_combo.currentData() != "user" and not self.source_combo.currentText().strip():
            return self.tr("Choose what the NIC connects to.")
        return hardware.mac_problem(self.mac_edit.text().strip(), hardware.mac_addresses(self.context.config))

    def build(self, prepared: Any = None) -> xmlconf.Device:
        kind = self.type_combo.currentData()
        spec = xmlconf.NicSpec(type=kind, source=self.source_combo.currentText().strip() or None,
                               mac=self.mac_edit.text().strip().lower(), model=self.model_combo.currentData(),
                               source_mode=self.mode_combo.currentData())
        try:
            return xmlconf.build_interface(spec, self.context.virtio, self.context.q35)
        except xmlconf.XMLConfError as exc:
            raise InputError(str(exc)) from exc

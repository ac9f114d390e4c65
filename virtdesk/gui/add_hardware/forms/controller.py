"""Controller: a USB, SCSI, SATA, virtio-serial or PCI(e) controller at the next free index of its type."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox

from virtdesk import xmlconf
from virtdesk.gui.add_hardware.form import DeviceForm, FormContext, register

MODELS = {
    "usb": ["qemu-xhci", "nec-xhci", "ich9-ehci1", "piix3-uhci"],
    "scsi": ["virtio-scsi", "lsilogic"],
    "sata": [],
    "virtio-serial": [],
    "pci": ["pcie-root-port", "pci-bridge", "pcie-to-pci-bridge"],
    "ccid": [],
}


@register
class ControllerForm(DeviceForm):
    order = 220
    icon_name = "preferences-system"

    def __init__(self, context: FormContext) -> None:
        super().__init__(context)
        self.type_combo = self.combo(self.tr("Type:"), [("USB", "usb"), ("SCSI", "scsi"), ("SATA", "sata"),
                                                        ("VirtIO Serial", "virtio-serial"), ("PCI", "pci"),
                                                        ("CCID", "ccid")])
        self.model_combo = QComboBox()
        self.form.addRow(self.tr("Model:"), self.model_combo)
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self._type_changed()

    def title(self) -> str:
        return self.tr("Controller")

    def _type_changed(self) -> None:
        kind = self.type_combo.currentData()
        self.model_combo.clear()
        models = MODELS[kind]
        if kind == "pci" and not self.context.q35:
            models = ["pci-bridge"]
        for model in models:
            self.model_combo.addItem(model, model)
        self.model_combo.setEnabled(bool(models))

    def next_index(self) -> int:
        kind = self.type_combo.currentData()
        used = [c.index for c in self.context.config.devices.controllers if c.type == kind and c.index is not None]
        return max(used, default=-1) + 1

    def build(self, prepared: Any = None) -> xmlconf.Device:
        controller = xmlconf.Controller.new(type=self.type_combo.currentData(), index=self.next_index())
        if self.model_combo.currentData():
            controller.model = self.model_combo.currentData()
        return controller

"""TPM: an emulated TPM 2.0 (swtpm) or the host's TPM passed through."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit

from virtdesk import xmlconf
from virtdesk.gui.add_hardware.form import DeviceForm, FormContext, register


@register
class TpmForm(DeviceForm):
    order = 170
    icon_name = "security-high"

    def __init__(self, context: FormContext) -> None:
        super().__init__(context)
        self.backend_combo = self.combo(self.tr("Backend:"), [(self.tr("Emulated (swtpm)"), "emulator"),
                                                              (self.tr("Host TPM (passthrough)"), "passthrough")])
        self.model_combo = self.combo(self.tr("Model:"), [("CRB", "tpm-crb"), ("TIS", "tpm-tis")],
                                      "tpm-crb" if context.q35 else "tpm-tis")
        self.version_combo = self.combo(self.tr("Version:"), [("2.0", "2.0"), ("1.2", "1.2")])
        self.device_edit = QLineEdit("/dev/tpm0")
        self.form.addRow(self.tr("Host device:"), self.device_edit)
        self.backend_combo.currentIndexChanged.connect(self._backend_changed)
        self._backend_changed()

    def title(self) -> str:
        return self.tr("TPM")

    def _backend_changed(self) -> None:
        emulated = self.backend_combo.currentData() == "emulator"
        self.version_combo.setEnabled(emulated)
        self.device_edit.setEnabled(not emulated)

    def validate(self) -> str:
        if self.context.config.devices.tpms:
            return self.tr("This VM already has a TPM.")
        if self.backend_combo.currentData() == "passthrough" and not self.device_edit.text().startswith("/"):
            return self.tr("Enter the host's TPM device, such as /dev/tpm0.")
        return ""

    def build(self, prepared: Any = None) -> xmlconf.Device:
        tpm = xmlconf.Tpm.new(model=self.model_combo.currentData(), backend_type=self.backend_combo.currentData())
        if tpm.backend_type == "emulator":
            tpm.backend_version = self.version_combo.currentData()
        else:
            tpm.backend_device_path = self.device_edit.text().strip()
        return tpm

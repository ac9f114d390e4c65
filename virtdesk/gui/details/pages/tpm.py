"""The TPM page: the TPM model and its backend (an emulated TPM, or the host's TPM passed through)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.gui.details.pages import register
from virtdesk.gui.details.pages.fields_device import BOOL, CHOICE, N_, TEXT, Field, FieldsDevicePage

MODELS = (("tpm-crb", N_("CRB (tpm-crb)")), ("tpm-tis", N_("TIS (tpm-tis)")),
          ("tpm-spapr", N_("sPAPR (tpm-spapr, POWER)")), ("spapr-tpm-proxy", N_("sPAPR proxy (POWER)")))


@register
class TpmPage(FieldsDevicePage):
    icon_name = "security-high"
    list_name = "tpms"
    fields = (
        Field("model", N_("Model:"), CHOICE, MODELS, none_text=N_("Default")),
        Field("backend_type", N_("Backend:"), CHOICE, (
            ("emulator", N_("Emulated (swtpm)")),
            ("passthrough", N_("Host TPM passed through")),
            ("external", N_("External swtpm socket")),
        )),
        Field("backend_version", N_("Version:"), CHOICE, (("2.0", "2.0"), ("1.2", "1.2")),
              none_text=N_("Default"), shown_when=("backend_type", ("emulator",)),
              tooltip=N_("Windows 11 needs TPM 2.0.")),
        Field("backend_persistent_state", N_("Keep state:"), BOOL, shown_when=("backend_type", ("emulator",)),
              tooltip=N_("Keep the TPM's state when the VM is undefined.")),
        Field("backend_device_path", N_("Host device:"), TEXT, shown_when=("backend_type", ("passthrough",)),
              required=True, tooltip=N_("Usually /dev/tpm0.")),
    )

    @classmethod
    def describe(cls, device: xmlconf.Device, index: int) -> str:
        version = f" {device.backend_version}" if device.backend_version else ""
        return QCoreApplication.translate("TpmPage", "TPM{version} ({model})").format(
            version=version, model=device.model or "default")

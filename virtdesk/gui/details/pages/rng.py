"""The random number generator page: the device model and where the host's entropy comes from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.gui.details.pages import register
from virtdesk.gui.details.pages.fields_device import (
    CHOICE,
    INT,
    N_,
    TEXT,
    Field,
    FieldsDevicePage,
    same_choices,
)
from virtdesk.xmlconf.system_devices import VIRTIO_MODELS


@register
class RngPage(FieldsDevicePage):
    icon_name = "system-run"
    list_name = "rngs"
    fields = (
        Field("model", N_("Model:"), CHOICE, same_choices(*VIRTIO_MODELS)),
        Field("backend_model", N_("Backend:"), CHOICE, (
            ("random", N_("Host random device")),
            ("builtin", N_("QEMU's built-in generator")),
            ("egd", N_("Entropy gathering daemon (EGD)")),
        )),
        Field("backend", N_("Host device:"), TEXT, shown_when=("backend_model", ("random",)),
              tooltip=N_("Usually /dev/urandom.")),
        Field("rate_bytes", N_("Rate limit:"), INT, none_text=N_("Unlimited"), minimum=1, suffix=N_(" bytes"),
              tooltip=N_("At most this many bytes per period.")),
        Field("rate_period", N_("Rate period:"), INT, none_text=N_("Default (1000 ms)"), minimum=1,
              suffix=N_(" ms")),
    )

    @classmethod
    def describe(cls, device: xmlconf.Device, index: int) -> str:
        backend = device.backend if device.backend_model == "random" else device.backend_model
        return QCoreApplication.translate("RngPage", "RNG {backend}").format(backend=backend or "")

"""The audio backend page: where a VM's sound cards play (SPICE, PulseAudio, PipeWire, none, ...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.gui.details.pages import register
from virtdesk.gui.details.pages.fields_device import CHOICE, INT, N_, READONLY, TEXT, Field, FieldsDevicePage


@register
class AudioPage(FieldsDevicePage):
    icon_name = "audio-card"
    list_name = "audios"
    fields = (
        Field("id", N_("ID:"), READONLY, tooltip=N_("Sound cards name this backend by its ID.")),
        Field("type", N_("Backend:"), CHOICE, (
            ("spice", N_("SPICE (plays in the viewer)")),
            ("pulseaudio", N_("PulseAudio")),
            ("pipewire", N_("PipeWire")),
            ("alsa", N_("ALSA")),
            ("jack", N_("JACK")),
            ("sdl", N_("SDL")),
            ("oss", N_("OSS")),
            ("dbus", N_("D-Bus")),
            ("file", N_("File")),
            ("none", N_("None (silent)")),
        )),
        Field("server_name", N_("Server:"), TEXT, shown_when=("type", ("pulseaudio",)),
              tooltip=N_("The PulseAudio server; empty for the default one.")),
        Field("path", N_("File:"), TEXT, shown_when=("type", ("file",))),
        Field("timer_period", N_("Timer period:"), INT, suffix=" µs", none_text=N_("Default"),
              tooltip=N_("How often the backend is serviced, in microseconds.")),
    )

    @classmethod
    def describe(cls, device: xmlconf.Device, index: int) -> str:
        assert isinstance(device, xmlconf.Audio)
        return QCoreApplication.translate("AudioPage", "Audio {id} ({type})").format(
            id=device.id if device.id is not None else "", type=device.type or "default")

"""``<sound>`` cards, ``<audio>`` backends and ``<input>`` devices."""

from __future__ import annotations

from .device import Device
from .element import XMLElement
from .properties import INT, ChildList, Enum, XMLProperty

SOUND_MODELS = ("sb16", "es1370", "pcspk", "ac97", "ich6", "ich7", "ich9", "usb", "ics2")
AUDIO_TYPES = (
    "none",
    "alsa",
    "coreaudio",
    "jack",
    "oss",
    "pulseaudio",
    "sdl",
    "spice",
    "file",
    "dbus",
    "pipewire",
)


class SoundCodec(XMLElement):
    TAG = "codec"
    type = XMLProperty("./@type", Enum("duplex", "micro", "output"))


class Sound(Device):
    TAG = "sound"
    model = XMLProperty("./@model", Enum(*SOUND_MODELS))
    codecs = ChildList(SoundCodec, "./codec")
    audio_id = XMLProperty("./audio/@id", INT)


class Audio(Device):
    """An audio backend (a ``<devices>`` child since libvirt 7.2) that sound cards refer to by ``id``."""

    TAG = "audio"
    id = XMLProperty("./@id", INT)
    type = XMLProperty("./@type", Enum(*AUDIO_TYPES))
    server_name = XMLProperty("./@serverName")
    path = XMLProperty("./@path")
    timer_period = XMLProperty("./@timerPeriod", INT)


class Input(Device):
    TAG = "input"
    type = XMLProperty("./@type", Enum("mouse", "tablet", "keyboard", "passthrough", "evdev"))
    bus = XMLProperty("./@bus", Enum("ps2", "usb", "xen", "virtio", "none"))
    model = XMLProperty("./@model")
    source_evdev = XMLProperty("./source/@evdev")
    source_dev = XMLProperty("./source/@dev")

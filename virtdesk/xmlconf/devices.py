"""``<devices>``: one child list per device kind, and iteration over all devices in document order."""

from __future__ import annotations

from collections.abc import Iterator

from .audio import Audio, Input, Sound
from .chardev import Channel, Console, Parallel, Serial
from .controller import Controller
from .device import Device
from .disk import Disk
from .display import Graphics, Video
from .element import XMLElement
from .errors import XMLConfError
from .hostdev import Hostdev, Redirdev, Smartcard
from .interface import Interface
from .properties import ChildList, XMLProperty
from .system_devices import (
    Filesystem,
    Hub,
    Iommu,
    Lease,
    Memballoon,
    MemoryDevice,
    Panic,
    Rng,
    Shmem,
    Tpm,
    Vsock,
    Watchdog,
)


class Devices(XMLElement):
    """The devices of a domain. The lists are declared in libvirt's own order, which new devices follow."""

    TAG = "devices"
    emulator = XMLProperty("./emulator")
    disks = ChildList(Disk, "./disk")
    controllers = ChildList(Controller, "./controller")
    leases = ChildList(Lease, "./lease")
    filesystems = ChildList(Filesystem, "./filesystem")
    interfaces = ChildList(Interface, "./interface")
    smartcards = ChildList(Smartcard, "./smartcard")
    serials = ChildList(Serial, "./serial")
    parallels = ChildList(Parallel, "./parallel")
    consoles = ChildList(Console, "./console")
    channels = ChildList(Channel, "./channel")
    inputs = ChildList(Input, "./input")
    tpms = ChildList(Tpm, "./tpm")
    graphics = ChildList(Graphics, "./graphics")
    sounds = ChildList(Sound, "./sound")
    audios = ChildList(Audio, "./audio")
    videos = ChildList(Video, "./video")
    hostdevs = ChildList(Hostdev, "./hostdev")
    redirdevs = ChildList(Redirdev, "./redirdev")
    hubs = ChildList(Hub, "./hub")
    watchdogs = ChildList(Watchdog, "./watchdog")
    memballoons = ChildList(Memballoon, "./memballoon")
    rngs = ChildList(Rng, "./rng")
    panics = ChildList(Panic, "./panic")
    shmems = ChildList(Shmem, "./shmem")
    memory_devices = ChildList(MemoryDevice, "./memory")
    iommus = ChildList(Iommu, "./iommu")
    vsocks = ChildList(Vsock, "./vsock")

    def __iter__(self) -> Iterator[Device]:
        """Every device in document order, each as its kind's class (unknown kinds as ``Device``)."""
        node = self.node
        if node is None:
            return
        for child in node:
            tag = child.tag
            if isinstance(tag, str) and tag != "emulator":
                yield DEVICE_CLASSES.get(tag, Device)(child)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def add(self, device: Device) -> Device:
        """Append ``device`` to the list of its kind."""
        for decl in _LISTS:
            if type(device) is decl.cls:
                return decl.__get__(self, Devices).append(device)
        raise XMLConfError(f"{device!r} is not a known device kind")


_LISTS = [d for d in Devices.declarations().values() if isinstance(d, ChildList)]
DEVICE_CLASSES: dict[str, type[Device]] = {d.path.steps[-1].tag: d.cls for d in _LISTS}

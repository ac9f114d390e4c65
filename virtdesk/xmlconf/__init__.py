"""virtdesk's lossless libvirt XML object model.

``load(text)`` gives the object for any libvirt document; ``obj.to_xml()`` gives the text back. Objects
are live views over one lxml tree: properties read and write only the nodes they name, and everything
else (unknown elements, namespaces, comments, order) survives every edit.
"""

from .address import Address
from .audio import Audio, Input, Sound, SoundCodec
from .builders import (
    DiskSpec,
    DomainSpec,
    NicSpec,
    build_disk,
    build_domain,
    build_interface,
    build_network,
    build_pool,
    build_volume,
)
from .capabilities import Capabilities, Guest, GuestDomainType, GuestMachine, HostCell, HostCpu
from .chardev import GUEST_AGENT_NAME, Channel, CharDevice, Console, Parallel, Serial
from .controller import Controller
from .device import Device
from .devices import DEVICE_CLASSES, Devices
from .disk import Disk, DiskSecret, DiskSourceHost
from .display import Graphics, GraphicsListen, Video
from .domain import Domain
from .domain_parts import (
    BlkioTune,
    BootDevice,
    Clock,
    Cpu,
    CpuFeature,
    CpuTune,
    Features,
    FirmwareFeature,
    HugePage,
    HyperV,
    MemoryBacking,
    Metadata,
    NumaCell,
    NumaTune,
    Os,
    Pm,
    Resource,
    SecLabel,
    Timer,
    Vcpu,
    VcpuPin,
)
from .domcaps import CapsEnum, DomainCapabilities, DomcapsCpuMode, Supported
from .element import TextValue, XMLElement
from .errors import XMLConfError
from .hostdev import Hostdev, Redirdev, Smartcard
from .interface import Interface, VlanTag
from .loader import DOCUMENT_CLASSES, load, parse
from .network import DhcpHost, DhcpRange, Network, NetworkIp, Portgroup
from .nodedev import MdevType, NodeDevice, NodeDeviceCapability
from .nwfilter import FilterRef, FilterRule, NWFilter
from .properties import ChildListView
from .secret import Secret
from .snapshot import DomainSnapshot, SnapshotDisk
from .storage import PoolSource, PoolSourceDevice, PoolSourceHost, StoragePool, StorageVolume
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

__all__ = [
    "Address",
    "Audio",
    "BlkioTune",
    "BootDevice",
    "Capabilities",
    "CapsEnum",
    "Channel",
    "CharDevice",
    "ChildListView",
    "Clock",
    "Console",
    "Controller",
    "Cpu",
    "CpuFeature",
    "CpuTune",
    "DEVICE_CLASSES",
    "DOCUMENT_CLASSES",
    "Device",
    "Devices",
    "DhcpHost",
    "DhcpRange",
    "Disk",
    "DiskSecret",
    "DiskSourceHost",
    "DiskSpec",
    "Domain",
    "DomainCapabilities",
    "DomainSnapshot",
    "DomainSpec",
    "DomcapsCpuMode",
    "Features",
    "Filesystem",
    "FilterRef",
    "FilterRule",
    "FirmwareFeature",
    "GUEST_AGENT_NAME",
    "Graphics",
    "GraphicsListen",
    "Guest",
    "GuestDomainType",
    "GuestMachine",
    "HostCell",
    "HostCpu",
    "Hostdev",
    "Hub",
    "HugePage",
    "HyperV",
    "Input",
    "Interface",
    "Iommu",
    "Lease",
    "MdevType",
    "Memballoon",
    "MemoryBacking",
    "MemoryDevice",
    "Metadata",
    "NWFilter",
    "Network",
    "NetworkIp",
    "NicSpec",
    "NodeDevice",
    "NodeDeviceCapability",
    "NumaCell",
    "NumaTune",
    "Os",
    "Panic",
    "Parallel",
    "Pm",
    "PoolSource",
    "PoolSourceDevice",
    "PoolSourceHost",
    "Portgroup",
    "Redirdev",
    "Resource",
    "Rng",
    "SecLabel",
    "Secret",
    "Serial",
    "Shmem",
    "Smartcard",
    "SnapshotDisk",
    "Sound",
    "SoundCodec",
    "StoragePool",
    "StorageVolume",
    "Supported",
    "TextValue",
    "Timer",
    "Tpm",
    "Vcpu",
    "VcpuPin",
    "Video",
    "VlanTag",
    "Vsock",
    "Watchdog",
    "XMLConfError",
    "XMLElement",
    "build_disk",
    "build_domain",
    "build_interface",
    "build_network",
    "build_pool",
    "build_volume",
    "load",
    "parse",
]

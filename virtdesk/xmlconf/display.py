"""``<graphics>`` (VNC, SPICE, ...) and ``<video>`` devices."""

from __future__ import annotations

from .device import Device
from .element import XMLElement
from .properties import INT, YES_NO, ChildList, Enum, XMLProperty

GRAPHICS_TYPES = ("vnc", "spice", "sdl", "rdp", "desktop", "egl-headless", "dbus")
LISTEN_TYPES = ("address", "network", "socket", "none")
VIDEO_MODELS = ("vga", "cirrus", "vmvga", "xen", "vbox", "qxl", "virtio", "gop", "bochs", "ramfb", "none")


class GraphicsListen(XMLElement):
    TAG = "listen"
    type = XMLProperty("./@type", Enum(*LISTEN_TYPES))
    address = XMLProperty("./@address")
    network = XMLProperty("./@network")
    socket = XMLProperty("./@socket")


class Graphics(Device):
    """A display. ``listen_*`` read and write the first ``<listen>``; ``listens`` gives them all.

    libvirt requires the legacy ``listen`` attribute, where present, to equal the first listen address.
    """

    TAG = "graphics"
    type = XMLProperty("./@type", Enum(*GRAPHICS_TYPES))
    port = XMLProperty("./@port", INT)
    autoport = XMLProperty("./@autoport", YES_NO)
    tls_port = XMLProperty("./@tlsPort", INT)
    websocket = XMLProperty("./@websocket", INT)
    listen = XMLProperty("./@listen")
    passwd = XMLProperty("./@passwd")
    passwd_valid_to = XMLProperty("./@passwdValidTo")
    keymap = XMLProperty("./@keymap")
    share_policy = XMLProperty("./@sharePolicy", Enum("allow-exclusive", "force-shared", "ignore"))
    default_mode = XMLProperty("./@defaultMode", Enum("any", "secure", "insecure"))
    listen_type = XMLProperty("./listen/@type", Enum(*LISTEN_TYPES))
    listen_address = XMLProperty("./listen/@address")
    listen_network = XMLProperty("./listen/@network")
    listen_socket = XMLProperty("./listen/@socket")
    listens = ChildList(GraphicsListen, "./listen")
    image_compression = XMLProperty("./image/@compression")
    streaming_mode = XMLProperty("./streaming/@mode", Enum("filter", "all", "off"))
    clipboard_copypaste = XMLProperty("./clipboard/@copypaste", YES_NO)
    mouse_mode = XMLProperty("./mouse/@mode", Enum("server", "client"))
    filetransfer_enable = XMLProperty("./filetransfer/@enable", YES_NO)
    gl_enable = XMLProperty("./gl/@enable", YES_NO)
    gl_rendernode = XMLProperty("./gl/@rendernode")

    def set_listen_address(self, address: str | None) -> None:
        """Listen on ``address`` (None: libvirt's default), keeping the legacy ``listen`` attribute in step."""
        self.listen_type = "address"
        self.listen_address = address
        if self.listen is not None:
            self.listen = address


class Video(Device):
    TAG = "video"
    model_type = XMLProperty("./model/@type", Enum(*VIDEO_MODELS))
    model_vram = XMLProperty("./model/@vram", INT)
    model_ram = XMLProperty("./model/@ram", INT)
    model_vgamem = XMLProperty("./model/@vgamem", INT)
    model_heads = XMLProperty("./model/@heads", INT)
    model_primary = XMLProperty("./model/@primary", YES_NO)
    accel3d = XMLProperty("./model/acceleration/@accel3d", YES_NO)
    accel2d = XMLProperty("./model/acceleration/@accel2d", YES_NO)
    driver_name = XMLProperty("./driver/@name", Enum("qemu", "vhostuser"))

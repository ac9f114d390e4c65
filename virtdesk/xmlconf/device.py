"""The base of every ``<devices>`` child: alias and address, and single-device XML for hotplug."""

from __future__ import annotations

from .address import Address
from .element import XMLElement
from .properties import Child, XMLProperty


class Device(XMLElement):
    """Any device; subclasses declare the kind's own properties. Unknown device kinds are plain Devices."""

    alias = XMLProperty("./alias/@name")
    address = Child(Address, "./address")

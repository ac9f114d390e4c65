"""``<secret>``: a libvirt secret's description and what it is used for (never its value)."""

from __future__ import annotations

from .element import XMLElement
from .properties import YES_NO, Enum, XMLProperty


class Secret(XMLElement):
    TAG = "secret"
    ephemeral = XMLProperty("./@ephemeral", YES_NO)
    private = XMLProperty("./@private", YES_NO)
    uuid = XMLProperty("./uuid")
    description = XMLProperty("./description")
    usage_type = XMLProperty("./usage/@type", Enum("none", "volume", "ceph", "iscsi", "tls", "vtpm"))
    usage_volume = XMLProperty("./usage/volume")
    usage_name = XMLProperty("./usage/name")
    usage_target = XMLProperty("./usage/target")

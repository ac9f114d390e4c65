"""``<filter>``: a network filter with its rules and references to other filters."""

from __future__ import annotations

from .element import XMLElement
from .properties import INT, ChildList, Enum, XMLProperty


class FilterRef(XMLElement):
    TAG = "filterref"
    filter = XMLProperty("./@filter")


class FilterRule(XMLElement):
    TAG = "rule"
    action = XMLProperty("./@action", Enum("drop", "reject", "accept", "return", "continue"))
    direction = XMLProperty("./@direction", Enum("in", "out", "inout"))
    priority = XMLProperty("./@priority", INT)
    statematch = XMLProperty("./@statematch", Enum("true", "false", "1", "0"))

    def protocol(self) -> str | None:
        """The tag of the protocol element the rule matches on (``tcp``, ``ip``, ``mac``...)."""
        node = self.node
        if node is None:
            return None
        return next((str(c.tag) for c in node if isinstance(c.tag, str)), None)


class NWFilter(XMLElement):
    TAG = "filter"
    name = XMLProperty("./@name")
    chain = XMLProperty("./@chain")
    priority = XMLProperty("./@priority", INT)
    uuid = XMLProperty("./uuid")
    filterrefs = ChildList(FilterRef, "./filterref")
    rules = ChildList(FilterRule, "./rule")

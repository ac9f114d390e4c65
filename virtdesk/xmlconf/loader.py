"""Parsing libvirt XML text into the right element object, with errors a user can read."""

from __future__ import annotations

import re

from lxml import etree

from .capabilities import Capabilities
from .domain import Domain
from .domcaps import DomainCapabilities
from .element import XMLElement
from .errors import XMLConfError
from .network import Network
from .nodedev import NodeDevice
from .nwfilter import NWFilter
from .secret import Secret
from .snapshot import DomainSnapshot
from .storage import StoragePool, StorageVolume

DOCUMENT_CLASSES: dict[str, type[XMLElement]] = {
    cls.TAG: cls
    for cls in (
        Domain,
        Network,
        StoragePool,
        StorageVolume,
        DomainSnapshot,
        Capabilities,
        DomainCapabilities,
        NodeDevice,
        Secret,
        NWFilter,
    )
}

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=False, huge_tree=False)

_MESSAGES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"Opening and ending tag mismatch: (\S+) line \d+ and (\S+)"),
        "closing tag '{1}' does not match '{0}'",
    ),
    (re.compile(r"Premature end of data in tag (\S+)"), "the text ends before tag '{0}' is closed"),
    (re.compile(r"EndTag: '</' not found"), "the text ends before a tag is closed"),
    (re.compile(r"Document is empty"), "the text is empty or is not XML"),
    (re.compile(r"Start tag expected"), "the text is not XML: it does not start with a tag"),
    (re.compile(r"Extra content at the end of the document"), "there is more text after the end of the document"),
    (re.compile(r"AttValue: \" or ' expected"), "an attribute value must be in quotes"),
    (re.compile(r"Attribute (\S+) redefined"), "attribute '{0}' appears twice"),
    (
        re.compile(r"Namespace prefix (\S+) on (\S+) is not defined"),
        "namespace prefix '{0}' of '{1}' is not declared (add xmlns:{0}=...)",
    ),
    (re.compile(r"Specification mandates value for attribute (\S+)"), "attribute '{0}' needs a value"),
    (re.compile(r"Couldn't find end of Start Tag (\S+)"), "tag '{0}' is not closed with '>'"),
    (re.compile(r"xmlParseEntityRef: no name"), "a '&' must be written as '&amp;'"),
    (re.compile(r"StartTag: invalid element name"), "invalid element name ('<' must be written as '&lt;')"),
]


def _friendly(message: str) -> str:
    message = re.sub(r", line \d+, column \d+$", "", message.strip())
    for pattern, text in _MESSAGES:
        m = pattern.search(message)
        if m:
            return text.format(*m.groups())
    return message


def parse(text: str | bytes) -> etree._Element:
    """Parse XML text into an lxml element, raising XMLConfError with line, column and a readable reason."""
    data = text.encode() if isinstance(text, str) else text
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        line, column = exc.position
        raise XMLConfError(f"Line {line}, column {column}: {_friendly(exc.msg or str(exc))}") from None


def load(text: str | bytes) -> XMLElement:
    """The object for any libvirt XML document: Domain, Network, StoragePool, ... or a plain XMLElement."""
    root = parse(text)
    return DOCUMENT_CLASSES.get(str(root.tag), XMLElement)(root)

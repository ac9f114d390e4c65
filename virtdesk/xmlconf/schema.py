"""Validation against libvirt's own RelaxNG schemas (Debian's libvirt0 ships them)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree

from .element import XMLElement

SCHEMA_DIRS = (Path("/usr/share/libvirt/schemas"), Path("/usr/local/share/libvirt/schemas"))
SCHEMA_FOR_TAG = {
    "domain": "domain", "network": "network", "pool": "storagepool", "volume": "storagevol",
    "domainsnapshot": "domainsnapshot", "capabilities": "capability", "domainCapabilities": "domaincaps",
    "device": "nodedev", "secret": "secret", "filter": "nwfilter",
}


@cache
def relaxng(name: str) -> etree.RelaxNG | None:
    """The compiled schema, or None where libvirt's schemas are not installed."""
    for directory in SCHEMA_DIRS:
        path = directory / f"{name}.rng"
        if path.is_file():
            return etree.RelaxNG(file=str(path))
    return None


def validate(document: XMLElement | str) -> list[str] | None:
    """The schema's complaints (empty when valid), or None when no schema is available to check with."""
    node = etree.fromstring(document.encode()) if isinstance(document, str) else document.node
    if node is None:
        return ["empty document"]
    schema = relaxng(SCHEMA_FOR_TAG.get(str(node.tag), str(node.tag)))
    if schema is None:
        return None
    if schema.validate(node):
        return []
    return [f"Line {e.line}: {e.message}" for e in schema.error_log]

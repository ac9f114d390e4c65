"""Random property edits (a property, a value valid for it) keep documents valid and keep unknown content."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from unit.xmlconf.xmlconf_support import corpus_files, schema_errors, walk_objects

from virtdesk.xmlconf import load
from virtdesk.xmlconf.element import XMLElement
from virtdesk.xmlconf.properties import FLAG, XMLProperty

pytestmark = pytest.mark.unit

# Properties whose value selects which other attributes and elements are allowed (a disk's type decides
# between source file and source dev), and free-form ones the schema constrains by context.
SELECTORS = {
    "type",
    "device",
    "mode",
    "offset",
    "model",
    "source_protocol",
    "name",
    "family",
    "model_type",
    "backend_model",
    "backend_type",
    "target_type",
    "id",
    "cellid",
    "vcpu",
    "iothread",
    "index",
    "port",
    "tls_port",
    "websocket",
    "target_port",
    "controller",
    "unit",
    "target",
    "bus",
    "slot",
    "function",
    "domain",
    "listen",
    "listen_address",
    "snapshot",
    "action",
    "direction",
    "chain",
    "filter",
    "capacity",
    "allocation",
    "start",
    "end",
}


def _selector(name: str) -> bool:
    return name in SELECTORS or name.endswith(("_type", "_mode"))


DOCS = [p.read_text() for p in corpus_files() if etree.parse(str(p)).getroot().tag != "capabilities"]


Key = tuple[str, str | None, str, str, str | None, str]


def _key(obj: XMLElement, name: str) -> Key:
    """Values are pooled per document, class, element (tag and ``type``) holding them, and property: a generic
    class such as TextValue serves elements as different as <hostname> and <loader>."""
    node = obj.node
    assert node is not None
    root = node.getroottree().getroot()
    return root.tag, root.get("type"), type(obj).__name__, node.tag, node.get("type"), name


def _value_pools() -> dict[Key, list[Any]]:
    """Every value each property has anywhere in the corpus: values libvirt's schema accepts there."""
    pools: dict[Key, set[Any]] = defaultdict(set)
    for text in DOCS:
        for obj, name, decl in walk_objects(load(text)):
            value = getattr(obj, name)
            if value is not None and decl.kind is not FLAG:
                pools[_key(obj, name)].add(value)
    return {key: sorted(values, key=repr) for key, values in pools.items()}


POOLS = _value_pools()


def _markers(text: str) -> tuple[int, list[bytes]]:
    """Comments and elements from other namespaces: what virtdesk does not model must stay as it is."""
    root = etree.fromstring(text.encode())
    foreign = [
        etree.tostring(e, method="c14n")
        for e in root.iter()
        if isinstance(e.tag, str)
        and e.tag.startswith("{")
        and not (isinstance(e.getparent().tag, str) and e.getparent().tag.startswith("{"))
    ]
    return sum(1 for e in root.iter(etree.Comment)), foreign


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_edits_stay_valid_and_lossless(data: st.DataObject) -> None:
    text = data.draw(st.sampled_from(DOCS))
    doc = load(text)
    before = _markers(text)
    for _ in range(data.draw(st.integers(1, 4))):
        targets = [
            (obj, name, decl)
            for obj, name, decl in walk_objects(doc)
            if isinstance(decl, XMLProperty)
            and not _selector(name)
            and _key(obj, name) in POOLS
            and getattr(obj, name) is not None
        ]
        if not targets:
            return
        obj, name, _ = data.draw(st.sampled_from(targets))
        value = data.draw(st.sampled_from(POOLS[_key(obj, name)]))
        setattr(obj, name, value)
        assert getattr(obj, name) == value
    assert schema_errors(doc) is None
    assert _markers(doc.to_xml()) == before

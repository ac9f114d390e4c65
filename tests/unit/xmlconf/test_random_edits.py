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
from virtdesk.xmlconf.properties import FLAG, XMLProperty

pytestmark = pytest.mark.unit

# Properties whose value selects which other attributes and elements are allowed (a disk's type decides
# between source file and source dev), and free-form ones the schema constrains by context.
SELECTORS = {"type", "device", "mode", "model", "source_protocol", "name", "family", "model_type",
             "backend_model", "backend_type", "target_type", "id", "cellid", "vcpu", "iothread", "index", "port",
             "tls_port", "websocket", "target_port", "controller", "unit", "target", "bus", "slot", "function",
             "domain", "listen", "listen_address", "listen_type", "virtualport_type", "source_mode",
             "snapshot", "action", "direction", "chain", "filter", "capacity", "allocation", "start", "end"}

DOCS = [p.read_text() for p in corpus_files() if etree.parse(str(p)).getroot().tag != "capabilities"]


def _value_pools() -> dict[tuple[str, str], list[Any]]:
    """Every value each (class, property) has anywhere in the corpus: values libvirt's schema accepts."""
    pools: dict[tuple[str, str], set[Any]] = defaultdict(set)
    for text in DOCS:
        for obj, name, decl in walk_objects(load(text)):
            value = getattr(obj, name)
            if value is not None and decl.kind is not FLAG:
                pools[(type(obj).__name__, name)].add(value)
    return {key: sorted(values, key=repr) for key, values in pools.items()}


POOLS = _value_pools()


def _markers(text: str) -> tuple[int, list[bytes]]:
    """Comments and elements from other namespaces: what virtdesk does not model must stay as it is."""
    root = etree.fromstring(text.encode())
    foreign = [
        etree.tostring(e, method="c14n")
        for e in root.iter()
        if isinstance(e.tag, str) and e.tag.startswith("{")
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
            if isinstance(decl, XMLProperty) and name not in SELECTORS and (type(obj).__name__, name) in POOLS
            and getattr(obj, name) is not None
        ]
        if not targets:
            return
        obj, name, _ = data.draw(st.sampled_from(targets))
        value = data.draw(st.sampled_from(POOLS[(type(obj).__name__, name)]))
        setattr(obj, name, value)
        assert getattr(obj, name) == value
    assert schema_errors(doc) is None
    assert _markers(doc.to_xml()) == before

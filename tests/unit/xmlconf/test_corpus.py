"""Round trips over the corpus: parse + serialise is canonically equal; one edit changes one node only."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from lxml import etree
from unit.xmlconf.xmlconf_support import corpus_files, schema_errors, tree_diff, walk_objects

from virtdesk.xmlconf import Domain, load
from virtdesk.xmlconf.loader import DOCUMENT_CLASSES
from virtdesk.xmlconf.properties import FLAG, BoolKind, EnumKind, IntKind, SizeProperty, XMLProperty
from virtdesk.xmlconf.schema import SCHEMA_FOR_TAG

pytestmark = pytest.mark.unit

FILES = [pytest.param(p, id=p.name) for p in corpus_files()]


def c14n(text: str | bytes) -> bytes:
    data = text.encode() if isinstance(text, str) else text
    return etree.tostring(etree.fromstring(data).getroottree(), method="c14n")


def test_corpus_has_every_document_kind() -> None:
    kinds = {etree.parse(str(p)).getroot().tag for p in corpus_files()}
    assert kinds >= set(SCHEMA_FOR_TAG)


@pytest.mark.parametrize("path", FILES)
def test_round_trip_is_canonically_equal(path: Path) -> None:
    text = path.read_text()
    obj = load(text)
    assert type(obj) is DOCUMENT_CLASSES[etree.fromstring(text.encode()).tag]
    assert c14n(obj.to_xml()) == c14n(text.encode())
    assert obj.canonical() == obj.copy().canonical()


# Real daemon output that libvirt's own schema rejects.
SCHEMA_GAPS = {"daemon-capabilities.xml": "libvirt 9.0's capability.rng rejects CPU feature names like sse4.1"}


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(p, id=p.name, marks=[pytest.mark.xfail(reason=SCHEMA_GAPS[p.name], strict=True)])
        if p.name in SCHEMA_GAPS
        else pytest.param(p, id=p.name)
        for p in corpus_files()
    ],
)
def test_corpus_is_valid_for_libvirt(path: Path) -> None:
    assert schema_errors(load(path.read_text())) is None


@pytest.mark.parametrize("path", FILES)
def test_every_property_reads_with_its_kind(path: Path) -> None:
    read = 0
    for obj, name, decl in walk_objects(load(path.read_text())):
        value = getattr(obj, name)
        if decl.kind is FLAG or isinstance(decl.kind, BoolKind):
            assert value in (True, False, None)
        elif isinstance(decl.kind, IntKind):
            assert value is None or isinstance(value, int)
        else:
            assert value is None or isinstance(value, str)
        read += value not in (None, False)
    assert read > 0


def other_value(decl: XMLProperty, value: object) -> object:
    if isinstance(decl, SizeProperty) or isinstance(decl.kind, IntKind):
        return int(value) + 1  # type: ignore[call-overload]
    if isinstance(decl.kind, BoolKind):
        return not value
    if isinstance(decl.kind, EnumKind):
        return next((v for v in decl.kind.values if v != value), None)
    return f"{value}-edited"


@pytest.mark.parametrize("path", FILES)
def test_one_edit_changes_only_its_node(path: Path) -> None:
    """Change each property that has a value, one at a time: only the element holding it differs, and
    writing the old value back restores it (the same text, except numbers, which may be respelled)."""
    doc = load(path.read_text())
    baseline = copy.deepcopy(doc.node)
    edits = 0
    for obj, name, decl in walk_objects(doc):
        value = getattr(obj, name)
        new = None if decl.kind is FLAG or value is None else other_value(decl, value)
        if new is None:
            continue
        setattr(obj, name, new)
        assert getattr(obj, name) == new
        target = decl.path.find_element(obj.node)
        assert tree_diff(baseline, doc.node) == [target], (type(obj).__name__, name)
        setattr(obj, name, value)
        assert getattr(obj, name) == value
        if not isinstance(decl.kind, IntKind):
            assert tree_diff(baseline, doc.node) == [], (type(obj).__name__, name)
        baseline = copy.deepcopy(doc.node)
        edits += 1
    assert edits > 0


def test_unknown_content_survives_edits() -> None:
    text = (Path(__file__).parent / "corpus" / "domain-full.xml").read_text()
    dom = load(text)
    assert isinstance(dom, Domain)
    dom.name = "renamed"
    dom.memory = 8 * 1024 * 1024
    dom.devices.disks[0].driver_cache = "writeback"
    dom.devices.disks.remove(dom.devices.disks[1])
    dom.devices.interfaces.add(type="user", model_type="virtio")
    out = dom.to_xml()
    assert '<qemu:arg value="-newarg"/>' in out
    assert "http://libosinfo.org/xmlns/libvirt/domain/1.0" in out
    assert "<!-- the system disk -->" in out and "<!-- trailing comment -->" in out
    assert "<redirfilter>" in out
    assert 'sgio="filtered"' in out
    assert schema_errors(dom) is None

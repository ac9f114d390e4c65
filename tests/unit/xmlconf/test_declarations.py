"""Every declared property, child and child list of every class is written and read back.

Classes and declarations are found by introspection, so a new property without working paths fails here.
"""

from __future__ import annotations

from typing import Any

import pytest
from lxml import etree
from unit.xmlconf.xmlconf_support import element_classes

from virtdesk.xmlconf import XMLConfError, load
from virtdesk.xmlconf.element import XMLElement
from virtdesk.xmlconf.properties import (
    FLAG,
    BoolKind,
    Child,
    ChildList,
    EnumKind,
    IntKind,
    SizeProperty,
    XMLProperty,
)

pytestmark = pytest.mark.unit

CLASSES = element_classes()
BASE_API = {name for name in dir(XMLElement) if not name.startswith("_")}


def fresh(cls: type[XMLElement]) -> XMLElement:
    return cls(etree.Element(cls.TAG or "element"))


def samples(decl: XMLProperty) -> list[Any]:
    kind = decl.kind
    if isinstance(decl, SizeProperty):
        return [3, 4096]
    if kind is FLAG:
        return [True]
    if isinstance(kind, BoolKind):
        return [True, False]
    if isinstance(kind, EnumKind):
        return [kind.values[-1], kind.values[0]]
    if isinstance(kind, IntKind):
        return [7, 12]
    return ["sample value", "other/value"]


def reparsed(obj: XMLElement) -> XMLElement:
    return type(obj)(etree.fromstring(obj.to_xml()))


PROPERTY_CASES = [
    pytest.param(cls, name, id=f"{cls.__name__}.{name}")
    for cls in CLASSES
    for name, decl in cls.declarations().items()
    if isinstance(decl, XMLProperty)
]
CHILD_CASES = [
    pytest.param(cls, name, id=f"{cls.__name__}.{name}")
    for cls in CLASSES
    for name, decl in cls.declarations().items()
    if isinstance(decl, Child | ChildList)
]


def test_classes_are_found() -> None:
    names = {c.__name__ for c in CLASSES}
    assert {"Domain", "Disk", "Interface", "Network", "StoragePool", "NodeDevice", "Secret"} <= names
    assert len(PROPERTY_CASES) > 400


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_no_declaration_hides_the_base_api(cls: type[XMLElement]) -> None:
    assert not set(cls.declarations()) & BASE_API


@pytest.mark.parametrize(("cls", "name"), PROPERTY_CASES)
def test_property_writes_reads_and_clears(cls: type[XMLElement], name: str) -> None:
    decl = cls.declarations()[name]
    assert isinstance(decl, XMLProperty)
    obj = fresh(cls)
    assert getattr(obj, name) in (None, False)
    for value in samples(decl):
        setattr(obj, name, value)
        assert getattr(obj, name) == value
        assert getattr(reparsed(obj), name) == value
    setattr(obj, name, None)
    assert getattr(obj, name) in (None, False)
    assert len(obj.node) == 0 and not obj.node.attrib and not obj.node.text, obj.to_xml()


@pytest.mark.parametrize(("cls", "name"), PROPERTY_CASES)
def test_property_rejects_wrong_values(cls: type[XMLElement], name: str) -> None:
    decl = cls.declarations()[name]
    assert isinstance(decl, XMLProperty)
    obj = fresh(cls)
    bad: Any = object()
    with pytest.raises(XMLConfError, match=f"{cls.__name__}.{name}"):
        setattr(obj, name, bad)
    assert obj.to_xml().strip() == etree.tostring(fresh(cls).node, encoding="unicode")


@pytest.mark.parametrize(("cls", "name"), CHILD_CASES)
def test_child_declarations_create_and_find_elements(cls: type[XMLElement], name: str) -> None:
    decl = cls.declarations()[name]
    obj = fresh(cls)
    if isinstance(decl, ChildList):
        items = getattr(obj, name)
        assert len(items) == 0
        first = items.add()
        second = items.add()
        items.insert(0, decl.cls(etree.Element(decl.path.steps[-1].tag, dict(decl.path.steps[-1].preds))))
        again = getattr(reparsed(obj), name)
        assert len(again) == 3 and all(type(i) is decl.cls for i in again)
        assert list(items)[1:] == [first, second]
        items.remove(first)
        assert list(items)[1:] == [second]
        items.clear()
        assert len(items) == 0
        assert len(obj.node) == 0, obj.to_xml()
    else:
        child = getattr(obj, name)
        assert type(child) is decl.cls and not child.exists()
        child.ensure_node()
        assert getattr(reparsed(obj), name).exists()
        setattr(obj, name, None)
        assert not getattr(obj, name).exists() and len(obj.node) == 0


def test_a_document_of_every_kind_loads_as_its_class() -> None:
    from virtdesk.xmlconf.loader import DOCUMENT_CLASSES

    for tag, cls in DOCUMENT_CLASSES.items():
        assert type(load(f"<{tag}/>")) is cls
    assert type(load("<interface type='ethernet'/>")) is XMLElement

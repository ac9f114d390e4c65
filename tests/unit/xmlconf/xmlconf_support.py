"""Shared helpers of the xmlconf tests: the corpus, libvirt's schemas, class enumeration, tree diffs."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from typing import Any

from lxml import etree

import virtdesk.xmlconf as xmlconf
from virtdesk.xmlconf.element import XMLElement
from virtdesk.xmlconf.properties import Child, ChildList, XMLProperty
from virtdesk.xmlconf.schema import SCHEMA_FOR_TAG, relaxng

HERE = Path(__file__).parent
CORPUS = HERE / "corpus"
GOLDEN = HERE / "golden"


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.xml"))


def schema_errors(obj: XMLElement) -> str | None:
    """None when ``obj``'s document is valid for libvirt's schema of its root element, else the errors."""
    node = obj.node
    assert node is not None
    rng = relaxng(SCHEMA_FOR_TAG[str(node.tag)])
    assert rng is not None, "libvirt's RelaxNG schemas are not installed"
    if rng.validate(etree.fromstring(obj.to_xml().encode())):
        return None
    return str(rng.error_log)


def element_classes() -> list[type[XMLElement]]:
    """Every XMLElement subclass defined in the virtdesk.xmlconf package."""
    for info in pkgutil.iter_modules(xmlconf.__path__):
        importlib.import_module(f"virtdesk.xmlconf.{info.name}")
    found: list[type[XMLElement]] = []
    todo: list[type[XMLElement]] = [XMLElement]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            if sub not in found and sub.__module__.startswith("virtdesk.xmlconf"):
                found.append(sub)
                todo.append(sub)
    return sorted(found, key=lambda c: (c.__module__, c.__name__))


def walk_objects(obj: XMLElement) -> list[tuple[XMLElement, str, Any]]:
    """Every (object, property name, declaration) reachable from ``obj`` through children that exist."""
    out: list[tuple[XMLElement, str, Any]] = []
    for name, decl in type(obj).declarations().items():
        if isinstance(decl, XMLProperty):
            out.append((obj, name, decl))
        elif isinstance(decl, Child):
            child = getattr(obj, name)
            if child.exists():
                out.extend(walk_objects(child))
        elif isinstance(decl, ChildList):
            for item in getattr(obj, name):
                out.extend(walk_objects(item))
    return out


def tree_diff(a: etree._Element, b: etree._Element) -> list[etree._Element]:
    """The elements of ``b`` that differ from their place in ``a`` (tag, attributes, text, child count)."""
    if a.tag != b.tag or dict(a.attrib) != dict(b.attrib) or (a.text or "").strip() != (b.text or "").strip():
        diffs = [b]
    else:
        diffs = []
    ka, kb = list(a), list(b)
    if len(ka) != len(kb):
        return [*diffs, b] if b not in diffs else diffs
    for x, y in zip(ka, kb, strict=True):
        diffs.extend(tree_diff(x, y))
    return diffs

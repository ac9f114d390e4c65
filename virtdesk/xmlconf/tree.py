"""Low-level node work on one lxml tree: simple paths, finding, creating in place, tidy removal.

A path is what properties are bound to: element steps separated by '/', each optionally with attribute
predicates (``feature[@name='secure-boot']``), optionally ending in ``@attribute``. Creating a missing
element puts it after its earlier siblings in a declared order and keeps the document's indentation;
removing an element keeps the indentation of what stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from lxml import etree

from .errors import XMLConfError

NAMESPACES: dict[str, str] = {
    "qemu": "http://libvirt.org/schemas/domain/qemu/1.0",
}

_STEP = re.compile(r"^(?P<tag>[\w.:-]+)(?P<preds>(?:\[@[\w.:-]+='[^']*'\])*)$")
_PRED = re.compile(r"\[@([\w.:-]+)='([^']*)'\]")

Element = etree._Element


def _clark(name: str) -> str:
    if ":" in name:
        prefix, local = name.split(":", 1)
        return f"{{{NAMESPACES[prefix]}}}{local}"
    return name


@dataclass(frozen=True, slots=True)
class Step:
    """One element step of a path: a tag and the attribute values it must carry."""

    tag: str
    preds: tuple[tuple[str, str], ...] = ()

    def matches(self, node: Element) -> bool:
        return node.tag == self.tag and all(node.get(k) == v for k, v in self.preds)

    def find(self, parent: Element) -> Element | None:
        if not self.preds:
            return parent.find(self.tag)
        for child in parent.iterchildren(self.tag):
            if all(child.get(k) == v for k, v in self.preds):
                return child
        return None

    def findall(self, parent: Element) -> list[Element]:
        if not self.preds:
            return parent.findall(self.tag)
        return [c for c in parent.iterchildren(self.tag) if all(c.get(k) == v for k, v in self.preds)]

    def make(self) -> Element:
        return etree.Element(self.tag, {k: v for k, v in self.preds})


@dataclass(frozen=True, slots=True)
class Path:
    """Element steps relative to an element, and optionally an attribute of the last one."""

    steps: tuple[Step, ...]
    attr: str | None

    @property
    def tags(self) -> tuple[str, ...]:
        return tuple(s.tag for s in self.steps)

    def find_element(self, node: Element) -> Element | None:
        for step in self.steps:
            found = step.find(node)
            if found is None:
                return None
            node = found
        return node

    def ensure_element(self, node: Element, order: ElementOrder) -> Element:
        prefix: tuple[str, ...] = ()
        for step in self.steps:
            found = step.find(node)
            if found is None:
                found = step.make()
                insert_child(node, found, order.position(node, prefix, step.tag))
            node = found
            prefix += (step.tag,)
        return node


@cache
def parse_path(text: str) -> Path:
    """Parse a property path such as ``./os/loader/@secure`` or ``./feature[@name='x']``."""
    body = text[2:] if text.startswith("./") else text
    attr: str | None = None
    parts = body.split("/") if body not in ("", ".") else []
    if parts and parts[-1].startswith("@"):
        attr = _clark(parts.pop()[1:])
    steps = []
    for part in parts:
        m = _STEP.match(part)
        if m is None:
            raise XMLConfError(f"Unsupported property path {text!r}")
        preds = tuple((_clark(k), v) for k, v in _PRED.findall(m["preds"]))
        steps.append(Step(_clark(m["tag"]), preds))
    return Path(tuple(steps), attr)


class ElementOrder:
    """Where new child elements go: for each parent path, the order its children are declared in."""

    __slots__ = ("_ranks",)

    def __init__(self, paths: list[Path]) -> None:
        ranks: dict[tuple[str, ...], dict[str, int]] = {}
        for path in paths:
            tags = path.tags
            for i, tag in enumerate(tags):
                level = ranks.setdefault(tags[:i], {})
                level.setdefault(tag, len(level))
        self._ranks = ranks

    def position(self, parent: Element, prefix: tuple[str, ...], tag: str) -> int:
        """Index in ``parent`` for a new ``tag`` child: after its last earlier-or-same sibling."""
        ranks = self._ranks.get(prefix)
        rank = ranks.get(tag) if ranks else None
        if rank is None:
            return len(parent)
        before_next: int | None = None
        after = -1
        for i, child in enumerate(parent):
            r = ranks.get(child.tag) if isinstance(child.tag, str) else None
            if r is None:
                continue
            if r <= rank:
                after = i
            elif before_next is None:
                before_next = i
        if after >= 0:
            return after + 1
        return before_next if before_next is not None else len(parent)


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def _indent_of(node: Element) -> str | None:
    """The whitespace before ``node`` on its line, or None when the document is not indented."""
    parent = node.getparent()
    if parent is None:
        return ""
    prev = node.getprevious()
    before = prev.tail if prev is not None else parent.text
    if before is None or "\n" not in before or before.strip():
        return None
    return before.rsplit("\n", 1)[1]


def insert_child(parent: Element, child: Element, index: int) -> None:
    """Insert ``child`` at ``index`` keeping the indentation of a pretty-printed document."""
    child.tail = None
    if len(parent) == 0:
        indent = _indent_of(parent)
        if indent is not None and _blank(parent.text):
            parent.text = "\n" + indent + "  "
            child.tail = "\n" + indent
        parent.insert(0, child)
    elif index == 0:
        if _blank(parent.text):
            child.tail = parent.text
        parent.insert(0, child)
    else:
        prev = parent[index - 1]
        if _blank(prev.tail) and _blank(parent.text):
            child.tail = prev.tail
            prev.tail = parent.text
        parent.insert(index, child)
    indent = _indent_of(child)
    if indent is not None and len(child):
        etree.indent(child, space="  ", level=len(indent) // 2)


def remove_element(node: Element) -> None:
    """Detach ``node`` from its parent, keeping the surrounding indentation and any mixed text."""
    parent = node.getparent()
    if parent is None:
        return
    prev = node.getprevious()
    tail = node.tail
    if not _blank(tail):
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    elif node.getnext() is None:
        if prev is not None:
            prev.tail = tail
        elif _blank(parent.text):
            parent.text = None
    parent.remove(node)


def is_empty(node: Element, step: Step | None = None) -> bool:
    """No children, no text, and no attributes other than those the path step itself requires."""
    if len(node) or not _blank(node.text):
        return False
    required = dict(step.preds) if step else {}
    return all(required.get(k) == v for k, v in node.attrib.items())


def prune_empty(node: Element, steps: tuple[Step, ...]) -> None:
    """Remove ``node`` (reached by the last of ``steps``) and its ancestors on the path while left empty."""
    for step in reversed(steps):
        parent = node.getparent()
        if parent is None or not is_empty(node, step):
            return
        remove_element(node)
        node = parent

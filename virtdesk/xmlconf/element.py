"""The base of every element object: a live view over one node of one lxml tree."""

from __future__ import annotations

import copy as _copy
from typing import Any, ClassVar, Self

from lxml import etree

from .errors import XMLConfError
from .properties import Child, ChildList, XMLProperty
from .tree import Element, ElementOrder, Path, prune_empty, remove_element

Declaration = XMLProperty | Child[Any] | ChildList[Any]


class XMLElement:
    """A view over one element; properties declared on subclasses read and write that element in place.

    A view is either bound to a node, or located by a path under a parent view (then it finds its node on
    each access, and writing creates it). Views of the same node compare equal.
    """

    TAG: ClassVar[str] = ""
    __slots__ = ("_node", "_parent", "_path")

    def __init__(
        self, node: Element | None = None, *, parent: XMLElement | None = None, path: Path | None = None
    ) -> None:
        self._node = node
        self._parent = parent
        self._path = path

    @classmethod
    def new(cls, **values: Any) -> Self:
        """A new detached element of this class (``TAG``) with the given property values set."""
        if not cls.TAG:
            raise XMLConfError(f"{cls.__name__} has no element name to create")
        obj = cls(etree.Element(cls.TAG))
        for name, value in values.items():
            if not isinstance(getattr(cls, name, None), XMLProperty):
                raise XMLConfError(f"{cls.__name__} has no property {name!r}")
            setattr(obj, name, value)
        return obj

    # -- the node -------------------------------------------------------------------------------------
    @property
    def node(self) -> Element | None:
        """The lxml element, or None while a located view's element does not exist."""
        if self._node is not None:
            return self._node
        assert self._parent is not None and self._path is not None
        parent = self._parent.node
        return None if parent is None else self._path.find_element(parent)

    def exists(self) -> bool:
        return self.node is not None

    def ensure_node(self) -> Element:
        if self._node is not None:
            return self._node
        assert self._parent is not None and self._path is not None
        return self._path.ensure_element(self._parent.ensure_node(), self._parent.element_order())

    def bind(self, node: Element) -> None:
        self._node, self._parent, self._path = node, None, None

    def detached_node(self) -> Element:
        """This object's element, taken out of any tree it is in (for adding it elsewhere)."""
        node = self.node
        if node is None:
            raise XMLConfError(f"{type(self).__name__} has no element to add")
        if node.getparent() is not None:
            remove_element(node)
        node.tail = None
        return node

    def remove(self) -> None:
        """Take this element out of its document (with any parent element its path created and left empty)."""
        node = self.node
        if node is None:
            return
        parent = node.getparent()
        remove_element(node)
        if parent is not None and self._path is not None:
            prune_empty(parent, self._path.steps[:-1])
        self.bind(node)

    @property
    def tag(self) -> str | None:
        node = self.node
        return None if node is None else str(node.tag)

    # -- declarations ---------------------------------------------------------------------------------
    _orders: ClassVar[dict[type, ElementOrder]] = {}

    @classmethod
    def declarations(cls) -> dict[str, Declaration]:
        """Every declared property, child and child list: the class's own first, then inherited ones."""
        found: dict[str, Declaration] = {}
        for klass in cls.__mro__:
            for name, value in vars(klass).items():
                if isinstance(value, XMLProperty | Child | ChildList) and name not in found:
                    found[name] = value
        return found

    @classmethod
    def element_order(cls) -> ElementOrder:
        order = XMLElement._orders.get(cls)
        if order is None:
            order = ElementOrder([d.path for d in cls.declarations().values()])
            XMLElement._orders[cls] = order
        return order

    # -- text -----------------------------------------------------------------------------------------
    def _target(self) -> Element | etree._ElementTree:
        node = self.node
        if node is None:
            raise XMLConfError(f"{type(self).__name__} has no element")
        return node.getroottree() if node.getparent() is None else node

    def to_xml(self) -> str:
        """The XML text of this element (the whole document, with comments around the root, for a root)."""
        target = self._target()
        if isinstance(target, etree._ElementTree):
            return etree.tostring(target, encoding="unicode")
        return etree.tostring(target, encoding="unicode", with_tail=False)

    def canonical(self) -> str:
        """Canonical XML (C14N 1.0 with comments): equal strings mean equal documents."""
        return etree.tostring(self._target(), method="c14n").decode()

    def copy(self) -> Self:
        """A deep copy, detached from this document (a root keeps the comments around it)."""
        target = self._target()
        if isinstance(target, etree._ElementTree):
            return type(self)(_copy.deepcopy(target).getroot())
        node = _copy.deepcopy(target)
        node.tail = None
        return type(self)(node)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, XMLElement):
            return NotImplemented
        node = self.node
        return node is not None and node is other.node

    def __hash__(self) -> int:
        return id(self.node)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.tag or '(absent)'}>"


class TextValue(XMLElement):
    """An element that holds just text (``<hostname>``, ``<machine>``, ``<value>``, ``<initarg>``)."""

    value = XMLProperty(".")

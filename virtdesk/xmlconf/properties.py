"""Declared properties: descriptors bound to a path over the element's live lxml node.

``XMLProperty(path, kind)`` reads and writes one text or attribute node (or, for ``FLAG``, the presence of
an element); ``SizeProperty`` adds a unit; ``Child`` and ``ChildList`` give element objects. Reading never
creates anything; writing creates only the missing elements on the path; writing None removes the node and
then any element of the path that it left empty.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from .errors import XMLConfError
from .tree import Path, insert_child, parse_path, prune_empty, remove_element

if TYPE_CHECKING:
    from .element import XMLElement

E = TypeVar("E", bound="XMLElement")


class Kind:
    """How a property's value is held in text: plain text, by default."""

    name = "text"

    def parse(self, text: str) -> Any:
        return text

    def format(self, value: Any, prop: str) -> str:
        if not isinstance(value, str):
            raise XMLConfError(f"{prop} must be text, not {value!r}")
        return value


class IntKind(Kind):
    name = "int"

    def parse(self, text: str) -> Any:
        try:
            return int(text)
        except ValueError:
            try:
                return int(text, 0)
            except ValueError:
                return None

    def format(self, value: Any, prop: str) -> str:
        if isinstance(value, bool) or not isinstance(value, int):
            raise XMLConfError(f"{prop} must be a whole number, not {value!r}")
        return str(value)


class HexKind(IntKind):
    """An integer written in hexadecimal with a fixed number of digits (PCI addresses, USB ids)."""

    name = "hex"

    def __init__(self, digits: int) -> None:
        self.digits = digits

    def format(self, value: Any, prop: str) -> str:
        super().format(value, prop)
        if value < 0:
            raise XMLConfError(f"{prop} must not be negative, not {value!r}")
        return f"0x{value:0{self.digits}x}"


class BoolKind(Kind):
    name = "bool"

    def __init__(self, true: str, false: str) -> None:
        self.true, self.false = true, false

    def parse(self, text: str) -> Any:
        return True if text == self.true else False if text == self.false else None

    def format(self, value: Any, prop: str) -> str:
        if not isinstance(value, bool):
            raise XMLConfError(f"{prop} must be True or False, not {value!r}")
        return self.true if value else self.false


class EnumKind(Kind):
    name = "enum"

    def __init__(self, *values: str) -> None:
        self.values = values

    def format(self, value: Any, prop: str) -> str:
        if value not in self.values:
            allowed = ", ".join(self.values)
            raise XMLConfError(f"Invalid value {value!r} for {prop}: expected one of {allowed}")
        return str(value)


class FlagKind(Kind):
    """The presence of an element (``<readonly/>``): True creates it, False or None removes it."""

    name = "flag"


TEXT = Kind()
INT = IntKind()
YES_NO = BoolKind("yes", "no")
ON_OFF = BoolKind("on", "off")
FLAG = FlagKind()
HEX2 = HexKind(2)
HEX4 = HexKind(4)


def Enum(*values: str) -> EnumKind:  # noqa: N802 - reads as a kind in declarations
    return EnumKind(*values)


class XMLProperty:
    """One value at ``path`` relative to the owning element, converted by ``kind``."""

    def __init__(self, path: str, kind: Kind = TEXT, doc: str = "") -> None:
        self.path: Path = parse_path(path)
        self.kind = kind
        self.name = ""
        self.__doc__ = doc or path
        if kind is FLAG and self.path.attr is not None:
            raise XMLConfError(f"A flag property needs an element path, not {path!r}")

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def label(self, obj: XMLElement) -> str:
        return f"{type(obj).__name__}.{self.name}"

    @overload
    def __get__(self, obj: None, owner: type) -> XMLProperty: ...
    @overload
    def __get__(self, obj: XMLElement, owner: type) -> Any: ...
    def __get__(self, obj: XMLElement | None, owner: type) -> Any:
        if obj is None:
            return self
        node = obj.node
        if node is None:
            return False if self.kind is FLAG else None
        target = self.path.find_element(node)
        if self.kind is FLAG:
            return target is not None
        if target is None:
            return None
        text = target.get(self.path.attr) if self.path.attr else target.text
        return None if text is None else self.read_text(text, target)

    def read_text(self, text: str, target: Any) -> Any:
        return self.kind.parse(text)

    def __set__(self, obj: XMLElement, value: Any) -> None:
        if value is None or (self.kind is FLAG and value is False):
            self.clear(obj)
            return
        if self.kind is FLAG:
            if value is not True:
                raise XMLConfError(f"{self.label(obj)} must be True or False, not {value!r}")
            self.path.ensure_element(obj.ensure_node(), obj.element_order())
            return
        text = self.write_text(value, obj)
        target = self.path.ensure_element(obj.ensure_node(), obj.element_order())
        if self.path.attr:
            target.set(self.path.attr, text)
        else:
            target.text = text
        self.after_write(target)

    def write_text(self, value: Any, obj: XMLElement) -> str:
        return self.kind.format(value, self.label(obj))

    def after_write(self, target: Any) -> None:
        """Hook for properties that keep a second node in step (a unit)."""

    def clear(self, obj: XMLElement) -> None:
        node = obj.node
        if node is None:
            return
        target = self.path.find_element(node)
        if target is None:
            return
        steps = self.path.steps
        if not steps and not self.path.attr:
            target.text = None
        elif self.path.attr:
            target.attrib.pop(self.path.attr, None)
            prune_empty(target, steps)
        else:
            parent = target.getparent()
            remove_element(target)
            if parent is not None and steps:
                prune_empty(parent, steps[:-1])


_UNITS: dict[str, int] = {
    "b": 1,
    "bytes": 1,
    "kb": 1000,
    "k": 1024,
    "kib": 1024,
    "mb": 1000**2,
    "m": 1024**2,
    "mib": 1024**2,
    "gb": 1000**3,
    "g": 1024**3,
    "gib": 1024**3,
    "tb": 1000**4,
    "t": 1024**4,
    "tib": 1024**4,
    "pb": 1000**5,
    "p": 1024**5,
    "pib": 1024**5,
    "eb": 1000**6,
    "e": 1024**6,
    "eib": 1024**6,
}


def unit_factor(unit: str) -> int:
    try:
        return _UNITS[unit.lower()]
    except KeyError:
        raise XMLConfError(f"Unknown size unit {unit!r}") from None


class SizeProperty(XMLProperty):
    """A size: reads as an int in ``unit`` whatever unit the document uses; writes value and unit."""

    def __init__(
        self, path: str, unit: str = "KiB", unit_attr: str = "unit", default_unit: str = "", doc: str = ""
    ) -> None:
        super().__init__(path, INT, doc)
        self.unit = unit
        self.unit_attr = unit_attr
        self.default_unit = default_unit or unit
        self.factor = unit_factor(unit)

    def read_text(self, text: str, target: Any) -> Any:
        value = INT.parse(text)
        if value is None:
            return None
        try:
            factor = unit_factor(target.get(self.unit_attr) or self.default_unit)
        except XMLConfError:
            return None
        return -(-value * factor // self.factor)

    def after_write(self, target: Any) -> None:
        target.set(self.unit_attr, self.unit)

    def clear(self, obj: XMLElement) -> None:
        node = obj.node
        target = None if node is None or not self.path.attr else self.path.find_element(node)
        if target is not None:
            target.attrib.pop(self.unit_attr, None)
        super().clear(obj)


class Child(Generic[E]):
    """A single child element object; reading gives a view even where the element does not exist yet."""

    def __init__(self, cls: type[E], path: str) -> None:
        self.cls = cls
        self.path = parse_path(path)
        self.name = ""
        self.__doc__ = path

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type) -> Child[E]: ...
    @overload
    def __get__(self, obj: XMLElement, owner: type) -> E: ...
    def __get__(self, obj: XMLElement | None, owner: type) -> Any:
        if obj is None:
            return self
        return self.cls(parent=obj, path=self.path)

    def __set__(self, obj: XMLElement, value: E | None) -> None:
        """Replace the element with ``value``'s element (moved into this tree), or remove it for None."""
        current = self.cls(parent=obj, path=self.path)
        if value is None:
            current.remove()
            return
        if not isinstance(value, self.cls):
            raise XMLConfError(f"{type(obj).__name__}.{self.name} takes a {self.cls.__name__}, not {value!r}")
        new = value.detached_node()
        old = current.node
        if old is not None:
            parent = old.getparent()
            assert parent is not None
            index = parent.index(old)
            remove_element(old)
            insert_child(parent, new, index)
        else:
            parent_path = Path(self.path.steps[:-1], None)
            parent = parent_path.ensure_element(obj.ensure_node(), obj.element_order())
            insert_child(parent, new, obj.element_order().position(parent, parent_path.tags, new.tag))
        value.bind(new)


class ChildList(Generic[E]):
    """Repeated child elements in document order, as a live list of element objects."""

    def __init__(self, cls: type[E], path: str) -> None:
        self.cls = cls
        self.path = parse_path(path)
        self.name = ""
        self.__doc__ = path

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type) -> ChildList[E]: ...
    @overload
    def __get__(self, obj: XMLElement, owner: type) -> ChildListView[E]: ...
    def __get__(self, obj: XMLElement | None, owner: type) -> Any:
        if obj is None:
            return self
        return ChildListView(obj, self)


class ChildListView(Sequence[E]):
    """The live list behind a ``ChildList``; adding an object moves its element into the document."""

    __slots__ = ("_owner", "_decl")

    def __init__(self, owner: XMLElement, decl: ChildList[E]) -> None:
        self._owner = owner
        self._decl = decl

    def _nodes(self) -> list[Any]:
        node = self._owner.node
        if node is None:
            return []
        parent = Path(self._decl.path.steps[:-1], None).find_element(node)
        return [] if parent is None else self._decl.path.steps[-1].findall(parent)

    def __len__(self) -> int:
        return len(self._nodes())

    @overload
    def __getitem__(self, index: int) -> E: ...
    @overload
    def __getitem__(self, index: slice) -> list[E]: ...
    def __getitem__(self, index: int | slice) -> E | list[E]:
        nodes = self._nodes()
        if isinstance(index, slice):
            return [self._decl.cls(n) for n in nodes[index]]
        return self._decl.cls(nodes[index])

    def __iter__(self) -> Iterator[E]:
        cls = self._decl.cls
        return (cls(n) for n in self._nodes())

    def __repr__(self) -> str:
        return f"<{self._decl.cls.__name__} list of {len(self)}>"

    def add(self, **values: Any) -> E:
        """Create an element of this list's kind with the given property values and append it."""
        item = self._decl.cls(self._decl.path.steps[-1].make())
        for name, value in values.items():
            if not isinstance(getattr(self._decl.cls, name, None), XMLProperty):
                raise XMLConfError(f"{self._decl.cls.__name__} has no property {name!r}")
            setattr(item, name, value)
        return self.append(item)

    def append(self, item: E) -> E:
        return self.insert(len(self), item)

    def insert(self, index: int, item: E) -> E:
        """Put ``item`` before the ``index``-th element of the list (at the end past the last one)."""
        decl = self._decl
        if not isinstance(item, decl.cls):
            raise XMLConfError(f"This list holds {decl.cls.__name__} objects, not {item!r}")
        step = decl.path.steps[-1]
        new = item.detached_node()
        if not step.matches(new):
            raise XMLConfError(f"A <{new.tag}> element does not belong in {decl.name}")
        nodes = self._nodes()
        if 0 <= index < len(nodes) or (index < 0 and -index <= len(nodes)):
            anchor = nodes[index]
            parent = anchor.getparent()
            position = parent.index(anchor)
        elif nodes:
            parent = nodes[-1].getparent()
            position = parent.index(nodes[-1]) + 1
        else:
            parent_path = Path(decl.path.steps[:-1], None)
            order = self._owner.element_order()
            parent = parent_path.ensure_element(self._owner.ensure_node(), order)
            position = order.position(parent, parent_path.tags, step.tag)
        insert_child(parent, new, position)
        item.bind(new)
        return item

    def remove(self, item: E) -> None:
        """Take ``item`` out of the document, and the list's parent elements once they are left empty."""
        node = item.node
        if node is None or node not in self._nodes():
            raise XMLConfError(f"{item!r} is not in this list")
        parent = node.getparent()
        item.remove()
        if parent is not None:
            prune_empty(parent, self._decl.path.steps[:-1])

    def clear(self) -> None:
        for item in list(self):
            self.remove(item)

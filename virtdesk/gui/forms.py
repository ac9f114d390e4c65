"""Qt Designer forms (the top-level ui/ folder): a window's layout comes from ui/NAME.ui, its behaviour from the
Python module of the same name.

A form's top-level widget is a plain QWidget; `load_form` builds it inside the window that owns it and returns it,
and `Form.child` finds the named widgets, failing loudly when a form and its code disagree.

A widget of virtdesk's own class stands in the form as its Qt base class (a QListWidget for the boot order list)
and `Form.promote` puts the real one in its place. Forms name no custom widgets: PySide6 keeps every widget that
a QUiLoader's registered custom-widget class built alive for as long as the program runs, closed windows' too.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice, QObject, QSize
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from virtdesk.resources import ui_path

W = TypeVar("W", bound=QObject)
P = TypeVar("P", bound=QWidget)


class FormError(RuntimeError):
    """A form file is missing, unreadable, or lacks a widget its code names."""


class Form:
    """The widgets of one loaded form."""

    def __init__(self, name: str, widget: QWidget) -> None:
        self.name = name
        self.widget = widget

    def child(self, kind: type[W], object_name: str) -> W:
        found = self.widget.findChild(kind, object_name)
        if found is None:
            raise FormError(f"ui/{self.name}.ui has no {kind.__name__} named {object_name!r}")
        return found

    def promote(self, object_name: str, widget: P) -> P:
        """Puts widget where the form has its stand-in of that name, with the sizes, size policy and accessible
        name the form gave the stand-in; the stand-in is deleted."""
        stand_in = self.child(QWidget, object_name)
        holder = stand_in.parentWidget().layout() if stand_in.parentWidget() is not None else None
        if holder is None or holder.replaceWidget(stand_in, widget) is None:
            raise FormError(f"ui/{self.name}.ui: {object_name!r} is in no layout")
        plain = type(stand_in)()
        if stand_in.sizePolicy() != plain.sizePolicy():
            widget.setSizePolicy(stand_in.sizePolicy())
        if stand_in.minimumSize() != QSize(0, 0):
            widget.setMinimumSize(stand_in.minimumSize())
        if stand_in.maximumSize() != plain.maximumSize():
            widget.setMaximumSize(stand_in.maximumSize())
        if stand_in.accessibleName():
            widget.setAccessibleName(stand_in.accessibleName())
        plain.deleteLater()
        widget.setObjectName(object_name)
        stand_in.setParent(None)
        stand_in.deleteLater()
        return widget


def load_form(name: str, owner: QWidget) -> Form:
    """Builds ui/NAME.ui as the whole content of owner (a dialog or a page) and returns its widgets.

    The form's strings are translated in the context of the form's class name, as lupdate files them.
    """
    path = ui_path(name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"cannot read {path}: {file.errorString()}")
    loader = QUiLoader()
    try:
        widget = loader.load(file, owner)
    finally:
        file.close()
    if widget is None:
        raise FormError(f"cannot build {path}")
    layout = owner.layout()
    if layout is None:
        layout = QVBoxLayout(owner)
        widget_layout = widget.layout()
        if widget_layout is not None:
            widget_layout.setContentsMargins(0, 0, 0, 0)  # the owner's margins frame the form
    layout.addWidget(widget)
    return Form(name, widget)

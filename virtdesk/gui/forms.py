"""Qt Designer forms (the top-level ui/ folder): a window's layout comes from ui/NAME.ui, its behaviour from the
Python module of the same name.

A form's top-level widget is a plain QWidget; `load_form` builds it inside the window that owns it and returns it,
and `Form.child` finds the named widgets, failing loudly when a form and its code disagree.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from virtdesk.resources import ui_path

W = TypeVar("W", bound=QObject)


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


def load_form(name: str, owner: QWidget, custom: tuple[type[QWidget], ...] = ()) -> Form:
    """Builds ui/NAME.ui as the whole content of owner (a dialog or a page) and returns its widgets.

    custom: the classes of the form's promoted widgets (its `customwidgets`), built by their class name.
    The form's strings are translated in the context of the form's class name, as lupdate files them.
    """
    path = ui_path(name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"cannot read {path}: {file.errorString()}")
    loader = QUiLoader()
    for kind in custom:
        loader.registerCustomWidget(kind)
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

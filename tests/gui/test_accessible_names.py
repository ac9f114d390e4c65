"""Every control of the main windows and dialogs has a name for screen readers: the name Qt's accessibility
gives it (its own text, the label that is its buddy, or an explicit accessible name), checked on every widget,
shown or not, so a control on a page not yet opened is covered too."""

from __future__ import annotations

import pytest
from details_harness import open_details, open_host_details
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from virtdesk import demo
from virtdesk.gui.new_vm.wizard import NewVmWizard

pytestmark = pytest.mark.gui

CONTROLS = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView, QAbstractSlider,
            QPlainTextEdit, QTextEdit)
# Qt's own parts of a composite control: named by the control they belong to
COMPOSITES = (QComboBox, QAbstractSpinBox, QLineEdit, QTabBar, QScrollBar, QHeaderView)


def is_qt_part(widget: QWidget) -> bool:
    if isinstance(widget, QHeaderView | QScrollBar) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(window: QWidget) -> list[str]:
    """The controls of the window (not of its popups) that a screen reader would announce without a name."""
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.window() is not window or is_qt_part(widget):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if not interface.text(QAccessible.Text.Name).strip():
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parentWidget()).__name__}"
                         f" {widget.parentWidget().objectName()!r}")
    return found


def test_the_manager_add_connection_and_preferences(manager):
    manager.connect(demo.demo_uri())
    window = manager.window
    assert unnamed_controls(window) == []
    assert unnamed_controls(window.add_connection()) == []
    assert unnamed_controls(window.show_preferences()) == []


def test_the_details_window_of_every_demo_vm(demo_connection, qtbot):
    unnamed = set()
    for domain in list(demo_connection.domains.values()):
        window = open_details(qtbot, demo_connection, domain.name)
        unnamed |= {f"{domain.name}: {control}" for control in unnamed_controls(window)}
        window.close()
    assert sorted(unnamed) == []


def test_the_new_vm_wizard(demo_connection, qtbot):
    wizard = NewVmWizard([demo_connection], demo_connection)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: not wizard.loading, timeout=20000)
    assert unnamed_controls(wizard) == []


def test_the_host_details_window(demo_connection, qtbot):
    window = open_host_details(qtbot, demo_connection)
    assert unnamed_controls(window) == []

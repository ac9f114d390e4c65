"""The installed binary dependencies keep Python's reference counts: no call may lose None, True or False.

PySide6-Essentials 6.12.0 on CPython 3.11 loses one reference to None per void Qt call (to True or False per
bool-returning one) and aborts the program after a few thousand calls. Before Python 3.12 (where these objects
became immortal) every binding the program calls in its loops is checked over 10,000 calls.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

import libvirt
import pytest
from lxml import etree
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QTreeView

from virtdesk.binding_check import IMMORTAL_NONE, SINGLETONS, qt_binding_leaks, references_lost

pytestmark = pytest.mark.gui
CALLS = 10_000
PROBE = 100  # a leaking binding fails here, long before the 10,000 calls would abort the test run


def _give_back(times: int) -> None:
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    for singleton in SINGLETONS:
        for _ in range(times):
            incref(singleton)


def _lost(call: Callable[[], None]) -> float:
    """References lost per call; what a leaking binding took is given back so the run can report it."""
    loss = references_lost(call, PROBE)
    if loss > 0:
        _give_back(round(loss * PROBE) + 1)
        return loss
    return references_lost(call, CALLS)


def _painter_calls(painter: QPainter) -> dict[str, Callable[[], None]]:
    pen = QPen(QColor("steelblue"), 1.5)
    return {
        "QPainter.save+restore": lambda: (painter.save(), painter.restore()),
        "QPainter.setPen": lambda: painter.setPen(pen),
        "QPainter.drawLine": lambda: painter.drawLine(QPointF(0, 0), QPointF(5, 5)),
        "QPainter.fillRect": lambda: painter.fillRect(QRectF(0, 0, 4, 4), QColor("white")),
        "QPainter.drawText": lambda: painter.drawText(QRectF(0, 0, 30, 10), "42 %"),
    }


def _other_calls() -> dict[str, Callable[[], None]]:
    path = QPainterPath()
    model = QStandardItemModel(4, 2)
    item = QStandardItem("vm")
    model.setItem(0, 0, item)
    label = QLabel()
    view = QTreeView()
    view.setModel(model)
    element = etree.Element("domain")
    return {
        "QPainterPath.lineTo": lambda: path.lineTo(1.0, 2.0),
        "QPainterPath.moveTo": lambda: path.moveTo(0.0, 0.0),
        "QStandardItem.setData": lambda: item.setData("x", Qt.ItemDataRole.UserRole),
        "QAbstractItemModel.dataChanged": lambda: model.dataChanged.emit(model.index(0, 0), model.index(0, 1)),
        "QLabel.setText": lambda: label.setText("Connected"),
        "QWidget.update": lambda: label.update(),
        "QTreeView.setColumnWidth": lambda: view.setColumnWidth(0, 80),
        "lxml Element.set": lambda: element.set("type", "kvm"),
        "lxml Element.get (absent)": lambda: element.get("absent"),
        "libvirt virGetLastError (none)": lambda: libvirt.virGetLastError(),
    }


@pytest.mark.skipif(IMMORTAL_NONE, reason="None is immortal from Python 3.12 on: a lost reference does no harm")
def test_calls_of_the_bindings_keep_their_references(qtbot):
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        calls = {**_painter_calls(painter), **_other_calls()}
        lost = {name: _lost(call) for name, call in calls.items()}
    finally:
        painter.end()
    leaking = {name: loss for name, loss in lost.items() if loss > 0.001}
    assert not leaking, f"references to None, True or False lost per call: {leaking}"
    assert not qt_binding_leaks()


@pytest.mark.skipif(IMMORTAL_NONE, reason="None is immortal from Python 3.12 on: its count never moves")
def test_the_check_sees_a_call_that_loses_none():
    decref = ctypes.pythonapi.Py_DecRef
    decref.argtypes = [ctypes.py_object]
    try:
        loss = references_lost(lambda: decref(None), 100)
    finally:
        _give_back(101)
    assert loss == pytest.approx(1.0)
    assert sys.getrefcount(None) > 100

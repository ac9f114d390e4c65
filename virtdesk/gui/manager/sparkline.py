"""Draws the CPU column: a sparkline of recent usage behind the current figure."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from virtdesk.gui.manager.vm_tree_model import Role

POINTS = 30
LINE_COLOUR = "#3b7dd8"  # readable on light and dark list backgrounds


class SparklineDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        history = index.data(Role.CPU_HISTORY)
        if not history:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text, option.text = option.text, ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect = option.rect.adjusted(2, 3, -2, -3)
        values = list(history)[-POINTS:]
        step = rect.width() / max(1, POINTS - 1)
        x0 = rect.right() - step * (len(values) - 1)
        path = QPainterPath()
        for i, value in enumerate(values):
            point = QPointF(x0 + i * step, rect.bottom() - rect.height() * min(100.0, value) / 100.0)
            if i == 0:
                path.moveTo(point)
            else:
                path.lineTo(point)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.HighlightedText) if selected
                            else QColor(LINE_COLOUR), 1.2))
        painter.drawPath(path)
        painter.setPen(option.palette.color(option.palette.ColorRole.HighlightedText if selected
                                            else option.palette.ColorRole.Text))
        painter.drawText(option.rect.adjusted(4, 0, -4, 0),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()

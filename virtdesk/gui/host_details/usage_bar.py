"""Draws a share (a fraction from 0 to 1 in the Fraction role) as a bar behind the cell's text: how full a pool
is, or how far a job has come."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from virtdesk.gui.tones import is_dark

FRACTION_ROLE = Qt.ItemDataRole.UserRole + 40
# (below WARN_AT, at or above it) behind dark text, and behind light text
FILLS = {False: ("#7fa8e0", "#e07f7f"), True: ("#2f5c99", "#993d3d")}
WARN_AT = 0.9


class UsageBarDelegate(QStyledItemDelegate):
    PADDING = 8

    def __init__(self, parent: QObject | None = None, warn_at: float | None = WARN_AT) -> None:
        """warn_at: the share from which the bar is drawn in the warning colour (None: never)."""
        super().__init__(parent)
        self.warn_at = warn_at

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + self.PADDING, size.height() + self.PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        fraction = index.data(FRACTION_ROLE)
        if fraction is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        text, option.text = option.text, ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        frame = QRectF(option.rect.adjusted(3, 3, -3, -3))
        border = QColor(option.palette.color(option.palette.ColorRole.Text))
        border.setAlpha(70)
        painter.setPen(border)
        painter.drawRect(frame)
        share = min(1.0, max(0.0, float(fraction)))
        painter.fillRect(QRectF(frame.left() + 1, frame.top() + 1, (frame.width() - 1) * share, frame.height() - 1),
                         QColor(FILLS[is_dark(option.palette)][self.warn_at is not None and share >= self.warn_at]))
        painter.setPen(option.palette.color(option.palette.ColorRole.Text))
        painter.drawText(frame.adjusted(4, 0, -4, 0), int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()

"""A history graph drawn with QPainter: one or more series, the latest value of each, and a scale in human units."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import islice

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from virtdesk.model.stats import HISTORY


@dataclass
class GraphSeries:
    """One line of a graph: its name, its values (oldest first) and its colour."""

    name: str
    values: Sequence[float]
    color: str


def nice_ceiling(value: float, base: int = 1) -> float:
    """The smallest of 1, 2, 5 × 10^n that is at least value (a round top for an axis), counted in the largest
    power of base (e.g. 1024 for byte sizes) that keeps it at least 1, so the top reads round in that unit."""
    if value <= 0:
        return 1.0
    unit = 1
    while base > 1 and value / (unit * base) >= 1:
        unit *= base
    if unit > 1:
        return nice_ceiling(value / unit) * unit
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * power:
            return float(step * power)
    return float(10 * power)


class GraphWidget(QWidget):
    """Draws series over a fixed number of points, newest on the right. `maximum` fixes the top of the scale
    (e.g. 100 for a percentage); without it the scale grows to a round figure above the highest value (round in
    units of `base`: 1024 for bytes)."""

    def __init__(self, title: str, formatter: Callable[[float], str], maximum: float | None = None,
                 points: int = HISTORY, base: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base = base
        self.title = title
        self.formatter = formatter
        self.maximum = maximum
        self.points = points
        self.series: list[GraphSeries] = []
        self.empty_text = ""
        self.setMinimumSize(220, 140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(320, 180)

    def set_series(self, series: list[GraphSeries], empty_text: str = "") -> None:
        self.series = series
        self.empty_text = empty_text
        self.update()

    def recent(self, series: GraphSeries) -> list[float]:
        """The values that fit on the graph, oldest first."""
        return list(islice(series.values, max(0, len(series.values) - self.points), None))

    def scale_top(self) -> float:
        if self.maximum is not None:
            return self.maximum
        return nice_ceiling(max((max(self.recent(s)) for s in self.series if s.values), default=0.0), self.base)

    def current_text(self) -> str:
        """The latest value of each series, as shown in the header."""
        parts = []
        for s in self.series:
            value = self.formatter(s.values[-1]) if s.values else "—"
            parts.append(f"{s.name} {value}" if len(self.series) > 1 else value)
        return "   ".join(parts)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(palette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        line = metrics.height()
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        painter.drawText(QRectF(0, 0, self.width(), line), int(Qt.AlignmentFlag.AlignLeft), self.title)
        painter.setFont(self.font())
        painter.drawText(QRectF(0, 0, self.width(), line), int(Qt.AlignmentFlag.AlignRight), self.current_text())

        top = self.scale_top()
        scale_width = max(metrics.horizontalAdvance(self.formatter(top)), metrics.horizontalAdvance("0")) + 6
        plot = QRectF(scale_width, line + 6, self.width() - scale_width - 1, self.height() - line - 7 - line)
        painter.fillRect(plot, palette.color(palette.ColorRole.Base))
        grid = QColor(text_color)
        grid.setAlpha(40)
        painter.setPen(QPen(grid, 1))
        for i in range(5):
            y = plot.top() + plot.height() * i / 4
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.drawRect(plot)
        painter.setPen(text_color)
        right = int(Qt.AlignmentFlag.AlignRight)
        painter.drawText(QRectF(0, plot.top() - line / 2, scale_width - 4, line), right, self.formatter(top))
        painter.drawText(QRectF(0, plot.bottom() - line / 2, scale_width - 4, line), right, self.formatter(0))
        painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), line),
                         int(Qt.AlignmentFlag.AlignLeft), self.tr("older"))
        painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), line), right, self.tr("now"))

        if not any(s.values for s in self.series):
            painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter), self.empty_text or self.tr("No data yet"))
            return
        step = plot.width() / max(1, self.points - 1)
        for s in self.series:
            values = self.recent(s)
            if not values:
                continue
            x0 = plot.right() - step * (len(values) - 1)
            path = QPainterPath()
            for i, value in enumerate(values):
                point = QPointF(x0 + i * step, plot.bottom() - plot.height() * min(top, max(0.0, value)) / top)
                if i == 0:
                    path.moveTo(point)
                else:
                    path.lineTo(point)
            fill = QPainterPath(path)
            fill.lineTo(QPointF(plot.right(), plot.bottom()))
            fill.lineTo(QPointF(x0, plot.bottom()))
            fill.closeSubpath()
            shade = QColor(s.color)
            shade.setAlpha(50 if len(self.series) == 1 else 25)
            painter.fillPath(fill, shade)
            painter.setPen(QPen(QColor(s.color), 1.6))
            painter.drawPath(path)
        if len(self.series) > 1:
            x = plot.left() + 6
            for s in self.series:
                painter.fillRect(QRectF(x, plot.top() + 6, 10, 10), QColor(s.color))
                painter.setPen(text_color)
                painter.drawText(QPointF(x + 14, plot.top() + 6 + metrics.ascent() - 2), s.name)
                x += 14 + metrics.horizontalAdvance(s.name) + 12

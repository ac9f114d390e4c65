"""Icons: the desktop theme's where it has them, drawn ones for VM states."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPixmap, QPolygonF

from virtdesk.model.domain import DomainState

_STATE_COLOURS = {
    DomainState.RUNNING: "#2e9e44", DomainState.BLOCKED: "#2e9e44", DomainState.PAUSED: "#d9a400",
    DomainState.SHUTDOWN: "#d9a400", DomainState.SHUTOFF: "#8a8f98", DomainState.CRASHED: "#cc2f2f",
    DomainState.PMSUSPENDED: "#3b7dd8", DomainState.NOSTATE: "#8a8f98",
}


@cache
def state_icon(state: DomainState) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32):
        icon.addPixmap(_state_pixmap(state, size))
    return icon


def _state_pixmap(state: DomainState, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(_STATE_COLOURS[state]))
    m = size * 0.06
    p.drawEllipse(QRectF(m, m, size - 2 * m, size - 2 * m))
    p.setBrush(QColor("white"))
    s = size / 16
    if state in (DomainState.RUNNING, DomainState.BLOCKED):
        p.drawPolygon(QPolygonF([QPointF(6 * s, 4.5 * s), QPointF(12 * s, 8 * s), QPointF(6 * s, 11.5 * s)]))
    elif state in (DomainState.PAUSED, DomainState.PMSUSPENDED):
        p.drawRect(QRectF(5 * s, 4.5 * s, 2 * s, 7 * s))
        p.drawRect(QRectF(9 * s, 4.5 * s, 2 * s, 7 * s))
    elif state is DomainState.CRASHED:
        path = QPainterPath()
        path.addRect(QRectF(7 * s, 3.5 * s, 2 * s, 6 * s))
        path.addRect(QRectF(7 * s, 10.5 * s, 2 * s, 2 * s))
        p.drawPath(path)
    else:
        p.drawRect(QRectF(5 * s, 5 * s, 6 * s, 6 * s))
    p.end()
    return pixmap


def themed(name: str, fallback: QIcon | None = None) -> QIcon:
    icon = QIcon.fromTheme(name)
    return icon if not icon.isNull() or fallback is None else fallback

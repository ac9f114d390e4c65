"""Icons: the desktop theme's where it has them, else virtdesk's bundled SVGs; drawn ones for VM states."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPixmap, QPolygonF

from virtdesk.model.domain import DomainState
from virtdesk.resources import APP_ID, icon_path, resource_path

_STATE_COLOURS = {
    DomainState.RUNNING: "#2e9e44", DomainState.BLOCKED: "#2e9e44", DomainState.PAUSED: "#d9a400",
    DomainState.SHUTDOWN: "#d9a400", DomainState.SHUTOFF: "#8a8f98", DomainState.CRASHED: "#cc2f2f",
    DomainState.PMSUSPENDED: "#3b7dd8", DomainState.NOSTATE: "#8a8f98",
}


@cache
def state_icon(state: DomainState, saved: bool = False) -> QIcon:
    """A disc of the state's colour with its sign; `saved` (shut off with a saved state to restore) gives the
    stopped disc the colour of a suspended VM."""
    icon = QIcon()
    for size in (16, 24, 32):
        icon.addPixmap(_state_pixmap(state, size, saved))
    return icon


def _state_pixmap(state: DomainState, size: int, saved: bool) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(_STATE_COLOURS[DomainState.PMSUSPENDED if saved else state]))
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


@cache
def bundled(name: str) -> QIcon:
    """virtdesk's own drawing of the freedesktop icon NAME (resources/icons/fallback/NAME.svg), else a null icon."""
    path = resource_path("icons", "fallback", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def themed(name: str) -> QIcon:
    """The desktop theme's icon, else virtdesk's bundled one of the same name."""
    return QIcon.fromTheme(name, bundled(name))


def app_icon() -> QIcon:
    """virtdesk's own icon: the one installed under the desktop's icon theme, else the bundled SVG."""
    return QIcon.fromTheme(APP_ID, QIcon(str(icon_path("virtdesk"))))


def list_icon(name: str, size: int = 32) -> QIcon:
    """themed(name), or a transparent icon of the same size so the texts of a list stay aligned."""
    icon = themed(name)
    if icon.isNull():
        blank = QPixmap(size, size)
        blank.fill(Qt.GlobalColor.transparent)
        icon = QIcon(blank)
    return icon

"""Icons: the desktop theme's where it has them, drawn ones for VM states."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication, QStyle

from virtdesk.model.domain import DomainState
from virtdesk.resources import APP_ID, icon_path

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


# Where the desktop has no icon theme, Qt's own style icons stand in for the commonest names.
_STYLE_FALLBACKS = {
    "media-playback-start": QStyle.StandardPixmap.SP_MediaPlay,
    "media-playback-pause": QStyle.StandardPixmap.SP_MediaPause,
    "process-stop": QStyle.StandardPixmap.SP_MediaStop,
    "system-shutdown": QStyle.StandardPixmap.SP_BrowserStop,
    "view-refresh": QStyle.StandardPixmap.SP_BrowserReload,
    "document-save": QStyle.StandardPixmap.SP_DialogSaveButton,
    "document-open": QStyle.StandardPixmap.SP_DialogOpenButton,
    "application-exit": QStyle.StandardPixmap.SP_DialogCloseButton,
    "dialog-information": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "dialog-warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "dialog-error": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "drive-harddisk": QStyle.StandardPixmap.SP_DriveHDIcon,
    "drive-removable-media": QStyle.StandardPixmap.SP_DriveCDIcon,
    "network-wired": QStyle.StandardPixmap.SP_DriveNetIcon,
    "computer": QStyle.StandardPixmap.SP_ComputerIcon,
    "video-display": QStyle.StandardPixmap.SP_DesktopIcon,
    "folder-remote": QStyle.StandardPixmap.SP_DirIcon,
    "utilities-terminal": QStyle.StandardPixmap.SP_FileIcon,
    "list-remove": QStyle.StandardPixmap.SP_TrashIcon,
}


def themed(name: str) -> QIcon:
    """The desktop theme's icon, else Qt's built-in one for the commonest names, else no icon."""
    icon = QIcon.fromTheme(name)
    if icon.isNull() and name in _STYLE_FALLBACKS:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            return app.style().standardIcon(_STYLE_FALLBACKS[name])
    return icon


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

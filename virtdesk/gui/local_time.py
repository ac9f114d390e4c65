"""A moment as the user's locale writes it, short: under the C/POSIX locale (Qt's "d MM yyyy") as ISO 8601."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale

ISO_MINUTES = "yyyy-MM-dd HH:mm"


def short_date_time(seconds: float, locale: QLocale | None = None) -> str:
    """Seconds since the epoch as a local date and time to the minute."""
    locale = locale or QLocale()
    moment = QDateTime.fromSecsSinceEpoch(int(seconds))
    if locale.language() == QLocale.Language.C:
        return moment.toString(ISO_MINUTES)
    return locale.toString(moment, QLocale.FormatType.ShortFormat)

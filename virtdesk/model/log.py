"""The application's log of errors and notable events, shown in full in the log window."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QObject, Signal

logger = logging.getLogger("virtdesk")


@dataclass(frozen=True)
class LogEntry:
    level: int
    source: str
    message: str
    detail: str = ""
    time: datetime = field(default_factory=datetime.now)


class EventLog(QObject):
    """Keeps the latest entries (bounded) and announces each new one."""

    added = Signal(object)

    def __init__(self, limit: int = 2000) -> None:
        super().__init__()
        self.limit = limit
        self.entries: list[LogEntry] = []

    def add(self, level: int, source: str, message: str, detail: str = "") -> LogEntry:
        entry = LogEntry(level, source, message, detail)
        self.entries.append(entry)
        if len(self.entries) > self.limit:
            del self.entries[: len(self.entries) - self.limit]
        logger.log(level, "%s: %s%s", source, message, f" ({detail})" if detail else "")
        self.added.emit(entry)
        return entry

    def error(self, source: str, message: str, detail: str = "") -> LogEntry:
        return self.add(logging.ERROR, source, message, detail)

    def warning(self, source: str, message: str, detail: str = "") -> LogEntry:
        return self.add(logging.WARNING, source, message, detail)

    def info(self, source: str, message: str, detail: str = "") -> LogEntry:
        return self.add(logging.INFO, source, message, detail)


_log: EventLog | None = None


def event_log() -> EventLog:
    global _log
    if _log is None:
        _log = EventLog()
    return _log

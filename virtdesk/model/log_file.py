"""Where the log goes besides the log window: standard error (warnings and errors) and a file under the XDG state
folder, `$XDG_STATE_HOME/virtdesk/virtdesk.log` (default `~/.local/state`), rotated at 1 MiB with five old files
kept. The file holds every event log entry (model/log.py), and with `--debug` both hold debugging detail too.

The file is written on a thread of its own, so no window waits on the disk. No password reaches either: the ones
given to a login are kept out (`keep_out_of_logs`), and so are the passwords written into URIs and libvirt XML.
"""

from __future__ import annotations

import atexit
import logging
import logging.handlers
import os
import queue
import re
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 1024 * 1024
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(name)s %(levelname)s %(message)s"
HIDDEN = "••••••"
_WRITTEN_SECRETS = (
    re.compile(r"""(\bpasswd\s*=\s*)(["'])(.*?)\2"""),  # <graphics passwd='...'>
    re.compile(r"""(\bpassword\s*=\s*)(["'])(.*?)\2""", re.IGNORECASE),  # <user password='...'>, password="..."
    re.compile(r"""(\b(?:password|passwd)=)()([^&\s'"<>]+)()""", re.IGNORECASE),  # a URI's ?password=...
    re.compile(r"""(\b[a-z][a-z0-9+.-]*://[^/:@\s]+:)()([^@/\s]+)()(?=@)""", re.IGNORECASE),  # user:secret@host
)

_secrets: set[str] = set()
_secrets_lock = threading.Lock()


def keep_out_of_logs(secret: str) -> None:
    """From now on, secret (a password or passphrase someone typed) is written as HIDDEN in every log."""
    if secret:
        with _secrets_lock:
            _secrets.add(secret)


def redacted(text: str) -> str:
    """text with every known secret and every password written into a URI or XML replaced by HIDDEN."""
    with _secrets_lock:
        secrets = sorted(_secrets, key=len, reverse=True)  # a secret holding another one goes first
    for secret in secrets:
        text = text.replace(secret, HIDDEN)
    for pattern in _WRITTEN_SECRETS:
        text = pattern.sub(lambda m: f"{m.group(1)}{m.group(2)}{HIDDEN}{m.group(2)}", text)
    return text


class RedactingFilter(logging.Filter):
    """Puts a record's message (and traceback) through `redacted` before a handler writes it."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = redacted(record.getMessage())
        if record.exc_info:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
        if record.exc_text:
            record.exc_text = redacted(record.exc_text)
        if record.stack_info:
            record.stack_info = redacted(record.stack_info)
        record.msg, record.args = message, None
        return True


def state_dir() -> Path:
    """virtdesk's folder under the XDG state folder (a relative XDG_STATE_HOME is ignored, as the spec says)."""
    base = os.environ.get("XDG_STATE_HOME", "")
    root = Path(base) if os.path.isabs(base) else Path.home() / ".local" / "state"
    return root / "virtdesk"


def log_path() -> Path:
    return state_dir() / "virtdesk.log"


@dataclass
class LogOutputs:
    """The handlers start_logging installed; `stop()` writes what is queued and takes them away again."""

    path: Path
    stderr: logging.Handler
    queued: logging.Handler
    listener: logging.handlers.QueueListener | None

    def stop(self) -> None:
        root = logging.getLogger()
        for handler in (self.stderr, self.queued):
            root.removeHandler(handler)
        if self.listener is not None:
            self.listener.stop()
            for handler in self.listener.handlers:
                handler.close()
            self.listener = None


def start_logging(debug: bool = False, path: Path | None = None) -> LogOutputs:
    """Sends the log to standard error (warnings and up; everything with debug) and to the log file (the event
    log's entries, information and up; everything with debug). A file that cannot be opened leaves standard error
    only, saying why."""
    path = path or log_path()
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    stderr = logging.StreamHandler(sys.stderr)
    stderr.setLevel(logging.DEBUG if debug else logging.WARNING)
    stderr.setFormatter(logging.Formatter(FORMAT))
    stderr.addFilter(RedactingFilter())
    root.addHandler(stderr)
    records: queue.SimpleQueue[logging.LogRecord] = queue.SimpleQueue()
    queued = logging.handlers.QueueHandler(records)
    queued.setLevel(logging.DEBUG if debug else logging.INFO)
    queued.addFilter(RedactingFilter())
    listener = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.parent.chmod(0o700)
        file = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                                    encoding="utf-8", delay=True)
    except OSError as error:
        logging.getLogger("virtdesk").warning("no log file at %s: %s", path, error.strerror or error)
    else:
        file.setFormatter(logging.Formatter(FORMAT))
        listener = logging.handlers.QueueListener(records, file)
        listener.start()
        root.addHandler(queued)
    outputs = LogOutputs(path, stderr, queued, listener)
    atexit.register(outputs.stop)
    return outputs

"""libvirt's default event loop, run on its own thread so events arrive without polling.

The thread is guarded: a failing iteration is logged and the loop goes on; a thread that died anyway is
noticed the next time a connection opens, reported and started again.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import libvirt

_lock = threading.Lock()
_thread: threading.Thread | None = None
_registered = False
_run_once: Callable[[], int] = libvirt.virEventRunDefaultImpl
logger = logging.getLogger("virtdesk.events")


def _report(message: str, detail: str = "") -> None:
    """Into the application's log (on the GUI thread) once Qt runs, else Python's log."""
    from PySide6.QtCore import QCoreApplication

    from virtdesk.model.log import event_log
    from virtdesk.model.worker import call_in_gui

    if QCoreApplication.instance() is None:
        logger.error("%s %s", message, detail)
        return
    call_in_gui(lambda: event_log().error("libvirt", message, detail))


def _run() -> None:
    failures = 0
    while True:
        try:
            if _run_once() < 0:
                raise RuntimeError("virEventRunDefaultImpl failed")
            failures = 0
        except Exception as exc:  # noqa: BLE001 - the loop must outlive any one failure
            failures += 1
            if failures == 1:
                from PySide6.QtCore import QCoreApplication  # Qt loads after the first connections start opening

                _report(QCoreApplication.translate("events", "libvirt's event loop failed; it goes on"), str(exc))
            time.sleep(min(1.0, 0.01 * failures))


def _quiet(_context: object, _error: object) -> None:
    """libvirt prints every error to stderr by default; virtdesk reports them itself."""


def ensure_event_loop() -> None:
    """Registers libvirt's event implementation (once, before any connection opens) and keeps it running."""
    global _thread, _registered
    with _lock:
        if _thread is not None and _thread.is_alive():
            return
        if not _registered:
            libvirt.registerErrorHandler(_quiet, None)
            libvirt.virEventRegisterDefaultImpl()
            _registered = True
        elif _thread is not None:
            from PySide6.QtCore import QCoreApplication

            _report(QCoreApplication.translate("events", "libvirt's event loop had stopped; it was started again"))
        _thread = threading.Thread(target=_run, name="libvirt-events", daemon=True)
        _thread.start()

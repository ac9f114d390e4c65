"""libvirt's default event loop, run on its own thread so events arrive without polling."""

from __future__ import annotations

import threading

import libvirt

_lock = threading.Lock()
_thread: threading.Thread | None = None


def _run() -> None:
    while True:
        libvirt.virEventRunDefaultImpl()


def _quiet(_context: object, _error: object) -> None:
    """libvirt prints every error to stderr by default; virtdesk reports them itself."""


def ensure_event_loop() -> None:
    """Registers libvirt's event implementation (once, before any connection opens) and runs it."""
    global _thread
    with _lock:
        if _thread is not None:
            return
        libvirt.registerErrorHandler(_quiet, None)
        libvirt.virEventRegisterDefaultImpl()
        _thread = threading.Thread(target=_run, name="libvirt-events", daemon=True)
        _thread.start()

"""Opens the connections wanted at start-up while the rest of the program loads (needs no Qt).

A connection that asks for credentials, one to another machine (SSH may ask questions) or one that runs a program
(the user confirms it first) is left to the normal interactive open; `Connection` takes an early connection
when one is ready for its URI.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future
from urllib.parse import urlsplit

import libvirt

from virtdesk.model.auth import CREDENTIAL_TYPES
from virtdesk.model.events import ensure_event_loop
from virtdesk.model.uri_programs import program_run_by

_AUTH_ERRORS = {libvirt.VIR_ERR_AUTH_FAILED, libvirt.VIR_ERR_AUTH_CANCELLED, libvirt.VIR_ERR_AUTH_UNAVAILABLE}
_started: dict[str, Future[libvirt.virConnect]] = {}
_lock = threading.Lock()


def start(uris: list[str]) -> None:
    ensure_event_loop()
    for uri in uris:
        if urlsplit(uri).hostname or program_run_by(uri):
            continue
        with _lock:
            if uri in _started:
                continue
            future: Future[libvirt.virConnect] = Future()
            _started[uri] = future
        threading.Thread(target=_open, args=(uri, future), name="early-open", daemon=True).start()


def _open(uri: str, future: Future[libvirt.virConnect]) -> None:
    try:
        future.set_result(libvirt.openAuth(uri, [CREDENTIAL_TYPES, _no_credentials, None], 0))
    except BaseException as exc:  # noqa: BLE001 - handed to whoever takes the connection
        future.set_exception(exc)


def _no_credentials(_creds: list[list[object]], _opaque: object) -> int:
    return -1


def take(uri: str) -> libvirt.virConnect | None:
    """The early connection to uri once open; None when none was started or it needs credentials.
    Raises the early open's error otherwise (so an unreachable host is not tried twice)."""
    with _lock:
        future = _started.pop(uri, None)
    if future is None:
        return None
    try:
        return future.result()
    except libvirt.libvirtError as exc:
        if exc.get_error_code() in _AUTH_ERRORS:
            return None
        raise

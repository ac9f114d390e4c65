"""The open SSH sessions by (user, host, port): a second connection to a host shares the first one's login."""

from __future__ import annotations

import threading

from virtdesk.remote.connect import connect
from virtdesk.remote.destination import Destination
from virtdesk.remote.errors import N_, Phrase
from virtdesk.remote.session import Session
from virtdesk.remote.settings import SshSettings
from virtdesk.remote.uri import SshUri

_QUITTING = Phrase(N_("virtdesk is closing"))


class _Connecting:
    def __init__(self) -> None:
        self.done = threading.Event()
        self.error: BaseException | None = None


class SessionRegistry:
    """The open sessions by (user, host, port): `acquire` gives the live one (retained) or logs in once, however
    many threads ask at the same time; each acquire is matched by a `Session.release`."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sessions: dict[tuple[str, str, int], Session] = {}
        self._connecting: dict[tuple[str, str, int], _Connecting] = {}

    def acquire_for(self, uri: SshUri, settings: SshSettings) -> Session:
        """The session for the URI's host (user, port and keyfile from the URI, the rest from ~/.ssh/config)."""
        return self.acquire(settings.resolver().resolve(uri.host, uri.user, uri.port, uri.keyfile), settings)

    def sessions(self) -> list[Session]:
        with self._lock:
            return [session for session in self._sessions.values() if session.alive]

    def acquire(self, destination: Destination, settings: SshSettings) -> Session:
        key = destination.key
        while True:
            with self._lock:
                session = self._sessions.get(key)
                if session is not None and session.alive:
                    session.retain()
                    return session
                attempt = self._connecting.get(key)
                if attempt is None:
                    attempt = self._connecting[key] = _Connecting()
                    break
            attempt.done.wait()
            if attempt.error is not None:
                raise attempt.error
        try:
            session = connect(destination, settings, self)
        except BaseException as error:
            attempt.error = error
            raise
        else:
            with self._lock:
                self._sessions[key] = session
            session.add_close_listener(lambda _reason: self._forget(key, session))
            return session
        finally:
            with self._lock:
                del self._connecting[key]
            attempt.done.set()

    def _forget(self, key: tuple[str, str, int], session: Session) -> None:
        with self._lock:
            if self._sessions.get(key) is session:
                del self._sessions[key]

    def close_all(self, reason: str = _QUITTING) -> None:
        with self._lock:
            sessions = list(self._sessions.values())
        for session in sessions:
            session.close(reason)

"""The ways a VNC (RFB) session can fail, each its own exception with a message a user can read.

As in virtdesk/remote/errors.py the message is kept as a template marked with ``N_("...")`` and the values that
fill it in (``error.template``, ``error.values``); ``str(error)`` is the English text and
``error.translated(translate)`` the text in the user's language. Fixed English phrases among the values are
``Phrase``s, translated with the message. Text the server sent (a refusal reason) is passed on as it came.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from virtdesk.remote.errors import N_, Phrase, Translate


class RfbError(Exception):
    """Base of every failure of a VNC session: a template marked with N_() and its values."""

    transient: ClassVar[bool] = False
    """Whether connecting again may work with nothing changed on this side."""

    def __init__(self, template: str, /, **values: object) -> None:
        self.message = Phrase(template, **values)
        self.template = template
        self.values = values
        super().__init__(str(self.message))

    def translated(self, translate: Translate) -> str:
        return self.message.translated(translate)


class BadGreeting(RfbError):
    def __init__(self, greeting: bytes) -> None:
        super().__init__(N_("The server does not speak the VNC protocol: it began with {greeting}."),
                         greeting=repr(greeting))


class UnsupportedVersion(RfbError):
    def __init__(self, version: str) -> None:
        super().__init__(N_("The VNC server speaks RFB {version}; virtdesk knows versions 3.3 to 3.8."),
                         version=version)


class ServerRefused(RfbError):
    transient = True

    def __init__(self, reason: str) -> None:
        super().__init__(N_("The VNC server refused the connection: {reason}"), reason=reason)


class NoCommonSecurity(RfbError):
    def __init__(self, offered: Sequence[int]) -> None:
        super().__init__(N_("The VNC server offers no way to log in that virtdesk knows (it offers security types "
                            "{offered}; virtdesk knows 1, none, and 2, VNC password)."),
                         offered=tuple(str(kind) for kind in offered) or Phrase(N_("none")))


class PasswordRequired(RfbError):
    def __init__(self) -> None:
        super().__init__(N_("The VNC server asks for a password."))


class AuthenticationFailed(RfbError):
    def __init__(self, reason: str) -> None:
        if reason:
            super().__init__(N_("The VNC server did not accept the password: {reason}"), reason=reason)
        else:
            super().__init__(N_("The VNC server did not accept the password."))


class Truncated(RfbError):
    """The server closed the connection in the middle of something."""

    transient = True

    def __init__(self, during: str) -> None:
        super().__init__(N_("The VNC server closed the connection during {during}."), during=during)


class Stalled(RfbError):
    transient = True

    def __init__(self, during: str, seconds: float) -> None:
        super().__init__(N_("The VNC server stopped sending during {during}: nothing came for {seconds:g} "
                            "seconds."), during=during, seconds=seconds)


class ConnectionLost(RfbError):
    transient = True

    def __init__(self, detail: str) -> None:
        super().__init__(N_("The connection to the VNC server was lost: {detail}."), detail=detail)


class TooLarge(RfbError):
    def __init__(self, what: str, size: int, limit: int) -> None:
        super().__init__(N_("The VNC server sent {what} of {size} bytes; virtdesk accepts at most {limit}."),
                         what=what, size=size, limit=limit)


class BadScreenSize(RfbError):
    def __init__(self, width: int, height: int) -> None:
        super().__init__(N_("The VNC server's screen of {width}x{height} pixels cannot be shown."),
                         width=width, height=height)


class OutsideScreen(RfbError):
    def __init__(self, rect: tuple[int, int, int, int], width: int, height: int) -> None:
        x, y, w, h = rect
        super().__init__(N_("The VNC server drew a {w}x{h} rectangle at {x},{y}, outside its screen of "
                            "{width}x{height} pixels."), w=w, h=h, x=x, y=y, width=width, height=height)


class UnknownEncoding(RfbError):
    def __init__(self, encoding: int) -> None:
        super().__init__(N_("The VNC server sent a rectangle in encoding {encoding}, which virtdesk did not ask "
                            "for."), encoding=encoding)


class UnknownMessage(RfbError):
    def __init__(self, message_type: int) -> None:
        super().__init__(N_("The VNC server sent a message of unknown type {message_type}."),
                         message_type=message_type)


class BadData(RfbError):
    """Pixel data that cannot be decoded; detail says why (a Phrase, or zlib's own words)."""

    def __init__(self, encoding: str, detail: str) -> None:
        super().__init__(N_("The VNC server sent {encoding} data that cannot be decoded: {detail}."),
                         encoding=encoding, detail=detail)


class UnexpectedFailure(RfbError):
    """A failure inside virtdesk's VNC client itself (logged with its traceback)."""

    def __init__(self, detail: str) -> None:
        super().__init__(N_("The VNC session failed unexpectedly: {detail}."), detail=detail)

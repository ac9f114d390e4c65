"""Turns failures of libvirt and other blocking calls into messages a user can read."""

from __future__ import annotations

import libvirt
from PySide6.QtCore import QCoreApplication

from virtdesk.remote.errors import Phrase, RemoteError


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts the N_("...") templates of virtdesk/remote/errors.py."""
    return QCoreApplication.translate("", text)


def describe(exc: BaseException) -> str:
    """The message to show for exc: libvirt's own text with its error code, an SSH or VNC failure (any error that
    carries its message as a template: `translated`) translated, never a traceback."""
    translated = getattr(exc, "translated", None)
    if callable(translated):
        return str(translated(_tr))
    if isinstance(exc, libvirt.libvirtError):
        message = exc.get_error_message() or str(exc)
        code = exc.get_error_code()
        return QCoreApplication.translate("errors", "{message} (libvirt error code {code})").format(
            message=message, code=code)
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    text = str(exc)
    return text if text else type(exc).__name__


def describe_reason(reason: str) -> str:
    """A reason the SSH layer gave (why a session closed), translated where it is one of its phrases."""
    return reason.translated(_tr) if isinstance(reason, Phrase) else reason


# Opening again cannot help: the URI itself, the driver, the host file's content or the credentials are wrong.
_NEVER_OPENS = {libvirt.VIR_ERR_NO_CONNECT, libvirt.VIR_ERR_INVALID_ARG, libvirt.VIR_ERR_XML_DETAIL,
                libvirt.VIR_ERR_AUTH_FAILED, libvirt.VIR_ERR_AUTH_CANCELLED, libvirt.VIR_ERR_AUTH_UNAVAILABLE}


def may_succeed_later(exc: BaseException) -> bool:
    """Whether opening a connection again may work where it failed with exc (the host may come up). Of the SSH
    failures only those that may pass by themselves: never a refused host key or a failed login."""
    if isinstance(exc, AuthCancelled):
        return False
    if isinstance(exc, RemoteError):
        return exc.transient
    if isinstance(exc, libvirt.libvirtError):
        return exc.get_error_code() not in _NEVER_OPENS and exc.get_error_domain() != libvirt.VIR_FROM_URI
    return True


def is_auth_cancelled(exc: BaseException) -> bool:
    return isinstance(exc, AuthCancelled) or (
        isinstance(exc, libvirt.libvirtError) and exc.get_error_code() == libvirt.VIR_ERR_AUTH_CANCELLED)


class AuthCancelled(Exception):
    """The user closed the credentials dialog."""

"""Turns failures of libvirt and other blocking calls into messages a user can read."""

from __future__ import annotations

import libvirt
from PySide6.QtCore import QCoreApplication


def describe(exc: BaseException) -> str:
    """The message to show for exc: libvirt's own text with its error code, never a traceback."""
    if isinstance(exc, libvirt.libvirtError):
        message = exc.get_error_message() or str(exc)
        code = exc.get_error_code()
        return QCoreApplication.translate("errors", "{message} (libvirt error code {code})").format(
            message=message, code=code)
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    text = str(exc)
    return text if text else type(exc).__name__


def is_auth_cancelled(exc: BaseException) -> bool:
    return isinstance(exc, AuthCancelled) or (
        isinstance(exc, libvirt.libvirtError) and exc.get_error_code() == libvirt.VIR_ERR_AUTH_CANCELLED)


class AuthCancelled(Exception):
    """The user closed the credentials dialog."""

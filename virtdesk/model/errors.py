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


# Opening again cannot help: the URI itself, the driver, the host file's content or the credentials are wrong.
_NEVER_OPENS = {libvirt.VIR_ERR_NO_CONNECT, libvirt.VIR_ERR_INVALID_ARG, libvirt.VIR_ERR_XML_DETAIL,
                libvirt.VIR_ERR_AUTH_FAILED, libvirt.VIR_ERR_AUTH_CANCELLED, libvirt.VIR_ERR_AUTH_UNAVAILABLE}


def may_succeed_later(exc: BaseException) -> bool:
    """Whether opening a connection again may work where it failed with exc (the host may come up)."""
    if isinstance(exc, AuthCancelled):
        return False
    if isinstance(exc, libvirt.libvirtError):
        return exc.get_error_code() not in _NEVER_OPENS and exc.get_error_domain() != libvirt.VIR_FROM_URI
    return True


def is_auth_cancelled(exc: BaseException) -> bool:
    return isinstance(exc, AuthCancelled) or (
        isinstance(exc, libvirt.libvirtError) and exc.get_error_code() == libvirt.VIR_ERR_AUTH_CANCELLED)


class AuthCancelled(Exception):
    """The user closed the credentials dialog."""

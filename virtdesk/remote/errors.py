"""The ways a connection over virtdesk's SSH can fail, each its own exception with a message a user can read.

No message ever contains a password, a passphrase or any other answer the user typed.

The messages are translated without Qt here. Every error keeps its English message as a template marked with
``N_("...")`` (lupdate reads N_ as QT_TR_NOOP, into the empty context: scripts/update_translations.py) and the
values that fill it in: ``error.template``, ``error.values``. ``str(error)`` is the English text (logs, tests);
virtdesk/model/errors.py ``describe()`` translates the template and fills it in. A value that is itself a fixed
English phrase is a ``Phrase(N_("..."), **values)`` (a str that is translated the same way); a list or tuple
value is listed with commas. A new error class follows the pattern::

    class ExampleFailed(RemoteError):
        def __init__(self, target: str, path: str) -> None:
            super().__init__(N_("{path} on {target} cannot be read."), target=target, path=path)

``transient`` says whether the same attempt may work later with nothing changed on this side (the host, its SSH
server or its libvirt daemon may come back); the reconnect loop retries only those.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import ClassVar

Translate = Callable[[str], str]
"""Gives the text to show for a template marked with N_() (the English template itself, or its translation)."""


def N_(text: str) -> str:  # noqa: N802 - the usual name of a translation marker
    """Marks a template for translation (lupdate extracts it); the text is translated where it is shown."""
    return text


def _english(template: str) -> str:
    return template


def _fill(template: str, values: Mapping[str, object], translate: Translate) -> str:
    """translate(template) filled in with values (also translated); a template without values is used as is."""
    if not values:
        return translate(template)
    return translate(template).format(**{name: _shown(value, translate) for name, value in values.items()})


def _shown(value: object, translate: Translate) -> object:
    if isinstance(value, Phrase):
        return value.translated(translate)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(_shown(item, translate)) for item in value)
    return value


class Phrase(str):
    """A fixed English phrase (with values) that goes into a message: the English text, remembering its template
    and values so that it is translated with the message."""

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, /, **values: object) -> Phrase:
        phrase = super().__new__(cls, _fill(template, values, _english))
        phrase.template = template
        phrase.values = values
        return phrase

    def translated(self, translate: Translate) -> str:
        return _fill(self.template, self.values, translate)


class RemoteError(Exception):
    """Base of every failure of virtdesk's SSH layer: a template marked with N_() and its values."""

    transient: ClassVar[bool] = False

    def __init__(self, template: str, /, **values: object) -> None:
        self.template = template
        self.values = values
        super().__init__(self.translated(_english))

    def translated(self, translate: Translate) -> str:
        """The message with translate() applied to its template and to every Phrase among its values."""
        return _fill(self.template, self.values, translate)


class UnsafeValue(RemoteError, ValueError):
    """A host, user, port or path that virtdesk will not use (it could be read as an option or a command)."""

    def __init__(self, what: str, value: str, reason: str) -> None:
        super().__init__(N_("The {what} {value!r} cannot be used: {reason}."), what=what, value=value,
                         reason=reason)
        self.what = what
        self.value = value


class UnsupportedUri(RemoteError, ValueError):
    """A connection URI that virtdesk's own SSH cannot carry."""


class SshConfigError(RemoteError):
    """~/.ssh/config cannot be read, or asks for something virtdesk's SSH does not do."""


class ConnectionRefused(RemoteError):
    transient = True

    def __init__(self, host: str, port: int) -> None:
        super().__init__(N_("{host} refused the connection on port {port}: no SSH server listens there."),
                         host=host, port=port)


class ConnectTimeout(RemoteError):
    transient = True

    def __init__(self, host: str, port: int, seconds: float, stage: str = "connect") -> None:
        template = N_("{host} (port {port}) did not answer within {seconds:g} seconds.") if stage == "connect" \
            else N_("{host} (port {port}) did not finish the {stage} within {seconds:g} seconds.")
        super().__init__(template, host=host, port=port, seconds=seconds, stage=stage)


class HostNotFound(RemoteError):
    transient = True  # the name server may answer again

    def __init__(self, host: str, detail: str) -> None:
        super().__init__(N_("The host name {host} cannot be resolved: {detail}."), host=host, detail=detail)


class NetworkError(RemoteError):
    transient = True

    def __init__(self, host: str, port: int, detail: str) -> None:
        super().__init__(N_("Cannot reach {host} on port {port}: {detail}."), host=host, port=port, detail=detail)


class SshProtocolError(RemoteError):
    transient = True

    def __init__(self, host: str, port: int, detail: str) -> None:
        super().__init__(N_("The SSH handshake with {host} (port {port}) failed: {detail}."),
                         host=host, port=port, detail=detail)


class AuthenticationFailed(RemoteError):
    """The message names what was tried, what the server accepts, then each note (a sentence) in turn."""

    def __init__(self, target: str, tried: Sequence[str], allowed: Sequence[str], notes: Sequence[str] = ()) -> None:
        self.tried = tuple(tried)
        self.notes = tuple(notes)
        template = N_("Authentication as {target} failed. Tried: {tried}. The server accepts: {allowed}.") \
            if allowed else N_("Authentication as {target} failed. Tried: {tried}.")
        super().__init__(template, target=target, tried=self.tried or Phrase(N_("nothing")), allowed=tuple(allowed))

    def translated(self, translate: Translate) -> str:
        return " ".join([super().translated(translate), *(str(_shown(note, translate)) for note in self.notes)])


class AuthenticationCancelled(RemoteError):
    def __init__(self, target: str) -> None:
        super().__init__(N_("Logging in as {target} was cancelled."), target=target)


class HostKeyError(RemoteError):
    """Base of the host-key refusals: the connection was closed before any login. The template is filled in with
    host, port, key_type, fingerprint and the other values."""

    def __init__(self, template: str, host: str, port: int, key_type: str, fingerprint: str, **values: object) \
            -> None:
        super().__init__(template, host=host, port=port, key_type=key_type, fingerprint=fingerprint, **values)
        self.host = host
        self.port = port
        self.key_type = key_type
        self.fingerprint = fingerprint


class HostKeyUnknown(HostKeyError):
    """No known key for the host and nobody to ask (a non-interactive run)."""

    def __init__(self, host: str, port: int, key_type: str, fingerprint: str) -> None:
        super().__init__(
            N_("The host key of {host} (port {port}) is not known: {key_type} key {fingerprint}. "
               "Nobody was there to confirm it, so virtdesk did not connect."), host, port, key_type, fingerprint)


class HostKeyRejected(HostKeyError):
    """The user did not accept an unknown host's key."""

    def __init__(self, host: str, port: int, key_type: str, fingerprint: str) -> None:
        super().__init__(N_("The host key of {host} (port {port}), {key_type} {fingerprint}, was not accepted."),
                         host, port, key_type, fingerprint)


class HostKeyChanged(HostKeyError):
    """The host offers a different key than the one on record: refused, always."""

    def __init__(self, host: str, port: int, key_type: str, fingerprint: str, old: Sequence[str]) -> None:
        self.old_fingerprints = tuple(old)
        super().__init__(
            N_("WARNING: the host key of {host} (port {port}) has changed. It was {old}; the host now offers "
               "{key_type} key {fingerprint}. Someone may be intercepting the connection. virtdesk refuses to "
               "connect; if the key was changed on purpose, remove the old key first."),
            host, port, key_type, fingerprint, old=self.old_fingerprints)


class HostKeyRevoked(HostKeyError):
    def __init__(self, host: str, port: int, key_type: str, fingerprint: str, where: str) -> None:
        super().__init__(N_("The host key of {host} (port {port}), {key_type} {fingerprint}, is marked revoked in "
                            "{where}. virtdesk refuses to connect."), host, port, key_type, fingerprint, where=where)


class LibvirtNotInstalled(RemoteError):
    def __init__(self, host: str) -> None:
        super().__init__(N_("libvirt is not installed on {host}: neither virt-ssh-helper, a libvirt daemon nor a "
                            "libvirt socket was found there."), host=host)


class HelperMissing(RemoteError):
    def __init__(self, host: str) -> None:
        super().__init__(N_("{host} has libvirt but no way to reach it over SSH: install virt-ssh-helper (libvirt "
                            "6.8 or later), netcat with UNIX-socket support (netcat-openbsd) or socat there."),
                         host=host)


class LibvirtSocketMissing(RemoteError):
    transient = True  # the daemon may be started

    def __init__(self, host: str, uri: str, looked_at: Sequence[str]) -> None:
        super().__init__(N_("No libvirt daemon answers for {uri} on {host}: none of {looked_at} exists. "
                            "Is the daemon running?"), host=host, uri=uri, looked_at=tuple(looked_at))


class SessionClosed(RemoteError):
    transient = True

    def __init__(self, target: str, reason: str) -> None:
        super().__init__(N_("The SSH connection to {target} is closed: {reason}"), target=target, reason=reason)


class ChannelOpenFailed(RemoteError):
    transient = True

    def __init__(self, target: str, what: str, detail: str) -> None:
        super().__init__(N_("{target} did not open {what}: {detail}."), target=target, what=what, detail=detail)


class SftpUnavailable(RemoteError):
    def __init__(self, target: str, detail: str) -> None:
        super().__init__(N_("{target} does not offer SFTP, so its files cannot be browsed: {detail}."),
                         target=target, detail=detail)


class RemoteFileError(RemoteError):
    """A file or folder on the host that cannot be read; `path` is the host's path."""

    def __init__(self, target: str, path: str, detail: str) -> None:
        super().__init__(N_("{path} on {target} cannot be read: {detail}."), target=target, path=path,
                         detail=detail)
        self.path = path


class RemotePathMissing(RemoteFileError):
    def __init__(self, target: str, path: str) -> None:
        RemoteError.__init__(self, N_("{path} does not exist on {target}."), target=target, path=path)
        self.path = path


class RemotePermissionDenied(RemoteFileError):
    def __init__(self, target: str, path: str) -> None:
        RemoteError.__init__(self, N_("{target} does not let this user read {path} (permission denied)."),
                             target=target, path=path)
        self.path = path

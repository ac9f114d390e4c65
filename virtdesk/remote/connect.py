"""Connecting to an SSH host: the TCP connection (or a channel through the jump host's session, for ProxyJump), the
handshake, the host key checked before any login, then the login; each failure becomes its own RemoteError."""

from __future__ import annotations

import logging
import socket
from typing import TYPE_CHECKING

import paramiko

from virtdesk.remote.auth import authenticate
from virtdesk.remote.destination import Destination
from virtdesk.remote.errors import (
    N_,
    ConnectionRefused,
    ConnectTimeout,
    HostNotFound,
    NetworkError,
    Phrase,
    SshProtocolError,
)
from virtdesk.remote.session import Session
from virtdesk.remote.settings import SshSettings

if TYPE_CHECKING:
    from virtdesk.remote.registry import SessionRegistry

logger = logging.getLogger("virtdesk.remote.connect")
_RSA_ALGORITHMS = {"rsa-sha2-512": "ssh-rsa", "rsa-sha2-256": "ssh-rsa"}
_HANDSHAKE = Phrase(N_("SSH handshake"))


def _open_socket(destination: Destination, timeout: float, via: Session | None) -> socket.socket | paramiko.Channel:
    host, port = destination.host, destination.port
    if via is not None:
        return via.open_direct_tcpip(host, port)
    try:
        return socket.create_connection((host, port), timeout=timeout)
    except ConnectionRefusedError:
        raise ConnectionRefused(host, port) from None
    except socket.gaierror as error:
        raise HostNotFound(host, error.strerror or str(error)) from None
    except TimeoutError:
        raise ConnectTimeout(host, port, timeout) from None
    except OSError as error:
        raise NetworkError(host, port, error.strerror or str(error)) from None


def _prefer_known_key_types(transport: paramiko.Transport, known: list[str]) -> None:
    """Asks the host for a key of a type on record first, as OpenSSH does, so a host with several keys is checked
    against the one that was accepted."""
    options = transport.get_security_options()
    algorithms = list(options.key_types)
    first = [algorithm for algorithm in algorithms if _RSA_ALGORITHMS.get(algorithm, algorithm) in known]
    options.key_types = tuple(first + [algorithm for algorithm in algorithms if algorithm not in first])


def _handshake(sock: socket.socket | paramiko.Channel, destination: Destination, settings: SshSettings,
               timeout: float) -> tuple[paramiko.Transport, str]:
    host, port = destination.host, destination.port
    transport = paramiko.Transport(sock)
    try:
        transport.banner_timeout = transport.handshake_timeout = timeout
        transport.auth_timeout = settings.auth_timeout
        _prefer_known_key_types(transport, settings.hosts.key_types(destination.host_key_name, port))
        try:
            transport.start_client(timeout=timeout)
        except paramiko.SSHException as error:
            if isinstance(error.__context__, TimeoutError) or "timed out" in str(error).lower():
                raise ConnectTimeout(host, port, timeout, stage=_HANDSHAKE) from None
            raise SshProtocolError(host, port, str(error) or type(error).__name__) from None
        except EOFError:
            closed = Phrase(N_("the host closed the connection during the handshake"))
            raise SshProtocolError(host, port, closed) from None
        if not transport.initial_kex_done:
            raise ConnectTimeout(host, port, timeout, stage=_HANDSHAKE)
        key = transport.get_remote_server_key()
        settings.hosts.verify(destination.host_key_name, port, key.get_name(), key.asbytes(), settings.ask_host_key)
        logged_in_by = authenticate(transport, destination, settings.prompt, settings.auth_timeout)
    except BaseException:
        transport.close()
        raise
    return transport, logged_in_by


def connect(destination: Destination, settings: SshSettings, registry: SessionRegistry) -> Session:
    """Connects, checks the host key and logs in (through the jump host's session, for ProxyJump)."""
    timeout = destination.connect_timeout or settings.connect_timeout
    via = registry.acquire(destination.jump, settings) if destination.jump else None
    try:
        transport, logged_in_by = _handshake(_open_socket(destination, timeout, via), destination, settings, timeout)
    except BaseException:
        if via is not None:
            via.release()
        raise
    logger.info("SSH session %s open%s", destination.label, f" through {via.label}" if via else "")
    return Session(destination, transport, settings, via, logged_in_by)

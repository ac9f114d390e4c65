"""Credentials libvirt asks for while a connection opens, answered on the GUI thread."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import libvirt

from virtdesk.model.log_file import keep_out_of_logs

SECRET_TYPES = {libvirt.VIR_CRED_PASSPHRASE, libvirt.VIR_CRED_NOECHOPROMPT}


@dataclass
class Credential:
    type: int
    prompt: str
    challenge: str
    default: str
    value: str = ""

    @property
    def secret(self) -> bool:
        return self.type in SECRET_TYPES


class AuthRequest:
    """Made on a worker; answered (or cancelled) from the GUI thread while the worker waits."""

    def __init__(self, uri: str, credentials: list[Credential]) -> None:
        self.uri = uri
        self.credentials = credentials
        self.cancelled = False
        self._answered = threading.Event()

    def answer(self, values: list[str]) -> None:
        for credential, value in zip(self.credentials, values, strict=True):
            credential.value = value
            if credential.secret:
                keep_out_of_logs(value)
        self._answered.set()

    def cancel(self) -> None:
        self.cancelled = True
        self._answered.set()

    def wait(self, timeout: float) -> bool:
        """True when answered in time (not cancelled)."""
        return self._answered.wait(timeout) and not self.cancelled


CREDENTIAL_TYPES = [libvirt.VIR_CRED_AUTHNAME, libvirt.VIR_CRED_PASSPHRASE, libvirt.VIR_CRED_ECHOPROMPT,
                    libvirt.VIR_CRED_NOECHOPROMPT, libvirt.VIR_CRED_USERNAME]

"""A guest's serial console read through a libvirt stream (virDomainOpenConsole), driven by the event loop."""

from __future__ import annotations

import contextlib
import threading
import time

import libvirt


class SerialConsole:
    """Collects everything the guest writes on its console; ``wait_for`` a text, ``send`` keys."""

    def __init__(self, domain: libvirt.virDomain) -> None:
        self._cond = threading.Condition()
        self._output = bytearray()
        self._closed = False
        self._stream = domain.connect().newStream(libvirt.VIR_STREAM_NONBLOCK)
        domain.openConsole(None, self._stream, libvirt.VIR_DOMAIN_CONSOLE_FORCE)
        self._stream.eventAddCallback(
            libvirt.VIR_STREAM_EVENT_READABLE | libvirt.VIR_STREAM_EVENT_ERROR | libvirt.VIR_STREAM_EVENT_HANGUP,
            self._on_event, None,
        )

    @property
    def text(self) -> str:
        with self._cond:
            return self._output.decode(errors="replace")

    def mark(self) -> int:
        """The current end of the output, to wait only for what comes after it."""
        with self._cond:
            return len(self._output)

    def wait_for(self, needle: str, timeout: float = 60.0, since: int = 0) -> str:
        """Waits until ``needle`` appears in the output after offset ``since``; returns the output so far."""
        wanted = needle.encode()
        deadline = time.monotonic() + timeout
        with self._cond:
            while wanted not in self._output[since:]:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self._closed:
                    raise TimeoutError(f"{needle!r} not seen on the console; it shows:\n{self.text[-2000:]}")
                self._cond.wait(remaining)
            return self._output.decode(errors="replace")

    def send(self, text: str) -> None:
        data = text.encode()
        while data:
            sent = self._stream.send(data)
            if sent == -2:
                time.sleep(0.01)
                continue
            data = data[sent:]

    def run(self, command: str, expect: str, timeout: float = 30.0) -> str:
        """Types ``command`` and Enter, waits for ``expect`` in what follows; returns that output."""
        start = self.mark()
        self.send(command + "\n")
        return self.wait_for(expect, timeout, since=start)[start:]

    def close(self) -> None:
        with self._cond:
            if self._closed:
                return
            self._closed = True
        with contextlib.suppress(libvirt.libvirtError):
            self._stream.eventRemoveCallback()
            self._stream.abort()

    def _on_event(self, stream: libvirt.virStream, events: int, _opaque: object) -> None:
        while True:
            try:
                data = stream.recv(65536)
            except libvirt.libvirtError:
                data = b""
            if data == -2:
                return
            with self._cond:
                if not data:
                    self._closed = True
                    self._cond.notify_all()
                    with contextlib.suppress(libvirt.libvirtError):
                        stream.eventRemoveCallback()
                    return
                self._output += data
                self._cond.notify_all()

"""A dying link, for real: the rig's sshd processes serving a session are killed, or frozen with SIGSTOP (only the
keepalive can tell then), or the listener goes away first. Each time the session says it closed within 15 s, the
libvirt connection through it fails at once instead of hanging, and a new login works once sshd is back."""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import libvirt
import pytest
from rig.procs import descendants, signal_all
from rig.session_daemon import SessionDaemon
from rig.sshd import Sshd

from virtdesk.remote.hostkeys import KnownHosts
from virtdesk.remote.registry import SessionRegistry
from virtdesk.remote.settings import SshSettings
from virtdesk.remote.tunnel import LibvirtTunnel, open_tunnel

pytestmark = pytest.mark.integration
NOTICED_WITHIN = 15.0


class Link:
    """A tunnel to the rig's session daemon, a libvirt connection through it, and the sshd processes serving it."""

    def __init__(self, sshd: Sshd, registry: SessionRegistry, tmp_path: Path) -> None:
        self.registry = registry
        before = sshd.connection_pids()
        settings = SshSettings(ssh_dir=tmp_path / "ssh", agent_socket=None,
                               known_hosts=KnownHosts(tmp_path / "own", [sshd.known_hosts_path]))
        uri = f"qemu+ssh://{sshd.key_user}@{sshd.host}:{sshd.port}/session?keyfile={sshd.key_path}"
        self.tunnel: LibvirtTunnel = open_tunnel(uri, settings, registry)
        self.reasons: list[str] = []
        self.closed = threading.Event()
        self.tunnel.session.add_close_listener(lambda reason: (self.reasons.append(reason), self.closed.set()))
        self.conn = libvirt.open(self.tunnel.local_uri)
        self.conn.listAllDomains()
        self.serving = descendants(sshd.connection_pids() - before)
        assert len(self.serving) >= 3, "sshd [priv], the user's sshd and virt-ssh-helper"

    def seconds_until_closed(self, since: float) -> float:
        assert self.closed.wait(NOTICED_WITHIN + 5), "the session never said it closed"
        return time.monotonic() - since

    def libvirt_call_fails_at_once(self) -> None:
        outcome: list[BaseException | object] = []
        worker = threading.Thread(target=lambda: outcome.append(_outcome(self.conn.listAllDomains)), daemon=True)
        worker.start()
        worker.join(10)
        assert not worker.is_alive(), "a libvirt call on the dead tunnel hangs"
        assert isinstance(outcome[0], libvirt.libvirtError), outcome

    def close(self) -> None:
        with contextlib.suppress(libvirt.libvirtError):
            self.conn.close()
        self.tunnel.close()


def _outcome(call: Callable[[], object]) -> BaseException | object:
    try:
        return call()
    except BaseException as error:  # noqa: BLE001 - the test looks at what it was
        return error


@pytest.fixture
def link(sshd: Sshd, session_daemon: SessionDaemon, tmp_path: Path) -> Iterator[Link]:
    registry = SessionRegistry()
    made = Link(sshd, registry, tmp_path)
    yield made
    signal_all(made.serving, signal.SIGCONT)
    made.close()
    registry.close_all()


def a_new_login_works(sshd: Sshd, link: Link, tmp_path: Path) -> None:
    """Through the same registry, which has forgotten the dead session."""
    assert link.registry.sessions() == []
    again = Link(sshd, link.registry, tmp_path)
    assert again.tunnel.session is not link.tunnel.session and again.tunnel.session.alive
    again.close()


def test_killed_sshd_processes_close_the_session_and_the_tunnel(sshd: Sshd, link: Link, tmp_path: Path) -> None:
    started = time.monotonic()
    signal_all(link.serving, signal.SIGKILL)
    assert link.seconds_until_closed(started) < NOTICED_WITHIN
    assert link.reasons == ["the host closed the connection"]
    assert not link.tunnel.socket_path.exists()
    link.libvirt_call_fails_at_once()
    a_new_login_works(sshd, link, tmp_path)


def test_frozen_sshd_processes_are_noticed_by_the_keepalive(sshd: Sshd, link: Link, tmp_path: Path) -> None:
    signal_all(link.serving, signal.SIGSTOP)
    started = time.monotonic()
    elapsed = link.seconds_until_closed(started)
    assert 3 < elapsed < NOTICED_WITHIN
    assert link.reasons == ["the host stopped answering (no answer for 10 seconds)"]
    link.libvirt_call_fails_at_once()
    signal_all(link.serving, signal.SIGCONT)
    a_new_login_works(sshd, link, tmp_path)


def test_a_stopped_listener_leaves_the_session_until_its_processes_die_and_a_restart_serves_again(
    sshd: Sshd, link: Link, tmp_path: Path
) -> None:
    sshd.stop()
    try:
        time.sleep(1)
        assert link.tunnel.session.alive and link.conn.listAllDomains() is not None
        started = time.monotonic()
        signal_all(link.serving, signal.SIGKILL)
        assert link.seconds_until_closed(started) < NOTICED_WITHIN
        link.libvirt_call_fails_at_once()
    finally:
        sshd.start()
    a_new_login_works(sshd, link, tmp_path)

"""pytest fixtures of the rig (loaded by tests/conftest.py) and a hook adding service log tails to failures."""

from __future__ import annotations

import contextlib
import pwd
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import libvirt
import pytest

from rig import containers, guests, initramfs, leftovers, lock, procs
from rig.console import SerialConsole
from rig.errors import Unavailable, missing_part
from rig.events import ensure_event_loop
from rig.keyring import SecretService, SessionBus, create_bare_bus, create_secret_service
from rig.notification_server import NotificationServer
from rig.session_daemon import USER as SESSION_USER
from rig.session_daemon import SessionDaemon
from rig.session_daemon import create as create_session_daemon
from rig.session_daemon import create_peer as create_peer_session_daemon
from rig.sshd import Sshd
from rig.sshd import create as create_sshd
from rig.status_notifier_host import StatusNotifierHost
from rig.system_daemon import SystemDaemon
from rig.system_daemon import create as create_system_daemon
from rig.system_tray import SystemTray
from rig.users import ensure_account
from rig.xvfb import Xvfb

T = TypeVar("T")


def _available(factory: Callable[[], T]) -> T:
    try:
        return factory()
    except Unavailable as reason:
        missing_part(str(reason))


def _kill_rig_user_processes() -> None:
    for name in leftovers.RIG_USERS:
        with contextlib.suppress(KeyError):
            procs.kill_processes_of(pwd.getpwnam(name).pw_uid)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    if report.failed:
        for service in procs.running():
            report.sections.append((f"rig: {service.name} log tail ({service.log_path})", service.log_tail()))


@pytest.fixture(scope="session")
def rig_session() -> Iterator[None]:
    """This run's exclusive hold on the rig: leftovers of a crashed run are killed first, everything at the end.

    Daemons and system paths (rig.leftovers) that appeared on the machine meanwhile are then removed, and fail the
    run.
    """
    with _available(lock.exclusive_rig):
        procs.kill_leftovers()
        _kill_rig_user_processes()
        procs.clear_logs()
        before = leftovers.snapshot()
        try:
            yield
        finally:
            procs.stop_all()
            _kill_rig_user_processes()
            left = leftovers.remove_new(before)
            if left:
                pytest.fail("the run left these on the machine (now removed):\n  " + "\n  ".join(left),
                            pytrace=False)


def _daemon_for_the_run(create: Callable[[], SessionDaemon]) -> Iterator[SessionDaemon]:
    daemon = _available(create)
    daemon.reset()
    daemon.start()
    yield daemon
    daemon.stop()


@pytest.fixture(scope="session")
def _session_daemon_once(rig_session: None) -> Iterator[SessionDaemon]:
    yield from _daemon_for_the_run(create_session_daemon)


@pytest.fixture
def session_daemon(_session_daemon_once: SessionDaemon) -> SessionDaemon:
    """The rig's session libvirtd, started again first if an earlier test killed it."""
    _session_daemon_once.ensure_running()
    return _session_daemon_once


def _inventory(conn: libvirt.virConnect) -> dict[str, set[str]]:
    return {
        "domains": {d.name() for d in conn.listAllDomains()},
        "pools": {p.name() for p in conn.listAllStoragePools()},
        "networks": {n.name() for n in conn.listAllNetworks()},
    }


def _remove_new(conn: libvirt.virConnect, before: dict[str, set[str]]) -> None:
    for domain in conn.listAllDomains():
        if domain.name() not in before["domains"]:
            guests.remove(domain)
    for pool in conn.listAllStoragePools():
        if pool.name() not in before["pools"]:
            if pool.isActive():
                pool.destroy()
            if pool.isPersistent():
                pool.undefine()
    for network in conn.listAllNetworks():
        if network.name() not in before["networks"]:
            if network.isActive():
                network.destroy()
            if network.isPersistent():
                network.undefine()


def _cleaned_conn(daemon: SessionDaemon) -> Iterator[libvirt.virConnect]:
    ensure_event_loop()
    conn = libvirt.open(daemon.uri)
    before = _inventory(conn)
    yield conn
    with contextlib.suppress(libvirt.libvirtError):
        conn.close()
    daemon.ensure_running()
    cleaner = libvirt.open(daemon.uri)
    try:
        _remove_new(cleaner, before)
    finally:
        cleaner.close()


@pytest.fixture
def session_conn(session_daemon: SessionDaemon) -> Iterator[libvirt.virConnect]:
    """A plain connection to the session daemon; domains, pools and networks the test adds are removed after."""
    yield from _cleaned_conn(session_daemon)


@pytest.fixture(scope="session")
def _peer_session_daemon_once(rig_session: None) -> Iterator[SessionDaemon]:
    yield from _daemon_for_the_run(create_peer_session_daemon)


@pytest.fixture
def peer_session_daemon(_peer_session_daemon_once: SessionDaemon) -> SessionDaemon:
    """A second session libvirtd of the rig user (own directories, own host UUID): another host on this machine,
    e.g. a migration's destination. Started again first if an earlier test killed it."""
    _peer_session_daemon_once.ensure_running()
    return _peer_session_daemon_once


@pytest.fixture
def peer_session_conn(peer_session_daemon: SessionDaemon) -> Iterator[libvirt.virConnect]:
    """A plain connection to the peer daemon; domains, pools and networks the test adds are removed after."""
    yield from _cleaned_conn(peer_session_daemon)


@pytest.fixture
def session_tmp(session_daemon: SessionDaemon) -> Iterator[Path]:
    """An empty directory in the daemon user's home, owned by that user (for pools and disks); removed after."""
    path = session_daemon.home / "tests" / guests.unique_name("tmp")
    path.mkdir(parents=True)
    session_daemon.account.own(path.parent)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def tcg_guest(session_conn: libvirt.virConnect) -> Iterator[libvirt.virDomain]:
    """A fresh running TCG guest (64 MiB, no disk, VNC on 127.0.0.1)."""
    domain = guests.define_and_start(session_conn, guests.tcg_guest_xml(guests.unique_name("tcg")))
    yield domain
    with contextlib.suppress(libvirt.libvirtError):
        guests.remove(domain)


@pytest.fixture(scope="session")
def linux_boot_files(rig_session: None) -> initramfs.BootFiles:
    """Kernel and initramfs of the Linux guest (built once, cached under the rig dir)."""
    return _available(initramfs.boot_files)


@pytest.fixture
def linux_guest(
    session_conn: libvirt.virConnect, session_daemon: SessionDaemon, linux_boot_files: initramfs.BootFiles
) -> Iterator[tuple[libvirt.virDomain, SerialConsole]]:
    """The Linux guest, booted up to its ready line, with its serial console (opened before the guest runs)."""
    with guests.running_linux_guest(session_conn, guests.unique_name("linux"), linux_boot_files,
                                    session_daemon.runtime_dir) as running:
        yield running


@pytest.fixture(scope="session")
def sshd(rig_session: None) -> Iterator[Sshd]:
    """The rig's OpenSSH server on 127.0.0.1 (key user = the session daemon's user, plus a password user)."""
    server = _available(lambda: create_sshd(ensure_account(SESSION_USER)))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def xvfb(rig_session: None) -> Iterator[Xvfb]:
    """An Xvfb server; ``.display`` is ":N"."""
    server = _available(Xvfb)
    yield server
    server.stop()


@pytest.fixture
def system_tray(xvfb: Xvfb) -> Iterator[SystemTray]:
    """A freedesktop system tray host (XEmbed) on the Xvfb, started; stopped after the test."""
    tray = _available(lambda: SystemTray(xvfb.display))
    tray.start()
    yield tray
    tray.stop()


@pytest.fixture(params=["rig-watcher", "lxqt-panel"])
def status_notifier_host(request: pytest.FixtureRequest, rig_session: None) -> Iterator[StatusNotifierHost]:
    """A StatusNotifierItem tray (KDE Plasma's, GNOME's AppIndicator) on a D-Bus session bus of its own, started;
    bus and watcher stopped after the test. Once the rig's own StatusNotifierWatcher with a host, once a real
    desktop panel's (LXQt's, on the Xvfb)."""
    display = request.getfixturevalue("xvfb").display if request.param == "lxqt-panel" else None
    yield from _status_notifier_host(display)


@pytest.fixture
def lxqt_panel(xvfb: Xvfb) -> Iterator[StatusNotifierHost]:
    """LXQt's panel on the Xvfb, a StatusNotifierItem watcher and host that shows the items' icons; stopped
    after the test."""
    yield from _status_notifier_host(xvfb.display)


def _status_notifier_host(display: str | None) -> Iterator[StatusNotifierHost]:
    host = _available(lambda: StatusNotifierHost(display))
    host.start()
    yield host
    host.close()


@pytest.fixture
def notification_server(xvfb: Xvfb) -> Iterator[NotificationServer]:
    """dunst on the Xvfb, owning org.freedesktop.Notifications on a session bus of its own; stopped after."""
    server = _available(lambda: NotificationServer(xvfb.display))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def system_daemon(rig_session: None) -> Iterator[SystemDaemon]:
    """A system-mode libvirtd with virtlogd in the rig's own mount and network namespaces (root only)."""
    daemon = _available(create_system_daemon)
    _available(daemon.start)
    yield daemon
    daemon.stop()


@pytest.fixture(scope="session")
def lxc_host(system_daemon: SystemDaemon) -> Iterator[str]:
    """The URI of the system libvirtd's LXC driver, once a container started there; every container is removed
    at the end of the run."""
    _available(lambda: containers.check_host(system_daemon.lxc_uri))
    yield system_daemon.lxc_uri
    containers.remove_all(system_daemon.lxc_uri)


@pytest.fixture
def lxc_conn(lxc_host: str) -> Iterator[libvirt.virConnect]:
    """A plain connection to the LXC driver; containers, pools and networks the test adds are removed after."""
    ensure_event_loop()
    conn = libvirt.open(lxc_host)
    before = _inventory(conn)
    try:
        yield conn
    finally:
        _remove_new(conn, before)
        conn.close()


@pytest.fixture(scope="session")
def secret_service(rig_session: None) -> Iterator[SecretService]:
    """gnome-keyring-daemon on a D-Bus session bus of its own, its login keyring unlocked; ``.environment`` holds
    the DBUS_SESSION_BUS_ADDRESS that points a process (e.g. the python keyring module) at it."""
    service = _available(create_secret_service)
    service.start()
    yield service
    service.stop()


@pytest.fixture(scope="session")
def bare_session_bus(rig_session: None) -> Iterator[SessionBus]:
    """A D-Bus session bus on which nothing offers a Secret Service (and nothing can be activated);
    ``.environment`` as for ``secret_service``."""
    bus = _available(create_bare_bus)
    yield bus
    bus.stop()

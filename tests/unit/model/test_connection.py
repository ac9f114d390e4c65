"""Connection on the libvirt test driver: open, list, events, actions, errors, never blocking the GUI thread."""

from __future__ import annotations

import os
import socket
import threading
import time

import libvirt
import pytest
from PySide6.QtCore import QTimer
from testhosts import CRASHED, PAUSED, RUNNING, SHUTOFF, domain_xml, write_host

from virtdesk.model.actions import ACTIONS
from virtdesk.model.connection import Connection, ConnectionState
from virtdesk.model.domain import DomainState
from virtdesk.model.lanes import Lane
from virtdesk.model.log import event_log

pytestmark = pytest.mark.unit


def opened(qtbot, uri: str) -> Connection:
    connection = Connection(uri)
    connection.open()
    qtbot.waitUntil(lambda: connection.state is not ConnectionState.CONNECTING, timeout=10000)
    if connection.state is ConnectionState.ACTIVE:  # each VM's XML is read after the names, on the load lane
        qtbot.waitUntil(lambda: connection.loaded, timeout=10000)
    return connection


@pytest.fixture
def host(tmp_path):
    return write_host(
        tmp_path,
        domain_xml("alpha", RUNNING, title="Web <front> & back", description="serves the shop", memory_mib=2048,
                   vcpus=4),
        domain_xml("beta", SHUTOFF),
        domain_xml("gamma", PAUSED),
        domain_xml("delta", CRASHED),
        domain_xml("開発", RUNNING, title="開発サーバー"),
    )


def test_open_lists_domains_with_state_and_summary(qtbot, host):
    connection = opened(qtbot, host)
    assert connection.state is ConnectionState.ACTIVE, connection.error
    by_name = {d.name: d for d in connection.domains.values()}
    assert set(by_name) == {"alpha", "beta", "gamma", "delta", "開発"}
    alpha = by_name["alpha"]
    assert alpha.state is DomainState.RUNNING
    assert alpha.title == "Web <front> & back"
    assert alpha.description == "serves the shop"
    assert alpha.memory_kib == 2048 * 1024
    assert alpha.vcpus == 4
    assert by_name["beta"].state is DomainState.SHUTOFF
    assert by_name["gamma"].state is DomainState.PAUSED
    assert by_name["delta"].state is DomainState.CRASHED
    assert by_name["開発"].title == "開発サーバー"
    assert [n.name for n in connection.networks.values()] == ["default"]
    assert [p.name for p in connection.pools.values()] == ["default"]
    assert connection.capabilities_xml.startswith("<capabilities")
    connection.shutdown()


def test_lifecycle_actions_update_state_through_events(qtbot, host):
    connection = opened(qtbot, host)
    beta = connection.find_domain("beta")
    alpha = connection.find_domain("alpha")
    changed = []
    connection.domain_changed.connect(changed.append)

    ACTIONS["run"].start(beta)
    qtbot.waitUntil(lambda: beta.state is DomainState.RUNNING, timeout=5000)
    ACTIONS["pause"].start(beta)
    qtbot.waitUntil(lambda: beta.state is DomainState.PAUSED, timeout=5000)
    ACTIONS["resume"].start(beta)
    qtbot.waitUntil(lambda: beta.state is DomainState.RUNNING, timeout=5000)
    ACTIONS["destroy"].start(beta)
    qtbot.waitUntil(lambda: beta.state is DomainState.SHUTOFF, timeout=5000)
    ACTIONS["save"].start(alpha)
    qtbot.waitUntil(lambda: alpha.managed_save and alpha.state is DomainState.SHUTOFF, timeout=5000)
    assert beta in changed and alpha in changed
    assert connection.find_domain("beta") is beta  # updated in place, not replaced
    connection.shutdown()


def test_changes_made_on_the_host_arrive_as_events(qtbot, host):
    connection = opened(qtbot, host)
    added = []
    connection.domains_added.connect(added.extend)
    xml = domain_xml("epsilon", SHUTOFF)
    connection.call(lambda conn: conn.defineXML(xml) and None)
    qtbot.waitUntil(lambda: connection.find_domain("epsilon") is not None, timeout=5000)
    assert [d.name for d in added] == ["epsilon"]
    removed = []
    connection.domains_removed.connect(removed.extend)
    connection.call(lambda conn: conn.lookupByName("epsilon").undefine())
    qtbot.waitUntil(lambda: connection.find_domain("epsilon") is None, timeout=5000)
    assert [d.name for d in removed] == ["epsilon"]
    connection.shutdown()


def test_failed_action_is_logged_with_libvirts_message(qtbot, host):
    connection = opened(qtbot, host)
    beta = connection.find_domain("beta")
    errors = []
    event_log().added.connect(errors.append)
    task = connection.domain_call(beta, lambda dom: dom.suspend(), description="Pause beta")
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], libvirt.libvirtError)
    assert errors and errors[-1].message == "Pause beta"
    assert "not running" in errors[-1].detail
    assert beta.state is DomainState.SHUTOFF
    connection.shutdown()


@pytest.mark.parametrize("uri, fragment", [
    ("qemu+unix:///system?socket=/nonexistent/virtdesk-tests/libvirt-sock", "failed to connect socket"),
    ("test:///nonexistent/dir/host.xml", "nonexistent"),
])
def test_bad_uri_gives_clear_error_and_keeps_running(qtbot, uri, fragment):
    connection = opened(qtbot, uri)
    assert connection.state is ConnectionState.ERROR
    assert fragment in connection.error.lower()
    assert "Traceback" not in connection.error
    connection.shutdown()


def test_malformed_host_xml_is_an_error(qtbot, tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text("<node><domain><name>x</name>")
    connection = opened(qtbot, "test://" + str(bad))
    assert connection.state is ConnectionState.ERROR
    assert connection.error
    connection.shutdown()


def test_gui_thread_keeps_running_while_libvirt_blocks(qtbot, tmp_path):
    """A daemon socket that accepts and never answers: libvirt's open blocks, the GUI thread does not."""
    path = str(tmp_path / "silent.sock")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(1)
    accepted: list[socket.socket] = []
    threading.Thread(target=lambda: accepted.append(server.accept()[0]), daemon=True).start()

    connection = Connection(f"qemu+unix:///system?socket={path}")
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    started = time.monotonic()
    connection.open()
    assert time.monotonic() - started < 0.2
    qtbot.wait(1000)
    assert connection.state is ConnectionState.CONNECTING
    assert len(ticks) >= 20  # the event loop ran all along
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert max(gaps) < 0.5
    timer.stop()
    accepted[0].close()
    server.close()
    qtbot.waitUntil(lambda: connection.state is ConnectionState.ERROR, timeout=10000)
    connection.shutdown()


def test_close_and_reopen_keeps_domain_objects(qtbot, host):
    connection = opened(qtbot, host)
    alpha = connection.find_domain("alpha")
    connection.close()
    assert connection.state is ConnectionState.DISCONNECTED
    assert connection.domains == {}
    connection.open()
    qtbot.waitUntil(lambda: connection.is_active and bool(connection.domains), timeout=5000)
    assert connection.find_domain("alpha") is alpha
    connection.shutdown()


def test_a_call_still_running_when_the_connection_closes_keeps_its_handle_until_it_returns(qtbot, host):
    """libvirt frees a connection on its last close even under a call in flight on another thread: the handle
    must stay open for that call, and be closed when it returns."""
    connection = opened(qtbot, host)
    inside, go_on = threading.Event(), threading.Event()
    handles = []

    def slow_read(conn: libvirt.virConnect) -> list[str]:
        handles.append(conn)
        inside.set()
        assert go_on.wait(10)
        return sorted(dom.name() for dom in conn.listAllDomains())

    task = connection.call(slow_read, lane=Lane.STATS)
    assert inside.wait(10)
    connection.close()
    qtbot.wait(300)  # the session lane has closed what it may
    assert handles[0]._o is not None  # noqa: SLF001 - libvirt-python drops it on virConnectClose
    go_on.set()
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert task.error is None and "alpha" in task.result
    assert handles[0]._o is None  # noqa: SLF001 - closed once the call returned
    late = connection.call(lambda conn: conn.getHostname())
    qtbot.waitUntil(lambda: late.done, timeout=10000)
    assert late.error is not None
    connection.shutdown()


def test_a_call_ending_while_the_connection_removes_its_events_leaves_the_handle_open_until_they_are_gone(
        qtbot, host):
    """Closing removes the event registrations first: a call in flight that ends meanwhile must not close (and so
    free) the handle those removals still use; the handle is closed once, after them."""
    connection = opened(qtbot, host)
    session = connection._session  # noqa: SLF001 - the calls the session makes on its handle are recorded
    real, order, go_on = session.conn, [], threading.Event()

    class Recorded:
        def __getattr__(self, name: str):
            attr = getattr(real, name)
            if not (name.endswith("DeregisterAny") or name == "close"):
                return attr

            def recorded(*args):
                if name != "close" and not order:  # the first removal: the call in flight ends now
                    users = session._users  # noqa: SLF001
                    go_on.set()
                    deadline = time.monotonic() + 10
                    while session._users == users and time.monotonic() < deadline:  # noqa: SLF001
                        time.sleep(0.01)
                order.append(name)
                return attr(*args)

            return recorded

    def in_flight(conn: libvirt.virConnect) -> str:
        inside.set()
        assert go_on.wait(10)
        return conn.getHostname()

    session.conn = Recorded()
    inside = threading.Event()
    task = connection.call(in_flight, lane=Lane.STATS)
    assert inside.wait(10)
    connection.close()
    qtbot.waitUntil(lambda: task.done and real._o is None, timeout=10000)  # noqa: SLF001 - dropped on close
    assert task.error is None and task.result
    removals = [name for name in order if name != "close"]
    assert len(removals) >= 6 and order == [*removals, "close"], order
    connection.shutdown()


def write_host_atomically(directory, name: str, *domains: str) -> None:
    """Writes a host file in one step, so that an open never reads half of it."""
    write_host(directory, *domains, name=name + ".part")
    os.replace(directory / (name + ".part"), directory / name)


def test_an_autoconnect_host_that_is_down_at_start_connects_by_itself_when_it_comes_up(qtbot, tmp_path):
    connection = Connection(f"test://{tmp_path}/later.xml", autoconnect=True)
    connection.open()
    qtbot.waitUntil(lambda: connection.state is ConnectionState.ERROR, timeout=10000)
    assert connection.reconnecting
    QTimer.singleShot(2000, lambda: write_host_atomically(tmp_path, "later.xml", domain_xml("late", RUNNING)))
    qtbot.waitUntil(lambda: connection.is_active, timeout=15000)
    qtbot.waitUntil(lambda: connection.find_domain("late") is not None, timeout=5000)
    assert connection.error == "" and not connection.reconnecting
    connection.shutdown()


def test_a_host_not_opened_at_start_is_not_retried(qtbot, tmp_path):
    connection = opened(qtbot, f"test://{tmp_path}/later.xml")
    assert connection.state is ConnectionState.ERROR
    assert not connection.reconnecting
    connection.shutdown()


@pytest.mark.parametrize("uri", [
    "qemu://[bad/system",  # not a URI
    "qemu+bogus://vmhost/system",  # no such transport
    "test://{tmp}/broken.xml",  # the host file is not a host
])
def test_an_open_that_can_never_succeed_is_not_retried(qtbot, tmp_path, uri):
    (tmp_path / "broken.xml").write_text("<node><domain><name>x</name>")
    connection = Connection(uri.format(tmp=tmp_path), autoconnect=True)
    connection.open()
    qtbot.waitUntil(lambda: connection.state is ConnectionState.ERROR, timeout=10000)
    assert connection.error
    assert not connection.reconnecting
    connection.shutdown()


def test_cancelled_authentication_is_not_asked_again(qtbot, tmp_path):
    asked = []

    def cancel(request):
        asked.append(request)
        request.cancel()

    uri = write_host(tmp_path, domain_xml("secret"), auth="<auth><user password='pw'>alice</user></auth>")
    connection = Connection(uri, autoconnect=True, authenticator=cancel)
    connection.open()
    qtbot.waitUntil(lambda: connection.state is ConnectionState.ERROR, timeout=10000)
    assert connection.error == "Authentication cancelled"
    assert not connection.reconnecting
    qtbot.wait(1500)  # longer than the first back-off
    assert len(asked) == 1 and connection.state is ConnectionState.ERROR
    connection.shutdown()

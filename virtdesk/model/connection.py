"""One libvirt connection: opening (with credentials), events, the objects it holds, losing and regaining it.

Everything that talks to libvirt runs on this connection's workers; every change reaches the GUI thread
as a signal.
"""

from __future__ import annotations

import contextlib
import enum
import threading
import weakref
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import TYPE_CHECKING, Any

import libvirt
from PySide6.QtCore import QT_TR_NOOP, QCoreApplication, QObject, QTimer, Signal

from virtdesk.model import early_open, inventory
from virtdesk.model.auth import CREDENTIAL_TYPES, AuthRequest, Credential
from virtdesk.model.catalogue import HostCatalogue, Kind, read_networks, read_pools
from virtdesk.model.domain import Domain, DomainInfo, DomainState
from virtdesk.model.errors import AuthCancelled, describe, describe_reason, may_succeed_later
from virtdesk.model.events import ensure_event_loop
from virtdesk.model.jobs import Job, JobCancelled, job_history
from virtdesk.model.lanes import Lane, Lanes
from virtdesk.model.load_queue import LoadQueue
from virtdesk.model.log import event_log
from virtdesk.model.network import Network
from virtdesk.model.storage import StoragePool
from virtdesk.model.uri import ConnectionRequest, describe_uri, is_local_uri
from virtdesk.model.uri_programs import program_run_by
from virtdesk.model.worker import NotAnswering, Task, call_in_gui, submit

if TYPE_CHECKING:
    from virtdesk import xmlconf
    from virtdesk.model.listing_first import ListingFirst
    from virtdesk.model.remote_hosts import RemoteHosts
    from virtdesk.remote.session import Session as SshSession
    from virtdesk.remote.tunnel import LibvirtTunnel
    from virtdesk.remote.uri import SshUri

Authenticator = Callable[[AuthRequest], None]

OPENING_THREADS = 32
_opening: ThreadPoolExecutor | None = None
_opening_lock = threading.Lock()


def _opening_pool() -> ThreadPoolExecutor:
    """The threads the calls of openings run on, shared by every connection: up to 13 calls of one opening at
    once, and hosts opened together share them (a pool of its own for each opening made 20 hosts opening at once
    start some 260 threads, and the GUI thread waited for the interpreter's lock among them). A call stuck on a
    host that stopped answering holds its thread until libvirt's keepalive gives up on the host."""
    global _opening
    with _opening_lock:  # hosts open on threads of their own
        if _opening is None:
            _opening = ThreadPoolExecutor(max_workers=OPENING_THREADS, thread_name_prefix="open")
        return _opening


CLOSE_REASONS = {
    libvirt.VIR_CONNECT_CLOSE_REASON_ERROR: QT_TR_NOOP("an error on the link"),
    libvirt.VIR_CONNECT_CLOSE_REASON_EOF: QT_TR_NOOP("the host closed the connection"),
    libvirt.VIR_CONNECT_CLOSE_REASON_KEEPALIVE: QT_TR_NOOP("the host stopped answering"),
    libvirt.VIR_CONNECT_CLOSE_REASON_CLIENT: QT_TR_NOOP("closed here"),
}


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


class ConnectionState(enum.Enum):
    DISCONNECTED = "disconnected"
    CONNECTING = "connecting"
    ACTIVE = "active"
    ERROR = "error"

    @property
    def label(self) -> str:
        return {
            ConnectionState.DISCONNECTED: _tr("Not connected"),
            ConnectionState.CONNECTING: _tr("Connecting…"),
            ConnectionState.ACTIVE: _tr("Connected"),
            ConnectionState.ERROR: _tr("Error"),
        }[self]


class _Session:
    """What one successful open produced (worker side): the handle, the event registrations and, over virtdesk's
    SSH, the tunnel that carries it.

    libvirt frees a connection on its last virConnectClose even while other threads are inside calls on it, so
    the handle is closed only once no worker uses it (`in_use`): the last call to end closes it.
    """

    def __init__(self, conn: libvirt.virConnect, tunnel: LibvirtTunnel | None = None) -> None:
        self.conn = conn
        self.tunnel = tunnel
        self.domain_callbacks: list[int] = []
        self.network_callbacks: list[int] = []
        self.pool_callbacks: list[int] = []
        self.node_device_callbacks: list[int] = []
        self.secret_callbacks: list[int] = []
        self._lock = threading.Lock()
        self._users = 0
        self._closing = False
        self._closed = False

    @contextlib.contextmanager
    def in_use(self, uri: str) -> Iterator[libvirt.virConnect]:
        """The handle, kept open until the block ends; a closed session raises libvirtError."""
        with self._lock:
            if self._closing:
                raise libvirt.libvirtError(_tr("Not connected to {uri}").format(uri=uri))
            self._users += 1
        try:
            yield self.conn
        finally:
            self._release()

    def close(self) -> None:
        """Ends the session: its events at once, the handle when the last call using it returns (the
        deregistering is one of those calls: a call ending meanwhile must not free the handle under it)."""
        with self._lock:
            if self._closing:
                return
            self._closing = True
            self._users += 1
        try:
            self._deregister()
        finally:
            self._release()
        if self.tunnel is not None:
            self.tunnel.close()  # also wakes the calls still blocked on a dead link

    def _release(self) -> None:
        with self._lock:
            self._users -= 1
            if not self._closing or self._users or self._closed:
                return
            self._closed = True
        with contextlib.suppress(libvirt.libvirtError):
            self.conn.close()

    def _deregister(self) -> None:
        for ids, deregister in ((self.domain_callbacks, self.conn.domainEventDeregisterAny),
                                (self.network_callbacks, self.conn.networkEventDeregisterAny),
                                (self.pool_callbacks, self.conn.storagePoolEventDeregisterAny),
                                (self.node_device_callbacks, self.conn.nodeDeviceEventDeregisterAny),
                                (self.secret_callbacks, self.conn.secretEventDeregisterAny)):
            for callback_id in ids:
                with contextlib.suppress(libvirt.libvirtError):
                    deregister(callback_id)
            ids.clear()
        with contextlib.suppress(libvirt.libvirtError):
            self.conn.unregisterCloseCallback()

    @property
    def lost_reason(self) -> str:
        """Why the SSH link under the connection ended ("" when it did not, or there is none)."""
        if self.tunnel is None:
            return ""
        session = self.tunnel.session
        if session.closed_reason is None and not session.transport.is_active():
            # libvirt heard the end of the tunnel before the session's watcher noticed the link had gone
            from virtdesk.remote.errors import N_, Phrase

            return Phrase(N_("the host closed the connection"))
        return session.closed_reason or self.tunnel.closed_reason or ""


def _crashed(domain: Domain) -> bool:
    """Crashed, or stopped or paused by a crash of its guest or its emulator rather than by anyone's request."""
    return (domain.state is DomainState.CRASHED
            or domain.state is DomainState.SHUTOFF and domain.reason in (libvirt.VIR_DOMAIN_SHUTOFF_CRASHED,
                                                                         libvirt.VIR_DOMAIN_SHUTOFF_FAILED)
            or domain.state is DomainState.PAUSED and domain.reason == libvirt.VIR_DOMAIN_PAUSED_CRASHED)


def _reached(me: weakref.ref[Connection], fn: Callable[[Connection], Any]) -> None:
    """On the GUI thread: fn(connection), unless the connection is gone."""
    connection = me()
    if connection is not None:
        fn(connection)


def _closed_by_libvirt(_conn: libvirt.virConnect, reason: int, opaque: tuple[weakref.ref[Connection], int]) -> None:
    """libvirt's close callback, on the event thread (it holds the connection weakly, see _event_registrations)."""
    me, generation = opaque
    call_in_gui(lambda: _reached(me, lambda connection: connection._lost(generation, reason)))


class Connection(QObject):
    """A host the user connects to. Holds Domain, Network and StoragePool objects updated in place."""

    state_changed = Signal()
    domains_added = Signal(list)
    domains_removed = Signal(list)
    domain_changed = Signal(object)
    domain_refreshed = Signal(object)
    domain_crashed = Signal(object)  # a VM that ran has crashed or stopped unexpectedly
    loaded_changed = Signal()

    RECONNECT_DELAYS = (1, 2, 4, 8, 16, 30)
    # A local daemon is tried again every few seconds for as long as it is down (a refused connect costs
    # nothing), so it is back within seconds of answering; a remote host backs off further (each try logs in).
    LOCAL_RECONNECT_DELAYS = (1, 2, 3)
    CHUNK = 1000
    XML_BATCH = 50  # at most, per call of the load lane
    KEEPALIVE = (5, 3)
    # A read unanswered this long (half the keepalive window, after which libvirt drops a frozen host) shows the
    # host as not responding until a call comes back; the read itself goes on.
    SILENT_AFTER = KEEPALIVE[0] * (KEEPALIVE[1] + 1) / 2
    WATCHED_LANES = (Lane.QUICK, Lane.STATS)  # reads that answer at once from a host that is there
    AUTH_TIMEOUT = 600.0

    def __init__(self, uri: str, *, label: str = "", name: str = "", autoconnect: bool = False,
                 authenticator: Authenticator | None = None, remote: RemoteHosts | None = None,
                 system_ssh: bool = False, confirmed_program: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.uri = uri
        self.name = name
        self.label = name or label or describe_uri(uri)
        self.autoconnect = autoconnect
        self.authenticator = authenticator
        self.remote = remote
        self.system_ssh = system_ssh
        self.confirmed_program = confirmed_program
        self.state = ConnectionState.DISCONNECTED
        self.loaded = False
        self.error = ""
        self.failure: BaseException | None = None  # why the last open failed
        self.hostname = ""
        self.capabilities_xml = ""
        self._capabilities: xmlconf.Capabilities | None = None
        self.domains: dict[str, Domain] = {}
        self.catalogue = HostCatalogue(self)
        self._known: dict[str, Domain] = {}
        self.responding = True  # False while calls go unanswered (see lanes.Lane)
        self._lanes = Lanes()
        self.lane_timeouts = {lane: lane.timeout for lane in Lane}
        self._session: _Session | None = None
        self._generation = 0
        self._auth_cancelled = False
        self._pending: set[str] = set()
        self._refreshing = False
        self._unfilled: set[str] = set()  # listed VMs whose XML the load lane has yet to bring
        self.listing_first: ListingFirst | None = None  # when set, the XML reads wait for it
        self.load_queue = LoadQueue(self)  # its own, unless a list of connections shares one among them
        self._reconnect_attempt = 0
        self._reconnect_timer = QTimer(self)
        self._reconnect_timer.setSingleShot(True)
        self._reconnect_timer.timeout.connect(self._reconnect)

    def __repr__(self) -> str:
        return f"<Connection {self.uri} {self.state.value}>"

    @property
    def is_active(self) -> bool:
        return self.state is ConnectionState.ACTIVE

    @property
    def request(self) -> ConnectionRequest:
        """What to save of this connection."""
        return ConnectionRequest(self.uri, self.name, self.autoconnect, self.system_ssh, self.confirmed_program)

    @property
    def over_virtdesk_ssh(self) -> bool:
        """Whether virtdesk's own SSH session carries the connection (a `+ssh` URI, not left to the system ssh)."""
        return (self.remote is not None and not self.system_ssh
                and self.uri.partition(":")[0].partition("+")[2] == "ssh")

    @property
    def ssh_uri(self) -> SshUri | None:
        """The URI's SSH parts when virtdesk's SSH carries the connection; None otherwise. Raises RemoteError
        (UnsupportedUri, UnsafeValue) for a `+ssh` URI virtdesk's SSH cannot carry."""
        if not self.over_virtdesk_ssh:
            return None
        from virtdesk.remote.uri import SshUri  # paramiko is loaded for remote hosts only

        return SshUri.parse(self.uri)

    @property
    def program(self) -> str:
        """The program opening the URI makes libvirt run ("" for none)."""
        return program_run_by(self.uri)

    @property
    def needs_program_confirmation(self) -> bool:
        return bool(self.program) and self.program != self.confirmed_program

    @property
    def capabilities(self) -> xmlconf.Capabilities | None:
        """The host's capabilities, parsed once per opening."""
        if self._capabilities is None and self.capabilities_xml:
            from virtdesk import xmlconf  # the object model is not needed to list VMs: load it when asked

            parsed = xmlconf.load(self.capabilities_xml)
            self._capabilities = parsed if isinstance(parsed, xmlconf.Capabilities) else None
        return self._capabilities

    # -- calls

    def call(self, fn: Callable[..., Any], *args: Any, description: str = "", quiet: bool = False,
             lane: Lane = Lane.QUICK) -> Task:
        """Runs fn(virConnect, *args) on a worker of the lane, on the session open now.

        Every failure reaches the log: as an error the user sees, or, when quiet (background reads whose
        caller handles the failure), as a warning in the log window only.
        """
        session = self._session

        def run() -> Any:
            if session is None:
                raise libvirt.libvirtError(_tr("Not connected to {uri}").format(uri=self.uri))
            with session.in_use(self.uri) as conn:
                return fn(conn, *args)

        task = submit(self._lanes.executor(lane), run, description=description, timeout=self.lane_timeouts[lane])
        task.then(lambda _result: self._answered(), lambda exc: self._call_failed(description, exc, quiet),
                  owner=self)
        if lane in self.WATCHED_LANES:
            watched = weakref.ref(task)  # the watch keeps neither a finished task nor its result
            call_in_gui(lambda: QTimer.singleShot(int(self.SILENT_AFTER * 1000), task, lambda: self._unanswered(
                watched, session, description)))
        return task

    def domain_call(self, domain: Domain, fn: Callable[..., Any], *args: Any, description: str = "") -> Task:
        """Runs fn(virDomain, *args) on the edit lane, then refreshes the domain."""
        def run(conn: libvirt.virConnect) -> Any:
            return fn(conn.lookupByUUIDString(domain.uuid), *args)

        task = self.call(run, description=description, lane=Lane.EDIT)
        refresh = partial(self.refresh_domain, domain.uuid)
        task.then(lambda _result: refresh(), lambda _exc: refresh(), owner=self)
        return task

    def run_on_ssh(self, fn: Callable[..., Any], *args: Any, description: str = "", lane: Lane = Lane.QUICK) -> Task:
        """Runs fn(Session, *args) on a worker with the host's SSH session (logging in when none is open).

        For connections over virtdesk's SSH only; elsewhere the task fails with a message.
        """
        remote = self.remote

        def run() -> Any:
            ssh_uri = self.ssh_uri
            if remote is None or ssh_uri is None:
                raise ValueError(_tr("{uri} does not go over virtdesk's SSH").format(uri=self.uri))
            session: SshSession = remote.session(ssh_uri)
            try:
                return fn(session, *args)
            finally:
                session.release()

        task = submit(self._lanes.executor(lane), run, description=description, timeout=self.lane_timeouts[lane])
        task.then(None, lambda exc: self._call_failed(description, exc, True), owner=self)
        return task

    def start_job(self, title: str, work: Callable[..., Any], *args: Any, cancellable: bool = True) -> Job:
        """Runs work(virConnect, JobContext, *args) in the job lane as a Job, which joins the job history."""
        job = Job(title, self.label, cancellable)
        job_history().add(job)
        return job.follow(self.call(work, job.context, *args, description=title, lane=Lane.JOB))

    def in_use(self) -> contextlib.AbstractContextManager[libvirt.virConnect]:
        """Worker side: the session's handle, kept open until the block ends, for a job of another connection that
        needs this host too (a migration's destination). Raises libvirtError when not connected."""
        session = self._session
        if session is None:
            raise libvirt.libvirtError(_tr("Not connected to {uri}").format(uri=self.uri))
        return session.in_use(self.uri)

    def _answered(self) -> None:
        if not self.responding:
            self.responding = True
            event_log().info(self.label, _tr("{host} answers again").format(host=self.label))
            self.state_changed.emit()

    def _call_failed(self, description: str, exc: BaseException, quiet: bool) -> None:
        if isinstance(exc, JobCancelled):
            return  # the user asked for it; the job's report says what was done
        if isinstance(exc, NotAnswering):
            self._not_answering(description, exc)
            return
        log = event_log().warning if quiet else event_log().error
        log(self.label, description or _tr("Request failed"), describe(exc))

    def _unanswered(self, watched: weakref.ref[Task], session: _Session | None, description: str) -> None:
        """A watched read still out after SILENT_AFTER seconds, on the session open now."""
        task = watched()  # a task that was collected had finished
        if task is not None and not task.done and session is not None and session is self._session:
            self._not_answering(description, NotAnswering(description, self.SILENT_AFTER))

    def _not_answering(self, description: str, exc: NotAnswering) -> None:
        if self.responding and self.is_active:
            self.responding = False
            request = description or _tr("Request")
            event_log().error(self.label, _tr("{host} is not answering").format(host=self.label),
                              f"{request}: {exc}")
            self.state_changed.emit()

    # -- opening and closing

    def open(self) -> None:
        """Connects (on a worker). A URI that runs a program the user has not confirmed is not opened: the
        connection shows why, and `confirm_program` lets it open."""
        if self.state in (ConnectionState.CONNECTING, ConnectionState.ACTIVE):
            return
        if self.needs_program_confirmation:
            self.error = _tr("Not opened: this connection makes libvirt run the program {program}. Confirm it "
                             "before connecting.").format(program=self.program)
            event_log().warning(self.label, self.error, self.uri)
            self._set_state(ConnectionState.ERROR)
            return
        self._reconnect_timer.stop()
        self._generation += 1
        self._auth_cancelled = False
        self._set_state(ConnectionState.CONNECTING)
        generation = self._generation
        submit(self._lanes.executor(Lane.SESSION), self._open_blocking, generation).then(
            lambda result: self._opened(generation, result), lambda exc: self._open_failed(generation, exc),
            owner=self)

    def confirm_program(self) -> None:
        """The user trusts the program the URI runs (see `program`)."""
        self.confirmed_program = self.program

    def close(self) -> None:
        """Disconnects at the user's request (no reconnecting)."""
        self._reconnect_timer.stop()
        self._reconnect_attempt = 0
        self._generation += 1
        self._drop_session()
        self.error = ""
        self._set_state(ConnectionState.DISCONNECTED)

    def shutdown(self) -> None:
        """Closes and stops the workers (the connection is being removed or the app quits)."""
        self.close()
        self._lanes.shutdown()

    def _open_blocking(self, generation: int) -> tuple[_Session, inventory.Snapshot]:
        ensure_event_loop()
        ssh_uri = self.ssh_uri
        tunnel = self.remote.open_tunnel(ssh_uri) if self.remote is not None and ssh_uri is not None else None
        try:
            conn = self._open_libvirt(tunnel)
        except BaseException:
            if tunnel is not None:
                tunnel.close()
            raise
        session = _Session(conn, tunnel)
        try:
            firsts, rest = self._event_registrations(session)
            # Over a remote link each round of calls costs a round trip, so there are two, each call of a round
            # on a thread of its own: the close callback, the keepalive and a first registration of each event
            # kind (libvirt-python sets up a kind's table of callbacks on its first registration), then the
            # listing beside the other registrations. The listing comes after the VMs' lifecycle events are
            # registered, so that no VM defined or started in between goes unseen; what the other events tell,
            # the XML read after shows.
            side_by_side = _opening_pool()
            inventory.parallel(side_by_side, partial(
                conn.registerCloseCallback, _closed_by_libvirt, (weakref.ref(self), generation)),
                partial(self._keep_alive, conn), *firsts)
            snapshot = inventory.take(conn, side_by_side, *rest)
        except BaseException:
            session.close()
            raise
        return session, snapshot

    def _open_libvirt(self, tunnel: LibvirtTunnel | None) -> libvirt.virConnect:
        """libvirt's connection: through the tunnel's local socket, or the URI itself."""
        auth = [CREDENTIAL_TYPES, self._ask_credentials, None]
        if tunnel is not None:
            conn = libvirt.openAuth(tunnel.local_uri, auth, 0)
        else:
            conn = early_open.take(self.uri) or libvirt.openAuth(self.uri, auth, 0)
        if conn is None:
            raise libvirt.libvirtError(_tr("Could not open {uri}").format(uri=self.uri))
        return conn

    def _keep_alive(self, conn: libvirt.virConnect) -> None:
        with contextlib.suppress(libvirt.libvirtError):  # in-process drivers have no keepalive
            conn.setKeepAlive(*self.KEEPALIVE)

    def _event_registrations(self, session: _Session) -> tuple[list[Callable[[], None]], list[Callable[[], None]]]:
        """The calls registering for every event kind: one of each kind, and the rest."""
        conn = session.conn
        firsts: list[Callable[[], None]] = []
        rest: list[Callable[[], None]] = []
        kinds: list[list[int]] = []  # the callback ids of each kind seen so far

        def register(ids: list[int], register: Callable[..., int], *args: Any) -> None:
            def call() -> None:
                with contextlib.suppress(libvirt.libvirtError):  # a driver may lack an event kind
                    ids.append(register(None, *args, None))

            (rest if any(ids is seen for seen in kinds) else firsts).append(call)
            kinds.append(ids)

        # libvirt keeps the callbacks until the registrations are removed, on a worker, and runs them on its event
        # thread: they hold the connection weakly and reach it on the GUI thread only, so that it is never
        # destroyed elsewhere. What they need of the object the event is about is read on the event thread (no
        # round trip there).
        me = weakref.ref(self)

        def domain_event(dom: libvirt.virDomain) -> None:
            uuid = dom.UUIDString()
            call_in_gui(lambda: _reached(me, lambda connection: connection.refresh_domain(uuid)))

        def catalogue_event(handler: str, *names: Any) -> None:
            call_in_gui(lambda: _reached(me, lambda connection: getattr(connection.catalogue, handler)(*names)))

        domain_events = [
            (libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE, lambda c, d, event, detail, o: domain_event(d)),
            (libvirt.VIR_DOMAIN_EVENT_ID_REBOOT, lambda c, d, o: domain_event(d)),
            (libvirt.VIR_DOMAIN_EVENT_ID_DEVICE_ADDED, lambda c, d, alias, o: domain_event(d)),
            (libvirt.VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED, lambda c, d, alias, o: domain_event(d)),
            (libvirt.VIR_DOMAIN_EVENT_ID_METADATA_CHANGE, lambda c, d, kind, ns, o: domain_event(d)),
            (libvirt.VIR_DOMAIN_EVENT_ID_AGENT_LIFECYCLE, lambda c, d, state, reason, o: domain_event(d)),
        ]
        for event_id, callback in domain_events:
            register(session.domain_callbacks, conn.domainEventRegisterAny, event_id, callback)
        register(session.network_callbacks, conn.networkEventRegisterAny, libvirt.VIR_NETWORK_EVENT_ID_LIFECYCLE,
                 lambda c, n, event, detail, o: catalogue_event("network_event", n.name()))
        for event_id in (libvirt.VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE, libvirt.VIR_STORAGE_POOL_EVENT_ID_REFRESH):
            register(session.pool_callbacks, conn.storagePoolEventRegisterAny, event_id,
                     lambda c, p, *rest: catalogue_event("pool_event", p.name()))
        register(session.node_device_callbacks, conn.nodeDeviceEventRegisterAny,
                 libvirt.VIR_NODE_DEVICE_EVENT_ID_LIFECYCLE,
                 lambda c, d, event, detail, o: catalogue_event("kind_event", Kind.NODE_DEVICES, d.name()))
        register(session.secret_callbacks, conn.secretEventRegisterAny, libvirt.VIR_SECRET_EVENT_ID_LIFECYCLE,
                 lambda c, s, event, detail, o: catalogue_event("kind_event", Kind.SECRETS, s.UUIDString()))
        return firsts, rest

    def _ask_credentials(self, creds: list[list[Any]], _opaque: object) -> int:
        """libvirt's credential callback, on the worker that opens the connection."""
        if self.authenticator is None:
            return -1
        request = AuthRequest(self.uri, [Credential(c[0], c[1], c[2], c[3] or "") for c in creds])
        authenticator = self.authenticator
        call_in_gui(lambda: authenticator(request))
        if not request.wait(self.AUTH_TIMEOUT):
            self._auth_cancelled = True
            return -1
        for cred, answered in zip(creds, request.credentials, strict=True):
            cred[4] = answered.value
        return 0

    def _opened(self, generation: int, result: tuple[_Session, inventory.Snapshot]) -> None:
        session, snapshot = result
        if generation != self._generation:
            submit(self._lanes.executor(Lane.SESSION), session.close)
            return
        self._session = session
        self._reconnect_attempt = 0
        self.error = ""
        self.failure = None
        self.hostname = snapshot.hostname
        self.capabilities_xml = snapshot.capabilities
        self._capabilities = None
        self._set_state(ConnectionState.ACTIVE)
        self._apply_in_chunks(generation, snapshot.domains, set(), snapshot.handles)

    def _open_failed(self, generation: int, exc: BaseException) -> None:
        """Shows why; tries again later (with back-off) when the host may come up: after a drop, and when an
        autoconnect host was down at start."""
        if generation != self._generation:
            return
        cancelled = self._auth_cancelled or isinstance(exc, AuthCancelled)
        self.failure = exc
        self.error = _tr("Authentication cancelled") if cancelled else describe(exc)
        event_log().error(self.label, _tr("Could not connect to {uri}").format(uri=self.uri), self.error)
        self._set_state(ConnectionState.ERROR)
        if not cancelled and (self._reconnect_attempt or self.autoconnect) and may_succeed_later(exc):
            self._schedule_reconnect()

    def _lost(self, generation: int, reason: int) -> None:
        if generation != self._generation or reason == libvirt.VIR_CONNECT_CLOSE_REASON_CLIENT:
            return
        self._generation += 1
        why = describe_reason(self._session.lost_reason) if self._session is not None else ""
        self._drop_session()
        self.error = _tr("Connection lost: {reason}").format(
            reason=why or _tr(CLOSE_REASONS.get(reason, "an error on the link")))
        event_log().error(self.label, self.error, self.uri)
        self._set_state(ConnectionState.ERROR)
        self._schedule_reconnect()

    def _schedule_reconnect(self) -> None:
        delays = self.LOCAL_RECONNECT_DELAYS if is_local_uri(self.uri) else self.RECONNECT_DELAYS
        delay = delays[min(self._reconnect_attempt, len(delays) - 1)]
        self._reconnect_attempt += 1
        self._reconnect_timer.start(delay * 1000)

    def _reconnect(self) -> None:
        if self.state is ConnectionState.ERROR:
            self.open()

    @property
    def reconnecting(self) -> bool:
        return self._reconnect_timer.isActive()

    def _drop_session(self) -> None:
        session, self._session = self._session, None
        self.responding = True
        self._pending.clear()
        self._unfilled.clear()
        self.load_queue.forget(self)
        if session is not None:
            submit(self._lanes.executor(Lane.SESSION), session.close)
        if self.domains:
            removed = list(self.domains.values())
            self.domains.clear()
            self.domains_removed.emit(removed)
        self.catalogue.clear()

    def _set_state(self, state: ConnectionState) -> None:
        self.state = state
        if state is not ConnectionState.ACTIVE:
            self.loaded = False
        self.state_changed.emit()

    # -- domains

    def refresh_domain(self, uuid: str) -> None:
        """Fetches the domain again (coalesced: one fetch in flight per connection)."""
        if self._session is None:
            return
        self._pending.add(uuid)
        if not self._refreshing:
            self._refresh_pending()

    def _refresh_pending(self) -> None:
        uuids, self._pending = self._pending, set()
        if not uuids or self._session is None:
            self._refreshing = False
            return
        self._refreshing = True
        task = self.call(inventory.fetch_domains, sorted(uuids), quiet=True)
        task.then(lambda result: self._refreshed(uuids, result), lambda _exc: self._refreshed(uuids, {}), owner=self)

    def _refreshed(self, uuids: set[str], infos: dict[str, DomainInfo | None]) -> None:
        if self._session is not None:
            for uuid in uuids:
                info = infos.get(uuid)
                if info is None and uuid in infos:
                    self._remove_domain(uuid)
                elif info is not None:
                    self._unfilled.discard(uuid)
                    self._apply_domains([info])
                    domain = self.domains.get(uuid)
                    if domain is not None:
                        self.domain_refreshed.emit(domain)
        self._refresh_pending()

    def _remove_domain(self, uuid: str) -> None:
        domain = self.domains.pop(uuid, None)
        self._known.pop(uuid, None)
        if domain is not None:
            self.domains_removed.emit([domain])

    def _apply_in_chunks(self, generation: int, infos: list[DomainInfo], seen: set[str],
                         handles: dict[str, libvirt.virDomain]) -> None:
        """Applies a full listing (names and states) a slice at a time, letting the event loop run between slices;
        then reads the rest."""
        if generation != self._generation:
            return
        chunk, rest = infos[:self.CHUNK], infos[self.CHUNK:]
        self._apply_domains(chunk)
        seen.update(info.uuid for info in chunk)
        if rest:
            QTimer.singleShot(0, lambda: self._apply_in_chunks(generation, rest, seen, handles))
            return
        gone = [uuid for uuid in self.domains if uuid not in seen]
        for uuid in gone:
            self._remove_domain(uuid)
        if self.listing_first is None:
            self._load_rest(generation, handles)
        else:
            self.listing_first.when_listed(lambda: self._load_rest(generation, handles))

    def _load_rest(self, generation: int, handles: dict[str, libvirt.virDomain]) -> None:
        """Reads on the load lane, a few at a time across connections (load_queue), each listed VM's XML (in
        batches, by name: the top of the list first), the networks and the pools; the connection is loaded once all
        are read or failed."""
        if generation != self._generation:
            return
        uuids = sorted(self.domains.keys() & handles.keys(), key=lambda uuid: self.domains[uuid].name)
        ordered = [(uuid, self.domains[uuid].name, handles[uuid]) for uuid in uuids]
        self._unfilled = set(uuids)
        size = max(1, min(self.XML_BATCH, -(-len(ordered) // (Lane.LOAD.threads * 4))))
        reads: list[tuple[Callable[..., Any], tuple[Any, ...], Callable[[Any], None]]] = [
            (inventory.fetch_xml, (ordered[i:i + size],), self._xml_fetched) for i in range(0, len(ordered), size)]
        reads += [(read_networks, (), self.catalogue.apply_networks), (read_pools, (), self.catalogue.apply_pools)]
        pending = [len(reads)]

        def done(apply: Callable[[Any], None] | None, result: Any = None) -> None:
            if generation != self._generation:
                return
            if apply is not None:
                apply(result)
            pending[0] -= 1
            if not pending[0]:
                self.loaded = True
                self.loaded_changed.emit()

        def start(fn: Callable[..., Any], args: tuple[Any, ...], apply: Callable[[Any], None]) -> Task | None:
            if generation != self._generation:
                return None
            task = self.call(fn, *args, quiet=True, lane=Lane.LOAD)
            task.then(partial(done, apply), lambda _exc: done(None), owner=self)
            return task

        self.load_queue.add(self, [partial(start, *read) for read in reads])

    def _xml_fetched(self, infos: list[DomainInfo]) -> None:
        """A batch of the XML read after the listing: taken where no refresh brought newer XML meanwhile."""
        for info in infos:
            domain = self.domains.get(info.uuid)
            if info.uuid in self._unfilled and domain is not None and domain.apply_xml(info):
                self.domain_changed.emit(domain)
            self._unfilled.discard(info.uuid)

    def _apply_domains(self, infos: list[DomainInfo]) -> None:
        added: list[Domain] = []
        changed: list[Domain] = []  # listed before; a window that still shows one (its details) hears of it
        crashed: list[Domain] = []
        for info in infos:
            domain = self.domains.get(info.uuid)
            known = self._known.get(info.uuid) if domain is None else domain
            if known is None:
                domain = self._known[info.uuid] = Domain(self, info.uuid, info.name)
                domain.apply(info)
            else:
                domain = known
                was_active, had_crashed = domain.is_active, _crashed(domain)
                if domain.apply(info):
                    if was_active and not domain.is_active:
                        domain.stats.reset()
                    if was_active and not had_crashed and _crashed(domain):
                        crashed.append(domain)
                    changed.append(domain)
            if info.uuid not in self.domains:  # new, or back after the connection was lost
                self.domains[info.uuid] = domain
                added.append(domain)
        if added:
            self.domains_added.emit(added)
        for domain in changed:
            self.domain_changed.emit(domain)
        for domain in crashed:
            self.domain_crashed.emit(domain)

    def find_domain(self, name: str) -> Domain | None:
        return next((d for d in self.domains.values() if d.name == name), None)

    # -- networks and pools (the catalogue holds them and the other host objects)

    @property
    def networks(self) -> dict[str, Network]:
        return self.catalogue.networks

    @property
    def pools(self) -> dict[str, StoragePool]:
        return self.catalogue.pools


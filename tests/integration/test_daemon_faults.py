"""libvirtd killed, frozen, and killed in the middle of a Host Details action, while the manager, the details window
of a running TCG guest, its console window (the VNC display through libvirt's display socket) and the Host Details
window are open and statistics are sampled (issue 17, Faults).

1. SIGKILL and restart, CYCLES times: no crash or hang, the manager's rows match the daemon once reconnected (the
   guest is paused or resumed by another client right after each restart, while virtdesk is still away), the
   connection is back within RECONNECT_LIMIT_S of the daemon answering again, no thread or file descriptor leaked,
   the Host Details tabs show the banner while disconnected and their contents again after, the console shows the
   guest's display again.
2. SIGSTOP for FREEZE_S: the GUI thread never stops for GAP_LIMIT_MS or more, the connection shows "Not responding"
   within libvirt's keepalive window, and everything comes back on SIGCONT.
3. A pool start, a volume create and a network define sent while the daemon is frozen, then killed: each says what
   failed, the New Volume dialog and the Add Network wizard stay open with what was typed, and work once the
   daemon is back.

Each test prints one summary line with its figures (the README's Reliability section quotes them).
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import libvirt
import pytest
from details_harness import open_details
from manager_harness import ManagerHarness
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.exceptions import TimeoutError as WaitTimedOut
from pytestqt.qtbot import QtBot
from rig import guests
from rig.errors import REQUIRED
from rig.loop_gaps import LoopGaps
from rig.session_daemon import SessionDaemon

from virtdesk import xmlconf
from virtdesk.gui.console_window import ConsoleWindow, show_console_window
from virtdesk.gui.details.pages.performance import PerformancePage
from virtdesk.gui.details.window import DetailsWindow
from virtdesk.gui.host_details.add_network_wizard import AddNetworkWizard
from virtdesk.gui.host_details.create_volume_dialog import CreateVolumeDialog
from virtdesk.gui.host_details.window import HostDetailsWindow
from virtdesk.gui.manager.vm_tree_model import Column
from virtdesk.model.actions import ACTIONS
from virtdesk.model.connection import Connection, ConnectionState
from virtdesk.model.domain import DomainState
from virtdesk.model.lanes import Lane
from virtdesk.model.log import LogEntry, event_log
from virtdesk.model.network_actions import NetworkKind
from virtdesk.model.vnc_session import SessionState

pytestmark = pytest.mark.integration

CYCLES = 10
RECONNECT_LIMIT_S = 5.0
FREEZE_S = 30.0
# One cycle keeps the daemon down this long, through several reconnect attempts and their back-off: the connection
# must still be back within RECONNECT_LIMIT_S of the daemon answering.
LONG_OUTAGE_S = 9.0
GAP_LIMIT_MS = 100.0
STATS_MS = 250  # the sampler's shortest interval
HOST_USAGE_MS = 500  # the Host Details Overview graphs
KEEPALIVE_WINDOW_S = Connection.KEEPALIVE[0] * (Connection.KEEPALIVE[1] + 1)
# Worker pools start their threads on demand, up to each lane's size: a lane that had not yet needed all its threads
# when the baseline was counted may have started the rest since (bounded by the lane sizes, checked per lane); plus
# the one file worker (DetailsWindow's schema read starts it lazily). Nothing else may grow.
FILE_WORKERS = 1
# Sockets and pipes that Qt and libvirt open on first use (a font or an icon file read lazily, the offscreen
# backing store); a leak of one descriptor per reconnection would exceed it after CYCLES cycles.
FD_SLACK = 4
WAIT_MS = 60_000  # a hang guard for waits on a loaded machine, far above any figure asserted


@pytest.fixture
def rig_parts(request: pytest.FixtureRequest) -> tuple[SessionDaemon, libvirt.virDomain]:
    """The session daemon and a running TCG guest; in CI (CI=true or VIRTDESK_REQUIRE_RIG=1) a part the machine
    cannot provide fails the test instead of skipping it."""
    try:
        return request.getfixturevalue("session_daemon"), request.getfixturevalue("tcg_guest")
    except pytest.skip.Exception as skipped:
        if REQUIRED or os.environ.get("CI") == "true":
            pytest.fail(f"the rig cannot provide a part these tests need: {skipped}")
        raise


@dataclass
class Desk:
    """The windows of the app on the rig's daemon: manager (with the sampler), a VM's details and console, Host
    Details."""

    harness: ManagerHarness
    connection: Connection
    details: DetailsWindow
    console: ConsoleWindow
    host: HostDetailsWindow
    guest: str
    tracebacks: list[str]  # log entries carrying a traceback (see tracebacks_logged)

    def state_text(self) -> str:
        return self.harness.window.model.connection_index(self.connection, Column.STATE).data()

    def rows(self) -> dict[str, str]:
        """The manager's VM rows of the connection: name -> the state shown."""
        return self.harness.rows(self.connection)

    def ready(self) -> bool:
        """Connected, listed, and every Host Details tab has read what it shows."""
        return self.connection.is_active and self.connection.loaded and not self.host.loading

    def host_contents(self) -> dict[str, object]:
        """What the Host Details tabs show (the parts that do not change by themselves)."""
        host = self.host
        overview = host.overview.values
        return {
            "overview": tuple(overview[name].text() for name in ("hostname", "uri", "hypervisor", "arch", "cpus")),
            "storage": tuple(pool.name for pool in host.storage.pools.pools),
            "networks": tuple(network.name for network in host.networks.networks.networks),
            "devices": (host.devices.devices.rowCount(), host.devices.feed.note()),
            **{name: (page.objects.rowCount(), page.feed.note())
               for name, page in (("interfaces", host.interfaces), ("secrets", host.secrets),
                                  ("nwfilters", host.nwfilters))},
        }

    def details_actions(self) -> dict[str, bool]:
        """Which lifecycle actions the details window offers."""
        return {key: action.isEnabled() for key, action in self.details.lifecycle_actions.items()}

    def explain(self) -> str:
        """What `ready` and `responding` are made of, for a wait that timed out."""
        host = self.host
        busy = [name for name in ("overview", "storage", "devices", "interfaces", "secrets", "nwfilters", "networks")
                if getattr(host, name).loading]
        return (f"connection {self.connection.state.value}, loaded {self.connection.loaded}, "
                f"responding {self.connection.responding}, error {self.connection.error!r}; "
                f"Host Details tabs still reading: {busy}")

    def banner_shown(self) -> bool:
        return self.host.banner.isVisible() and not self.host.tabs.isVisible()

    def console_shown(self) -> bool:
        """The console window shows the guest's display, connected and painted."""
        view = self.console.view
        session = view.session
        return (view.stack.currentWidget() is view.display_holder and session is not None
                and session.state is SessionState.CONNECTED and session.frames_shown > 0)

    def console_text(self) -> str:
        view = self.console.view
        return f"console: page {view.stack.currentWidget().objectName()!r}, message {view.message.text()!r}"


@pytest.fixture
def desk(qtbot: QtBot, rig_parts: tuple[SessionDaemon, libvirt.virDomain]) -> Iterator[Desk]:
    daemon, guest = rig_parts
    harness = ManagerHarness(qtbot)
    harness.sampler.set_interval(STATS_MS)
    harness.sampler.start()
    host: HostDetailsWindow | None = None
    details: DetailsWindow | None = None
    console: ConsoleWindow | None = None
    stack = contextlib.ExitStack()
    try:
        logged = stack.enter_context(tracebacks_logged())
        connection = harness.connect(daemon.uri)
        qtbot.waitUntil(lambda: connection.loaded, timeout=WAIT_MS)
        details = open_details(qtbot, connection, guest.name(), harness.sampler)
        details.show_page_of(PerformancePage)
        host = HostDetailsWindow(connection, HOST_USAGE_MS)
        qtbot.addWidget(host)
        host.show()
        for tab in range(host.tabs.count()):  # every tab shown once, as a user browsing them
            host.tabs.setCurrentIndex(tab)
            qtbot.waitUntil(lambda: not host.loading, timeout=WAIT_MS)
        host.tabs.setCurrentWidget(host.overview)
        domain = connection.find_domain(guest.name())
        console = show_console_window(domain)  # closed (and deleted) below, not by qtbot before this teardown
        qtbot.waitUntil(lambda: len(domain.stats.cpu) >= 2, timeout=WAIT_MS)
        desk = Desk(harness, connection, details, console, host, guest.name(), logged)
        wait_or_explain(qtbot, desk.console_shown, desk.console_text)
        yield desk
    finally:
        for window in (host, console, details):
            if window is not None:
                window.close()
        harness.close()
        stack.close()
        with contextlib.suppress(ProcessLookupError):  # never leave the daemon stopped for the next test
            if daemon.alive():
                os.kill(daemon.pid, signal.SIGCONT)


# -- the daemon's side --------------------------------------------------------------------------------------------
def daemon_states(uri: str) -> dict[str, str]:
    """What the daemon says: VM name -> the state's label, from a connection of its own."""
    conn = libvirt.open(uri)
    try:
        return {domain.name(): DomainState(domain.state()[0]).label for domain in conn.listAllDomains()}
    finally:
        conn.close()


def pool_states(uri: str) -> dict[str, bool]:
    """What the daemon says: pool name -> active."""
    conn = libvirt.open(uri)
    try:
        return {pool.name(): bool(pool.isActive()) for pool in conn.listAllStoragePools()}
    finally:
        conn.close()


class AnswerProbe:
    """Opens the daemon from a thread of its own until it answers (a call that gets a reply), noting when; then
    optionally pauses or resumes the guest as another client would, before virtdesk is back."""

    def __init__(self, uri: str, guest: str, action: str = "") -> None:
        self.uri, self.guest, self.action = uri, guest, action
        self.answered = 0.0
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="answer-probe")
        self.thread.start()

    def _run(self) -> None:
        deadline = time.monotonic() + WAIT_MS / 1000
        while time.monotonic() < deadline:
            try:
                conn = libvirt.open(self.uri)
            except libvirt.libvirtError:
                time.sleep(0.02)
                continue
            try:
                conn.getLibVersion()
                self.answered = time.monotonic()
                if self.action:
                    domain = conn.lookupByName(self.guest)
                    domain.suspend() if self.action == "pause" else domain.resume()
                    del domain
            except libvirt.libvirtError as exc:
                self.error = exc
            finally:
                conn.close()
            return

    def join(self) -> float:
        self.thread.join(WAIT_MS / 1000)
        assert not self.thread.is_alive(), "the daemon never answered"
        assert self.error is None, self.error
        return self.answered


@contextlib.contextmanager
def frozen(daemon: SessionDaemon) -> Iterator[None]:
    """The daemon stopped (SIGSTOP) inside the block, continued after it (unless it was killed meanwhile)."""
    pid = daemon.pid
    os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        if daemon.alive():
            os.kill(pid, signal.SIGCONT)


# -- what this process holds ----------------------------------------------------------------------------------------
def lane_threads() -> dict[str, int]:
    """Worker threads per lane (the executors name them libvirt-<lane>_<n>), and the file worker's."""
    counts: dict[str, int] = {}
    for thread in threading.enumerate():
        prefix = thread.name.rpartition("_")[0]
        counts[prefix] = counts.get(prefix, 0) + 1
    return counts


def thread_allowance(before: dict[str, int]) -> int:
    """How many threads may have started since `before` without anything leaking (see FILE_WORKERS)."""
    lanes = sum(max(0, lane.threads - before.get(f"libvirt-{lane.name.lower()}", 0)) for lane in Lane)
    return lanes + max(0, FILE_WORKERS - before.get("files", 0))


def report(capsys: pytest.CaptureFixture[str], line: str) -> None:
    """The test's summary line, printed even when pytest captures output."""
    with capsys.disabled():
        print(f"\n[daemon faults] {line}")


def fd_count() -> int:
    return len(os.listdir("/proc/self/fd"))


def settle(qtbot: QtBot) -> None:
    """Lets closes of old sessions (queued on the session lane) and late task deliveries finish."""
    qtbot.wait(1500)
    gc.collect()


@contextlib.contextmanager
def tracebacks_logged() -> Iterator[list[str]]:
    """The log entries of the block that carry a traceback (the user must only ever see sentences)."""
    found: list[str] = []

    def added(entry: LogEntry) -> None:
        if "Traceback" in entry.message or "Traceback" in entry.detail:
            found.append(f"{entry.message}: {entry.detail}")

    event_log().added.connect(added)
    try:
        yield found
    finally:
        event_log().added.disconnect(added)


# -- 1. killed and restarted ---------------------------------------------------------------------------------------
def kill_and_restart(qtbot: QtBot, desk: Desk, daemon: SessionDaemon, cycle: int, contents: dict[str, object],
                     outage_s: float) -> float:
    """One cycle, the daemon down for at least outage_s; returns how long after the daemon answered again virtdesk
    had the VMs listed."""
    connection, host = desk.connection, desk.host
    daemon.kill()
    qtbot.waitUntil(lambda: connection.state is ConnectionState.ERROR, timeout=WAIT_MS)
    assert desk.rows() == {}, f"cycle {cycle}: VMs shown while the host is gone"
    assert desk.banner_shown() and "Not connected" in host.banner.text(), host.banner.text()
    assert desk.details.isVisible()
    qtbot.wait(int(outage_s * 1000))
    assert desk.rows() == {} and desk.banner_shown()
    listed: list[float] = []

    def loaded() -> None:
        if connection.loaded:
            listed.append(time.monotonic())

    connection.loaded_changed.connect(loaded)
    try:
        daemon.start()
        action = "pause" if cycle % 2 == 0 else "resume"  # as another client would, before virtdesk is back
        probe = AnswerProbe(daemon.uri, desk.guest, action)
        qtbot.waitUntil(lambda: bool(listed), timeout=WAIT_MS)
        answered = probe.join()
    finally:
        connection.loaded_changed.disconnect(loaded)
    qtbot.waitUntil(desk.ready, timeout=WAIT_MS)
    truth = daemon_states(daemon.uri)
    assert truth[desk.guest] == (DomainState.PAUSED if action == "pause" else DomainState.RUNNING).label
    qtbot.waitUntil(lambda: desk.rows() == truth, timeout=10_000)  # the pause's event may come after the listing
    assert not desk.banner_shown() and host.tabs.isVisible()
    qtbot.waitUntil(lambda: desk.host_contents() == contents, timeout=10_000)
    wait_or_explain(qtbot, desk.console_shown, lambda: f"cycle {cycle}: {desk.console_text()}", 10_000)
    domain = connection.find_domain(desk.guest)
    assert desk.details.domain is domain  # the window follows the same VM, and offers what its state allows
    assert desk.details_actions() == {key: action.applies(domain) for key, action in ACTIONS.items()}, cycle
    return max(0.0, listed[0] - answered)


def test_killed_daemon_ten_times_reconnects_with_true_states_and_no_leaks(
        qtbot: QtBot, desk: Desk, rig_parts: tuple[SessionDaemon, libvirt.virDomain],
        capsys: pytest.CaptureFixture[str]) -> None:
    daemon, _guest = rig_parts
    baseline_contents = desk.host_contents()
    assert desk.rows()[desk.guest] == DomainState.RUNNING.label
    settle(qtbot)
    threads_before, lanes_before, fds_before = threading.active_count(), lane_threads(), fd_count()
    reconnects: list[float] = []
    for cycle in range(CYCLES):
        outage = LONG_OUTAGE_S if cycle == CYCLES // 2 else 0.0
        reconnects.append(kill_and_restart(qtbot, desk, daemon, cycle, baseline_contents, outage))
    settle(qtbot)
    threads_after, lanes_after, fds_after = threading.active_count(), lane_threads(), fd_count()
    allowance = thread_allowance(lanes_before)
    report(capsys, f"{CYCLES} SIGKILL/restart cycles survived; reconnect after the daemon answered: "
          + ", ".join(f"{s:.2f}" for s in reconnects) + f" s (cycle {CYCLES // 2 + 1} after {LONG_OUTAGE_S:.0f} s "
          f"down; max {max(reconnects):.2f} s); "
          f"threads {threads_before} -> {threads_after} (lazy allowance {allowance}), "
          f"file descriptors {fds_before} -> {fds_after} (slack {FD_SLACK})")
    assert max(reconnects) < RECONNECT_LIMIT_S, reconnects
    for lane in Lane:
        started = lanes_after.get(f"libvirt-{lane.name.lower()}", 0)
        assert started <= lane.threads, f"{lane.name}: {started} threads"
    assert threads_after <= threads_before + allowance, sorted(t.name for t in threading.enumerate())
    assert fds_after <= fds_before + FD_SLACK, sorted(os.listdir("/proc/self/fd"))
    assert desk.tracebacks == []


# -- 2. frozen --------------------------------------------------------------------------------------------------------
def test_frozen_daemon_keeps_windows_responsive_and_shows_not_responding(
        qtbot: QtBot, desk: Desk, rig_parts: tuple[SessionDaemon, libvirt.virDomain],
        capsys: pytest.CaptureFixture[str]) -> None:
    daemon, _guest = rig_parts
    connection = desk.connection
    gaps = LoopGaps()
    seen: list[tuple[float, str]] = []  # (seconds since the freeze, the manager's state text) at each change
    start = time.monotonic()

    banners: set[str] = set()

    def note() -> None:
        text = desk.state_text()
        if not seen or seen[-1][1] != text:
            seen.append((time.monotonic() - start, text))
        if desk.host.banner.isVisibleTo(desk.host):
            banners.add(desk.host.banner.text())

    watcher = QTimer()
    watcher.setInterval(50)
    watcher.timeout.connect(note)
    gaps.start()
    watcher.start()
    try:  # the timer stops even when a wait fails (the failure's traceback keeps it alive)
        with frozen(daemon):
            start = time.monotonic()
            qtbot.wait(int(FREEZE_S * 1000))
        thawed = time.monotonic()
        wait_or_explain(qtbot, lambda: desk.ready() and connection.responding,
                        lambda: f"{desk.explain()}; states seen: {seen}")
        recovered = time.monotonic() - thawed
    finally:
        watcher.stop()
        gaps.stop()
    for window in (desk.harness.window, desk.details, desk.console, desk.host):  # each paints in full (unmeasured)
        assert not window.grab().isNull()
    first_silent = next((when for when, text in seen if text == "Not responding"), None)
    report(capsys, f"frozen {FREEZE_S:.0f} s: largest event-loop gap {gaps.largest_ms:.0f} ms "
          f"(at {gaps.largest_at - start:.1f} s); "
          f"'Not responding' after {first_silent if first_silent is None else round(first_silent, 1)} s "
          f"(keepalive window {KEEPALIVE_WINDOW_S} s); back {recovered:.1f} s after SIGCONT; states seen: "
          + "; ".join(f"{when:.1f} s {text}" for when, text in seen))
    assert gaps.largest_ms < GAP_LIMIT_MS
    assert first_silent is not None and first_silent <= KEEPALIVE_WINDOW_S, seen
    assert any("is not answering: what the tabs show may be out of date" in text for text in banners), banners
    assert not desk.host.banner.isVisibleTo(desk.host)  # answering again
    assert desk.rows() == daemon_states(daemon.uri)
    assert recovered < RECONNECT_LIMIT_S


# -- 3. an action of the Host Details window while the daemon dies ----------------------------------------------------
def killed_during(qtbot: QtBot, desk: Desk, daemon: SessionDaemon, act: Callable[[], object]) -> None:
    """act() sends its request to a frozen daemon, which is then killed under it."""
    with frozen(daemon):
        act()
        qtbot.wait(300)
        daemon.kill()
    qtbot.waitUntil(lambda: desk.connection.state is ConnectionState.ERROR, timeout=WAIT_MS)


def wait_or_explain(qtbot: QtBot, condition: Callable[[], bool], explain: Callable[[], str],
                    timeout_ms: int = WAIT_MS) -> None:
    """qtbot.waitUntil(condition), failing with explain() when it times out."""
    try:
        qtbot.waitUntil(condition, timeout=timeout_ms)
    except WaitTimedOut:
        pytest.fail(f"not back within {timeout_ms / 1000:.0f} s: {explain()}")


def back(qtbot: QtBot, desk: Desk, daemon: SessionDaemon) -> None:
    daemon.start()
    qtbot.waitUntil(desk.ready, timeout=WAIT_MS)


def red(label: QLabel) -> str:
    """The label's text when it shows an error (red)."""
    return label.text() if "color" in label.styleSheet() else ""


def test_host_details_actions_killed_midway_say_so_and_keep_what_was_typed(
        qtbot: QtBot, desk: Desk, rig_parts: tuple[SessionDaemon, libvirt.virDomain], session_tmp: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    daemon, _guest = rig_parts
    connection, storage, networks = desk.connection, desk.host.storage, desk.host.networks
    active, inactive = guests.unique_name("faults"), guests.unique_name("faults-off")
    conn = libvirt.open(daemon.uri)
    try:
        for name, build in ((active, True), (inactive, False)):
            (session_tmp / name).mkdir()
            daemon.account.own(session_tmp / name)
            pool = conn.storagePoolDefineXML(xmlconf.build_pool(name, "dir", str(session_tmp / name)).to_xml())
            if build:
                pool.create(0)
            del pool
    finally:
        conn.close()
    qtbot.waitUntil(lambda: {active, inactive} <= {p.name for p in connection.pools.values()}, timeout=WAIT_MS)
    desk.host.tabs.setCurrentWidget(storage)
    figures: list[str] = []

    # a pool started as the daemon dies: the Storage tab says it could not, and acts on the pool once the host is back
    assert storage.select_pool(inactive)
    qtbot.waitUntil(lambda: storage.start_button.isEnabled(), timeout=WAIT_MS)
    killed_during(qtbot, desk, daemon, storage.start_button.click)
    qtbot.waitUntil(lambda: red(storage.outcome_label).startswith(f"Could not start {inactive}:"), timeout=WAIT_MS)
    said = storage.outcome_label.text()
    figures.append(f"start pool: '{said}'")
    back(qtbot, desk, daemon)  # the tab (hidden behind the banner meanwhile) still says it
    assert storage.outcome_label.isVisibleTo(desk.host) and red(storage.outcome_label) == said
    # libvirtd marks every dir pool whose directory exists active when it starts: the tab must show that, not what
    # it knew before; then it stops and starts the pool as asked
    truth = pool_states(daemon.uri)
    assert {p.name: p.active for p in connection.pools.values()} == truth
    assert storage.select_pool(inactive)
    for button, done in ((storage.stop_button, "Stopped"), (storage.start_button, "Started")):
        if button is storage.stop_button and not truth[inactive]:
            continue
        qtbot.waitUntil(button.isEnabled, timeout=WAIT_MS)
        button.click()
        qtbot.waitUntil(lambda d=done: storage.outcome_label.text() == f"{d} {inactive}.", timeout=WAIT_MS)

    # a volume created as the daemon dies: the dialog stays open with the name typed and libvirt's words
    assert storage.select_pool(active)
    qtbot.waitUntil(lambda: storage.commands.new_button.isEnabled() and not storage.loading, timeout=WAIT_MS)
    dialog = storage.commands.create()
    assert isinstance(dialog, CreateVolumeDialog)
    qtbot.waitUntil(lambda: dialog.valid, timeout=WAIT_MS)
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "kept-name.qcow2")
    dialog.capacity.set_kib(1024)
    qtbot.waitUntil(lambda: dialog.action_button.isEnabled(), timeout=WAIT_MS)
    killed_during(qtbot, desk, daemon, dialog.action_button.click)
    qtbot.waitUntil(lambda: bool(red(dialog.error_label)) and dialog.error_label.isVisibleTo(dialog),
                    timeout=WAIT_MS)
    figures.append(f"new volume: '{dialog.error_label.text()}'")
    assert dialog.isVisible() and dialog.name_edit.text() == "kept-name.qcow2"
    back(qtbot, desk, daemon)
    qtbot.waitUntil(lambda: dialog.action_button.isEnabled(), timeout=WAIT_MS)
    with qtbot.waitSignal(dialog.succeeded, timeout=WAIT_MS):
        dialog.action_button.click()
    assert (session_tmp / active / "kept-name.qcow2").exists()

    # a network defined as the daemon dies: the wizard says so on its summary, with everything typed kept
    desk.host.tabs.setCurrentWidget(networks)
    qtbot.waitUntil(lambda: networks.add_button.isEnabled(), timeout=WAIT_MS)
    wizard = networks.add_network()
    assert isinstance(wizard, AddNetworkWizard)
    network = guests.unique_name("faults-net")
    wizard.kind_page.set_kind(NetworkKind.ISOLATED)
    wizard.kind_page.name_edit.setText(network)
    while wizard.currentId() != wizard.SUMMARY:
        assert wizard.currentPage().isComplete(), wizard.problems
        wizard.next()
    finish = wizard.button(wizard.WizardButton.FinishButton)
    qtbot.waitUntil(finish.isEnabled, timeout=WAIT_MS)
    planned = wizard.summary_page.xml_view.toPlainText()
    killed_during(qtbot, desk, daemon, finish.click)
    error = wizard.summary_page.error_label_widget
    qtbot.waitUntil(lambda: error.isVisibleTo(wizard) and error.text().startswith("Not created:"), timeout=WAIT_MS)
    figures.append(f"add network: '{error.text()}'")
    assert wizard.isVisible() and wizard.kind_page.name_edit.text() == network
    assert wizard.summary_page.xml_view.toPlainText() == planned
    back(qtbot, desk, daemon)
    qtbot.waitUntil(finish.isEnabled, timeout=WAIT_MS)  # still usable: Finish again, or Back to change an answer
    assert wizard.button(wizard.WizardButton.BackButton).isEnabled()
    wizard.back()
    assert wizard.currentPage().isComplete()
    wizard.reject()

    report(capsys, "Host Details actions killed midway: " + "; ".join(figures))
    assert desk.tracebacks == []

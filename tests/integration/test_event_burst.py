"""A burst of 1,000 lifecycle events (issue #17): while the manager window shows a test-driver host served by the
rig's session libvirtd (its shared `test:///default` host, so that a second client changes the same host), a second
libvirt client on a thread defines, starts, stops and undefines VMs as fast as libvirt allows. The window's event
loop is never held up for 100 ms (LoopGaps) and, once the burst settled, the manager's rows are exactly the host's
VMs with their states."""

from __future__ import annotations

import threading
import time

import libvirt
import pytest
from integration.test_daemon_faults import daemon_states
from manager_harness import ManagerHarness
from rig import guests
from rig.events import ensure_event_loop
from rig.loop_gaps import LoopGaps
from rig.stack_samples import StackSamples
from testhosts import domain_xml

pytestmark = pytest.mark.integration
EVENTS = 1000
VMS = 25
LARGEST_GAP_MS = 100


class Burst(threading.Thread):
    """The second client: cycles VMS VMs through define, start, stop and undefine until the daemon has sent
    EVENTS lifecycle events, then leaves a third of them running, a third shut off and a third undefined."""

    def __init__(self, uri: str) -> None:
        super().__init__(name="event-burst", daemon=True)
        self.uri = uri
        self.names = [guests.unique_name(f"burst{i}") for i in range(VMS)]
        self.ops = 0  # each a lifecycle event
        self.events = 0  # the events that reached this client
        self.seconds = 0.0
        self.error: BaseException | None = None
        self.delivered = threading.Event()

    def run(self) -> None:
        conn = libvirt.open(self.uri)
        callback = conn.domainEventRegisterAny(None, libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE, self._event, None)
        started = time.monotonic()
        try:
            doms = [self._do(lambda name=name: conn.defineXML(domain_xml(name))) for name in self.names]
            last = [i for i in range(VMS) if i % 3 != 1]  # the final starts and undefines
            cycle = 0
            while self.ops < EVENTS - len(last):
                i = cycle % VMS
                self._do(doms[i].create)
                self._do(doms[i].destroy)
                if cycle % 4 == 3 and self.ops < EVENTS - len(last) - 1:
                    self._do(doms[i].undefine)
                    doms[i] = self._do(lambda i=i: conn.defineXML(domain_xml(self.names[i])))
                cycle += 1
            for i, dom in enumerate(doms):  # a third left running, a third shut off, a third undefined
                if i % 3 == 0:
                    self._do(dom.create)
                elif i % 3 == 2:
                    self._do(dom.undefine)
            self.seconds = time.monotonic() - started
            assert self.delivered.wait(30), f"{self.events} of {self.ops} events reached the second client"
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            self.error = exc
        finally:
            conn.domainEventDeregisterAny(callback)
            conn.close()

    def _do(self, operation):  # noqa: ANN001, ANN202 - a libvirt call and its result
        self.ops += 1
        return operation()

    def _event(self, *_args: object) -> None:
        self.events += 1
        if self.events >= self.ops >= EVENTS:
            self.delivered.set()

    def remove_vms(self) -> None:
        conn = libvirt.open(self.uri)
        try:
            for dom in conn.listAllDomains():
                if dom.name() in self.names:
                    if dom.isActive():
                        dom.destroy()
                    if dom.isPersistent():
                        dom.undefine()
        finally:
            conn.close()


def test_a_burst_of_1000_lifecycle_events_keeps_the_window_responsive_and_the_list_exact(qtbot, session_daemon,
                                                                                          capsys):
    ensure_event_loop()
    uri = f"test+unix:///default?socket={session_daemon.socket_path}"
    harness = ManagerHarness(qtbot)
    burst = Burst(uri)
    gaps = LoopGaps()
    try:
        connection = harness.connect(uri)
        gaps.start()
        with StackSamples() as samples:
            burst.start()
            while burst.is_alive():
                qtbot.wait(20)
            assert burst.error is None, burst.error
            settling = time.monotonic()
            truth = daemon_states(uri)
            qtbot.waitUntil(lambda: harness.rows(connection) == truth, timeout=30000)
            settled_s = time.monotonic() - settling
            qtbot.wait(300)
        gaps.stop()
        assert harness.rows(connection) == daemon_states(uri)
        assert {name for name in truth if name in burst.names} == {burst.names[i] for i in range(VMS) if i % 3 != 2}
    finally:
        gaps.stop()
        harness.close()
        burst.remove_vms()
    with capsys.disabled():
        print(f"\n[event burst] {burst.events} lifecycle events in {burst.seconds:.2f} s "
              f"({burst.events / burst.seconds:.0f}/s); list exact {settled_s:.2f} s after the burst; largest "
              f"event-loop gap {gaps.largest_ms:.0f} ms\n{samples.summary()}")
    assert burst.events == burst.ops >= EVENTS
    assert gaps.largest_ms < LARGEST_GAP_MS

"""Connecting to a host over SSH and listing its 100 VMs: virtdesk's own tunnel against libvirt's qemu+ssh.

Uses the test rig (tests/rig, as root; it waits while a test run holds the rig): the rig user's session libvirtd
and the rig's sshd on 127.0.0.1, with 100 small VMs defined there (type qemu, 64 MiB, no disk; never started,
undefined at the end). Each figure is the median and range of --runs rounds (the ways take turns within a round,
after one unmeasured round):

- virtdesk, cold: a new SSH login (virtdesk.remote.tunnel.open_tunnel with a new SessionRegistry), libvirt opening
  the tunnel's local socket, then what the manager reads before a connection is usable
  (virtdesk.model.inventory.take: host name, capabilities, every VM's name and state; each VM's XML, the networks
  and pools follow in the background and are not timed here);
- virtdesk, warm: the same while a first tunnel to the host holds its SSH session (a second connection to a host
  reuses the login; a new tunnel still asks the host which helper it has);
- libvirt-python with `qemu+ssh://...?keyfile=K&no_verify=1` (libvirt runs the ssh program), then the same take;
- `virsh -c 'qemu+ssh://...' list --all`, a whole process (it reads names and states only).

Then the time of one cheap RPC through the tunnel, through libvirt's ssh and on the daemon's own socket.

Run: `.venv/bin/python bench/remote_connect.py [--vms N] [--runs R]`.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import libvirt
import rig_host

from virtdesk.model import inventory
from virtdesk.model.lanes import Lane
from virtdesk.remote.hostkeys import KnownHosts
from virtdesk.remote.registry import SessionRegistry
from virtdesk.remote.settings import SshSettings
from virtdesk.remote.tunnel import open_tunnel

if TYPE_CHECKING:
    from rig.session_daemon import SessionDaemon
    from rig.sshd import Sshd

Phases = dict[str, float]
KNOWN_HOSTS = Path.home() / ".ssh" / "known_hosts"  # where the ssh program libvirt runs adds the rig's host key


@contextlib.contextmanager
def rig() -> Iterator[tuple[SessionDaemon, Sshd]]:
    """The rig's session daemon (bench/rig_host.py) and its sshd."""
    from rig.session_daemon import USER
    from rig.sshd import create as create_sshd
    from rig.users import ensure_account

    with rig_host.session_daemon() as daemon:
        sshd = create_sshd(ensure_account(USER))
        try:
            sshd.start()
            yield daemon, sshd
        finally:
            sshd.stop()  # also removes the /run/sshd it made


@contextlib.contextmanager
def known_hosts_kept() -> Iterator[None]:
    """Puts root's known_hosts back as it was (with no_verify=1, ssh adds the rig's host key to it)."""
    before = KNOWN_HOSTS.read_bytes() if KNOWN_HOSTS.exists() else None
    try:
        yield
    finally:
        if before is None:
            KNOWN_HOSTS.unlink(missing_ok=True)
        else:
            KNOWN_HOSTS.write_bytes(before)


@contextlib.contextmanager
def defined_vms(uri: str, count: int) -> Iterator[None]:
    """count small VMs (type qemu, 64 MiB, no disk), defined and never started; undefined at the end."""
    from rig import guests

    conn = libvirt.open(uri)
    domains: list[libvirt.virDomain] = []
    try:
        for _ in range(count):
            domains.append(conn.defineXML(guests.tcg_guest_xml(guests.unique_name("bench"))))
        yield
    finally:
        for domain in domains:
            guests.remove(domain)
        conn.close()


def opened_and_listed(open_conn: Callable[[], libvirt.virConnect], vms: int) -> Phases:
    started = time.perf_counter()
    conn = open_conn()
    opened = time.perf_counter()
    with ThreadPoolExecutor(Lane.LOAD.threads) as executor:
        snapshot = inventory.take(conn, executor)
    done = time.perf_counter()
    conn.close()
    if len(snapshot.domains) != vms:
        raise SystemExit(f"listed {len(snapshot.domains)} VMs, not {vms}")
    return {"total": done - started, "libvirt open": opened - started, "inventory.take": done - opened}


def through_tunnel(uri: str, settings: SshSettings, registry: SessionRegistry, vms: int) -> Phases:
    started = time.perf_counter()
    tunnel = open_tunnel(uri, settings, registry)
    tunnelled = time.perf_counter() - started
    try:
        phases = opened_and_listed(lambda: libvirt.open(tunnel.local_uri), vms)
    finally:
        tunnel.close()
    return {**phases, "total": tunnelled + phases["total"], "tunnel": tunnelled}


def cold(uri: str, settings: SshSettings, vms: int) -> Phases:
    registry = SessionRegistry()
    try:
        return through_tunnel(uri, settings, registry, vms)
    finally:
        registry.close_all()


def virsh(uri: str, vms: int) -> Phases:
    started = time.perf_counter()
    done = subprocess.run(["virsh", "-c", uri, "list", "--all"], capture_output=True, text=True, check=True)
    total = time.perf_counter() - started
    rows = [line for line in done.stdout.splitlines() if " bench-" in line]
    if len(rows) != vms:
        raise SystemExit(f"virsh listed {len(rows)} VMs, not {vms}")
    return {"total": total}


def round_trip(open_conn: Callable[[], libvirt.virConnect], calls: int = 300) -> list[float]:
    """Seconds of each of `calls` cheap RPCs (getLibVersion) on one connection."""
    conn = open_conn()
    conn.getLibVersion()
    times = []
    for _ in range(calls):
        started = time.perf_counter()
        conn.getLibVersion()
        times.append(time.perf_counter() - started)
    conn.close()
    return times


def figure(seconds: list[float], digits: int = 0) -> str:
    """Median (range) in milliseconds."""
    ms = [value * 1000 for value in seconds]
    return f"{statistics.median(ms):.{digits}f} ms ({min(ms):.{digits}f}–{max(ms):.{digits}f})"


COLUMNS = ("total", "tunnel", "libvirt open", "inventory.take")
SETTLE_SECONDS = 0.5  # before each measurement: the previous one's SSH and libvirt processes end meanwhile


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vms", type=int, default=100)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    logging.getLogger("virtdesk").setLevel(logging.ERROR)  # virt-ssh-helper's "EOF on stdin" at every close
    with rig() as (daemon, sshd), known_hosts_kept(), tempfile.TemporaryDirectory() as directory, \
            defined_vms(daemon.uri, args.vms):
        uri = f"qemu+ssh://{sshd.key_user}@{sshd.host}:{sshd.port}/session?keyfile={sshd.key_path}"
        settings = SshSettings(ssh_dir=Path(directory) / "ssh", agent_socket=None,
                               known_hosts=KnownHosts(Path(directory) / "own", [sshd.known_hosts_path]))
        warm = SessionRegistry()
        ways: dict[str, Callable[[], Phases]] = {
            "virtdesk tunnel, cold (new SSH login)": lambda: cold(uri, settings, args.vms),
            "virtdesk tunnel, warm (SSH session open)": lambda: through_tunnel(uri, settings, warm, args.vms),
            "libvirt-python, qemu+ssh (runs ssh)": lambda: opened_and_listed(
                lambda: libvirt.open(uri + "&no_verify=1"), args.vms),
            "virsh list --all, qemu+ssh (a process)": lambda: virsh(uri + "&no_verify=1", args.vms),
        }
        first = open_tunnel(uri, settings, warm)  # holds the SSH session that the warm way shares
        try:
            results: dict[str, list[Phases]] = {name: [] for name in ways}
            for round_ in range(args.runs + 1):
                for name, way in ways.items():
                    time.sleep(SETTLE_SECONDS)
                    phases = way()
                    if round_:
                        results[name].append(phases)
            round_trips = {
                "virtdesk tunnel": round_trip(lambda: libvirt.open(first.local_uri)),
                "libvirt qemu+ssh (ssh program)": round_trip(lambda: libvirt.open(uri + "&no_verify=1")),
                "the daemon's socket, no SSH": round_trip(lambda: libvirt.open(daemon.uri)),
            }
        finally:
            first.close()
            warm.close_all()
    print(f"{args.vms} VMs on the rig's session libvirtd, over sshd on 127.0.0.1: median (range) of {args.runs} runs")
    print(f"{'':42}" + "".join(f"{column:>22}" for column in COLUMNS))
    for name, runs in results.items():
        cells = [figure([phases[column] for phases in runs]) if column in runs[0] else "—" for column in COLUMNS]
        print(f"{name:42}" + "".join(f"{cell:>22}" for cell in cells))
    print("one RPC round trip (getLibVersion, 300 in a row): mean; median (range)")
    for name, times in round_trips.items():
        print(f"  {name:32} {statistics.mean(times) * 1000:.2f} ms; {figure(times, 2)}")


if __name__ == "__main__":
    main()

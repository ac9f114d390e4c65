"""The console on a real QEMU guest: frames per second and CPU of virtdesk's process while the guest's screen keeps
changing, with ZRLE and with Tight.

The rig's Linux guest (Debian's kernel and the rig's busybox initramfs) gets a VGA card and a VNC display. With
`--accel kvm` it runs under KVM in the rig's system-mode libvirtd (root, in the rig's own mount and network
namespaces: this process enters that network namespace to reach QEMU's VNC port on its 127.0.0.1); with `--accel
tcg` under TCG in the rig's session libvirtd (its unprivileged user cannot open /dev/kvm). Without `--accel`: KVM
when the system daemon's domain capabilities offer it and the host's KVM is not PVM (kvm_pvm, a KVM without
hardware virtualisation in which Debian's kernel never gets past its decompressor: measured 2026-12-03, still there
after 240 s), else TCG; the output says which and why.

Scene "graphics" (the default): the kernel's real-mode setup puts the card in VESA mode 0x118 (`vga=0x318`:
1024x768, 24 bits a pixel, linear framebuffer) before it boots; Debian's cloud kernel has no framebuffer driver
(no vesafb, no DRM), so nothing draws there but the guest's shell, which writes two pictures of random pixels
(made from /dev/urandom) in turn straight into the card's framebuffer (its PCI BAR 0) through /dev/mem, pausing
15 ms after each: every refresh of QEMU's display (about 30 a second) is a whole new screen of
1024x768 that compresses worst. The guest counts the pictures it wrote; the output gives their rate. /dev/mem
reads and writes only below the end of the guest's RAM, hence 4.5 GiB of it (TCG and KVM touch only what the guest
uses). Scene "text": from its serial shell a loop prints coloured lines on its VGA text screen
(720x400) every 5 ms, so the screen scrolls on every refresh.

The embedded console of bench/vnc_console.py's `watch` (the real VncSession and VncWidget, offscreen, at 1:1) then
connects to QEMU's VNC port offering one encoding only. "shown" counts the frames the widget painted; CPU is this
process's (all threads) a second of wall time; the guest's and QEMU's own CPU are not counted (they share the
machine's cores, though).

As root (the rig is held as a test run holds it; waits while tests use it).
Run: `.venv/bin/python bench/vnc_real_guest.py [--accel kvm|tcg] [--scene graphics|text] [--seconds 10] [--runs 3]`
(offscreen unless QT_QPA_PLATFORM says).
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import os
import re
import statistics
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests"), str(REPO / "bench")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import libvirt  # noqa: E402
import rig_host  # noqa: E402
import vnc_console  # noqa: E402
from figures import Figure, print_table  # noqa: E402
from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from rig import guests, initramfs  # noqa: E402
from rig.console import SerialConsole  # noqa: E402
from rig.errors import Unavailable  # noqa: E402
from rig.events import ensure_event_loop  # noqa: E402

from virtdesk import xmlconf  # noqa: E402
from virtdesk.console.rfb import TIGHT, ZRLE  # noqa: E402

ENCODINGS = {"ZRLE": ZRLE, "Tight": TIGHT}
DISPLAY = ("<graphics type='vnc' autoport='yes' listen='127.0.0.1'><listen type='address' address='127.0.0.1'/>"
           "</graphics><video><model type='vga' vram='16384'/></video>")


@dataclass(frozen=True)
class Scene:
    description: str
    screen: QSize
    kernel_arguments: str
    memory_mib: int
    start: str
    """typed on the guest's shell once it is up: starts the changes in the background, then prints STARTED"""
    counted: bool = False
    """whether the guest counts the changes in /tmp/changes"""


_VGA_DEVICE = "/sys/bus/pci/devices/0000:00:02.0"
_FRAME = "bs=4096 count=576"  # 1024 x 768 x 3 bytes
SCENES = {
    "graphics": Scene(
        "1024x768 VESA screen, random pixels on every refresh", QSize(1024, 768), "vga=0x318", 4608,
        f"(lfb=$(( $(cut -d' ' -f1 {_VGA_DEVICE}/resource | head -1) / 4096 )); "
        f"dd if=/dev/urandom of=/tmp/a {_FRAME} 2>/dev/null; dd if=/dev/urandom of=/tmp/b {_FRAME} 2>/dev/null; "
        f"n=0; echo STAR''TED; while :; do for f in /tmp/a /tmp/b; do "
        f"dd if=$f of=/dev/mem {_FRAME} seek=$lfb 2>/dev/null; n=$((n + 1)); echo $n >/tmp/changes; "
        f"usleep 15000; done; done) &", counted=True),
    "text": Scene(
        "720x400 VGA text screen scrolling", QSize(720, 400), "", 256,
        "(n=0; while :; do n=$((n + 1)); printf '\\033[3%d;4%dm%06d %s\\033[0m\\n' $((n % 7 + 1)) $((n / 7 % 8)) "
        "$n 'the quick brown fox jumps over the lazy dog 0123456789 ABCDEFGHIJKLMNOPQRSTUVWXYZ'; usleep 5000; "
        "done) >/dev/tty0 2>&1 & echo STAR''TED"),
}
TARGET = "≥ 30 frames/s under 50 % of a core"
CLONE_NEWNET = 0x40000000


@dataclass(frozen=True)
class GuestHost:
    """The daemon that runs the guest."""

    conn: libvirt.virConnect
    accel: str
    """kvm or tcg (the domain type kvm or qemu)"""
    description: str
    runtime_dir: Path
    """where the guest's agent socket goes (short path, the daemon may write there)"""
    network_of: int | None = None
    """a process in the network namespace where QEMU's VNC port listens, if not this process's"""


PVM_MODULE = Path("/sys/module/kvm_pvm")


def _kvm_missing(conn: libvirt.virConnect) -> str | None:
    """Why the daemon cannot run the guest under KVM (its domain capabilities for virttype kvm, the host's KVM), or
    None if it can."""
    try:
        conn.getDomainCapabilities(None, "x86_64", None, "kvm", 0)
    except libvirt.libvirtError as error:
        return str(error)
    if PVM_MODULE.exists():
        return "the host's KVM is kvm_pvm, which does not boot the rig's kernel; --accel kvm tries anyway"
    return None


@contextlib.contextmanager
def guest_host(accel: str | None) -> Iterator[GuestHost]:
    """KVM in the rig's system daemon (accel None: if it can), else TCG in the rig's session daemon."""
    if accel != "tcg":
        with contextlib.ExitStack() as stack:
            try:
                system = stack.enter_context(rig_host.system_daemon())
                conn = stack.enter_context(contextlib.closing(libvirt.open(system.uri)))
                missing = _kvm_missing(conn)
            except Unavailable as error:
                if accel == "kvm":
                    raise SystemExit(f"no KVM guests here: {error}") from error
                missing = str(error)
            if missing is None or accel == "kvm":
                if missing is not None:
                    print(f"KVM asked for, though {missing}", flush=True)
                yield GuestHost(conn, "kvm", "KVM, the rig's system libvirtd (root, own namespaces)", system.dir,
                                system.pid)
                return
        print(f"no KVM guests here ({missing}): TCG", flush=True)
    with rig_host.session_daemon() as session, contextlib.closing(libvirt.open(session.uri)) as conn:
        yield GuestHost(conn, "tcg", "TCG, the rig's session libvirtd", session.runtime_dir)


@contextlib.contextmanager
def network_namespace_of(pid: int | None) -> Iterator[None]:
    """This thread (and the threads it starts meanwhile) in the network namespace of process `pid` (None: stays)."""
    if pid is None:
        yield
        return
    libc = ctypes.CDLL(None, use_errno=True)

    def enter(path: str) -> None:
        fd = os.open(path, os.O_RDONLY)
        try:
            if libc.setns(fd, CLONE_NEWNET) != 0:
                raise OSError(ctypes.get_errno(), f"setns {path}")
        finally:
            os.close(fd)

    own = f"/proc/self/task/{threading.get_native_id()}/ns/net"
    back = os.open(own, os.O_RDONLY)
    try:
        enter(f"/proc/{pid}/ns/net")
        try:
            yield
        finally:
            if libc.setns(back, CLONE_NEWNET) != 0:
                raise OSError(ctypes.get_errno(), "setns back")
    finally:
        os.close(back)


@contextlib.contextmanager
def changing_guest(host: GuestHost, scene: Scene) -> Iterator[tuple[libvirt.virDomain, SerialConsole]]:
    """The Linux guest with a VNC display, its screen changing as the scene says; removed after."""
    name = guests.unique_name("vncbench")
    xml = guests.linux_guest_xml(name, initramfs.boot_files(), host.runtime_dir / f"{name}.agent",
                                 memory_mib=scene.memory_mib, virt_type="kvm" if host.accel == "kvm" else "qemu")
    xml = xml.replace(f"<cmdline>{initramfs.KERNEL_CMDLINE}", f"<cmdline>{initramfs.KERNEL_CMDLINE} "
                      f"{scene.kernel_arguments}", 1)
    domain = host.conn.defineXML(xml.replace("<devices>", "<devices>" + DISPLAY, 1))
    try:
        domain.createWithFlags(libvirt.VIR_DOMAIN_START_PAUSED)
        console = SerialConsole(domain)
        try:
            domain.resume()
            console.wait_for(initramfs.READY_LINE, timeout=120)
            time.sleep(1)  # the shell's prompt
            console.run(scene.start, "STARTED", timeout=120)
            yield domain, console
        finally:
            console.close()
    finally:
        guests.remove(domain)


def changes(console: SerialConsole) -> tuple[int, float]:
    """The changes the guest counted so far, and when (perf_counter)."""
    output = console.run("echo CHANGES=$(cat /tmp/changes)=E''ND", "=END", timeout=30)
    return int(re.search(r"CHANGES=(\d+)=END", output).group(1)), time.perf_counter()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accel", choices=("kvm", "tcg"), default=None,
                        help="how QEMU runs the guest (default: kvm if the rig's system libvirtd can, else tcg)")
    parser.add_argument("--scene", choices=SCENES, default="graphics", help="what the guest's screen shows")
    parser.add_argument("--seconds", type=float, default=10.0, help="measured per encoding and run")
    parser.add_argument("--runs", type=int, default=3, help="runs per encoding (the figures are their medians)")
    args = parser.parse_args()
    scene = SCENES[args.scene]
    app = QApplication.instance() or QApplication([])
    ensure_event_loop()
    results: dict[str, list[vnc_console.Watched]] = {name: [] for name in ENCODINGS}
    changed = ""
    with guest_host(args.accel) as host, changing_guest(host, scene) as (domain, console):
        print(f"guest: {host.description}", flush=True)
        port = xmlconf.load(domain.XMLDesc(0)).devices.graphics[0].port
        time.sleep(2)  # the loop is running
        counted = changes(console) if scene.counted else None
        with network_namespace_of(host.network_of):
            for run in range(args.runs):
                for name, encoding in ENCODINGS.items():
                    watched = vnc_console.watch(port, scene.screen, args.seconds, (encoding,))
                    results[name].append(watched)
                    print(f"run {run + 1} {name:5} {watched.shown:5.1f} frames/s shown "
                          f"({watched.decoded:5.1f} updates/s decoded), {watched.cpu:4.0%} of a core, "
                          f"screen {watched.size.width()}x{watched.size.height()} "
                          f"({watched.changed:.0%} of it changed an update), "
                          f"load {os.getloadavg()[0]:.2f}", flush=True)
        if counted is not None:
            (first, since), (last, until) = counted, changes(console)
            changed = f", the guest changing its screen {(last - first) / (until - since):.0f} times a second"
    figures = []
    for name, runs in results.items():
        shown = statistics.median(w.shown for w in runs)
        cpu = statistics.median(w.cpu for w in runs)
        per_frame = statistics.median(w.cpu / max(w.shown, 1 / args.seconds) for w in runs)
        figures.append(Figure(f"real QEMU guest ({host.accel}), {scene.description}, {name}: frames/s shown, "
                              f"CPU of a core, CPU a frame (median of {len(runs)})",
                              f"{shown:.1f}, {cpu:.0%}, {per_frame * 1000:.1f} ms", TARGET))
    print(f"{host.description}; {app.platformName()} Qt platform, load average {os.getloadavg()[0]:.2f} at the "
          f"end{changed}")
    print_table(figures)


if __name__ == "__main__":
    main()

"""The real program left running under Xvfb for minutes or hours, used through the keyboard as a person would.

Each soaked program is `virtdesk --connect URI --show-domain-performance VM` with live statistics at the fastest
interval Preferences offers (1 s), or with --interval-ms a finer one (stats/interval_ms), in a real X window.
With a cycle period, the details window is closed (Ctrl+W) and opened again from the manager (Ctrl+F, the VM's
name, Return), its pages browsed, over and over. At the end the program is quit with Ctrl+Q. A soak fails when
the program dies, does not quit cleanly, or logs an error.

Benchmark: `.venv/bin/python bench/soak.py --minutes 60 [--cycle 20] [--vms 1000] [--interval-ms 100]
[--screenshots DIR]`
soaks the demo host and a generated host side by side and prints memory, CPU, thread and file figures.
tests/integration/test_soak.py runs the same for 5 minutes in CI.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from procstat import cpu_seconds, fd_count, rss_mib, thread_count

GRAB_SCREEN = ("import sys; from PySide6.QtGui import QGuiApplication; app = QGuiApplication([]); "
               "sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)")

ROOT = Path(__file__).resolve().parent.parent
MANAGER_TITLE = "Virtual Machine Manager"
SETTLE_S = 30.0  # loading done, caches warm: growth is counted from here
WARM_CYCLES = 3  # and again from here: every page of the details window built (pages are built when first shown)
SAMPLE_S = 5.0
SCREENSHOT_S = 600.0
MARK_S = 600.0
ERROR_LINE = re.compile(r"\b(ERROR|CRITICAL)\b|Traceback|Fatal Python error|Unexpected error")


@dataclass
class Figures:
    label: str
    seconds: float = 0.0
    rss_settled: float = 0.0
    rss_warm: float = 0.0  # after WARM_CYCLES open/close cycles
    warm_s: float = 0.0
    rss_end: float = 0.0
    rss_peak: float = 0.0
    cpu_s: float = 0.0
    threads: tuple[int, int] = (0, 0)
    fds: tuple[int, int] = (0, 0)
    cycles: int = 0
    cycle_failures: list[str] = field(default_factory=list)
    exit_code: int | None = None
    died: str = ""
    log_errors: list[str] = field(default_factory=list)
    marks: list[tuple[int, float]] = field(default_factory=list)  # (minute, resident MiB) every MARK_S

    @property
    def ok(self) -> bool:
        return not self.died and self.exit_code == 0 and not self.log_errors and not self.cycle_failures

    def report(self) -> str:
        minutes = self.seconds / 60
        growth = self.rss_end - self.rss_settled
        lines = [
            f"{self.label}: {minutes:.1f} min, {'alive and quit cleanly' if self.ok else 'FAILED'}"
            + (f", {self.cycles} open/close cycles" if self.cycles else ""),
            f"  resident memory: {self.rss_settled:.0f} MiB after {SETTLE_S:.0f} s, {self.rss_end:.0f} MiB at the "
            f"end (growth {growth:+.1f} MiB, {growth / max(minutes - SETTLE_S / 60, 1e-9) * 60:+.1f} MiB/h), "
            f"peak {self.rss_peak:.0f} MiB",
            *([f"  after {WARM_CYCLES} cycles ({self.warm_s / 60:.1f} min): {self.rss_warm:.0f} MiB, growth from there "
               f"{self.rss_end - self.rss_warm:+.1f} MiB"] if self.rss_warm else []),
            f"  CPU: {self.cpu_s:.1f} s ({self.cpu_s / max(self.seconds, 1e-9) * 100:.1f}% of one core)",
            f"  threads {self.threads[0]} -> {self.threads[1]}, open files {self.fds[0]} -> {self.fds[1]}",
        ]
        if self.marks:
            lines.append("  resident by minute: " + ", ".join(f"{m}: {rss:.0f}" for m, rss in self.marks))
        if self.died:
            lines.append(f"  died: {self.died}")
        if self.exit_code not in (0, None):
            lines.append(f"  exit code {self.exit_code}")
        lines.extend(f"  cycle failed {line}" for line in self.cycle_failures[:10])
        lines.extend(f"  log: {line}" for line in self.log_errors[:20])
        return "\n".join(lines)


def xdotool(display: str, *args: str, timeout: float = 20.0) -> str:
    result = subprocess.run(["xdotool", *args], env=dict(os.environ, DISPLAY=display), capture_output=True,
                            text=True, timeout=timeout, check=False)
    return result.stdout.strip()


class SoakedProgram:
    """One running virtdesk, its figures and its keyboard."""

    def __init__(self, label: str, display: str, uri: str, vm: str, workdir: Path, interval_ms: int = 1000) -> None:
        self.figures = Figures(label)
        self.interval_ms = interval_ms
        self.display = display
        self.uri = uri
        self.vm = vm
        self.workdir = workdir
        self.log_path = workdir / f"{re.sub(r'[^A-Za-z0-9]+', '-', label)}.log"
        self.process: subprocess.Popen[bytes] | None = None
        self.started = 0.0
        self._details_open = True

    def start(self) -> None:
        config = self.workdir / f"config-{self.figures.label}"
        (config / "virtdesk").mkdir(parents=True, exist_ok=True)
        (config / "virtdesk" / "virtdesk.conf").write_text(f"[stats]\ninterval=1\ninterval_ms={self.interval_ms}\n")
        env = dict(os.environ, DISPLAY=self.display, QT_QPA_PLATFORM="xcb", XDG_CONFIG_HOME=str(config))
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "virtdesk", "--connect", self.uri, "--show-domain-performance", self.vm],
                env=env, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
        self.started = time.monotonic()

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def sample(self) -> None:
        """Reads memory, CPU, threads and files; notes a death."""
        if not self.alive():
            if not self.figures.died:
                code = self.process.returncode if self.process else None
                self.figures.died = f"exited with status {code} after {self.elapsed():.0f} s"
            return
        try:
            rss, cpu, threads, fds = rss_mib(self.pid), cpu_seconds(self.pid), thread_count(self.pid), fd_count(
                self.pid)
        except OSError:
            return
        figures = self.figures
        figures.seconds, figures.cpu_s, figures.rss_end = self.elapsed(), cpu, rss
        figures.rss_peak = max(figures.rss_peak, rss)
        if self.elapsed() >= MARK_S * (len(figures.marks) + 1):
            figures.marks.append((round(self.elapsed() / 60), rss))
        if not figures.rss_settled and self.elapsed() >= SETTLE_S:
            figures.rss_settled = rss
            figures.threads = figures.fds = (threads, fds)
        if not figures.rss_warm and figures.cycles >= WARM_CYCLES:
            figures.rss_warm, figures.warm_s = rss, self.elapsed()
        figures.threads = (figures.threads[0] or threads, threads)
        figures.fds = (figures.fds[0] or fds, fds)

    def _window(self, title_pattern: str, wait: float = 20.0) -> str:
        """The ID of this program's visible window whose title matches, or "" after ``wait`` seconds."""
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and self.alive():
            ids = xdotool(self.display, "search", "--all", "--onlyvisible", "--pid", str(self.pid),
                          "--name", title_pattern)
            if ids:
                return ids.split()[0]
            time.sleep(0.5)
        return ""

    def _keys(self, window: str, *keys: str) -> None:
        xdotool(self.display, "windowfocus", "--sync", window)
        for key in keys:
            xdotool(self.display, "key", "--clearmodifiers", key)
            time.sleep(0.3)

    def windows_shown(self) -> bool:
        return bool(self._window(f"^{re.escape(MANAGER_TITLE)}$")) and bool(self._window(self._details_title()))

    def _details_title(self) -> str:
        return f"^{re.escape(self.vm)} "

    def _gone(self, window: str, wait: float = 10.0) -> bool:
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if window not in xdotool(self.display, "search", "--onlyvisible", "--pid", str(self.pid), "--name", "."):
                return True
            time.sleep(0.3)
        return False

    def cycle(self, pages: int = 12) -> None:
        """Closes the details window, opens it again from the manager and browses its pages."""
        details = self._window(self._details_title())
        manager = self._window(f"^{re.escape(MANAGER_TITLE)}$")
        if not details or not manager:
            self.figures.cycle_failures.append(f"at {self.elapsed():.0f} s: a window is missing")
            return
        self._keys(details, "ctrl+w")
        if not self._gone(details):
            self.figures.cycle_failures.append(f"at {self.elapsed():.0f} s: Ctrl+W left the details window open")
            return
        xdotool(self.display, "windowfocus", "--sync", manager)
        xdotool(self.display, "key", "--clearmodifiers", "ctrl+f")
        xdotool(self.display, "key", "--clearmodifiers", "ctrl+a")
        xdotool(self.display, "type", "--delay", "40", self.vm)
        self._keys(manager, "Tab", "Home", "Down", "Return")
        details = self._window(self._details_title())
        if not details:
            self.figures.cycle_failures.append(f"at {self.elapsed():.0f} s: Return did not open the details window")
            return
        self._keys(details, *["Down"] * pages)
        self.figures.cycles += 1

    def screenshot(self, path: Path) -> None:
        """The whole X screen as a PNG: with ImageMagick's import where it is installed, else through Qt."""
        if shutil.which("import"):
            command = ["import", "-display", self.display, "-window", "root", str(path)]
        else:
            command = [sys.executable, "-c", GRAB_SCREEN, str(path)]
        subprocess.run(command, capture_output=True, timeout=30, check=False,
                       env={**os.environ, "DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb"})

    def quit(self) -> None:
        """Ctrl+Q in the manager; a program that does not end within 30 s is killed and fails."""
        if not self.alive():
            return
        manager = self._window(f"^{re.escape(MANAGER_TITLE)}$", wait=5)
        if manager:
            self._keys(manager, "ctrl+q")
        assert self.process is not None
        try:
            self.figures.exit_code = self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()
            self.figures.died = "did not quit within 30 s of Ctrl+Q"

    def read_log(self) -> None:
        text = self.log_path.read_text(errors="replace")
        self.figures.log_errors = [line for line in text.splitlines() if ERROR_LINE.search(line)]


def soak(programs: list[SoakedProgram], seconds: float, cycle_s: float | None = None,
         screenshots: Path | None = None) -> list[Figures]:
    """Runs the programs side by side for ``seconds``; returns their figures once they have quit."""
    for program in programs:
        program.start()
    try:
        deadline = time.monotonic() + seconds
        next_cycle = time.monotonic() + (cycle_s or 0) + SETTLE_S
        next_shot, shot = time.monotonic() + SETTLE_S, 0
        while time.monotonic() < deadline and all(p.alive() for p in programs):
            for program in programs:
                program.sample()
            if cycle_s and time.monotonic() >= next_cycle:
                for program in programs:
                    program.cycle()
                next_cycle = time.monotonic() + cycle_s
            if screenshots is not None and time.monotonic() >= next_shot:
                programs[0].screenshot(screenshots / f"screen-{shot:02d}.png")
                next_shot, shot = time.monotonic() + SCREENSHOT_S, shot + 1
            time.sleep(SAMPLE_S)
        for program in programs:
            program.sample()
        if screenshots is not None:
            programs[0].screenshot(screenshots / "screen-end.png")
    finally:
        for program in programs:
            program.quit()
            program.read_log()
    return [program.figures for program in programs]


def first_running_vm(host_xml: Path) -> str:
    """The name of the first VM the test-driver host file starts as running."""
    from lxml import etree

    namespace = {"test": "http://libvirt.org/schemas/domain/test/1.0"}
    tree = etree.parse(str(host_xml))
    for domain in tree.iter("domain"):
        if domain.get("file"):
            domain = etree.parse(str(host_xml.parent / domain.get("file"))).getroot()
        if domain.findtext("test:runstate", namespaces=namespace) == "1":
            return domain.findtext("name")
    raise ValueError(f"no running VM in {host_xml}")


def standard_programs(display: str, workdir: Path, vms: int, interval_ms: int = 1000) -> list[SoakedProgram]:
    """The demo host and a generated host with ``vms`` VMs, statistics every ``interval_ms``."""
    from virtdesk.demo import demo_host_path, demo_uri
    from virtdesk.large_host import write_generated_host

    large_uri = write_generated_host(workdir, vms)
    large_file = Path(large_uri.removeprefix("test://"))
    return [
        SoakedProgram("demo host", display, demo_uri(), first_running_vm(demo_host_path()), workdir, interval_ms),
        SoakedProgram(f"{vms}-VM host", display, large_uri, first_running_vm(large_file), workdir, interval_ms),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--cycle", type=float, default=20.0, help="seconds between window cycles (0: none)")
    parser.add_argument("--vms", type=int, default=1000)
    parser.add_argument("--screenshots", type=Path, help="save screenshots of the screen here")
    parser.add_argument("--interval-ms", type=int, default=1000,
                        help="statistics interval (100: 10 Hz, finer than Preferences offers)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    # An X server of its own, outside the test rig's records: a test run started beside it leaves it alone.
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert xvfb.stdout is not None
        display = f":{xvfb.stdout.readline().strip()}"
        with tempfile.TemporaryDirectory(prefix="virtdesk-soak-") as directory:
            if args.screenshots:
                args.screenshots.mkdir(parents=True, exist_ok=True)
            programs = standard_programs(display, Path(directory), args.vms, args.interval_ms)
            results = soak(programs, args.minutes * 60, args.cycle or None, args.screenshots)
            for figures, program in zip(results, programs, strict=True):
                print(figures.report())
                if not figures.ok:
                    print(program.log_path.read_text(errors="replace")[-3000:])
    finally:
        xvfb.terminate()
        xvfb.wait()
    sys.exit(0 if all(f.ok for f in results) else 1)


if __name__ == "__main__":
    main()

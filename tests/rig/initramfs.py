"""The Linux guest's boot files: Debian's kernel plus a busybox initramfs the rig builds (cached by its inputs).

The init mounts /proc, /sys and /dev, loads the kernel modules it needs, brings up eth0 (user networking),
starts qemu-ga on the org.qemu.guest_agent.0 port, powers off on the ACPI power button, prints READY_LINE on
the serial console and keeps a shell on it.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from rig import apt
from rig.errors import Unavailable
from rig.paths import GUEST_DIR, rig_dir

READY_LINE = "VIRTDESK-GUEST-READY"
POWEROFF_LINE = "VIRTDESK-GUEST-POWEROFF"
GUEST_IP = "10.0.2.15"
KERNEL_CMDLINE = "console=ttyS0 rdinit=/init panic=-1 quiet loglevel=3 no_timer_check"
PACKAGES = ("busybox-static", "cpio", "qemu-guest-agent")
MODULES = ("virtio_pci", "virtio_net", "virtio_console", "virtio_balloon", "button", "evdev")
BUSYBOX = Path("/bin/busybox")
QEMU_GA = Path("/usr/sbin/qemu-ga")

INIT = f"""#!/bin/busybox sh
/bin/busybox --install -s /bin
export PATH=/bin:/sbin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
mkdir -p /dev/pts /run /tmp && mount -t devpts devpts /dev/pts
for module in $(cat /etc/modules); do insmod /lib/modules/$module.ko; done
ip link set lo up
ip addr add {GUEST_IP}/24 dev eth0 && ip link set eth0 up && ip route add default via 10.0.2.2
for input in /sys/class/input/event*; do
  if [ "$(cat $input/device/name)" = "Power Button" ]; then
    (dd if=/dev/input/${{input##*/}} of=/dev/null bs=4096 count=1 2>/dev/null; echo {POWEROFF_LINE}; poweroff -f) &
  fi
done
for port in /sys/class/virtio-ports/*; do
  if [ "$(cat $port/name)" = org.qemu.guest_agent.0 ]; then
    qemu-ga --daemonize --method=virtio-serial --path=/dev/${{port##*/}} --pidfile=/run/qemu-ga.pid \\
      --statedir=/run
  fi
done
echo {READY_LINE}
while :; do setsid cttyhack sh -l; done
"""
SHUTDOWN = "#!/bin/sh\necho " + POWEROFF_LINE + "\nexec poweroff -f\n"
PROFILE = "PS1='guest# '\n"


@dataclass(frozen=True)
class BootFiles:
    """A kernel and an initramfs readable by every user, for direct kernel boot."""

    kernel: Path
    initrd: Path


def _kernel() -> Path:
    kernels = sorted(Path("/boot").glob("vmlinuz-*"))
    if not kernels:
        apt.ensure("linux-image-cloud-amd64")
        kernels = sorted(Path("/boot").glob("vmlinuz-*"))
    if not kernels:
        raise Unavailable("no /boot/vmlinuz-* and none installable")
    return kernels[-1]


def _module_order(module_dir: Path, wanted: tuple[str, ...]) -> list[str]:
    """Module paths (relative to module_dir) of ``wanted`` and their dependencies, dependencies first."""
    deps: dict[str, list[str]] = {}
    for line in (module_dir / "modules.dep").read_text().splitlines():
        module, _, needed = line.partition(":")
        deps[module] = needed.split()
    by_name = {re.sub(r"\.ko.*$", "", Path(m).name).replace("-", "_"): m for m in deps}
    order: list[str] = []

    def visit(module: str) -> None:
        if module in order:
            return
        for dependency in reversed(deps[module]):
            visit(dependency)
        order.append(module)

    for name in wanted:
        if name not in by_name:
            raise Unavailable(f"kernel module {name} not found in {module_dir}")
        visit(by_name[name])
    return order


def _libraries(binary: Path) -> list[Path]:
    output = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, check=True).stdout
    return [Path(m) for m in re.findall(r"(/\S+) \(0x", output)]


def _stage(root: Path, kernel: Path) -> None:
    module_dir = Path("/lib/modules") / kernel.name.removeprefix("vmlinuz-")
    for sub in ("bin", "sbin", "etc", "proc", "sys", "dev", "run", "tmp", "lib/modules", "var"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    shutil.copy2(BUSYBOX, root / "bin/busybox")
    names = []
    for module in _module_order(module_dir, MODULES):
        name = Path(module).name.removesuffix(".ko")
        shutil.copy2(module_dir / module, root / "lib/modules" / f"{name}.ko")
        names.append(name)
    (root / "etc/modules").write_text("\n".join(names) + "\n")
    shutil.copy2(QEMU_GA, root / "sbin/qemu-ga")
    for library in _libraries(QEMU_GA):
        target = root / library.relative_to("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(library.resolve(), target)
    for path, text in (("init", INIT), ("sbin/shutdown", SHUTDOWN), ("etc/profile", PROFILE)):
        (root / path).write_text(text)
        (root / path).chmod(0o755)


def _inputs_digest(kernel: Path) -> str:
    digest = hashlib.sha256((INIT + SHUTDOWN + PROFILE + " ".join(MODULES)).encode())
    for path in (kernel, BUSYBOX, QEMU_GA):
        stat = path.stat()
        digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def boot_files() -> BootFiles:
    """The kernel copy and the initramfs under the rig's guest dir, built again only when an input changed."""
    apt.ensure(*PACKAGES)
    kernel = _kernel()
    guest_dir = rig_dir(GUEST_DIR)
    digest = _inputs_digest(kernel)
    files = BootFiles(guest_dir / f"vmlinuz-{digest}", guest_dir / f"initramfs-{digest}.cpio")
    if files.kernel.exists() and files.initrd.exists():
        return files
    for stale in guest_dir.glob("*"):
        if stale.is_dir():
            shutil.rmtree(stale)
        else:
            stale.unlink()
    staging = guest_dir / "staging"
    _stage(staging, kernel)
    names = subprocess.run(["find", "."], cwd=staging, capture_output=True, check=True).stdout
    partial = files.initrd.with_suffix(".partial")
    with partial.open("wb") as out:
        subprocess.run(["cpio", "--quiet", "-o", "-H", "newc", "-R", "0:0"], cwd=staging, input=names,
                       stdout=out, check=True)
    shutil.rmtree(staging)
    shutil.copyfile(kernel, files.kernel)
    for path in (files.kernel, partial):
        os.chmod(path, 0o644)
    partial.rename(files.initrd)
    return files


def with_modules(boot: BootFiles, modules: tuple[str, ...], folder: Path) -> BootFiles:
    """The guest's boot files with a second cpio archive after its initramfs (the kernel unpacks both) holding
    those kernel modules in /lib/modules/extra, for a test to insmod (in that order)."""
    release = _kernel().name.removeprefix("vmlinuz-")  # the kernel the boot files copy
    staging = folder / "modules-staging"
    (staging / "lib/modules/extra").mkdir(parents=True)
    for module in modules:
        found = next((Path("/lib/modules") / release / "kernel").rglob(f"{module}.ko"))
        (staging / "lib/modules/extra" / found.name).write_bytes(found.read_bytes())
    names = subprocess.run(["find", "lib"], cwd=staging, capture_output=True, check=True).stdout
    extra = subprocess.run(["cpio", "--quiet", "-o", "-H", "newc", "-R", "0:0"], cwd=staging, input=names,
                           capture_output=True, check=True).stdout
    initrd = folder / "initrd-with-modules.cpio"
    initrd.write_bytes(boot.initrd.read_bytes() + extra)
    initrd.chmod(0o644)
    return BootFiles(boot.kernel, initrd)
